package org.convene.ingest;

/**
 * An interaction known without its posts, as edge lists and network exports give them:
 * {@code source} replied to, mentioned, retweeted or quoted {@code target}, {@code weight} times.
 */
public record Edge(Account source, Account target, String kind, double weight) {

    public static final java.util.List<String> KINDS = java.util.List.of("reply", "mention", "retweet", "quote");

    public Edge {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown interaction kind '" + kind + "'");
    }
}
