package org.convene.collect;

import java.time.Instant;
import org.convene.graph.ValueFormat;

/**
 * A collection as it stands, for the CLI and the UI.
 *
 * @param phase    what it is doing: starting, fetching, waiting (rate limit or next poll, with until when),
 *                 stopping, stopped, finished, failed
 * @param posts    posts written by this run (a retweet brings its original too)
 * @param pages    response pages received
 * @param rejected records set aside (malformed JSON, missing fields), each reported with page and line
 * @param error    why it failed, or null
 */
public record CollectStatus(String id, String source, String endpoint, String tag, String phase, boolean running,
                            long posts, long pages, long polls, long rejected, Instant startedAt, Instant lastPageAt,
                            String error) {

    public String describe() {
        return "%s #%s (%s): %s in %s and %s, %,d rejected; %s%s".formatted(source, tag, endpoint,
                ValueFormat.count(posts, "post"), ValueFormat.count(pages, "page"), ValueFormat.count(polls, "poll"),
                rejected, phase, error == null ? "" : ": " + error);
    }
}
