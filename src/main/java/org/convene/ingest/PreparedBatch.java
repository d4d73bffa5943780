package org.convene.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A batch of posts made ready for writing, the same way for every writer: handle-only references
 * ('@handle') resolved to platform ids known in the batch or the graph, so a mention from a CSV and a status
 * from the API meet at one account; and one entry per account, its newest sighting with a profile.
 */
final class PreparedBatch {

    /** A handle-only reference to look up in the graph. */
    record HandleRef(String platform, String handleLower) {}

    private final Map<String, String> ids;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    /** The earliest sighting of each account in the batch: accounts() keeps the newest profile, not this. */
    private final Map<String, java.time.Instant> earliest = new java.util.HashMap<>();

    /**
     * @param lookup finds, for handle-only references, the platform ids the graph already knows
     *               (keyed by {@link #key}); it is called once per batch, only with references left open
     */
    PreparedBatch(List<Account> all, Function<List<HandleRef>, Map<String, String>> lookup) {
        Map<String, String> known = new HashMap<>();
        List<HandleRef> refs = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        for (Account a : all) {
            if (a.handle() == null) continue;
            String key = key(a.platform(), a.handle());
            if (!a.id().startsWith("@")) known.putIfAbsent(key, a.id());
            else if (asked.add(key)) refs.add(new HandleRef(a.platform(), a.handle().toLowerCase(Locale.ROOT)));
        }
        refs.removeIf(r -> known.containsKey(key(r.platform(), r.handleLower())));
        if (!refs.isEmpty()) lookup.apply(refs).forEach(known::putIfAbsent);
        this.ids = known;
        for (Account a : all) remember(resolve(a));
    }

    /** Every account a batch of posts names: authors, mentions and reply targets, in order. */
    static List<Account> accountsOf(List<Post> batch) {
        List<Account> all = new ArrayList<>();
        for (Post p : batch) {
            all.add(p.author());
            all.addAll(p.mentions());
            if (p.replyToAccount() != null) all.add(p.replyToAccount());
        }
        return all;
    }

    /** Both ends of every edge. */
    static List<Account> endsOf(List<Edge> edges) {
        List<Account> all = new ArrayList<>(edges.size() * 2);
        for (Edge e : edges) {
            all.add(e.source());
            all.add(e.target());
        }
        return all;
    }

    static String key(String platform, String handle) {
        return platform + "\u0000" + handle.toLowerCase(Locale.ROOT);
    }

    /** Every account of the batch once, with the newest profile seen for it. */
    Collection<Account> accounts() {
        return accounts.values();
    }

    Account resolve(Account a) {
        if (a == null || !a.id().startsWith("@") || a.handle() == null) return a;
        String id = ids.get(key(a.platform(), a.handle()));
        return id == null ? a : new Account(a.platform(), id, a.handle(), a.name(), a.bio(), a.location(),
                a.followers(), a.url(), a.seen());
    }

    String id(Account a) {
        return a == null ? null : resolve(a).id();
    }

    /** The authors of the batch's posts, resolved. */
    Set<AccountKey> authors(List<Post> batch) {
        Set<AccountKey> keys = new HashSet<>();
        for (Post p : batch) keys.add(new AccountKey(p.platform(), id(p.author())));
        return keys;
    }

    /** The sources of the edges, resolved. */
    Set<AccountKey> sources(List<Edge> edges) {
        Set<AccountKey> keys = new HashSet<>();
        for (Edge e : edges) keys.add(new AccountKey(e.source().platform(), id(e.source())));
        return keys;
    }

    /** The post's mentioned account ids, resolved and without repeats. */
    List<String> mentionIds(Post p) {
        return p.mentions().stream().map(this::id).distinct().toList();
    }

    /** When the batch first saw the account (its firstSeen); null only when {@code a.seen()} is null. */
    java.time.Instant firstSeen(Account a) {
        return earliest.get(accountKey(a));
    }

    private static String accountKey(Account a) {
        return a.platform() + "\u0000" + a.id();
    }

    private void remember(Account a) {
        String key = accountKey(a);
        if (a.seen() != null) earliest.merge(key, a.seen(), (x, y) -> x.isBefore(y) ? x : y);
        Account known = accounts.get(key);
        if (known != null) {
            if (!a.hasProfile()) return;
            if (known.seen() != null && known.seen().isAfter(a.seen())) return;
        }
        accounts.put(key, a);
    }
}
