package org.convene.roles;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the bundled dictionary against 440 bios labelled by hand (roles/labelled-bios.csv): precision
 * and recall per role, and over all role labels (micro average; "unknown" is reported but not counted).
 * The rules were tuned on the dev split, then on dev + test; the hold-out split was labelled afterwards and
 * is the honest figure for unseen bios, with a second hold-out of 100 labelled later (holdout2).
 * Goal from the issue: precision at least 0.9 on the labels Convene assigns, recall at least 0.7.
 */
class RoleAccuracyTest {

    static final double PRECISION_GOAL = 0.9;
    static final double RECALL_GOAL = 0.7;

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
    }

    @Test
    void allLabelled() {
        // the whole fixture, tuned-on and unseen bios together: reported, not asserted (see the hold-outs)
        score(b -> true, "all", false);
    }

    @Test
    void tuningSet() {
        // dev and test splits, which the rules were tuned on: a regression guard, not an estimate
        assertGoals(score(b -> b.split().equals("dev") || b.split().equals("test"), "dev + test (tuned on)", false), "dev + test");
        score(b -> b.split().equals("dev"), "dev", false);
        score(b -> b.split().equals("test"), "test", false);
    }

    @Test
    void holdout() {
        // 65 accounts labelled after the rules were frozen and never tuned on: the honest estimate for new
        // bios. Measured 0.80 precision, 0.71 recall, below the precision goal (see README); the
        // assertion only catches a change of rules that makes it worse.
        Scores s = score(b -> b.split().equals("holdout"), "holdout", true);
        assertTrue(s.precision() >= 0.78, "holdout precision fell to " + s.precision());
        assertTrue(s.recall() >= 0.69, "holdout recall fell to " + s.recall());
    }

    @Test
    void secondHoldout() {
        // 100 more accounts, drawn (sample_more.py, seed 2016) and labelled with the rules unchanged since the
        // first hold-out. Measured 0.78 precision, 0.76 recall, below the goal: a regression guard only.
        Scores s = score(b -> b.split().equals("holdout2"), "holdout2", false);
        assertTrue(s.precision() >= 0.76, "holdout2 precision fell to " + s.precision());
        assertTrue(s.recall() >= 0.74, "holdout2 recall fell to " + s.recall());
    }

    @Test
    void withoutTheRoleWordStratum() {
        // the role-word stratum was drawn by words the rules also use; this is the sample without it
        assertGoals(score(b -> !b.sample().equals("celiac-roleword") && !b.split().equals("holdout2"),
                "first 340 but the role-word stratum", false), "random strata");
    }

    private static void assertGoals(Scores s, String name) {
        assertTrue(s.precision() >= PRECISION_GOAL, name + ": precision " + s.precision() + " below " + PRECISION_GOAL);
        assertTrue(s.recall() >= RECALL_GOAL, name + ": recall " + s.recall() + " below " + RECALL_GOAL);
    }

    static Scores score(Predicate<LabelledBios> which, String name, boolean showErrors) {
        Scores s = new Scores();
        int primaryRight = 0, accounts = 0;
        StringBuilder errors = new StringBuilder();
        for (LabelledBios b : bios) {
            if (!which.test(b)) continue;
            accounts++;
            List<RoleLabel> labels = labeller.label(b.handle(), null, b.bio());
            Set<Role> got = new LinkedHashSet<>();
            labels.forEach(l -> got.add(l.role()));
            Set<Role> want = b.roleSet();
            for (Role r : Role.values()) {
                boolean g = got.contains(r), w = want.contains(r);
                if (g && w) s.tp.merge(r, 1, Integer::sum);
                if (g && !w) s.fp.merge(r, 1, Integer::sum);
                if (!g && w) s.fn.merge(r, 1, Integer::sum);
            }
            if (labels.getFirst().role() == b.primary()) primaryRight++;
            if (showErrors && !got.equals(want)) {
                errors.append(String.format(Locale.ROOT, "  @%s want %s got %s | %s%n", b.handle(), want, labels.stream()
                        .map(l -> l.key() + l.evidence()).toList(), b.bio()));
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nRoles on %s: %d accounts%n", name, accounts));
        out.append(String.format(Locale.ROOT, "| %-12s | %5s | %9s | %6s | %4s | %4s | %4s |%n",
                "role", "truth", "precision", "recall", "tp", "fp", "fn"));
        out.append("|---|---|---|---|---|---|---|\n");
        for (Role r : Role.values()) {
            int tp = s.tp.getOrDefault(r, 0), fp = s.fp.getOrDefault(r, 0), fn = s.fn.getOrDefault(r, 0);
            if (tp + fp + fn == 0) continue;
            out.append(String.format(Locale.ROOT, "| %-12s | %5d | %9s | %6s | %4d | %4d | %4d |%n", r.key(), tp + fn,
                    ratio(tp, tp + fp), ratio(tp, tp + fn), tp, fp, fn));
        }
        out.append(String.format(Locale.ROOT, "| %-12s | %5d | %9s | %6s | %4d | %4d | %4d |%n", "all roles*",
                s.sum(s.tp) + s.sum(s.fn), ratio(s.sum(s.tp), s.sum(s.tp) + s.sum(s.fp)),
                ratio(s.sum(s.tp), s.sum(s.tp) + s.sum(s.fn)), s.sum(s.tp), s.sum(s.fp), s.sum(s.fn)));
        out.append(String.format(Locale.ROOT, "primary role right: %d of %d (%s)%n", primaryRight, accounts,
                ratio(primaryRight, accounts)));
        System.out.print(out);
        if (!errors.isEmpty()) System.out.print("Differences on " + name + ":\n" + errors);
        return s;
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) a / b);
    }

    /** Counts per role; the overall figures leave out "unknown", which is the absence of a role. */
    static final class Scores {
        final Map<Role, Integer> tp = new EnumMap<>(Role.class);
        final Map<Role, Integer> fp = new EnumMap<>(Role.class);
        final Map<Role, Integer> fn = new EnumMap<>(Role.class);

        int sum(Map<Role, Integer> m) {
            return m.entrySet().stream().filter(e -> e.getKey() != Role.UNKNOWN).mapToInt(Map.Entry::getValue).sum();
        }

        double precision() {
            return (double) sum(tp) / Math.max(1, sum(tp) + sum(fp));
        }

        double recall() {
            return (double) sum(tp) / Math.max(1, sum(tp) + sum(fn));
        }
    }
}
