package org.convene.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that groups subcommands ({@code roles}, {@code chat}, ...): on its own it prints its usage. */
abstract class CommandGroup implements Callable<Integer> {

    @ParentCommand
    ConveneCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ConveneCli.USAGE;
    }

    /** What every subcommand of a group shares: where the graph is, JSON output, a Spring context. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        CommandGroup group;

        @Mixin
        GraphOptions graph;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        ConfigurableApplicationContext context() {
            return Launcher.context(graph, group.parent.springArgs);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }
}
