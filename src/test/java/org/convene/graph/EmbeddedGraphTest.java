package org.convene.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

class EmbeddedGraphTest extends GraphTestBase {

    @Autowired GraphDb db;
    @Autowired GdsStatus gds;
    @Autowired EmbeddedNeo4j embedded;
    @Autowired GdsHealthIndicator gdsHealth;
    @Autowired ConveneProperties props;

    @AfterEach
    void clean() {
        db.write("MATCH (n:GdsProbe) DETACH DELETE n");
    }

    @Test
    void schemaFromCypherFolderIsApplied() {
        List<String> constraints = db.read("SHOW CONSTRAINTS YIELD name RETURN name").stream()
                .map(r -> r.get("name").asString()).toList();
        assertThat(constraints).contains("account_key", "post_key", "hashtag_tag", "chat_tag", "chat_session_key");
        List<String> indexes = db.read("SHOW INDEXES YIELD name RETURN name").stream()
                .map(r -> r.get("name").asString()).toList();
        assertThat(indexes).contains("account_handle", "account_search", "post_created");
    }

    @Test
    void schemaCanBeAppliedAgain() {
        new SchemaInitializer(db).afterPropertiesSet();
        new SchemaInitializer(db).afterPropertiesSet();
        assertThat(db.readLong("SHOW CONSTRAINTS YIELD name WHERE name = 'account_key' RETURN count(*)", Map.of()))
                .isEqualTo(1);
    }

    @Test
    void accountKeyIsUnique() {
        db.write("CREATE (:Account:GdsProbe {platform: 'x', id: '1'})");
        assertThatThrownBy(() -> db.write("CREATE (:Account:GdsProbe {platform: 'x', id: '1'})"))
                .isInstanceOf(ClientException.class).hasMessageContaining("already exists");
    }

    @Test
    void graphDataScienceProceduresRunForReal() {
        assertThat(gds.available()).isTrue();
        assertThat(gds.current().version()).startsWith("2.26");
        assertThat(gds.current().procedures()).isGreaterThan(300);
        // a star: the hub must get the highest PageRank
        db.write("""
                CREATE (hub:GdsProbe {name: 'hub'})
                WITH hub UNWIND range(1, 5) AS i
                CREATE (:GdsProbe {name: 'leaf' + i})-[:LINK]->(hub)""");
        db.write("""
                MATCH (a:GdsProbe) OPTIONAL MATCH (a)-[:LINK]->(b:GdsProbe)
                WITH gds.graph.project('probe', a, b) AS g RETURN g.graphName""");
        try {
            var top = db.read("""
                    CALL gds.pageRank.stream('probe') YIELD nodeId, score
                    RETURN gds.util.asNode(nodeId).name AS name, score ORDER BY score DESC LIMIT 1""");
            assertThat(top.getFirst().get("name").asString()).isEqualTo("hub");
        } finally {
            db.write("CALL gds.graph.drop('probe') YIELD graphName RETURN graphName");
        }
    }

    @Test
    void healthShowsGds() {
        var health = gdsHealth.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("available", true).containsKey("version");
    }

    @Test
    void boltNeedsThePasswordKeptInTheDataDirectory() throws Exception {
        assertThat(embedded.boltUri().getHost()).isEqualTo("127.0.0.1");
        String stored = java.nio.file.Files.readString(props.dataDir().resolve(EmbeddedNeo4j.PASSWORD_FILE)).trim();
        assertThat(stored).isEqualTo(embedded.password()).hasSizeGreaterThan(20);
        try (var driver = org.neo4j.driver.GraphDatabase.driver(embedded.boltUri(),
                org.neo4j.driver.AuthTokens.basic("neo4j", "wrong-password"))) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
        }
        try (var driver = org.neo4j.driver.GraphDatabase.driver(embedded.boltUri(), org.neo4j.driver.AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
        }
        assertThat(java.nio.file.Files.getPosixFilePermissions(props.dataDir().resolve(EmbeddedNeo4j.PASSWORD_FILE)))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    /** Bolt answers on loopback only: the same port on this machine's other addresses refuses the connection. */
    @Test
    void boltListensOnLoopbackOnly() throws Exception {
        int port = embedded.boltUri().getPort();
        var others = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).toList();
        for (var address : others) {
            try (var socket = new java.net.Socket()) {
                assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(address, port), 2000))
                        .as("Bolt on " + address).isInstanceOf(java.io.IOException.class);
            }
        }
        assertThatThrownBy(() -> EmbeddedNeo4j.requireLoopback("0.0.0.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this machine only");
        EmbeddedNeo4j.requireLoopback("127.0.0.1");
        EmbeddedNeo4j.requireLoopback("localhost");
    }

    @Test
    void aSecondDatabaseOnTheSameDirectoryIsRefusedPlainly() {
        assertThatThrownBy(() -> EmbeddedNeo4j.start(props))
                .isInstanceOf(StoreLockedException.class)
                .hasMessageContaining("in use by another Convene")
                .hasMessageContaining(props.dataDir().toString());
    }
}
