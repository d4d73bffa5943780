package org.convene.ingest;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
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
 * Writes batches straight into the embedded database through Neo4j's Java API: the same graph as
 * {@link CypherBatchWriter} writes (same keys, same MERGE rules, see the .cypher files beside it), without
 * Bolt, query planning or per-row MERGE, which makes imports several times faster. A relationship is
 * looked for only on nodes that existed before this batch, from the end with fewer relationships.
 */
final class EmbeddedBatchWriter implements BatchWriter {

    private static final Label ACCOUNT = Label.label("Account");
    private static final Label POST = Label.label("Post");
    private static final Label HASHTAG = Label.label("Hashtag");
    private static final Label CHAT = Label.label("Chat");
    private static final Label INVITATION = Label.label("Invitation");
    private static final RelationshipType POSTED = RelationshipType.withName("POSTED");
    private static final RelationshipType TAGGED = RelationshipType.withName("TAGGED");
    private static final RelationshipType MENTIONS = RelationshipType.withName("MENTIONS");
    private static final RelationshipType REPLIES_TO = RelationshipType.withName("REPLIES_TO");
    private static final RelationshipType REPLIES_TO_ACCOUNT = RelationshipType.withName("REPLIES_TO_ACCOUNT");
    private static final RelationshipType RETWEETS = RelationshipType.withName("RETWEETS");
    private static final RelationshipType QUOTES = RelationshipType.withName("QUOTES");
    private static final RelationshipType LISTED = RelationshipType.withName("LISTED");
    private final GraphDatabaseService db;

    EmbeddedBatchWriter(GraphDatabaseService db) {
        this.db = db;
    }

    @Override
    public Set<AccountKey> write(List<Post> batch, List<String> chats) {
        return Retry.contended(() -> {
            try (Transaction tx = db.beginTx()) {
                Set<AccountKey> authors = new Work(tx).posts(batch, chats);
                tx.commit();
                return authors;
            }
        });
    }

    @Override
    public Set<AccountKey> writeEdges(List<Edge> batch, String file) {
        return Retry.contended(() -> {
            try (Transaction tx = db.beginTx()) {
                Set<AccountKey> sources = new Work(tx).edges(batch, file);
                tx.commit();
                return sources;
            }
        });
    }

    @Override
    public void writeProfiles(List<Account> profiles) {
        Retry.contended(() -> {
            try (Transaction tx = db.beginTx()) {
                new Work(tx).profiles(profiles);
                tx.commit();
                return null;
            }
        });
    }

    private static final java.util.Comparator<Account> IN_LOCK_ORDER =
            java.util.Comparator.comparing(Account::platform).thenComparing(Account::id);

    /** One transaction's work, with the nodes it has found or made so far. */
    private static final class Work {
        private final Transaction tx;
        private final Map<String, Node> accounts = new HashMap<>();
        private final Map<String, Node> posts = new HashMap<>();
        private final Map<String, Node> hashtags = new HashMap<>();
        /** Nodes made in this transaction that have no relationships of the kind being merged yet. */
        private final Set<Node> bare = new HashSet<>();

        Work(Transaction tx) {
            this.tx = tx;
        }

        Set<AccountKey> posts(List<Post> batch, List<String> chats) {
            PreparedBatch ready = new PreparedBatch(PreparedBatch.accountsOf(batch), this::lookupHandles);
            mergeAccounts(ready);
            lockHashtags(batch);
            for (Post p : batch) mergePost(p, ready);
            for (String c : chats) {
                Node chat = tx.findNode(CHAT, "tag", c);
                if (chat == null) {
                    chat = tx.createNode(CHAT);
                    chat.setProperty("tag", c);
                    chat.setProperty("name", "#" + c);
                }
            }
            return ready.authors(batch);
        }

        void profiles(List<Account> profiles) {
            mergeAccounts(new PreparedBatch(profiles, this::lookupHandles));
        }

        /**
         * Accounts in one order (platform, id), each locked as it is reached, then the batch's hashtags by
         * name: two imports at once then take their locks on shared nodes in the same order and wait for each
         * other instead of deadlocking.
         */
        private void mergeAccounts(PreparedBatch ready) {
            List<Account> ordered = ready.accounts().stream().sorted(IN_LOCK_ORDER).toList();
            for (Account a : ordered) adoptHandle(a);
            for (Account a : ordered) tx.acquireWriteLock(mergeAccount(a, ready.firstSeen(a)));
        }

