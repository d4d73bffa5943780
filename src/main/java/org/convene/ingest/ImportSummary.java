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
 * @param newPosts posts the graph did not hold before (a re-import writes its posts again but adds none);
 *                 -1 when not counted
 */
public record ImportSummary(List<String> files, long read, long posts, long edges, List<Rejected> rejected,
                            Duration took, long profiles, long newPosts) {

    public ImportSummary(List<String> files, long read, long posts, long edges, List<Rejected> rejected, Duration took) {
        this(files, read, posts, edges, rejected, took, 0, -1);
    }

    public String describe() {
        String fresh = newPosts < 0 ? "" : newPosts == posts ? " (all new)"
                : " (%,d new to the graph; the rest were in it already or came more than once, such as an original"
                        .formatted(newPosts) + " behind several retweets)";
        return "Imported %,d post%s%s%s%s from %,d record%s in %s in %.1f s; %,d rejected".formatted(
                posts, posts == 1 ? "" : "s", fresh, edges > 0 ? " and %,d listed interactions".formatted(edges) : "",
                profiles > 0 ? " and %,d account profiles".formatted(profiles) : "", read, read == 1 ? "" : "s",
                files.size() == 1 ? "1 file" : files.size() + " files",
                took.toMillis() / 1000.0, rejected.size());
    }
}
