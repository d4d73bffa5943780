package org.convene.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.ValueFormat;
import org.convene.graph.AccountLookup;
import org.convene.roles.Role;
import org.convene.roles.RoleCorrection;
import org.convene.roles.RoleEvaluator;
import org.convene.roles.RoleEvaluation;
import org.convene.roles.RoleLabel;
import org.convene.roles.RoleSample;
import org.convene.roles.RoleService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "roles", mixinStandardHelpOptions = true,
        description = "Stakeholder roles of accounts (nurse, doctor, ahp, executive, commissioner, manager, comms,"
                + " researcher, patient, carer, advocate, organisation, media, unknown): label, correct, explain,"
                + " and measure the rules on accounts you labelled.",
        subcommands = {RolesCommand.Label.class, RolesCommand.Correct.class, RolesCommand.ImportOverrides.class,
                RolesCommand.Explain.class, RolesCommand.Sample.class, RolesCommand.Evaluate.class})
class RolesCommand extends CommandGroup {

    /** What every roles subcommand shares: where the graph is, JSON output, a Spring context. */
    abstract static class Sub extends CommandGroup.Sub {
    }

    @Command(name = "label", mixinStandardHelpOptions = true,
            description = "Label every account from its bio, name and handle; corrected accounts keep their correction.")
    static class Label extends Sub {
        @Override
        public Integer call() {
            RoleService.LabelSummary summary;
            try (var context = context()) {
                PrintWriter err = spec.commandLine().getErr();
                summary = context.getBean(RoleService.class).labelAll((done, total) -> {
                    err.printf(Locale.UK, "roles: %,d of %,d accounts%n", done, total);
                    err.flush();
                });
            }
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("accounts", summary.accounts());
                result.put("corrected", summary.corrected());
                result.put("unchanged", summary.unchanged());
                result.put("primaryRoles", summary.primaryRoles());
                result.put("dictionaryProblems", summary.dictionaryProblems());
                result.put("seconds", summary.took().toMillis() / 1000.0);
                out().println(Output.json(result));
            } else {
                out().printf(Locale.UK, "Labelled %,d accounts (%,d kept a person's correction, %,d already as the rules "
                                + "say) in %.1f s%n", summary.accounts(), summary.corrected(), summary.unchanged(),
                        summary.took().toMillis() / 1000.0);
                List<Map<String, Object>> rows = new ArrayList<>();
                summary.primaryRoles().forEach((role, n) -> rows.add(Map.of("primary role", role, "accounts", n)));
                Output.table(out(), List.of("primary role", "accounts"), rows);
                summary.dictionaryProblems().forEach(p -> out().println("  dictionary line set aside: " + p));
            }
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = "Set an account's roles by hand. The correction outlives re-imports and re-labelling.")
    static class Correct extends Sub {
        @Mixin
        AccountOption account;

        @Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE", description = "Role keys, e.g. nurse,carer.")
        List<String> roleKeys;

        @Option(names = "--primary", paramLabel = "ROLE",
                description = "The primary role (default: the first of --roles; added to them if not among them).")
        String primary;

        @Option(names = "--who", paramLabel = "NAME", description = "Who made the correction (default: the user name).")
        String who = System.getProperty("user.name", "someone");

        @Override
        public Integer call() {
            Usage.parse(spec, () -> RoleCorrection.parseRoles(String.join(",", roleKeys), primary));
            try (var context = context()) {
                RoleService service = context.getBean(RoleService.class);
                AccountLookup.Ref ref = account.resolve(context);
                service.correct(ref.platform(), ref.id(), roleKeys, primary, who);
                print(service.explain(ref.platform(), ref.id()).orElseThrow(), out(), json);
            }
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "import-overrides", mixinStandardHelpOptions = true,
            description = "Read corrections from a CSV: handle (or id, with optional platform), roles, optional primary, who, note.")
    static class ImportOverrides extends Sub {
        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV of corrections.")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("No such file: " + file);
            RoleService.OverridesSummary summary;
            try (var context = context()) {
                summary = context.getBean(RoleService.class).importOverrides(file);
            }
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("stored", summary.stored());
                result.put("applied", summary.applied());
                result.put("unlabelled", summary.unlabelled());
                result.put("rejected", Output.rejected(summary.rejected()));
                out().println(Output.json(result));
            } else {
                out().printf("Stored %s, %d applied to accounts now (the rest apply when the account is imported and labelled), %s skipped, %s rejected%n",
                        ValueFormat.count(summary.stored(), "correction"), summary.applied(),
                        ValueFormat.count(summary.unlabelled(), "row without roles", "rows without roles"),
                        ValueFormat.count(summary.rejected().size(), "line"));
                summary.rejected().forEach(r -> out().println("  rejected " + r));
            }
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Show an account's roles with their evidence, confidence and source.")
    static class Explain extends Sub {
        @Mixin
        AccountOption account;

        @Override
        public Integer call() {
            try (var context = context()) {
                RoleService service = context.getBean(RoleService.class);
                AccountLookup.Ref ref = account.resolve(context);
                print(service.explain(ref.platform(), ref.id()).orElseThrow(), out(), json);
            }
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = "Draw a random sample of accounts with a bio for you to label by hand: a CSV with an empty"
                    + " roles column to fill in, then measure the rules with roles evaluate.")
    static class Sample extends Sub {
        @Option(names = "--size", defaultValue = "100", description = "How many accounts (default ${DEFAULT-VALUE}, at most 2000).")
        int size;

        @Option(names = "--chat", description = "Only accounts that posted with this hashtag.")
        String chat;

