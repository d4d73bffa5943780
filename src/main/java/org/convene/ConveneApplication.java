package org.convene;

import org.convene.cli.ConveneCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: the command line decides whether to serve the UI or run one subcommand. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConveneApplication {

    public static void main(String[] args) {
        int code = ConveneCli.run(args);
        if (code != ConveneCli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
