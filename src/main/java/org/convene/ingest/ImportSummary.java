package org.convene.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param read     records read, including rejected ones
 * @param posts    posts written (a retweet row yields the retweet and its original)
 * @param edges    interactions written from edge lists
 * @param rejected records set aside, with file, line and reason
 */
public record ImportSummary(List<String> files, long read, long posts, long edges, List<Rejected> rejected,
                            Duration took) {

    public String describe() {
        return "Imported %,d posts%s from %,d records in %d file(s) in %.1f s; %,d rejected".formatted(
                posts, edges > 0 ? " and %,d listed interactions".formatted(edges) : "", read, files.size(),
                took.toMillis() / 1000.0, rejected.size());
    }
}
