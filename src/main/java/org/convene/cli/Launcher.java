package org.convene.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.ConveneApplication;
import org.convene.graph.StoreLockedException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Spring: the web server for {@code convene}, a quiet non-web context for subcommands. */
final class Launcher {

    private Launcher() {}

    static int serve(Map<String, Object> props, List<String> springArgs) {
        try {
            new SpringApplicationBuilder(ConveneApplication.class)
                    .run(arguments(props, springArgs));
            return ConveneCli.KEEP_RUNNING;
        } catch (RuntimeException e) {
            // Spring has already reported the failure (with a plain analysis for known causes)
            return ConveneCli.FAILED;
        }
    }

    /** A context without web server, banner or info logging, closed by the caller. */
    static ConfigurableApplicationContext context(GraphOptions graph, List<String> springArgs) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.main.banner-mode", "off");
        props.put("spring.main.log-startup-info", "false");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        props.put("spring.autoconfigure.exclude", ConveneApplication.NON_WEB_EXCLUDES);
        props.put("convene.demo", "false");
        props.put("convene.bolt.port", "0"); // never competes with a server's public Bolt port
        props.putAll(graph.properties());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ConveneApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments(props, springArgs));
        // a mistyped --data-dir would otherwise answer from a new, empty store without a word
        context.getBeanProvider(org.convene.graph.EmbeddedNeo4j.class).ifAvailable(db -> {
            if (db.created()) System.err.println("convene: no database was in " + db.dataDir()
                    + "; a new, empty one is there now");
        });
        return context;
    }

    /**
     * Convene's options become Spring command-line properties, which outrank application.properties and
     * the environment; a Spring option the user typed for the same key wins over them.
     */
    static String[] arguments(Map<String, Object> props, List<String> springArgs) {
        List<String> args = new java.util.ArrayList<>(springArgs);
        props.forEach((key, value) -> {
            boolean typed = springArgs.stream().anyMatch(a -> a.equals("--" + key) || a.startsWith("--" + key + "="));
            if (!typed) args.add("--" + key + "=" + value);
        });
        return args.toArray(String[]::new);
    }

    /** One line a user can act on, from whatever went wrong. */
    static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreLockedException || t instanceof IllegalArgumentException
                    || t instanceof org.neo4j.driver.exceptions.Neo4jException
                    || t instanceof java.io.IOException) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