        @Option(names = "--seed", defaultValue = "1", description = "The same seed draws the same sample from the same graph (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of to standard output (not with --json).")
        Path file;

        @Override
        public Integer call() throws Exception {
            Usage.require(spec, size >= 1 && size <= RoleSample.LARGEST,
                    "A sample holds 1 to " + RoleSample.LARGEST + " accounts, not " + size);
            List<RoleSample.Account> sample;
            try (var context = context()) {
                sample = context.getBean(RoleSample.class).draw(size, chat, seed);
            }
            if (json) {
                out().println(Output.json(sample));
            } else if (file == null) {
                RoleSample.write(sample, out());
            } else {
                try (var writer = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                    RoleSample.write(sample, writer);
                }
                spec.commandLine().getErr().printf("Wrote %d accounts to %s: fill in the roles column, then run"
                        + " convene roles evaluate %s%n", sample.size(), file, file);
            }
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Measure the rules on accounts a person labelled: a CSV like the overrides (handle or id,"
                    + " roles), scored against what the dictionary says of those accounts now. Precision, recall"
                    + " and the accounts where the two differ.")
    static class Evaluate extends Sub {
        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV of roles a person gave.")
        Path file;

        @Option(names = "--differences", description = "Also list every account where the rules and the person differ.")
        boolean differences;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("No such file: " + file);
            RoleEvaluator.Result result;
            try (var context = context()) {
                result = context.getBean(RoleEvaluator.class).evaluate(file);
            }
            RoleEvaluation e = result.evaluation();
            List<Map<String, Object>> rows = new ArrayList<>();
            e.perRole().forEach((role, c) -> rows.add(countsRow(role.key(), c, json)));
            rows.add(countsRow("all roles (not unknown)", e.overall(), json));
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("accounts", e.accounts());
                out.put("roles", rows);
                out.put("notFound", result.notFound());
                out.put("unlabelled", result.unlabelled());
                out.put("rejected", Output.rejected(result.rejected()));
                if (differences) out.put("differences", e.differences().stream().map(d -> Map.of(
                        "handle", String.valueOf(d.handle()), "person", d.person().stream().map(Role::key).sorted().toList(),
                        "rules", d.rules().stream().map(RolesCommand::labelMap).toList())).toList());
                out().println(Output.json(out));
            } else {
                out().printf("%s scored; %s not in the graph; %s skipped; %s rejected%n",
                        ValueFormat.count(e.accounts(), "account"), ValueFormat.count(result.notFound().size(), "labelled account"),
                        ValueFormat.count(result.unlabelled(), "row without roles", "rows without roles"),
                        ValueFormat.count(result.rejected().size(), "line"));
                Output.table(out(), List.of("role", "person", "rules", "precision", "recall", "both", "only rules", "only person"), rows);
                result.rejected().forEach(r -> out().println("  rejected " + r));
                if (!result.notFound().isEmpty()) out().println("not in the graph: " + String.join(", ", result.notFound()));
                if (differences) {
                    for (RoleEvaluation.Difference d : e.differences()) {
                        out().println("@" + d.handle() + ": person " + d.person().stream().map(Role::key).sorted().toList()
                                + ", rules " + d.rules().stream().map(l -> l.key() + l.evidence()).toList()
                                + (d.bio() == null ? "" : " | " + d.bio().replaceAll("\\s+", " ")));
                    }
                }
            }
            out().flush();
            return ConveneCli.OK;
        }

        /** A figure that cannot be computed (no labels on one side) is null in JSON, "-" in the table. */
        private static Map<String, Object> countsRow(String role, RoleEvaluation.Counts c, boolean json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", role);
            m.put("person", c.bothGave() + c.onlyPerson());
            m.put("rules", c.bothGave() + c.onlyRules());
            m.put("precision", figure(c.precision(), json));
            m.put("recall", figure(c.recall(), json));
            m.put("both", c.bothGave());
            m.put("only rules", c.onlyRules());
            m.put("only person", c.onlyPerson());
            return m;
        }

        private static Object figure(double v, boolean json) {
            if (Double.isNaN(v)) return json ? null : "-";
            return Math.round(v * 100) / 100.0;
        }
    }

    static void print(RoleService.Explanation e, PrintWriter out, boolean json) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("platform", e.account().platform());
            result.put("id", e.account().id());
            result.put("handle", e.account().handle());
            result.put("bio", e.bio());
            result.put("roles", e.stored().stream().map(RolesCommand::labelMap).toList());
            result.put("rulesNow", e.rules().stream().map(RolesCommand::labelMap).toList());
            result.put("correction", e.correction());
            out.println(Output.json(result));
            return;
        }
        out.println("@" + e.account().handle() + " (" + e.account().platform() + " " + e.account().id() + ")");
        out.println("bio: " + (e.bio() == null ? "(none)" : e.bio().replaceAll("\\s+", " ")));
        if (e.stored().isEmpty()) out.println("not labelled yet: run `convene roles label`");
        List<Map<String, Object>> rows = e.stored().stream().map(RolesCommand::labelMap).toList();
        Output.table(out, List.of("role", "primary", "confidence", "source", "evidence"), rows);
        if (e.correction() != null) {
            out.println("corrected by " + e.correction().get("who") + " at " + e.correction().get("at")
                    + "; the rules alone would say: " + e.rules().stream().map(RoleLabel::key).toList());
        }
    }

    private static Map<String, Object> labelMap(RoleLabel l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", l.key());
        m.put("primary", l.primary());
        m.put("confidence", l.confidence());
        m.put("source", l.source());
        m.put("evidence", l.evidence());
        return m;
    }
}