        private void lockHashtags(List<Post> batch) {
            batch.stream().flatMap(p -> p.hashtags().stream()).distinct().sorted()
                    .forEach(t -> tx.acquireWriteLock(hashtag(t)));
        }

        Set<AccountKey> edges(List<Edge> batch, String file) {
            PreparedBatch ids = new PreparedBatch(PreparedBatch.endsOf(batch), this::lookupHandles);
            ids.accounts().stream().sorted(IN_LOCK_ORDER) // as in mergeAccounts
                    .forEach(a -> tx.acquireWriteLock(account(a.platform(), a.id(), a.handle())));
            for (Edge e : batch) {
                Node a = account(e.source().platform(), ids.id(e.source()), e.source().handle());
                Node b = account(e.target().platform(), ids.id(e.target()), e.target().handle());
                Relationship listed = find(a, LISTED, b, r -> e.kind().equals(r.getProperty("kind", null))
                        && file.equals(r.getProperty("file", null)));
                if (listed == null) {
                    listed = a.createRelationshipTo(b, LISTED);
                    listed.setProperty("kind", e.kind());
                    listed.setProperty("file", file);
                }
                listed.setProperty("weight", e.weight());
            }
            return ids.sources(batch);
        }

        /** As resolve-handles.cypher: the platform id of an account already known by this handle. */
        private Map<String, String> lookupHandles(List<PreparedBatch.HandleRef> refs) {
            Map<String, String> found = new HashMap<>();
            for (var ref : refs) {
                try (ResourceIterator<Node> nodes = tx.findNodes(ACCOUNT, "handleLower", ref.handleLower())) {
                    while (nodes.hasNext()) {
                        Node n = nodes.next();
                        String id = (String) n.getProperty("id", "@");
                        if (ref.platform().equals(n.getProperty("platform", null)) && !id.startsWith("@")) {
                            found.putIfAbsent(PreparedBatch.key(ref.platform(), ref.handleLower()), id);
                            break;
                        }
                    }
                }
            }
            return found;
        }

        /**
         * As adopt-handles.cypher: an account known by handle only takes the platform id now seen, and its
         * invitations follow (an erasure finds them by the account's key).
         */
        private void adoptHandle(Account a) {
            if (a.id().startsWith("@") || a.handle() == null || findAccount(a.platform(), a.id()) != null) return;
            Node old = findAccount(a.platform(), Account.handleKey(a.handle()));
            if (old == null) return;
            old.setProperty("id", a.id());
            try (ResourceIterator<Node> invited = tx.findNodes(INVITATION, "platform", a.platform(), "id", Account.handleKey(a.handle()))) {
                invited.forEachRemaining(i -> i.setProperty("id", a.id()));
            }
            accounts.remove(a.platform() + "\u0000" + Account.handleKey(a.handle()));
            accounts.put(a.platform() + "\u0000" + a.id(), old);
        }

        /** As merge-accounts.cypher: profile fields follow the newest sighting. */
        private Node mergeAccount(Account a, java.time.Instant firstInBatch) {
            Node x = account(a.platform(), a.id(), a.handle());
            if (a.seen() == null) return x;
            ZonedDateTime seen = CypherBatchWriter.utc(a.seen());
            ZonedDateTime earliest = CypherBatchWriter.utc(firstInBatch); // set whenever seen is
            ZonedDateTime first = (ZonedDateTime) x.getProperty("firstSeen", null);
            ZonedDateTime last = (ZonedDateTime) x.getProperty("lastSeen", null);
            if (first == null || earliest.isBefore(first)) x.setProperty("firstSeen", earliest);
            if (last == null || seen.isAfter(last)) x.setProperty("lastSeen", seen);
            ZonedDateTime profileSeen = (ZonedDateTime) x.getProperty("profileSeen", null);
            if (profileSeen != null && seen.isBefore(profileSeen)) return x;
            set(x, "handle", a.handle());
            set(x, "handleLower", lower(a.handle()));
            keep(x, "name", a.name());
            keep(x, "bio", a.bio());
            keep(x, "location", a.location());
            keep(x, "followers", a.followers());
            keep(x, "url", a.url());
            set(x, "profileSeen", seen);
            return x;
        }

