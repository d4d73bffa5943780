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
        int[] all = new int[6];
        for (String split : splits) {
            int[] c = new int[6]; // tp, fp, fn before; tp, fp, fn after
            for (LabelledBios b : bios) {
                if (!b.split().equals(split)) continue;
                Set<Role> was = roles(before, b), now = roles(after, b);
                count(was, b.roleSet(), c, 0);
                count(now, b.roleSet(), c, 3);
                if (!was.equals(now)) {
                    System.out.printf(Locale.ROOT, "  %s @%s want %s: %s -> %s | %s%n", split, b.handle(), b.roleSet(),
                            was, now, b.bio());
                }
            }
            for (int i = 0; i < 6; i++) all[i] += c[i];
            System.out.println(line(split, c));
        }
        System.out.println(line("all", all));
    }

    private static Set<Role> roles(RoleLabeller labeller, LabelledBios b) {
        Set<Role> got = new LinkedHashSet<>();
        labeller.label(b.handle(), null, b.bio()).forEach(l -> got.add(l.role()));
        got.remove(Role.UNKNOWN);
        return got;
    }

    private static void count(Set<Role> got, Set<Role> want, int[] c, int at) {
        for (Role r : Role.values()) {
            if (r == Role.UNKNOWN) continue;
            boolean g = got.contains(r), w = want.contains(r);
            if (g && w) c[at]++;
            if (g && !w) c[at + 1]++;
            if (!g && w) c[at + 2]++;
        }
    }

    private static String line(String name, int[] c) {
        return String.format(Locale.ROOT, "%-9s precision %.3f -> %.3f, recall %.3f -> %.3f (tp %d -> %d, fp %d -> %d)",
                name, ratio(c[0], c[0] + c[1]), ratio(c[3], c[3] + c[4]), ratio(c[0], c[0] + c[2]),
                ratio(c[3], c[3] + c[5]), c[0], c[3], c[1], c[4]);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
