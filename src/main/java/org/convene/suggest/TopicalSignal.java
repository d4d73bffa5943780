package org.convene.suggest;

import java.util.Comparator;
import java.util.List;

/**
 * Talks about what the chat talks about: the shares of the chat's posts that carry each hashtag found around
 * the account, summed (capped at 1), each scaled by how much of it the account shows (1 for its own use).
 */
final class TopicalSignal implements Signal {

    @Override
    public String name() {
        return "topical";
    }

    @Override
    public double score(Candidate c, ChatProfile chat) {
        double sum = 0;
        for (var e : c.tags().entrySet()) {
            sum += chat.tagShares().getOrDefault(e.getKey(), 0.0) * Math.min(1, e.getValue());
        }
        return Math.min(1, sum);
    }

    @Override
    public String reason(Candidate c, ChatProfile chat) {
        List<String> shared = c.tags().keySet().stream().filter(chat.tagShares()::containsKey)
                .sorted(Comparator.comparingDouble((String t) -> -chat.tagShares().get(t)).thenComparing(t -> t))
                .limit(3).map(t -> "#" + t).toList();
        return shared.isEmpty() ? null : "shares the chat's hashtags " + String.join(", ", shared);
    }
}
