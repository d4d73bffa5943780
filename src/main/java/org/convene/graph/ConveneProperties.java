package org.convene.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the graph lives. With {@code convene.neo4j.uri} empty Convene runs its own embedded Neo4j
 * in {@code dataDir}; otherwise it talks to that server and starts no database of its own.
 *
 * @param dataDir  store, logs and generated secrets of the embedded database (env CONVENE_DATA_DIR)
 * @param neo4j    an external server (env CONVENE_NEO4J_URI, CONVENE_NEO4J_USER, CONVENE_NEO4J_PASSWORD)
 * @param bolt     the embedded database's Bolt listener, for Neo4j Browser, cypher-shell and notebooks
 * @param pageCache page cache of the embedded database, e.g. 512m; Neo4j's own default takes half the RAM
 * @param demo     load the bundled demo collections into an empty store
 */
@ConfigurationProperties("convene")
public record ConveneProperties(Path dataDir, Neo4j neo4j, Bolt bolt, String pageCache, boolean demo) {

    public ConveneProperties {
        if (dataDir == null) dataDir = Path.of(System.getProperty("user.home"), ".convene", "data");
        if (neo4j == null) neo4j = new Neo4j(null, null, null);
        if (bolt == null) bolt = new Bolt(true, "127.0.0.1", 7687);
        if (pageCache == null || pageCache.isBlank()) pageCache = "512m";
    }

    public boolean embedded() {
        return neo4j.uri() == null || neo4j.uri().isBlank();
    }

    public record Neo4j(String uri, String user, String password) {}

    /** When disabled, Bolt still listens on a random loopback port that only Convene itself uses. */
    public record Bolt(boolean enabled, String address, int port) {}
}
