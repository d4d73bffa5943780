package org.convene.suggest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the suggestions ({@code convene.suggest.*}).
 *
 * @param weights        weight of each signal by its name ({@code convene.suggest.weights.closeness=0.3}); a
 *                       signal left out keeps its default, 0 turns it off
 * @param lapsedDays     a regular whose last post in the chat is older than this many days before the chat's
 *                       latest post has stopped, and is suggested again
 * @param halfLifeDays   recent activity counts half after this many days (before the chat's latest post)
 * @param pool           at most this many candidates, the closest to the regulars, are scored per call
 */
@ConfigurationProperties("convene.suggest")
public record SuggestSettings(Map<String, Double> weights, Integer lapsedDays, Double halfLifeDays, Integer pool) {

    public static final Map<String, Double> DEFAULT_WEIGHTS = defaultWeights();

    public SuggestSettings {
        Map<String, Double> merged = new LinkedHashMap<>(DEFAULT_WEIGHTS);
        if (weights != null) {
            weights.forEach((k, v) -> {
                String key = k.replace("-", "").toLowerCase(java.util.Locale.ROOT);
                String known = DEFAULT_WEIGHTS.keySet().stream().filter(d -> d.equalsIgnoreCase(key)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Unknown suggestion weight '" + k
                                + "'; known: " + String.join(", ", DEFAULT_WEIGHTS.keySet())));
                if (v == null || v < 0) throw new IllegalArgumentException("Weight " + k + " must be 0 or more");
                merged.put(known, v);
            });
        }
        weights = Map.copyOf(merged);
        if (lapsedDays == null) lapsedDays = 28;
        if (halfLifeDays == null) halfLifeDays = 14.0;
        if (pool == null) pool = 3000;
    }

    public static SuggestSettings defaults() {
        return new SuggestSettings(null, null, null, null);
    }

    private static Map<String, Double> defaultWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("closeness", 0.35);
        w.put("influence", 0.15);
        w.put("roleGap", 0.15);
        w.put("bridging", 0.10);
        w.put("topical", 0.10);
        w.put("activity", 0.15);
        return w;
    }
}
