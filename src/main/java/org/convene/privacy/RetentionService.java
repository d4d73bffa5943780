package org.convene.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphChanged;
import org.convene.graph.GraphDb;
import org.convene.graph.ValueFormat;
import org.convene.ingest.AccountKey;
import org.convene.ingest.GraphWriter;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Removes posts older than a number of days, and the accounts left with nothing (no post, no post
 * naming them, no edge-list row, no invitation or role correction), then rebuilds INTERACTS for the accounts
 * it touched. Cluster summaries stop naming the removed accounts. Posts without a time are kept: their
 * age is unknown; except an original known only from the retweets, quotes or replies to it (inferred), which
 * goes once none of those is newer than the cut-off.
 */
@Service
public class RetentionService {

    static final int BATCH = 5_000;

    private static final String PREVIEW = CypherScript.query(RetentionService.class, "retention-preview");
    private static final String BATCH_DELETE = CypherScript.query(RetentionService.class, "retention-batch");

    /** What a run removed (or, for a dry run, would remove). */
    public record Result(int days, ZonedDateTime cutoff, long posts, long accounts, boolean dryRun) {
        /** "12 posts from before 24 Nov 2025 and 3 accounts left with nothing". */
        public String what() {
            return ValueFormat.count(posts, "post") + " from before "
                    + cutoff.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)) + " and "
                    + ValueFormat.count(accounts, "account") + " left with nothing";
        }
    }

    private final GraphDb db;
    private final GraphWriter writer;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final History history;

    @org.springframework.beans.factory.annotation.Autowired
    public RetentionService(GraphDb db, GraphWriter writer, ApplicationEventPublisher events, History history) {
        this(db, writer, Clock.systemUTC(), events, history);
    }

    RetentionService(GraphDb db, GraphWriter writer, Clock clock, ApplicationEventPublisher events, History history) {
        this.history = history;
        this.events = events;
        this.db = db;
        this.writer = writer;
        this.clock = clock;
    }

    public Result apply(int days, boolean dryRun) {
        if (days < 1) throw new IllegalArgumentException("Retention needs at least 1 day, not " + days);
        ZonedDateTime cutoff = ZonedDateTime.now(clock).minus(Duration.ofDays(days));
        if (dryRun) {
            Record r = db.read(PREVIEW, Map.of("cutoff", cutoff)).getFirst();
            return new Result(days, cutoff, r.get("posts").asLong(), r.get("accounts").asLong(), true);
        }
        long posts = 0;
        Set<AccountKey> touched = new HashSet<>();
        while (true) {
            Record r = db.write(BATCH_DELETE, Map.of("cutoff", cutoff, "limit", BATCH)).getFirst();
            long removed = r.get("removed").asLong();
            for (Value k : r.get("touched").values()) touched.add(new AccountKey(k.get("platform").asString(), k.get("id").asString()));
            posts += removed;
            if (removed < BATCH) break;
        }
        long accounts = Leftovers.removeEmptyAccounts(db, touched);
        db.inWriteTransaction(Leftovers::removeUnusedHashtags);
        // removed accounts have no interactions left; deriving them finds nothing and changes nothing
        writer.deriveInteractions(touched);
        if (posts > 0) history.forget();
        events.publishEvent(new GraphChanged("retention", true));
        return new Result(days, cutoff, posts, accounts, false);
    }
}
