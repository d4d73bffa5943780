package org.convene.privacy;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphChanged;
import org.convene.graph.GraphDb;
import org.convene.ingest.AccountKey;
import org.convene.ingest.DemoLoader;
import org.convene.ingest.GraphWriter;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Takes the bundled demo (#cancerchat and #celiac 2014) out of a store that now holds a user's own chats: the
 * demo's posts (found by reading the bundled files again), the accounts that are left with nothing, the demo's
 * chats once no post uses them, and hashtags nobody uses. Accounts a user's data also holds stay, with their
 * interactions counted again; a person's corrections and invitations keep an account, as they do for erasure.
 */
@Service
public class DemoRemoval {

    private static final String STATE = CypherScript.query(DemoRemoval.class, "demo-state");
    private static final String REMOVE_POSTS = CypherScript.query(DemoRemoval.class, "remove-demo-posts");
    private static final String UNFOLLOW = CypherScript.query(DemoRemoval.class, "unfollow-demo-chats");
    private static final String REMOVED = CypherScript.query(DemoRemoval.class, "demo-removed");
    private static final int BATCH = 2000;

    private final GraphDb db;
    private final GraphWriter writer;
    private final ApplicationEventPublisher events;

    public DemoRemoval(GraphDb db, GraphWriter writer, ApplicationEventPublisher events) {
        this.db = db;
        this.writer = writer;
        this.events = events;
    }

    /** @param accountsLeft accounts in the graph afterwards: when some, the analysis should run again */
    public record Result(long posts, long accounts, long accountsLeft) {}

    /** Whether the demo was loaded into this store and not removed since. */
    public boolean present() {
        return db.read(STATE).getFirst().get("present").asBoolean();
    }

    public Result remove() throws IOException {
        List<String> ids = List.copyOf(DemoLoader.postIds());
        long before = db.readLong("MATCH (p:Post) RETURN count(p)", Map.of());
        Set<AccountKey> touched = new HashSet<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            var r = db.write(REMOVE_POSTS, Map.of("ids", ids.subList(i, Math.min(ids.size(), i + BATCH)),
                    "platform", DemoLoader.PLATFORM)).getFirst();
            for (Value k : r.get("accounts").values()) touched.add(new AccountKey(k.get("platform").asString(), k.get("id").asString()));
        }
        long posts = before - db.readLong("MATCH (p:Post) RETURN count(p)", Map.of());
        long accounts = Leftovers.removeEmptyAccounts(db, touched);
        db.write(UNFOLLOW, Map.of("chats", DemoLoader.CHATS));
        db.inWriteTransaction(Leftovers::removeUnusedHashtags);
        writer.deriveInteractions(touched); // the accounts that stay: their interactions with the demo's go
        db.write(REMOVED);
        events.publishEvent(new GraphChanged("demo removed", true));
        return new Result(posts, accounts, db.readLong("MATCH (a:Account) RETURN count(a)", Map.of()));
    }
}
