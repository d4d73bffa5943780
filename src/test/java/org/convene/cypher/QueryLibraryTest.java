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

    @Test
    void headerCommentsGiveTitleAndExampleParameters() {
        var e = QueryLibrary.parse("x", "// Everyone who posted.\n// More words.\n// Parameters: $tag (e.g. 'celiac'), "
                + "$limit (e.g. 20)\nMATCH (n) RETURN n;");
        assertThat(e.title()).isEqualTo("Everyone who posted.");
        assertThat(e.details()).isEqualTo("More words.");
        assertThat(e.parameters()).containsExactly(Map.entry("tag", "celiac"), Map.entry("limit", 20));
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
}
