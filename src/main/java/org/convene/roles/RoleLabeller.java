package org.convene.roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.convene.roles.RoleDictionary.Entry;
import org.convene.roles.RoleDictionary.Kind;

/**
 * Labels one account from its handle, display name and bio with the dictionary's rules; no database.
 * For each role: the text is copied with the role's traps blanked out, every rule of the role is matched,
 * and a match is dropped when a negation stands right before or after it ("ex-nurse", "doctor-to-be").
 * The matches' weights combine as 1 - Π(1 - w) (one weight per rule, however often it matches); roles at
 * or above the dictionary's threshold are assigned. The primary role is the one whose evidence comes first in
 * the text (the role the bio leads with), then the most confident, then the order of {@link Role}. With no role assigned the result is
 * {@code unknown}, with the best weak cue, if any, as its evidence.
 */
public final class RoleLabeller {

    /** How far before a match a not-before negation is looked for. */
    private static final int NEGATION_WINDOW = 40;

    private final RoleDictionary dictionary;
    private final Map<Role, List<Entry>> rules = new EnumMap<>(Role.class);
    private final Map<Role, List<Entry>> traps = new EnumMap<>(Role.class);
    private final List<Entry> everyRoleTraps = new ArrayList<>();
    private final Map<Role, List<Entry>> negations = new EnumMap<>(Role.class);

    /** The text of an account with neither name nor bio (most accounts of an edge list: only a handle). */
    private static final String NO_TEXT = "\n";

    /** Roles whose text rules can match {@link #NO_TEXT}; for the others such an account needs its handle rules only. */
    private final Set<Role> textRulesMatchNoText = java.util.EnumSet.noneOf(Role.class);
    private final String noTextMasked;

