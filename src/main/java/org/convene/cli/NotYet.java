package org.convene.cli;

import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The answer of a subcommand whose feature has not been built yet: plain, and a failure exit code. */
final class NotYet {

    private NotYet() {}

    static int say(CommandSpec spec, boolean json) {
        String message = "'convene " + spec.name() + "' is not available in this version yet.";
        if (json) {
            spec.commandLine().getOut().println(Output.json(Map.of("error", message)));
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getErr().println("convene: " + message);
        }
        return ConveneCli.FAILED;
    }
}
