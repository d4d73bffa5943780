package org.convene.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convene.graph.AccountLookup;
import org.convene.suggest.InvitationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "invite", mixinStandardHelpOptions = true,
        description = "Record invitations to a chat, which suggestions then show (and leave out when declined).",
        subcommands = {InviteCommand.Mark.class, InviteCommand.ListInvitations.class})
class InviteCommand extends CommandGroup {

    @Command(name = "mark", mixinStandardHelpOptions = true, description = "Mark an account as invited, accepted or declined.")
    static class Mark implements Callable<Integer> {

        @ParentCommand
        InviteCommand invite;

        @Mixin
        GraphOptions graph;

        @Spec
        CommandSpec spec;

        @Option(names = "--chat", required = true, paramLabel = "TAG", description = "The chat's hashtag.")
        String chat;

        @Mixin
        AccountOption account;

        @Option(names = "--status", required = true, paramLabel = "STATUS", description = "invited, accepted or declined.")
        String status;

        @Option(names = "--by", paramLabel = "NAME", description = "Who invited (default: your user name).")
        String by = System.getProperty("user.name");

        @Option(names = "--json", description = "Print the invitation as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Usage.require(spec, InvitationService.STATUSES.contains(status.strip().toLowerCase(java.util.Locale.ROOT)),
                    "Unknown status '" + status + "'; use " + String.join(", ", InvitationService.STATUSES));
            InvitationService.Invitation inv;
            try (var context = Launcher.context(graph, invite.parent.springArgs)) {
                AccountLookup.Ref ref = account.resolve(context);
                inv = context.getBean(InvitationService.class).mark(chat, ref, status, by, Instant.now());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("chat", inv.chat());
                m.put("platform", inv.platform());
                m.put("id", inv.id());
                m.put("handle", inv.handle());
                m.put("status", inv.status());
                m.put("at", inv.at().toString());
                m.put("by", inv.by());
                out.println(Output.json(m));
            } else {
                out.println("@" + inv.handle() + " is " + inv.status() + " to #" + inv.chat());
            }
            out.flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a chat's invitations, newest first.")
    static class ListInvitations implements Callable<Integer> {

        @ParentCommand
        InviteCommand invite;

        @Mixin
        GraphOptions graph;

        @Spec
        CommandSpec spec;

        @Option(names = "--chat", required = true, paramLabel = "TAG", description = "The chat's hashtag.")
        String chat;

        @Option(names = "--json", description = "Print them as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<Map<String, Object>> rows;
            try (var context = Launcher.context(graph, invite.parent.springArgs)) {
                rows = context.getBean(InvitationService.class).list(chat);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Output.json(rows));
            } else {
                Output.table(out, List.of("handle", "platform", "status", "at", "by"), rows);
                out.println(rows.size() == 1 ? "1 invitation" : rows.size() + " invitations");
            }
            out.flush();
            return ConveneCli.OK;
        }
    }
}
