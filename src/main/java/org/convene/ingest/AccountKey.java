package org.convene.ingest;

import java.util.Map;

/** An account's key in the graph: its platform and id (see cypher/schema.cypher). */
public record AccountKey(String platform, String id) {

    /** As query parameters: {@code platform} and {@code id}. */
    public Map<String, Object> params() {
        return Map.of("platform", platform, "id", id);
    }
}
