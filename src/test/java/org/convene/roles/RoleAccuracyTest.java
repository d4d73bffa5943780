package org.convene.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the bundled dictionary against bios labelled by hand (roles/labelled-bios.csv): precision and
 * recall per role, and over all role labels (micro average; "unknown" is reported but not counted).
 * The rules have been tuned on all 1,819 bios of the splits dev, test and holdout to holdout11, so those
 * are tuning data: the goals are asserted on them as a regression guard, not as an estimate for new bios.
 * The estimate is split {@code holdout12}, labelled blind by someone else and measured once after the rules
 * were frozen (see roles/README.md); skipped until its rows are in the fixture. Goal from the issue: precision at least 0.9 on the labels Convene
 * assigns, recall at least 0.7.
 */
class RoleAccuracyTest {

    static final double PRECISION_GOAL = 0.9;
    static final double RECALL_GOAL = 0.7;

    /** The splits the rules were tuned on. */
    static final Set<String> TUNING_SPLITS = Set.of("dev", "test", "holdout", "holdout2", "holdout3", "holdout4",
            "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11");
    static final int TUNING_BIOS = 1819;
    /** The blind hold-out, labelled after the rules were frozen; never tuned on. */
    static final String BLIND_SPLIT = "holdout12";
    // measured once on 2026-11-23 with round-10 rules: precision 0.75, recall 0.56 (the last 84 #celiac bios
    // with no health word; round-6 rules gave 0.74/0.55). Earlier blind figures, each measured once (see
    // roles/README.md): 0.87/0.73, 0.81/0.72, 0.85/0.58, 0.87/0.62, 0.81/0.62, 0.87/0.51, 0.86/0.55, 0.81/0.67
    // and 0.83/0.55 (holdout3 to holdout11). A guard that later rules do not do worse on bios they were not
    // tuned on.
    static final double BLIND_PRECISION_FLOOR = 0.74;
    static final double BLIND_RECALL_FLOOR = 0.56;

    /**
     * Outside health chats: 597 bios from #BlackLivesMatter (June 2021), labelled blind by two annotators, half
     * each. Measured once with round-10 rules: 0.68 / 0.49 over both halves. Round 11 was tuned on blm-a
     * (0.66 / 0.48 to 0.73 / 0.55), then blm-b was measured once: 0.71 / 0.50 before, 0.70 / 0.53 after. Not the
     * goal (that is for health chats); floors that guard against the rules getting worse off their ground.
     */
    static final String OUTSIDE_FIXTURE = "roles/labelled-bios-blm.csv";
    static final Map<String, double[]> OUTSIDE_FLOORS = Map.of("blm-a", new double[] {0.72, 0.55},
            "blm-b", new double[] {0.70, 0.52});

    static List<LabelledBios> bios;
    static RoleLabeller labeller;

    @BeforeAll
    static void load() throws Exception {
        bios = LabelledBios.load();
        labeller = new RoleLabeller(RoleDictionary.bundled());
    }

    @Test
    void theFixtureIsLargeEnough() {
        assertTrue(bios.size() >= 200, "at least 200 labelled accounts, got " + bios.size());
        assertTrue(bios.stream().map(LabelledBios::id).distinct().count() == bios.size(), "accounts are distinct");
        assertTrue(bios.stream().filter(b -> TUNING_SPLITS.contains(b.split())).count() == TUNING_BIOS,
                "the " + TUNING_BIOS + " tuning bios are all there");
    }

    @Test
    void tuningBios() {
        // all bios the rules were tuned on: a regression guard on the goals, not an estimate for new bios
        // with every wrong or missing label listed, which is what a person tuning the dictionary reads
        assertGoals(score(b -> TUNING_SPLITS.contains(b.split()), "all " + TUNING_BIOS + " tuning bios", true), "tuning bios");
    }

    @Test
    void perTuningSplit() {
        // reported, not asserted: to see that a change helps bios from several samples rather than one
        for (String split : List.of("dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
                "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11")) {
            score(b -> b.split().equals(split), split, false);
        }
    }

    @Test
    void withoutTheRoleWordStratum() {
        // the role-word stratum was drawn by words the rules also use; these are the tuning bios without it
        assertGoals(score(b -> TUNING_SPLITS.contains(b.split()) && !b.sample().equals("celiac-roleword"),
                "tuning bios but the role-word stratum", false), "random strata");
    }

