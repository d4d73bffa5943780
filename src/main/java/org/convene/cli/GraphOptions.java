package org.convene.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the graph is: options every command shares. Unset options fall back to configuration and env. */
class GraphOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded database directory (env CONVENE_DATA_DIR; default ~/.convene/data).")
    Path dataDir;

    @Option(names = "--uri", paramLabel = "URI",
            description = "Use this Neo4j server (bolt:// or neo4j://) instead of the embedded database (env CONVENE_NEO4J_URI).")
    String uri;

    @Option(names = "--user", paramLabel = "USER", description = "User for --uri (env CONVENE_NEO4J_USER).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for --uri (env CONVENE_NEO4J_PASSWORD).")
    String password;

    Map<String, Object> properties() {
        Map<String, Object> props = new LinkedHashMap<>();
        if (dataDir != null) props.put("convene.data-dir", dataDir.toAbsolutePath().toString());
        if (uri != null) props.put("convene.neo4j.uri", uri);
        if (user != null) props.put("convene.neo4j.user", user);
        if (password != null) props.put("convene.neo4j.password", password);
        return props;
    }
}
