package org.convene.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that characterise each cluster's posts: counted per cluster, without stop words, links,
 * handles, hashtags (they are counted on their own) and numbers, then ranked by count times how rare the
 * word is among the clusters (tf-idf with the cluster as document), so words every cluster uses sink.
 */
final class TopWords {

    private static final Pattern WORD = Pattern.compile("https?://\\S+|[@#][\\p{L}\\p{N}_]+|[\\p{L}][\\p{L}'’-]*[\\p{L}]");
    static final Set<String> STOP_WORDS = stopWords();

    private TopWords() {}

    /** Words of one text, lower case, as counted. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.startsWith("http") && w.contains("://") || w.startsWith("@") || w.startsWith("#")) continue;
            if (w.length() < 3 || STOP_WORDS.contains(w)) continue;
            words.add(w);
        }
        return words;
    }

    /** The {@code limit} most characteristic words of each cluster's texts. */
    static Map<Long, List<String>> top(Map<Long, List<String>> textsByCluster, int limit) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> clustersUsing = new HashMap<>();
        textsByCluster.forEach((id, texts) -> {
            Map<String, Integer> c = new HashMap<>();
            texts.forEach(t -> words(t).forEach(w -> c.merge(w, 1, Integer::sum)));
            counts.put(id, c);
            c.keySet().forEach(w -> clustersUsing.merge(w, 1, Integer::sum));
        });
        int n = Math.max(1, counts.size());
        Map<Long, List<String>> top = new HashMap<>();
        counts.forEach((id, c) -> top.put(id, c.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted((a, b) -> {
                    int byScore = Double.compare(score(b.getValue(), clustersUsing.get(b.getKey()), n),
                            score(a.getValue(), clustersUsing.get(a.getKey()), n));
                    return byScore != 0 ? byScore : a.getKey().compareTo(b.getKey());
                })
                .limit(limit).map(Map.Entry::getKey).toList()));
        return top;
    }

    private static double score(int count, int clusters, int allClusters) {
        return count * (1 + Math.log((double) allClusters / clusters));
    }

    private static Set<String> stopWords() {
        try (InputStream in = TopWords.class.getResourceAsStream("stop-words.txt")) {
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) words.addAll(List.of(line.strip().split("\\s+")));
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
