package org.convene;

import org.convene.cli.ConveneCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: the command line decides whether to serve the UI or run one subcommand. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConveneApplication {

    /** Vaadin's auto-configuration needs a web context; commands and tests without one leave it out. */
    public static final String NON_WEB_EXCLUDES = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    public static void main(String[] args) {
        // Neo4j copies the command line into DATA_DIR/logs/debug.log at every start: an erasure's handle and
        // reason, or a password given as an option, must not stay there. The program's name is enough.
        String command = System.getProperty("sun.java.command", "");
        System.setProperty("sun.java.command", command.split(" ", 2)[0] + (args.length > 0 ? " (arguments not logged)" : ""));
        int code = ConveneCli.run(args);
        if (code != ConveneCli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
