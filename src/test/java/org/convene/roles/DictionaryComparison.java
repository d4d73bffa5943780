package org.convene.roles;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tool for whoever tunes the dictionary, not a test: scores two dictionaries on every split of
 * roles/labelled-bios.csv and lists the bios whose labels differ between them, with the wanted roles, so
 * that a change is kept only if it is neutral or better on each split (roles/README.md, step 9).
 * Usage (from the test classpath): {@code DictionaryComparison BEFORE.csv AFTER.csv [SPLIT ...]}; with no
 * splits, all but the blind one ({@link RoleAccuracyTest#BLIND_SPLIT}).
 */
public final class DictionaryComparison {

    private DictionaryComparison() {}

    public static void main(String[] args) throws Exception {
        RoleLabeller before = new RoleLabeller(RoleDictionary.of(Path.of(args[0])));
        RoleLabeller after = new RoleLabeller(RoleDictionary.of(Path.of(args[1])));
        List<LabelledBios> bios = LabelledBios.load();
        Set<String> splits = new TreeSet<>(args.length > 2 ? List.of(args).subList(2, args.length)
                : bios.stream().map(LabelledBios::split).filter(s -> !s.equals(RoleAccuracyTest.BLIND_SPLIT)).toList());
        RoleEvaluation allBefore = new RoleEvaluation(), allAfter = new RoleEvaluation();
        for (String split : splits) {
            RoleEvaluation was = new RoleEvaluation(), now = new RoleEvaluation();
            for (LabelledBios b : bios) {
                if (!b.split().equals(split)) continue;
                List<RoleLabel> labelsBefore = before.label(b.handle(), null, b.bio());
                List<RoleLabel> labelsAfter = after.label(b.handle(), null, b.bio());
                for (RoleEvaluation e : List.of(was, allBefore)) e.add(b.handle(), b.bio(), b.roleSet(), labelsBefore);
                for (RoleEvaluation e : List.of(now, allAfter)) e.add(b.handle(), b.bio(), b.roleSet(), labelsAfter);
                Set<Role> r1 = roles(labelsBefore), r2 = roles(labelsAfter);
                if (!r1.equals(r2)) {
                    System.out.printf(Locale.ROOT, "  %s @%s want %s: %s -> %s | %s%n", split, b.handle(), b.roleSet(),
                            r1, r2, b.bio());
                }
            }
            System.out.println(line(split, was.overall(), now.overall()));
        }
        System.out.println(line("all", allBefore.overall(), allAfter.overall()));
    }

    private static Set<Role> roles(List<RoleLabel> labels) {
        Set<Role> got = new LinkedHashSet<>();
        labels.forEach(l -> got.add(l.role()));
        got.remove(Role.UNKNOWN);
        return got;
    }

    private static String line(String name, RoleEvaluation.Counts a, RoleEvaluation.Counts b) {
        return String.format(Locale.ROOT, "%-9s precision %.3f -> %.3f, recall %.3f -> %.3f (tp %d -> %d, fp %d -> %d)",
                name, orZero(a.precision()), orZero(b.precision()), orZero(a.recall()), orZero(b.recall()),
                a.bothGave(), b.bothGave(), a.onlyRules(), b.onlyRules());
    }

    private static double orZero(double ratio) {
        return Double.isNaN(ratio) ? 0 : ratio;
    }
}
