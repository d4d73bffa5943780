package org.convene.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.graph.AccountLookup;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.ingest.AccountKey;
import org.convene.ingest.GraphWriter;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.convene.graph.GraphChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Erases an account and everything that is about it (see erase-account.cypher), with the accounts and
 * hashtags that leaves with nothing ({@link Leftovers}), in one transaction, then rebuilds INTERACTS for the
 * accounts it touched. The log keeps when, by whom and why, never who nor how much.
 */
@Service
public class ErasureService {

    static final String ERASED = "@[erased]";

    private static final String FIND = query("find-accounts");
    private static final String PREVIEW = query("erase-preview");
    private static final String NEIGHBOURS = query("erase-neighbours");
    private static final String REFERRING_POSTS = query("referring-posts");
    private static final String REDACT_POST = query("redact-post");
    private static final String REFERRING_BIOS = query("referring-bios");
    private static final String REDACT_BIO = query("redact-bio");
    private static final String ERASE = query("erase-account");
    private static final String LOG = query("log-erasure");
    private static final String READ_LOG = query("erasure-log");
    private static final String DROP_LOG_COUNTS = query("drop-erasure-counts");

    /** The kinds counted before an erasure, in the order they are shown. */
    public static final List<String> KINDS = List.of("posts", "retweetsByOthers", "mentions", "repliesByOthers",
            "quotesByOthers", "interactions", "listed", "roleLabels", "corrections", "invitations", "analysisLinks");

    public record Match(String platform, String id, String handle, String name, String bio, long posts) {}

    /** An account and what erasing it removes, per kind (see {@link #KINDS}). */
    public record Preview(String platform, String id, String handle, Map<String, Long> counts) {}

    /** Beside {@link #KINDS} in what an erasure returns: other accounts it left with nothing, which went too. */
    public static final String EMPTY_ACCOUNTS = "emptyAccounts";

    /** One entry of the erasure log. */
    public record Entry(String at, String by, String reason) {}

    private final GraphDb db;
    private final GraphWriter writer;
    private final ApplicationEventPublisher events;
    private final AccountLookup accounts;
    private final History history;

    public ErasureService(GraphDb db, GraphWriter writer, ApplicationEventPublisher events, AccountLookup accounts,
                          History history) {
        this.history = history;
        this.events = events;
        this.accounts = accounts;
        this.db = db;
        this.writer = writer;
    }

    private static String query(String name) {
        return CypherScript.query(ErasureService.class, name);
    }

    /** Accounts whose handle starts with {@code text} (any case, @ optional) or whose id is {@code text}. */
    public List<Match> find(String text) {
        String raw = text == null ? "" : text.strip();
        if (raw.isEmpty()) return List.of();
        String handle = raw.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        List<Match> matches = new ArrayList<>();
        for (Record r : db.read(FIND, Map.of("text", handle, "raw", raw))) {
            matches.add(new Match(r.get("platform").asString(), r.get("id").asString(), r.get("handle").asString(null),
                    r.get("name").asString(null), r.get("bio").asString(null), r.get("posts").asLong()));
        }
        return matches;
    }

    /**
     * The one account named by handle or id (with its platform when the handle or id exists on several).
     *
     * @throws IllegalArgumentException when no account or several match
     */
    public AccountKey resolve(String handle, String id, String platform) {
        AccountLookup.Ref ref = accounts.resolve(handle, id, platform);
        return new AccountKey(ref.platform(), ref.id());
    }

    /** What erasing the account would remove; changes nothing. */
    public Preview preview(AccountKey account) {
        List<Record> rows = db.read(PREVIEW, account.params());
        if (rows.isEmpty()) throw new IllegalArgumentException("That account is no longer in the graph");
        return preview(account, rows.getFirst());
    }

