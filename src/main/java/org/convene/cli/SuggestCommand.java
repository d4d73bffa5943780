package org.convene.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "suggest", mixinStandardHelpOptions = true, description = "Suggest whom to invite to a chat (coming with the insight features).")
class SuggestCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        return NotYet.say(spec, json);
    }
}
