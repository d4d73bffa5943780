package org.convene.ingest;

import java.time.Duration;
import java.util.List;
import org.convene.graph.ValueFormat;

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

    public ImportSummary withNewPosts(long newPosts) {
        return new ImportSummary(files, read, posts, edges, rejected, took, profiles, newPosts);
    }

    /** Whether it wrote posts or interactions, and so left the analysis behind the graph. */
    public boolean changedTheNetwork() {
        return posts + edges > 0;
    }

    public String describe() {
        String fresh = newPosts < 0 || posts == 0 ? "" : newPosts == posts ? " (all new)"
                : " (%,d new to the graph)".formatted(newPosts); // the rest: in it already, or written twice (an original behind two retweets)
        return "Imported %s%s%s%s from %s in %s in %.1f s; %,d rejected".formatted(ValueFormat.count(posts, "post"),
                fresh, edges > 0 ? " and " + ValueFormat.count(edges, "listed interaction") : "",
                profiles > 0 ? " and " + ValueFormat.count(profiles, "account profile") : "",
                ValueFormat.count(read, "record"), ValueFormat.count(files.size(), "file"),
                took.toMillis() / 1000.0, rejected.size());
    }
}
