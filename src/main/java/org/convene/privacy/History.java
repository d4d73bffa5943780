package org.convene.privacy;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.convene.graph.CypherScript;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removed data must not live on in the embedded store's transaction logs ({@link EmbeddedNeo4j#forgetHistory}).
 * The process that holds the store prunes them after its own erasures and retention runs, and every minute
 * catches up with erasures logged by a command pointed at it over Bolt. An external server keeps its logs and
 * backups by its own settings, which its administrator sets.
 */
@Component
class History implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(History.class);
    private static final String DUE = CypherScript.query(History.class, "erased-since-pruned");
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final GraphDb db;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "convene-history");
        t.setDaemon(true);
        return t;
    });

    History(ObjectProvider<EmbeddedNeo4j> embedded, GraphDb db) {
        this.embedded = embedded;
        this.db = db;
    }

    /** After data was removed; the removal itself stands whatever happens here. */
    void forget() {
        try {
            embedded.ifAvailable(EmbeddedNeo4j::forgetHistory);
        } catch (RuntimeException e) {
            log.error("The data was removed, but the transaction logs that held it could not be pruned: {}", e.getMessage());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        if (embedded.getIfAvailable() != null) timer.scheduleWithFixedDelay(this::catchUp, 0, 1, TimeUnit.MINUTES);
    }

    void catchUp() {
        try {
            if (db.read(DUE, Map.of()).getFirst().get("due").asBoolean()) forget();
        } catch (RuntimeException e) {
            log.debug("Could not check for erasures to prune after: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try { // a pruning under way finishes before the database closes under it
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
