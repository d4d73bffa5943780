package org.convene.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellTextTest {

    private static Map<String, Object> node(List<String> labels, Map<String, Object> properties) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labels", labels);
        m.put("properties", properties);
        return m;
    }

    @Test
    void plainValuesStayAsTheyAre() {
        assertThat(CellText.of(null)).isEmpty();
        assertThat(CellText.of("nhs \"england\"")).isEqualTo("nhs \"england\"");
        assertThat(CellText.of(42L)).isEqualTo("42");
        assertThat(CellText.of(true)).isEqualTo("true");
    }

    @Test
    void aNodeReadsAsCypherWithItsNamingKeysFirst() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("followers", 12L);
        p.put("bio", "Nurse \"RN\"");
        p.put("handle", "wenurses");
        p.put("id", "123");
        assertThat(CellText.of(node(List.of("Account", "Person"), p)))
                .isEqualTo("(:Account:Person {handle: \"wenurses\", id: \"123\", bio: \"Nurse \\\"RN\\\"\", followers: 12})");
        assertThat(CellText.of(node(List.of("Cluster"), Map.of()))).isEqualTo("(:Cluster)");
    }

    @Test
    void relationshipsPathsListsAndMaps() {
        Map<String, Object> rel = new LinkedHashMap<>();
        rel.put("type", "MENTIONS");
        rel.put("properties", Map.of("weight", 2L));
        Map<String, Object> a = node(List.of("Account"), Map.of("handle", "a"));
        Map<String, Object> b = node(List.of("Account"), Map.of("handle", "b"));
        assertThat(CellText.of(rel)).isEqualTo("[:MENTIONS {weight: 2}]");
        assertThat(CellText.of(Map.of("nodes", List.of(a, b), "relationships", List.of(rel))))
                .isEqualTo("(:Account {handle: \"a\"})-[:MENTIONS {weight: 2}]-(:Account {handle: \"b\"})");
        assertThat(CellText.of(List.of("x", 1L, a))).isEqualTo("[\"x\", 1, (:Account {handle: \"a\"})]");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", "nurse");
        m.put("n", 3L);
        assertThat(CellText.of(m)).isEqualTo("{role: \"nurse\", n: 3}");
        assertThat(CellText.of(Map.of())).isEqualTo("{}");
    }

    @Test
    void briefKeepsTheKeyThatNamesEachNodeAndRelationship() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("bio", "Nurse");
        p.put("handle", "wenurses");
        Map<String, Object> rel = new LinkedHashMap<>();
        rel.put("type", "INTERACTS");
        rel.put("properties", Map.of("first", "2014-06-01", "weight", 40L));
        assertThat(CellText.brief(node(List.of("Account"), p))).isEqualTo("(:Account {handle: \"wenurses\", …})");
        assertThat(CellText.brief(rel)).isEqualTo("[:INTERACTS {weight: 40, …}]");
        assertThat(CellText.brief(node(List.of("Hashtag"), Map.of("tag", "nhssm")))).isEqualTo("(:Hashtag {tag: \"nhssm\"})");
        assertThat(CellText.brief("a text")).isEqualTo("a text");
    }
}
