package org.convene.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the graph is: options every command shares. Unset options fall back to those typed before the
 * subcommand ({@code convene --data-dir D import ...}), then to configuration and env.
 */
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

    /** The command this mixin belongs to, to find the options typed on the commands above it. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Map<String, Object> properties() {
        Map<String, Object> props = new LinkedHashMap<>();
        // nearest first: a subcommand's own option wins over the same option typed before it
        for (CommandSpec c = command; c != null; c = c.parent()) {
            for (CommandSpec mixin : c.mixins().values()) {
                if (mixin.userObject() instanceof GraphOptions g) g.addUnset(props);
            }
        }
        if (command == null) addUnset(props);
        return props;
    }

    private void addUnset(Map<String, Object> props) {
        if (dataDir != null) props.putIfAbsent("convene.data-dir", dataDir.toAbsolutePath().toString());
        if (uri != null) props.putIfAbsent("convene.neo4j.uri", uri);
        if (user != null) props.putIfAbsent("convene.neo4j.user", user);
        if (password != null) props.putIfAbsent("convene.neo4j.password", password);
    }
}
