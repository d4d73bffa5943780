package org.convene.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.ingest.AccountKey;
import org.convene.privacy.ErasureService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "erase", mixinStandardHelpOptions = true,
        description = "Erases one account: its posts and retweets of them, its mentions, replies and interactions, "
                + "roles, corrections, invitations and analysis results. Logs when, by whom and why, never who nor how much. "
                + "Asks for confirmation unless --yes.")
class EraseCommand extends GraphCommand {

    @Mixin
    AccountOption which;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the log, without naming the account (e.g. 'request by email, ref 12').")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who erases, for the log (default: your user name).")
    String by = System.getProperty("user.name", "cli");

    @Option(names = "--yes", description = "Erase without asking.")
    boolean yes;

    @Option(names = "--json", description = "Print what was removed as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (var context = context()) {
            ErasureService erasure = context.getBean(ErasureService.class);
            AccountKey account = erasure.resolve(which.name.handle, which.name.id, which.platform);
            ErasureService.Preview preview = erasure.preview(account);
            if (!yes) {
                err.println("Erasing " + name(preview) + " removes:");
                print(err, preview);
                err.print("Type 'erase' to go on: ");
                err.flush();
                String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (answer == null || !answer.strip().equalsIgnoreCase("erase")) {
                    err.println("Not confirmed: nothing was erased (add --yes to erase without asking).");
                    err.flush();
                    return ConveneCli.FAILED;
                }
            }
            ErasureService.Preview done = erasure.erase(account, by, reason);
            if (json) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("erased", true);
                r.put("removed", done.counts());
                out.println(Output.json(r));
            } else {
                out.println("Erased " + name(done) + " (the log keeps when, by whom and why, not the account nor these counts):");
                print(out, done);
                out.println("Importing a file that holds this account again brings it back: remove it from your sources too.");
            }
            out.flush();
            return ConveneCli.OK;
        }
    }

    private static String name(ErasureService.Preview p) {
        return (p.handle() != null ? "@" + p.handle() : "id " + p.id()) + " (" + p.platform() + ")";
    }

    private static void print(PrintWriter out, ErasureService.Preview p) {
        p.counts().forEach((kind, n) -> out.printf("  %-17s %d%n", kind, n));
    }
}
