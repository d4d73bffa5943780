package org.convene.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Parses the command line before Spring starts, so {@code --help} and usage errors cost nothing.
 * Spring Boot's own {@code --name.with.dots=value} options are passed through to Spring untouched.
 */
public final class ConveneCli {

    /** Returned when the UI server was started and the JVM must keep running. */
    public static final int KEEP_RUNNING = -1;
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Pattern SPRING_OPTION = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+(=.*)?");

    private ConveneCli() {}

    public static int run(String... args) {
        List<String> springArgs = new ArrayList<>();
        List<String> ownArgs = new ArrayList<>();
        for (String arg : args) {
            (SPRING_OPTION.matcher(arg).matches() ? springArgs : ownArgs).add(arg);
        }
        CommandLine cli = commandLine(new ConveneCommand(springArgs));
        return cli.execute(ownArgs.toArray(String[]::new));
    }

    static CommandLine commandLine(ConveneCommand root) {
        CommandLine cli = new CommandLine(root);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("convene: " + Launcher.explain(e));
            return FAILED;
        });
        return cli;
    }
}
