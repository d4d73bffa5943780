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
 * @param profiles account profiles written from network exports' vertex lists
 */
public record ImportSummary(List<String> files, long read, long posts, long edges, List<Rejected> rejected,
                            Duration took, long profiles) {

    public ImportSummary(List<String> files, long read, long posts, long edges, List<Rejected> rejected, Duration took) {
        this(files, read, posts, edges, rejected, took, 0);
    }

    public String describe() {
        return "Imported %,d posts%s%s from %,d records in %d file(s) in %.1f s; %,d rejected".formatted(
                posts, edges > 0 ? " and %,d listed interactions".formatted(edges) : "",
                profiles > 0 ? " and %,d account profiles".formatted(profiles) : "", read, files.size(),
                took.toMillis() / 1000.0, rejected.size());
    }
}
