package org.convene.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.graph.ValueFormat;
import org.convene.graph.AccountLookup;
import org.convene.suggest.EgoService;
import org.convene.suggest.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ego", mixinStandardHelpOptions = true,
        description = "One account's network: contacts one and two steps away by role, missing roles, strongest ties, "
                + "and the contacts who could introduce it to a target role.")
class EgoCommand extends GraphCommand {

    @Mixin
    AccountOption account;

    @Option(names = "--target", paramLabel = "ROLE", description = "A role to reach (key or alias: executive, ceo, gp, ...).")
    String target;

    @Option(names = "--json", description = "Print the view as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (target != null) Usage.parse(spec, () -> Roles.parse(target));
        EgoService.EgoView view;
        try (var context = context()) {
            AccountLookup.Ref ref = account.resolve(context);
            view = context.getBean(EgoService.class).ego(ref.platform(), ref.id(), target);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Output.json(view));
        } else {
            out.printf(Locale.UK, "%s (%s): %s, %,d more two steps away%n", view.name(), view.role(),
                    ValueFormat.count(view.firstHop(), "direct contact"), view.secondHop());
            out.println("  direct, by role:    " + roles(view.firstByRole()));
            out.println("  two steps, by role: " + roles(view.secondByRole()));
            out.println("  (an account counts under every role it holds)");
            out.println("  missing roles:      " + (view.missingRoles().isEmpty() ? "none" : String.join(", ", view.missingRoles()))
                    + (view.reachableMissing().isEmpty() ? "" : " (two steps away: " + String.join(", ", view.reachableMissing()) + ")"));
            out.println("  groups reached:     " + (view.groups().isEmpty() ? "none (or no analysis yet)" : ValueFormat.someOf(
                    view.groups().stream().map(g -> (g.label() == null ? "cluster " + g.id() : "'" + g.label() + "'") + " ("
                            + ValueFormat.count(g.contacts(), "contact") + (g.own() ? ", its own" : "") + ")").toList(), 5)));
            out.println("  strongest ties:     " + view.strongestTies().stream()
                    .map(t -> String.format(Locale.ROOT, "@%s %s (%.0f out, %.0f in)", t.handle(), t.role(), t.outWeight(), t.inWeight()))
                    .collect(Collectors.joining(", ")));
            if (view.target() != null) {
                out.println("  " + view.target() + " already in direct contact: "
                        + (view.directTargets().isEmpty() ? "none" : "@" + String.join(", @", view.directTargets())));
                if (view.brokers().isEmpty()) out.println("  no direct contact reaches another " + view.target());
                for (EgoService.Broker b : view.brokers()) {
                    out.printf("  broker @%s (%s) reaches %s (it addressed %d of them): @%s%n", b.handle(), b.role(),
                            org.convene.roles.Role.count(b.reaches(), view.target()), b.addressed(), String.join(", @", b.examples()));
                }
            }
        }
        out.flush();
        return ConveneCli.OK;
    }

    private static String roles(Map<String, Long> counts) {
        if (counts.isEmpty()) return "none";
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
