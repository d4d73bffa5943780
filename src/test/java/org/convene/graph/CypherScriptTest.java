package org.convene.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void splitsOnSemicolonsAtLineEndsAndDropsComments() {
        var statements = CypherScript.split("""
                // comment
                CREATE CONSTRAINT a IF NOT EXISTS
                FOR (n:A) REQUIRE n.id IS UNIQUE;

                RETURN 'a;b' AS x;
                MATCH (n) RETURN n""");
        assertThat(statements).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE",
                "RETURN 'a;b' AS x",
                "MATCH (n) RETURN n");
    }

    @Test
    void schemaFileHasOnlyIdempotentStatements() {
        var statements = CypherScript.statements(SchemaInitializer.SCHEMA);
        // registering a name (db.createLabel and its kin) does nothing when the name exists
        assertThat(statements).hasSizeGreaterThanOrEqualTo(8)
                .allMatch(s -> s.contains("IF NOT EXISTS") || s.matches("(?s)UNWIND .*\\sCALL db\\.create(Label|RelationshipType|Property)\\(\\w+\\)"));
    }
}
