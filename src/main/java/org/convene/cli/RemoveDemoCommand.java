package org.convene.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.graph.ValueFormat;
import org.convene.privacy.DemoRemoval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "remove-demo", mixinStandardHelpOptions = true,
        description = "Removes the demo (#cancerchat and #celiac 2014, loaded on the first start) from a store that "
                + "now holds your own chats: its posts, the accounts left with nothing, its chats. Your data stays.")
class RemoveDemoCommand extends GraphCommand {

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DemoRemoval.Result r;
        try (var context = context()) {
            DemoRemoval demo = context.getBean(DemoRemoval.class);
            if (!demo.present() && !json) {
                spec.commandLine().getOut().println("The demo is not in this store (never loaded, or removed already); looking for its posts anyway.");
            }
            r = demo.remove();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("posts", r.posts());
            m.put("accounts", r.accounts());
            m.put("accountsLeft", r.accountsLeft());
            out.println(Output.json(m));
        } else {
            out.printf("Removed the demo: %s and %s; %s left%n", ValueFormat.count(r.posts(), "post"),
                    ValueFormat.count(r.accounts(), "account"), ValueFormat.count(r.accountsLeft(), "account"));
            if (r.accountsLeft() > 0) out.println("Run 'convene analyze' so that clusters, influence and bridges describe what is left.");
        }
        out.flush();
        return ConveneCli.OK;
    }
}
