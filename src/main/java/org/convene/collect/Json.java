package org.convene.collect;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the few fields a collector needs from a page: paging, ids, counts. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** A scalar field's text, or null when it is missing, null or not a scalar. */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || !node.isValueNode() ? null : node.asString();
    }
}
