package org.convene.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convene.GraphTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The library as the Cypher page offers it: every file found on the class path, each runnable read-only. */
class QueryLibraryTest extends GraphTestBase {

    @Autowired QueryLibrary library;
    @Autowired CypherRunner runner;
    @Autowired org.convene.graph.GraphDb db;

    @Test
    void headerCommentsGiveTitleAndExampleParameters() {
        var e = QueryLibrary.parse("x", "// Everyone who posted.\n// More words.\n// Parameters: $tag (e.g. 'celiac'), "
                + "$limit (e.g. 20)\nMATCH (n) RETURN n;");
        assertThat(e.title()).isEqualTo("Everyone who posted.");
        assertThat(e.details()).isEqualTo("More words.");
        assertThat(e.parameters()).containsExactly(Map.entry("tag", "celiac"), Map.entry("limit", 20));
        // a default's advice after a colon is not part of the value
        assertThat(QueryLibrary.parse("y", "// Y.\n// Parameters: $limit (default 10: give null)\nRETURN 1;").parameters())
                .containsExactly(Map.entry("limit", 10));
    }

    @Test
    void everyLibraryQueryIsListedAndRunsReadOnly() throws Exception {
        var entries = library.entries();
        long files;
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of("cypher", "library"))) {
            files = list.filter(p -> p.toString().endsWith(".cypher")).count();
        }
        assertThat(entries).hasSize((int) files).extracting(QueryLibrary.Entry::name).contains("who-talks-to-whom");
        for (var e : entries) {
            assertThat(e.title()).isNotBlank();
            var result = runner.run(e.text(), e.parameters(), false);
            assertThat(result.columns()).as(e.name()).isNotEmpty();
        }
    }

    @Test
    void examplesTheGraphDoesNotHoldAreReplacedByValuesItDoes() {
        db.write("""
                CREATE (:Chat {tag: 'libtestchat'})
                CREATE (:Account {platform: 'libtest', id: '1', handle: 'LibTop', handleLower: 'libtop', pagerank: 1e9})
                       -[:POSTED]->(:Post {platform: 'libtest', id: 'p1'})-[:TAGGED]->(:Hashtag {tag: 'libtestchat'})
                CREATE (:Account {platform: 'libtest', id: '2', handle: 'LibOther', handleLower: 'libother', pagerank: 0.5})""");
        try {
            var absent = QueryLibrary.parse("x", "// X.\n// Parameters: $tag (e.g. 'nosuchchat'), $handle (e.g. 'nosuchhandle'), $limit (e.g. 5)\nRETURN 1;");
            Map<String, Object> params = library.parametersForThisGraph(absent);
            assertThat(params.get("handle")).isEqualTo("LibTop");
            assertThat(params.get("limit")).isEqualTo(5);
            assertThat((String) params.get("tag")).isNotEqualTo("nosuchchat"); // the followed chat with the most posts
            var present = QueryLibrary.parse("x", "// X.\n// Parameters: $tag (e.g. 'libtestchat'), $handle (e.g. 'libother')\nRETURN 1;");
            assertThat(library.parametersForThisGraph(present)).containsEntry("tag", "libtestchat").containsEntry("handle", "libother");
        } finally {
            db.write("MATCH (n) WHERE n:Chat AND n.tag = 'libtestchat' OR n.platform = 'libtest' OR n:Hashtag AND n.tag = 'libtestchat' DETACH DELETE n");
        }
    }
}
