package org.convene.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.privacy.RetentionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Removes posts older than N days, and the accounts left with nothing (no post, no post "
                + "naming them, no edge-list row, invitation or role correction); rebuilds their interactions.")
class RetentionCommand extends GraphCommand {

    @Option(names = "--days", required = true, paramLabel = "N", description = "Keep posts from the last N days.")
    int days;

    @Option(names = "--dry-run", description = "Count what would go, remove nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Usage.require(spec, days >= 1, "--days must be at least 1, not " + days);
        RetentionService.Result r;
        try (var context = context()) {
            r = context.getBean(RetentionService.class).apply(days, dryRun);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("days", r.days());
            m.put("cutoff", r.cutoff().toString());
            m.put("posts", r.posts());
            m.put("accounts", r.accounts());
            m.put("dryRun", r.dryRun());
            out.println(Output.json(m));
        } else {
            out.println((r.dryRun() ? "Would remove " : "Removed ") + r.what());
        }
        out.flush();
        return ConveneCli.OK;
    }
}
