package org.convene.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code convene [options]} serves the UI; {@code convene SUBCOMMAND [options]} runs one task and exits. */
@Command(name = "convene", mixinStandardHelpOptions = true, version = "Convene 0.1.0",
        description = "Maps health-care tweet chats as a Neo4j social graph and suggests whom to invite.%n"
                + "With no subcommand: serve the web UI (http://localhost:8080) and Bolt (127.0.0.1:7687).",
        subcommands = {ImportCommand.class, CollectCommand.class, MappingCommand.class, ChatCommand.class,
                AnalyzeCommand.class, SuggestCommand.class, InviteCommand.class, EgoCommand.class,
                CypherCommand.class, ExportCommand.class, RolesCommand.class, UserCommand.class,
                EraseCommand.class, RetentionCommand.class, RemoveDemoCommand.class},
        footer = {"", "Spring Boot options such as --server.port=8081 work with every command.",
                "Exit codes: 0 success, 1 failure, 2 bad usage."})
class ConveneCommand implements Callable<Integer> {

    final List<String> springArgs;

    @Mixin
    GraphOptions graph;

    @Option(names = "--bolt-port", paramLabel = "PORT",
            description = "Bolt port of the embedded database for Neo4j Browser, cypher-shell and notebooks (default 7687).")
    Integer boltPort;

    @Option(names = "--no-bolt", description = "Do not offer Bolt to other tools (Convene then uses a private loopback port).")
    boolean noBolt;

    @Option(names = "--no-demo", description = "Do not load the demo collections into an empty store.")
    boolean noDemo;

    ConveneCommand(List<String> springArgs) {
        this.springArgs = springArgs;
    }

    @Override
    public Integer call() {
        Map<String, Object> props = graph.properties();
        if (boltPort != null) props.put("convene.bolt.port", boltPort);
        if (noBolt) props.put("convene.bolt.enabled", false);
        if (noDemo) props.put("convene.demo", false);
        return Launcher.serve(props, springArgs);
    }
}
