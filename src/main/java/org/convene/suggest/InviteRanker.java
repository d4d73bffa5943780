package org.convene.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.ProfileLink;
import org.convene.roles.Role;

/**
 * Ranks candidates by the weighted mean of the signal scores and writes their reasons: the role first, then
 * each signal's reason in the order of its weighted contribution, then who could introduce ({@link Introducers}).
 */
public final class InviteRanker {

    static final List<Signal> SIGNALS = List.of(new ClosenessSignal(), new InfluenceSignal(), new RoleGapSignal(),
            new BridgingSignal(), new TopicalSignal(), new ActivitySignal());

    private final List<Signal> signals;
    private final Map<String, Double> weights;

    public InviteRanker(Map<String, Double> weights) {
        this(SIGNALS, weights);
    }

    InviteRanker(List<Signal> signals, Map<String, Double> weights) {
        this.signals = signals;
        this.weights = weights;
    }

    public List<Suggestion> rank(List<Candidate> candidates, ChatProfile chat, int limit) {
        double total = signals.stream().mapToDouble(s -> weight(s)).sum();
        record Scored(Candidate c, double score, Map<String, Double> parts) {}
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, Double> parts = new LinkedHashMap<>();
            double sum = 0;
            for (Signal s : signals) {
                double v = clamp(s.score(c, chat));
                parts.put(s.name(), round(v));
                sum += weight(s) * v;
            }
            scored.add(new Scored(c, total == 0 ? 0 : sum / total, parts));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score())
                .thenComparing(s -> -s.c().closeness())
                .thenComparing(s -> s.c().handle() == null ? s.c().id() : s.c().handle().toLowerCase(java.util.Locale.ROOT)));
        List<Suggestion> result = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            Candidate c = s.c();
            List<Candidate.Tie> ties = Introducers.of(c);
            List<String> introducers = ties.stream().map(t -> "@" + t.handle()).toList();
            result.add(new Suggestion(result.size() + 1, c.platform(), c.id(), c.handle(), c.name(), c.bio(),
                    ProfileLink.of(c.platform(), c.id(), c.handle()), c.primaryRole(),
                    round(s.score()), s.parts(), reasons(c, chat, ties), introducers,
                    c.invitation() == null ? null : c.invitation().status(), c.lastInChat() != null && !c.outsideSittings()));
        }
        return result;
    }

    private List<String> reasons(Candidate c, ChatProfile chat, List<Candidate.Tie> introducers) {
        List<String> reasons = new ArrayList<>();
        if (!c.primaryRole().equals(Roles.UNKNOWN)) {
            List<String> also = c.roles().stream().skip(1).filter(r -> !r.equals(Roles.UNKNOWN)).map(Role::word).toList();
            reasons.add(Role.word(c.primaryRole()) + (also.isEmpty() ? "" : " (also " + String.join(", ", also) + ")"));
        }
        if (c.lastInChat() != null) { // one post is a visit, not a habit that stopped
            String when = ActivitySignal.ago(c.lastInChat(), chat.latest(), true);
            reasons.add(c.outsideSittings() ? "used #" + chat.tag() + " outside its sittings only: "
                    + (c.postsInChat() == 1 ? "once, " : c.postsInChat() + " posts, the last ") + when
                    : c.postsInChat() == 1 ? "took part once: posted in #" + chat.tag() + " " + when
                    : "stopped: last of " + c.postsInChat() + " posts in #" + chat.tag() + " " + when);
        }
        signals.stream()
                .filter(s -> weight(s) > 0)
                .sorted(Comparator.comparingDouble((Signal s) -> -weight(s) * clamp(s.score(c, chat))))
                .map(s -> s.reason(c, chat))
                .filter(r -> r != null)
                .forEach(reasons::add);
        String introduce = Introducers.reason(introducers);
        if (introduce != null) reasons.add(introduce);
        if (c.invitation() != null) {
            var inv = c.invitation();
            reasons.add(inv.status() + (inv.at() == null ? "" : " on " + inv.at().toString().substring(0, 10))
                    + (inv.by() == null ? "" : " by " + inv.by()));
        }
        return reasons;
    }

    private double weight(Signal s) {
        return weights.getOrDefault(s.name(), 0.0);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
