package org.convene.suggest;

import java.time.Duration;
import java.time.Instant;

/**
 * Recently active, measured back from the chat's latest post with a half-life: its own posts and interactions
 * count fully; being addressed by others, the only sign of accounts known by mentions, counts half.
 */
final class ActivitySignal implements Signal {

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public double score(Candidate c, ChatProfile chat) {
        return Math.max(Scale.decay(c.lastOwn(), chat.latest(), chat.halfLifeDays()),
                0.5 * Scale.decay(c.lastAddressed(), chat.latest(), chat.halfLifeDays()));
    }

    @Override
    public String reason(Candidate c, ChatProfile chat) {
        if (Scale.decay(c.lastOwn(), chat.latest(), chat.halfLifeDays()) >= 0.5) {
            return "active " + ago(c.lastOwn(), chat.latest());
        }
        if (Scale.decay(c.lastAddressed(), chat.latest(), chat.halfLifeDays()) >= 0.5) {
            return "addressed by others " + ago(c.lastAddressed(), chat.latest());
        }
        return null;
    }

    static String ago(Instant at, Instant reference) {
        return ago(at, reference, false);
    }

    /** @param roundUp count a part day as a day: "stopped" means more than 28 days, so 28.9 must not read "28 days" */
    static String ago(Instant at, Instant reference, boolean roundUp) {
        Duration gap = Duration.between(at, reference);
        long days = Math.max(0, roundUp ? (gap.toSeconds() + 86_399) / 86_400 : gap.toDays());
        return days == 0 ? "on the day of the chat's latest post"
                : days + (days == 1 ? " day" : " days") + " before the chat's latest post";
    }
}