    private static Preview preview(AccountKey account, Record r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String kind : KINDS) counts.put(kind, r.get(kind).asLong());
        return new Preview(account.platform(), account.id(), r.get("handle").asString(null), counts);
    }

    /**
     * Erases the account, logs it and rebuilds the interactions of the accounts it touched.
     *
     * @param by     who erases (kept in the log)
     * @param reason why, e.g. "request by email, ref 2026-11-03"; must not name the account
     * @return what was removed
     */
    public Preview erase(AccountKey account, String by, String reason) {
        if (by == null || by.isBlank()) throw new IllegalArgumentException("Say who erases the account (--by)");
        checkReason(account, reason);
        Map<String, Object> key = account.params();
        Set<AccountKey> touched = new HashSet<>();
        Preview[] done = new Preview[1];
        db.inWriteTransaction(tx -> {
            touched.clear();
            var rows = tx.run(PREVIEW, key).list();
            if (rows.isEmpty()) throw new IllegalArgumentException("That account is no longer in the graph");
            Preview preview = preview(account, rows.getFirst());
            List<String> names = names(preview);
            checkReason(reason, identifying(preview, rows.getFirst()), bio(rows.getFirst()));
            tx.run(NEIGHBOURS, key).forEachRemaining(r ->
                    touched.add(new AccountKey(r.get("platform").asString(), r.get("id").asString())));
            redactPosts(tx, key, preview.handle());
            ClusterCleaner.forget(tx, names);
            tx.run(ERASE, key).consume();
            Map<String, Long> counts = new LinkedHashMap<>(preview.counts());
            counts.put(EMPTY_ACCOUNTS, Leftovers.removeEmptyAccounts(tx, touched));
            Leftovers.removeUnusedHashtags(tx);
            Map<String, Object> log = new HashMap<>();
            log.put("by", by.strip());
            log.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
            tx.run(LOG, log).consume();
            done[0] = new Preview(preview.platform(), preview.id(), preview.handle(), counts);
        });
        writer.deriveInteractions(touched);
        history.forget();
        events.publishEvent(new GraphChanged("erasure", true));
        return done[0];
    }

    /** The erasure log, newest first. */
    public List<Entry> log(int limit) {
        List<Entry> entries = new ArrayList<>();
        for (Record r : db.read(READ_LOG, Map.of("limit", limit))) {
            Value e = r.get("entry");
            entries.add(new Entry(e.get("at").asZonedDateTime().toOffsetDateTime().toString(), e.get("by").asString(null),
                    e.get("reason").asString(null)));
        }
        return entries;
    }

    /**
     * Entries of an older version kept how much of each kind went; those counts could single out whom they
     * erased among the public posts (95 posts, 152 mentions...), so they are dropped once the store is open.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void dropCountsFromOlderLogEntries() {
        db.write(DROP_LOG_COUNTS);
    }

    /** How summaries may name the account: its handle, or its key (platform:id) when it has none; and its id. */
    private static List<String> names(Preview preview) {
        List<String> names = new ArrayList<>();
        if (preview.handle() != null) names.add(preview.handle());
        names.add(preview.id());
        names.add(preview.platform() + ":" + preview.id());
        return names;
    }

    /** Refuses a reason that identifies the account, before anyone is asked to confirm the erasure. */
    public void checkReason(AccountKey account, String reason) {
        List<Record> rows = db.read(PREVIEW, account.params());
        if (rows.isEmpty()) throw new IllegalArgumentException("That account is no longer in the graph");
        checkReason(reason, identifying(preview(account, rows.getFirst()), rows.getFirst()), bio(rows.getFirst()));
    }

    /** Its handle, id and display name: what a reason must not hold. */
    private static List<String> identifying(Preview preview, Record r) {
        List<String> names = names(preview);
        String name = r.get("name").asString(null);
        if (name != null) names.add(name);
        return names;
    }

    private static String bio(Record r) {
        return r.get("bio").asString(null);
    }

    /** A piece of the bio this long, found in the reason, is quoted from it: enough to find the person again. */
    static final int BIO_PIECE = 20;

    /** The log must not name whom it erased: not by handle, id or name, nor by quoting its bio. */
    static void checkReason(String reason, List<String> names, String bio) {
        if (reason == null) return;
        String lower = plain(reason);
        String squeezed = squeezed(reason);
        for (String name : names) {
            String n = plain(name.replaceFirst("^@", ""));
            String s = squeezed(name);
            if (n.length() >= 3 && lower.contains(n) || s.length() >= 4 && squeezed.contains(s)) {
                throw new IllegalArgumentException("The reason names the account, and the erasure log must not: "
                        + "describe the request without its handle, id or name (e.g. 'request by email, ref 2026-11-03')");
            }
        }
        String b = bio == null ? "" : plain(bio);
        for (int i = 0; i + BIO_PIECE <= b.length(); i++) {
            if (lower.contains(b.substring(i, i + BIO_PIECE))) {
                throw new IllegalArgumentException("The reason quotes the account's bio, and the erasure log must not "
                        + "identify it: describe the request without it (e.g. 'request by email, ref 2026-11-03')");
            }
        }
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Letters and digits only: "Celiac Beast", "celiac_beast" and "CeliacBeast" are one name. */
    private static String squeezed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Other people's posts and bios keep their text, with the erased handle blanked out. */
    private static void redactPosts(org.neo4j.driver.TransactionContext tx, Map<String, Object> key, String handle) {
        if (handle == null) return;
        Pattern mention = Pattern.compile("@" + Pattern.quote(handle) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        redact(tx, tx.run(REFERRING_POSTS, key).list(), "post", mention, REDACT_POST, "posts");
        Map<String, Object> bios = new HashMap<>(key);
        bios.put("handleLower", handle.toLowerCase(Locale.ROOT));
        redact(tx, tx.run(REFERRING_BIOS, bios).list(), "account", mention, REDACT_BIO, "accounts");
    }

    /** Writes back, with {@code write}, the texts of {@code rows} (element id in {@code idColumn}, "text") that name it. */
    private static void redact(org.neo4j.driver.TransactionContext tx, List<Record> rows, String idColumn, Pattern mention,
                               String write, String parameter) {
        List<Map<String, Object>> changed = new ArrayList<>();
        for (Record r : rows) {
            String text = r.get("text").asString();
            String redacted = mention.matcher(text).replaceAll(Matcher.quoteReplacement(ERASED));
            if (!redacted.equals(text)) changed.add(Map.of(idColumn, r.get(idColumn).asString(), "text", redacted));
        }
        if (!changed.isEmpty()) tx.run(write, Map.of(parameter, changed)).consume();
    }
}
