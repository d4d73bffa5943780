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
        int code = ConveneCli.run(args);
        if (code != ConveneCli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