    public RoleLabeller(RoleDictionary dictionary) {
        this.dictionary = dictionary;
        for (Role role : Role.values()) {
            rules.put(role, new ArrayList<>());
            traps.put(role, new ArrayList<>());
            negations.put(role, new ArrayList<>());
        }
        for (Entry e : dictionary.entries()) {
            if (e.kind() == Kind.TRAP && e.role() == null) { // blanked once for all roles, see label()
                everyRoleTraps.add(e);
                continue;
            }
            for (Role role : e.role() == null ? List.of(Role.values()) : List.of(e.role())) {
                switch (e.kind()) {
                    case TRAP -> traps.get(role).add(e);
                    case NOT_BEFORE, NOT_AFTER -> negations.get(role).add(e);
                    default -> rules.get(role).add(e);
                }
            }
        }
        noTextMasked = mask(NO_TEXT, everyRoleTraps, null);
        for (Role role : Role.values()) {
            String text = mask(noTextMasked, traps.get(role), null);
            for (Entry rule : rules.get(role)) {
                if (rule.kind() == Kind.HANDLE) continue;
                Matcher m = rule.pattern().matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) textRulesMatchNoText.add(role);
                }
            }
        }
    }

    public RoleDictionary dictionary() {
        return dictionary;
    }

    /**
     * A rule that matched: the dictionary line, the text it matched, and whether a negation right beside it
     * cancelled the match (then it adds nothing). Traps that blanked text are listed too, as kind {@code trap}.
     */
    public record RuleHit(RoleDictionary.Rule rule, String matched, boolean cancelled) {}

    /** The labels, and every rule that matched on the way to them. */
    public record Explained(List<RoleLabel> labels, List<RuleHit> hits) {}

    /** The account's roles, primary first; never empty ({@code unknown} when no rule is confident enough). */
    public List<RoleLabel> label(String handle, String name, String bio) {
        return label(handle, name, bio, null);
    }

    /** As {@link #label}, with the rules that matched: what a person needs to see why. */
    public Explained explain(String handle, String name, String bio) {
        List<RuleHit> hits = new ArrayList<>();
        List<RoleLabel> labels = label(handle, name, bio, hits);
        return new Explained(labels, List.copyOf(hits));
    }

    private List<RoleLabel> label(String handle, String name, String bio, List<RuleHit> hits) {
        String text = (name == null ? "" : name) + "\n" + (bio == null ? "" : bio);
        String handleText = handle == null ? "" : handle;
        // no name or bio: the text rules are known not to match (unless explaining, which lists trap hits too)
        boolean noText = hits == null && text.equals(NO_TEXT);
        String masked = noText ? noTextMasked : mask(text, everyRoleTraps, hits);
        List<Scored> scored = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role == Role.UNKNOWN) continue;
            Scored s = score(role, text, masked, handleText, noText && !textRulesMatchNoText.contains(role), hits);
            if (s != null) scored.add(s);
        }
        scored.sort(Comparator.comparingDouble(Scored::confidence).reversed()
                .thenComparingInt(Scored::firstAt).thenComparing(Scored::role));
        // the assigned roles in the order the text names them: the primary is the role the bio leads with
        // ("Gastro doc, wife, mum to a boy with a food allergy" is a doctor first); confidence breaks ties
        List<Scored> assigned = new ArrayList<>(scored.stream().filter(x -> x.confidence() >= dictionary.threshold()).toList());
        assigned.sort(Comparator.comparingInt(Scored::firstAt)
                .thenComparing(Comparator.comparingDouble(Scored::confidence).reversed()).thenComparing(Scored::role));
        List<RoleLabel> labels = new ArrayList<>();
        for (Scored s : assigned) {
            labels.add(new RoleLabel(s.role(), round(s.confidence()), s.evidence(), RoleLabel.RULE, labels.isEmpty()));
        }
        if (labels.isEmpty()) {
            List<String> evidence = scored.isEmpty() ? List.of()
                    : List.of("weak cue for " + scored.getFirst().role().key() + ": " + String.join(", ", scored.getFirst().evidence()));
            double confidence = scored.isEmpty() ? 1.0 : 1.0 - scored.getFirst().confidence();
            labels.add(new RoleLabel(Role.UNKNOWN, round(confidence), evidence, RoleLabel.RULE, true));
        }
        return labels;
    }

    private record Scored(Role role, double confidence, List<String> evidence, int firstAt) {}

    private Scored score(Role role, String text, String commonlyMasked, String handle, boolean handleOnly,
                         List<RuleHit> hits) {
        String masked = handleOnly ? text : mask(commonlyMasked, traps.get(role), hits);
        double miss = 1.0;
        Set<String> evidence = new LinkedHashSet<>();
        int firstAt = Integer.MAX_VALUE;
        for (Entry rule : rules.get(role)) {
            boolean onHandle = rule.kind() == Kind.HANDLE;
            if (handleOnly && !onHandle) continue;
            String target = onHandle ? handle : masked;
            Matcher m = rule.pattern().matcher(target);
            boolean hit = false;
            while (m.find()) {
                if (m.end() == m.start()) continue;
                String matched = onHandle ? "handle @" + handle : text.substring(m.start(), m.end()).strip();
                boolean cancelled = !onHandle && negated(role, target, m.start(), m.end());
                if (hits != null) hits.add(new RuleHit(rule.rule(), matched, cancelled));
                if (cancelled) continue;
                hit = true;
                evidence.add(matched);
                firstAt = Math.min(firstAt, onHandle ? text.length() : m.start());
            }
            if (hit) miss *= 1.0 - rule.weight();
        }
        return evidence.isEmpty() ? null : new Scored(role, 1.0 - miss, List.copyOf(evidence), firstAt);
    }

    private boolean negated(Role role, String text, int start, int end) {
        String before = text.substring(Math.max(0, start - NEGATION_WINDOW), start);
        String after = text.substring(end);
        for (Entry n : negations.get(role)) {
            Matcher m = n.pattern().matcher(n.kind() == Kind.NOT_BEFORE ? before : after);
            if (m.find()) return true;
        }
        return false;
    }

    /** The text with every trap match replaced by spaces, so positions stay where they were. */
    private static String mask(String text, List<Entry> traps, List<RuleHit> hits) {
        if (traps.isEmpty()) return text;
        char[] chars = text.toCharArray();
        for (Entry trap : traps) {
            Matcher m = trap.pattern().matcher(text);
            while (m.find()) {
                if (hits != null && m.end() > m.start()) hits.add(new RuleHit(trap.rule(), m.group().strip(), false));
                for (int i = m.start(); i < m.end(); i++) chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