        /** As merge-posts.cypher. */
        private void mergePost(Post p, PreparedBatch ids) {
            Node post = post(p.platform(), p.id());
            boolean fresh = bare.remove(post);
            keep(post, "text", p.text());
            keep(post, "createdAt", CypherBatchWriter.utc(p.createdAt()));
            keep(post, "lang", p.lang());
            keep(post, "url", p.url());
            if (!p.id().startsWith("rt:")) post.removeProperty("inferred");
            else if (!post.hasProperty("inferred")) post.setProperty("inferred", true);
            Node author = accounts.get(p.platform() + "\u0000" + ids.id(p.author()));
            link(author, POSTED, post, fresh);
            for (String t : p.hashtags()) link(post, TAGGED, hashtag(t), fresh);
            for (String m : ids.mentionIds(p)) link(post, MENTIONS, account(p.platform(), m, null), fresh);
            String replyTo = ids.id(p.replyToAccount());
            if (replyTo != null) {
                Relationship r = link(post, REPLIES_TO_ACCOUNT, account(p.platform(), replyTo, null), fresh);
                r.setProperty("inferred", p.replyInferred());
            }
            if (p.replyToPost() != null) link(post, REPLIES_TO, post(p.platform(), p.replyToPost()), fresh);
            if (p.retweetOf() != null) link(post, RETWEETS, post(p.platform(), p.retweetOf()), fresh);
            if (p.quoteOf() != null) link(post, QUOTES, post(p.platform(), p.quoteOf()), fresh);
        }

        /** MERGE (from)-[:TYPE]->(to); {@code fresh} when the post was made in this batch and not yet written. */
        private Relationship link(Node from, RelationshipType type, Node to, boolean fresh) {
            Relationship r = fresh ? null : find(from, type, to, x -> true);
            return r != null ? r : from.createRelationshipTo(to, type);
        }

        /** A relationship from {@code a} to {@code b}, searched from the end with fewer of that type. */
        private static Relationship find(Node a, RelationshipType type, Node b,
                                         java.util.function.Predicate<Relationship> test) {
            boolean fromA = a.getDegree(type, Direction.OUTGOING) <= b.getDegree(type, Direction.INCOMING);
            Node from = fromA ? a : b;
            try (var rels = from.getRelationships(fromA ? Direction.OUTGOING : Direction.INCOMING, type)) {
                for (Relationship r : rels) {
                    Node other = fromA ? r.getEndNode() : r.getStartNode();
                    if (other.equals(fromA ? b : a) && test.test(r)) return r;
                }
            }
            return null;
        }

        private Node account(String platform, String id, String handle) {
            String key = platform + "\u0000" + id;
            Node n = accounts.get(key);
            if (n != null) return n;
            n = findAccount(platform, id);
            if (n == null) {
                n = tx.createNode(ACCOUNT);
                n.setProperty("platform", platform);
                n.setProperty("id", id);
                set(n, "handle", handle);
                set(n, "handleLower", lower(handle));
            }
            accounts.put(key, n);
            return n;
        }

        private Node findAccount(String platform, String id) {
            Node n = accounts.get(platform + "\u0000" + id);
            if (n != null) return n;
            try (ResourceIterator<Node> found = tx.findNodes(ACCOUNT, "platform", platform, "id", id)) {
                return found.hasNext() ? found.next() : null;
            }
        }

        private Node post(String platform, String id) {
            String key = platform + "\u0000" + id;
            Node n = posts.get(key);
            if (n != null) return n;
            try (ResourceIterator<Node> found = tx.findNodes(POST, "platform", platform, "id", id)) {
                n = found.hasNext() ? found.next() : null;
            }
            if (n == null) {
                n = tx.createNode(POST);
                n.setProperty("platform", platform);
                n.setProperty("id", id);
                bare.add(n);
            }
            posts.put(key, n);
            return n;
        }

        private Node hashtag(String tag) {
            return hashtags.computeIfAbsent(tag, t -> {
                Node n = tx.findNode(HASHTAG, "tag", t);
                if (n == null) {
                    n = tx.createNode(HASHTAG);
                    n.setProperty("tag", t);
                }
                return n;
            });
        }

        /**
         * SET n.key = value, where null removes the property, as in Cypher. An unchanged value is not written
         * again: popular accounts come in every batch, and each write would also update the search index.
         */
        private static void set(Node n, String key, Object value) {
            if (value == null) n.removeProperty(key);
            else if (!value.equals(n.getProperty(key, null))) n.setProperty(key, value);
        }

        /** SET n.key = coalesce(value, n.key). */
        private static void keep(Node n, String key, Object value) {
            if (value != null) set(n, key, value);
        }

        private static String lower(String s) {
            return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