    @Test
    void blindHoldout() {
        // bios labelled blind after the rules were frozen, measured once: the honest figure for unseen bios
        List<LabelledBios> rows = bios.stream().filter(b -> b.split().equals(BLIND_SPLIT)).toList();
        Assumptions.assumeFalse(rows.isEmpty(), "no rows of split " + BLIND_SPLIT
                + " in roles/labelled-bios.csv yet: the blind hold-out is measured once it has been labelled");
        RoleEvaluation.Counts s = score(b -> b.split().equals(BLIND_SPLIT), BLIND_SPLIT + " (blind)", false);
        assertTrue(s.precision() >= BLIND_PRECISION_FLOOR, BLIND_SPLIT + " precision " + s.precision()
                + " below " + BLIND_PRECISION_FLOOR);
        assertTrue(s.recall() >= BLIND_RECALL_FLOOR, BLIND_SPLIT + " recall " + s.recall()
                + " below " + BLIND_RECALL_FLOOR);
    }

    @Test
    void outsideHealthChats() throws Exception {
        List<LabelledBios> outside = LabelledBios.load(OUTSIDE_FIXTURE);
        assertEquals(597, outside.size());
        OUTSIDE_FLOORS.forEach((split, floor) -> {
            RoleEvaluation.Counts s = score(outside, b -> b.split().equals(split), split + " (#BlackLivesMatter)", false);
            assertTrue(s.precision() >= floor[0], split + " precision " + s.precision() + " below " + floor[0]);
            assertTrue(s.recall() >= floor[1], split + " recall " + s.recall() + " below " + floor[1]);
        });
    }

    private static void assertGoals(RoleEvaluation.Counts s, String name) {
        assertTrue(s.precision() >= PRECISION_GOAL, name + ": precision " + s.precision() + " below " + PRECISION_GOAL);
        assertTrue(s.recall() >= RECALL_GOAL, name + ": recall " + s.recall() + " below " + RECALL_GOAL);
    }

    /** Scores the rules on the bios {@code which} picks, prints the table; the overall counts (unknown left out). */
    static RoleEvaluation.Counts score(Predicate<LabelledBios> which, String name, boolean showErrors) {
        return score(bios, which, name, showErrors);
    }

    static RoleEvaluation.Counts score(List<LabelledBios> from, Predicate<LabelledBios> which, String name, boolean showErrors) {
        RoleEvaluation e = new RoleEvaluation();
        int primaryRight = 0;
        StringBuilder errors = new StringBuilder();
        for (LabelledBios b : from) {
            if (!which.test(b)) continue;
            List<RoleLabel> labels = labeller.label(b.handle(), null, b.bio());
            e.add(b.handle(), b.bio(), b.roleSet(), labels);
            if (labels.getFirst().role() == b.primary()) primaryRight++;
        }
        if (showErrors) {
            for (RoleEvaluation.Difference d : e.differences()) {
                errors.append(String.format(Locale.ROOT, "  @%s want %s got %s | %s%n", d.handle(), d.person(), d.rules().stream()
                        .map(l -> l.key() + l.evidence()).toList(), d.bio()));
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nRoles on %s: %d accounts%n", name, e.accounts()));
        out.append(String.format(Locale.ROOT, "| %-12s | %5s | %9s | %6s | %4s | %4s | %4s |%n",
                "role", "truth", "precision", "recall", "tp", "fp", "fn"));
        out.append("|---|---|---|---|---|---|---|\n");
        e.perRole().forEach((r, c) -> out.append(row(r.key(), c)));
        RoleEvaluation.Counts all = e.overall();
        out.append(row("all roles*", all));
        out.append(String.format(Locale.ROOT, "primary role right: %d of %d (%s)%n", primaryRight, e.accounts(),
                ratio(primaryRight, e.accounts())));
        System.out.print(out);
        if (!errors.isEmpty()) System.out.print("Differences on " + name + ":\n" + errors);
        return all;
    }

    private static String row(String role, RoleEvaluation.Counts c) {
        int tp = c.bothGave(), fp = c.onlyRules(), fn = c.onlyPerson();
        return String.format(Locale.ROOT, "| %-12s | %5d | %9s | %6s | %4d | %4d | %4d |%n", role, tp + fn,
                ratio(tp, tp + fp), ratio(tp, tp + fn), tp, fp, fn);
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) a / b);
    }
}
