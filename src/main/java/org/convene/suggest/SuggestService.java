package org.convene.suggest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Whom to invite to a chat, computed on demand. The chat's regulars are those who posted with its hashtag
 * within {@code lapsedDays} of its latest post (in a scheduled chat: in one of its sittings); the candidates are
 * the accounts tied to them by INTERACTS that are not regulars themselves, the regulars who stopped, and in a
 * scheduled chat those who used its hashtag only outside its sittings. Declined invitations are never suggested
 * again; other invitations are shown with their status unless hidden.
 */
@Service
public class SuggestService {

    private static final String REGULARS = CypherScript.query(SuggestService.class, "chat-regulars");
    private static final String TAGS = CypherScript.query(SuggestService.class, "chat-tags");
    private static final String TIES = CypherScript.query(SuggestService.class, "regular-ties");
    private static final String CANDIDATES = CypherScript.query(SuggestService.class, "candidates");
    private static final String LABELS = CypherScript.query(SuggestService.class, "cluster-labels");
    private static final String CHATS = CypherScript.query(SuggestService.class, "chats");
    private static final String ROLE_TOTALS = CypherScript.query(SuggestService.class, "role-totals");

    private final GraphDb db;
    private final SuggestSettings settings;

    public SuggestService(GraphDb db, SuggestSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    /**
     * @param roles       role keys wanted (aliases already resolved); empty for the balanced default mix and
     *                    no filter
     * @param hideInvited leave out accounts already invited or accepted
     */
    public record Request(String chat, List<String> roles, int limit, boolean hideInvited) {
        public Request {
            if (chat == null || chat.isBlank()) throw new IllegalArgumentException("No chat given");
            if (limit < 1) throw new IllegalArgumentException("The limit must be 1 or more");
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * @param outside   in a scheduled chat, accounts that used its hashtag only outside its sittings
     * @param shortfall why there are fewer suggestions than asked for, in plain words; null when there are not
     */
    public record Result(String chat, Instant latest, long regulars, long stopped, long outside, int candidates,
                         Map<String, Double> weights, List<Suggestion> suggestions, String shortfall) {}

    public static String tag(String chat) {
        return org.convene.ingest.Chats.tag(chat);
    }

    /** The tags of the chats the graph follows (its {@code :Chat} nodes), in order. */
    public List<String> chats() {
        return db.read(CHATS).stream().map(r -> r.get("tag").asString()).toList();
    }

    public Result suggest(Request request) {
        String tag = tag(request.chat());
        // the chat's hashtags do not depend on the rest: read them while the candidates are read
        var tags = java.util.concurrent.CompletableFuture.supplyAsync(() -> db.read(TAGS, Map.of("tag", tag)));
        Chat chat = chat(tag);
        RoleMix mix = RoleMix.of(request.roles());
        List<Candidate> pool = candidates(chat);
        List<Candidate> withRoles = pool.stream()
                .filter(c -> request.roles().isEmpty() || c.roles().stream().anyMatch(request.roles()::contains)).toList();
        List<Candidate> notDeclined = withRoles.stream()
                .filter(c -> c.invitation() == null || !c.invitation().status().equals("declined")).toList();
        List<Candidate> candidates = notDeclined.stream()
                .filter(c -> !request.hideInvited() || c.invitation() == null).toList();
        ChatProfile profile = profile(chat, candidates, mix, tags.join());
        List<Suggestion> ranked = new InviteRanker(settings.weights()).rank(candidates, profile, request.limit());
        String shortfall = ranked.size() >= request.limit() ? null : new Shortfall(tag, request.roles(), request.limit(), pool.size(),
                withRoles.size(), withRoles.size() - notDeclined.size(), notDeclined.size() - candidates.size(),
                roleTotals(request.roles())).words();
        return new Result(tag, chat.latest, chat.active.size(), chat.lapsed.size(), chat.outside.size(), candidates.size(),
                settings.weights(), ranked, shortfall);
    }

    private Map<String, Long> roleTotals(List<String> roles) {
        Map<String, Long> totals = new HashMap<>();
        if (!roles.isEmpty()) db.read(ROLE_TOTALS, Map.of("roles", roles)).forEach(r -> totals.put(r.get("role").asString(), r.get("accounts").asLong()));
        return totals;
    }

    /**
     * One account that took part in a chat (or, {@code outside}, only used its hashtag outside its sittings): its
     * last post and post count there, posts of its own (not retweets), role and cluster.
     */
    record Regular(Instant last, long posts, long ownPosts, String role, Long community) {}

    /** The regulars of a chat by element id: active, stopped, and those only outside its sittings. */
    record Chat(String tag, Instant latest, Map<String, Regular> active, Map<String, Regular> lapsed, Map<String, Regular> outside) {}

    Chat chat(String tag) {
        List<Record> rows = db.read(REGULARS, Map.of("tag", tag));
        if (rows.isEmpty()) throw new IllegalArgumentException("No posts tagged #" + tag + " in the graph");
        Instant latest = rows.stream().map(r -> instant(r.get("lastPost"))).filter(t -> t != null)
                .max(Comparator.naturalOrder()).orElse(null);
        Instant since = latest == null ? null : latest.minus(Duration.ofDays(settings.lapsedDays()));
        Map<String, Regular> active = new LinkedHashMap<>();
        Map<String, Regular> lapsed = new LinkedHashMap<>();
        Map<String, Regular> outside = new LinkedHashMap<>();
        for (Record r : rows) {
            String node = r.get("node").asString();
            Instant last = instant(r.get("lastPost"));
            // in a dated chat, an account whose only tagged posts are undated did not take part: its post came in
            // as the original of a retweet or quote, so it may be suggested
            if (last == null && latest != null) continue;
            Long community = r.get("community").isNull() ? null : r.get("community").asLong();
            String role = r.get("role").asString();
            long own = r.get("ownPosts").asLong();
            if (r.get("scheduled").asBoolean() && r.get("sittingPosts").asLong() == 0) {
                outside.put(node, new Regular(last, r.get("posts").asLong(), own, role, community));
                continue;
            }
            if (r.get("scheduled").asBoolean()) last = instant(r.get("lastInSitting"));
            long posts = r.get("scheduled").asBoolean() ? r.get("sittingPosts").asLong() : r.get("posts").asLong();
            (last == null || since == null || !last.isBefore(since) ? active : lapsed)
                    .put(node, new Regular(last, posts, own, role, community));
        }
        return new Chat(tag, latest, active, lapsed, outside);
    }

    /** Everyone tied to an active regular who is not one, and the regulars who stopped; capped at the pool size. */
    List<Candidate> candidates(Chat chat) {
        Map<String, Long> regularsAround = new HashMap<>();
        Map<String, Long> degree = new HashMap<>();
        for (Record r : db.read(TIES, Map.of("regulars", List.copyOf(chat.active.keySet())))) {
            String z = r.get("node").asString();
            regularsAround.put(z, r.get("regulars").asLong());
            degree.put(z, r.get("degree").asLong());
        }
        List<String> pool = new ArrayList<>(regularsAround.keySet().stream().filter(z -> !chat.active.containsKey(z)).toList());
        chat.lapsed.keySet().stream().filter(n -> !regularsAround.containsKey(n)).forEach(pool::add);
        chat.outside.keySet().stream().filter(n -> !regularsAround.containsKey(n)).forEach(pool::add);
        pool.sort(Comparator.comparingLong((String n) -> -regularsAround.getOrDefault(n, 0L)).thenComparing(n -> n));
        if (pool.size() > settings.pool()) pool = pool.subList(0, settings.pool());

        List<Candidate> result = new ArrayList<>();
        for (Record r : readInParts(pool, chat.tag)) {
            String node = r.get("node").asString();
            double aa = 0;
            List<Candidate.Tie> ties = new ArrayList<>();
            Set<Long> reach = new HashSet<>();
            Map<String, List<String>> neighbourRoles = new HashMap<>();
            for (Value n : r.get("neighbours").values()) {
                String id = n.get("node").asString();
                long around = regularsAround.getOrDefault(id, 0L);
                long d = degree.getOrDefault(id, 0L);
                if (around > 0 && d >= 2) aa += around / Math.log(d);
                if (chat.active.containsKey(id)) {
                    ties.add(new Candidate.Tie(n.get("handle").asString(), n.get("inWeight").asNumber().doubleValue(),
                            n.get("outWeight").asNumber().doubleValue(), new Candidate.Kinds(n.get("repliesIn").asNumber().doubleValue(),
                            n.get("quotesIn").asNumber().doubleValue(), n.get("retweetsIn").asNumber().doubleValue())));
                }
                if (!n.get("community").isNull()) reach.add(n.get("community").asLong());
                if (!n.get("role").isNull()) {
                    neighbourRoles.computeIfAbsent(n.get("role").asString(), k -> new ArrayList<>()).add(n.get("handle").asString());
                }
            }
            ties.sort(Comparator.comparingDouble((Candidate.Tie t) -> -t.weight()).thenComparing(Candidate.Tie::handle));
            if (!r.get("community").isNull()) reach.add(r.get("community").asLong());
            Map<String, Double> tags = new HashMap<>();
            for (Value t : r.get("addressedTags").values()) tags.put(t.get("tag").asString(), 0.5);
            for (Value t : r.get("ownTags").values()) tags.put(t.get("tag").asString(), 1.0);
            List<String> roles = r.get("roles").asList(Value::asString);
            Regular before = chat.lapsed.containsKey(node) ? chat.lapsed.get(node) : chat.outside.get(node);
            Candidate.Invitation invitation = r.get("invitation").isNull() ? null : new Candidate.Invitation(
                    r.get("invitation").asString(), instant(r.get("invitedAt")), r.get("invitedBy").asString(null));
            result.add(new Candidate(node, r.get("platform").asString(), r.get("id").asString(),
                    r.get("handle").asString(null), r.get("name").asString(null), r.get("bio").asString(null),
                    roles.isEmpty() ? List.of(Roles.UNKNOWN) : roles,
                    r.get("community").isNull() ? null : r.get("community").asLong(),
                    r.get("pagerank").isNull() ? null : r.get("pagerank").asDouble(),
                    r.get("inWeight").asNumber().doubleValue(), List.copyOf(ties), aa, reach, neighbourRoles, tags,
                    later(instant(r.get("lastPost")), instant(r.get("lastOut"))), instant(r.get("lastIn")),
                    before == null ? null : before.last(), before == null ? 0 : before.posts(), chat.outside.containsKey(node),
                    r.get("mentions").asLong(), invitation));
        }
        return result;
    }

    /** The candidates' details, in two halves read side by side once the pool is big enough to gain from it. */
    private List<Record> readInParts(List<String> pool, String tag) {
        if (pool.size() < 200) return db.read(CANDIDATES, Map.of("nodes", pool, "tag", tag));
        int half = pool.size() / 2;
        var first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> db.read(CANDIDATES, Map.of("nodes", List.copyOf(pool.subList(0, half)), "tag", tag)));
        List<Record> rows = new ArrayList<>(db.read(CANDIDATES, Map.of("nodes", List.copyOf(pool.subList(half, pool.size())), "tag", tag)));
        rows.addAll(0, first.join());
        return rows;
    }

    ChatProfile profile(Chat chat, List<Candidate> candidates, RoleMix mix, List<Record> tagRows) {
        Map<String, Long> byRole = new HashMap<>();
        Map<Long, Long> clusters = new HashMap<>();
        // the chat's role mix is that of the regulars who wrote in it: in a chat where most only retweeted one
        // post (40 of #cancerchat's 68 retweeted one charity), those would otherwise set the gaps
        boolean anyWrote = chat.active.values().stream().anyMatch(r -> r.ownPosts() > 0);
        for (Regular r : chat.active.values()) {
            if (!anyWrote || r.ownPosts() > 0) byRole.merge(r.role(), 1L, Long::sum);
            if (r.community() != null) clusters.merge(r.community(), 1L, Long::sum);
        }
        Map<String, Double> shares = new HashMap<>();
        for (Record r : tagRows) {
            shares.put(r.get("tag").asString(), r.get("n").asDouble() / r.get("posts").asDouble());
        }
        Set<Long> ids = new HashSet<>(clusters.keySet());
        candidates.forEach(c -> ids.addAll(c.reach()));
        Map<Long, String> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Record r : db.read(LABELS, Map.of("ids", List.copyOf(ids)))) {
                labels.put(r.get("id").asLong(), r.get("label").asString());
            }
        }
        // PageRank when the analysis ran after the last import: every candidate with interactions has one
        boolean pageRank = candidates.stream().anyMatch(c -> c.pagerank() != null)
                && candidates.stream().allMatch(c -> c.pagerank() != null || c.inWeight() == 0);
        double[] influence = candidates.stream().mapToDouble(c -> c.influence(pageRank)).sorted().toArray();
        double top = influence.length == 0 ? 0 : influence[(int) Math.floor(0.9 * (influence.length - 1))];
        double maxCloseness = candidates.stream().mapToDouble(Candidate::closeness).max().orElse(0);
        double maxInfluence = influence.length == 0 ? 0 : influence[influence.length - 1];
        return new ChatProfile(chat.tag, chat.latest, chat.active.size(), byRole, clusters, labels, shares, mix,
                settings.halfLifeDays(), maxCloseness, pageRank, maxInfluence, top, candidates.size());
    }

    static Instant instant(Value v) {
        if (v == null || v.isNull()) return null;
        Object o = v.asObject();
        if (o instanceof ZonedDateTime z) return z.toInstant();
        if (o instanceof java.time.OffsetDateTime z) return z.toInstant();
        if (o instanceof java.time.LocalDateTime l) return l.toInstant(java.time.ZoneOffset.UTC);
        return null;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
