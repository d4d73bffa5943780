package org.convene.privacy;

import org.convene.graph.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Removed data must not live on in the embedded store's transaction logs ({@link EmbeddedNeo4j#forgetHistory}).
 * An external server keeps its logs and backups by its own settings, which its administrator sets.
 */
@Component
class History {

    private static final Logger log = LoggerFactory.getLogger(History.class);
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    History(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
    }

    /** After data was removed; the removal itself stands whatever happens here. */
    void forget() {
        try {
            embedded.ifAvailable(EmbeddedNeo4j::forgetHistory);
        } catch (RuntimeException e) {
            log.error("The data was removed, but the transaction logs that held it could not be pruned: {}", e.getMessage());
        }
    }
}
