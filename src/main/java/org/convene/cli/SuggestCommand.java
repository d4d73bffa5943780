package org.convene.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.graph.ValueFormat;
import org.convene.suggest.Roles;
import org.convene.suggest.SuggestService;
import org.convene.suggest.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Suggest whom to invite to a chat: accounts near its regulars that have not taken part, "
                + "or stopped, ranked with their reasons.",
        footer = {"", "Weights: --convene.suggest.weights.closeness=0.5 (also influence, role-gap, bridging, topical, activity).",
                "Example: convene suggest --chat nhssm --roles ceo,commissioner --limit 10"})
class SuggestCommand extends GraphCommand {

    @Option(names = "--chat", required = true, paramLabel = "TAG", description = "The chat's hashtag, with or without #.")
    String chat;

    @Option(names = "--roles", paramLabel = "ROLE", split = ",",
            description = "Only these roles, and they make the wanted mix (keys or aliases: ceo, board, gp, ...). "
                    + "Default: any role, against a mix balanced across professional, leadership and lived-experience roles.")
    List<String> roles = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--hide-invited", description = "Leave out accounts already invited or accepted (declined ones are always left out).")
    boolean hideInvited;

    @Option(names = "--json", description = "Print the suggestions as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Usage.require(spec, limit >= 1, "--limit must be at least 1, not " + limit);
        var request = new SuggestService.Request(chat, Usage.parse(spec, () -> Roles.parseAll(roles)), limit, hideInvited);
        SuggestService.Result result;
        try (var context = context()) {
            result = context.getBean(SuggestService.class).suggest(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Output.json(result));
        } else {
            out.printf(Locale.UK, "Whom to invite to #%s: %,d regulars, %,d stopped, %s scored%n",
                    result.chat(), result.regulars(), result.stopped(), ValueFormat.count(result.candidates(), "candidate"));
            if (result.outside() > 0) {
                out.printf(Locale.UK, "(%s used #%s only outside its sittings: not regulars, so they may be suggested)%n",
                        ValueFormat.count(result.outside(), "account"), result.chat());
            }
            for (Suggestion s : result.suggestions()) {
                out.printf(Locale.ROOT, "%3d. @%s%s  score %.3f%s%n", s.rank(), s.handle() == null ? s.id() : s.handle(),
                        s.name() == null ? "" : " (" + s.name() + ")", s.score(),
                        s.invitation() == null ? "" : "  [" + s.invitation() + "]");
                out.println("     " + String.join("; ", s.reasons()));
                if (s.profile() != null) out.println("     " + s.profile());
            }
            if (result.shortfall() != null) out.println(result.shortfall());
        }
        out.flush();
        return ConveneCli.OK;
    }
}
