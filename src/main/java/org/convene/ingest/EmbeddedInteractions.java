package org.convene.ingest;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * {@link InteractionDeriver} through Neo4j's Java API: walks each account's posts once instead of
 * planning a query per chunk. Gives exactly what derive-interacts.cypher gives (tested), including its
 * number types: counts are integers unless an edge list's weights make them floating point.
 */
final class EmbeddedInteractions implements InteractionDeriver {

    private static final Label ACCOUNT = Label.label("Account");
    private static final RelationshipType POSTED = RelationshipType.withName("POSTED");
    private static final RelationshipType INTERACTS = RelationshipType.withName("INTERACTS");
    private static final RelationshipType LISTED = RelationshipType.withName("LISTED");
    private static final RelationshipType REPLIES_TO_ACCOUNT = RelationshipType.withName("REPLIES_TO_ACCOUNT");
    private static final RelationshipType MENTIONS = RelationshipType.withName("MENTIONS");
    private static final Map<RelationshipType, String> VIA_POST = Map.of(
            RelationshipType.withName("REPLIES_TO"), "reply",
            RelationshipType.withName("RETWEETS"), "retweet",
            RelationshipType.withName("QUOTES"), "quote");
    private static final List<String> KINDS = List.of("reply", "mention", "retweet", "quote");
    private static final String[] PROPERTIES = {"replies", "mentions", "retweets", "quotes"};

    private final GraphDatabaseService db;

    EmbeddedInteractions(GraphDatabaseService db) {
        this.db = db;
    }

    @Override
    public Set<AccountKey> derive(List<AccountKey> accounts, String stamp) {
        return Retry.contended(() -> deriveOnce(accounts, stamp));
    }

    private Set<AccountKey> deriveOnce(List<AccountKey> accounts, String stamp) {
        Set<AccountKey> referring = new HashSet<>();
        // accounts in one order, so two imports at once take their locks in the same order
        List<AccountKey> ordered = accounts.stream().sorted(java.util.Comparator.comparing(AccountKey::platform)
                .thenComparing(AccountKey::id)).toList();
        try (Transaction tx = db.beginTx()) {
            for (AccountKey key : ordered) {
                try (ResourceIterator<Node> found = tx.findNodes(ACCOUNT, "platform", key.platform(), "id", key.id())) {
                    if (!found.hasNext()) continue;
                    Node a = found.next();
                    // held to commit: another import deriving this account waits, then sees our edges
                    // and updates them instead of creating a second INTERACTS to the same account
                    tx.acquireWriteLock(a);
                    write(a, tally(a, referring), stamp);
                }
            }
            tx.commit();
        }
        return referring;
    }

    /** Counts per other account, as the query's per-post UNION (distinct per post and kind) and LISTED rows. */
    private static Map<Node, Tally> tally(Node a, Set<AccountKey> referring) {
        Map<Node, Tally> byAccount = new HashMap<>();
        try (var posted = a.getRelationships(Direction.OUTGOING, POSTED)) {
            for (Relationship r : posted) {
                Node p = r.getEndNode();
                ZonedDateTime at = (ZonedDateTime) p.getProperty("createdAt", null);
                Set<Map.Entry<Node, String>> seen = new LinkedHashSet<>();
                try (var out = p.getRelationships(Direction.OUTGOING)) {
                    for (Relationship link : out) {
                        RelationshipType type = link.getType();
                        if (type.equals(REPLIES_TO_ACCOUNT)) seen.add(Map.entry(link.getEndNode(), "reply"));
                        else if (type.equals(MENTIONS)) seen.add(Map.entry(link.getEndNode(), "mention"));
                        else if (VIA_POST.containsKey(type)) {
                            for (Node b : authors(link.getEndNode())) seen.add(Map.entry(b, VIA_POST.get(type)));
                        }
                    }
                }
                for (var e : seen) {
                    if (!e.getKey().equals(a)) byAccount.computeIfAbsent(e.getKey(), k -> new Tally()).add(e.getValue(), 1L, at);
                }
                try (var in = p.getRelationships(Direction.INCOMING)) {
                    for (Relationship link : in) {
                        if (!VIA_POST.containsKey(link.getType())) continue;
                        for (Node b : authors(link.getStartNode())) {
                            referring.add(new AccountKey((String) b.getProperty("platform"), (String) b.getProperty("id")));
                        }
                    }
                }
            }
        }
        try (var listed = a.getRelationships(Direction.OUTGOING, LISTED)) {
            for (Relationship l : listed) {
                Node b = l.getEndNode();
                if (b.equals(a)) continue;
                byAccount.computeIfAbsent(b, k -> new Tally()).add((String) l.getProperty("kind"), l.getProperty("weight"), null);
            }
        }
        return byAccount;
    }

    private static List<Node> authors(Node post) {
        try (var rels = post.getRelationships(Direction.INCOMING, POSTED)) {
            return rels.stream().map(Relationship::getStartNode).toList();
        }
    }

    /** MERGE each INTERACTS edge with its counts, and delete the account's edges that no longer have any. */
    private static void write(Node a, Map<Node, Tally> tallies, String stamp) {
        try (var existing = a.getRelationships(Direction.OUTGOING, INTERACTS)) {
            for (Relationship r : existing) {
                Tally t = tallies.remove(r.getEndNode());
                if (t == null) r.delete();
                else t.writeTo(r, stamp);
            }
        }
        tallies.forEach((b, t) -> t.writeTo(a.createRelationshipTo(b, INTERACTS), stamp));
    }

    /** One pair's counts per kind, integers until a floating-point weight joins them, as Cypher's sum(). */
    private static final class Tally {
        private final Number[] counts = {0L, 0L, 0L, 0L};
        private ZonedDateTime first;
        private ZonedDateTime last;

        void add(String kind, Object n, ZonedDateTime at) {
            int i = KINDS.indexOf(kind);
            if (i >= 0) counts[i] = plus(counts[i], (Number) n);
            if (at != null) {
                if (first == null || at.isBefore(first)) first = at;
                if (last == null || at.isAfter(last)) last = at;
            }
        }

        private static Number plus(Number x, Number y) {
            if (x instanceof Long a && y instanceof Long b) return a + b;
            return x.doubleValue() + y.doubleValue();
        }

        void writeTo(Relationship r, String stamp) {
            Number weight = 0L;
            for (int i = 0; i < counts.length; i++) {
                r.setProperty(PROPERTIES[i], counts[i]);
                weight = plus(weight, counts[i]);
            }
            r.setProperty("weight", weight);
            if (first == null) r.removeProperty("first");
            else r.setProperty("first", first);
            if (last == null) r.removeProperty("last");
            else r.setProperty("last", last);
            r.setProperty("stamp", stamp);
        }
    }
}
