package org.convene.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every top-level command that works on the graph shares: where the graph is, and a Spring context on it. */
abstract class GraphCommand implements Callable<Integer> {

    @ParentCommand
    ConveneCommand parent;

    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    ConfigurableApplicationContext context() {
        return Launcher.context(graph, parent.springArgs);
    }
}
