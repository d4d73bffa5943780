package org.convene.suggest;

import org.convene.graph.AccountLookup;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.graph.ValueFormat;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * The host's invitations: {@code (:Invitation {chat, platform, id, status, at, by})-[:INVITES]->(:Account)},
 * one per chat and account. Marking again changes its status; suggestions show it, and leave out declined ones.
 */
@Service
public class InvitationService {

    public static final List<String> STATUSES = List.of("invited", "accepted", "declined");
    private static final String MARK = CypherScript.query(InvitationService.class, "mark-invitation");
    private static final String UNMARK = CypherScript.query(InvitationService.class, "unmark-invitation");
    private static final String KNOWN = CypherScript.query(InvitationService.class, "chat-known");
    private static final String LIST = CypherScript.query(InvitationService.class, "invitations");

    private final GraphDb db;

    public InvitationService(GraphDb db) {
        this.db = db;
    }

    public record Invitation(String chat, String platform, String id, String handle, String status, Instant at, String by) {}

    public Invitation mark(String chat, AccountLookup.Ref account, String status, String by, Instant at) {
        String s = status.strip().toLowerCase(java.util.Locale.ROOT);
        if (!STATUSES.contains(s)) {
            throw new IllegalArgumentException("Unknown status '" + status + "'; use " + String.join(", ", STATUSES));
        }
        Map<String, Object> params = new HashMap<>(AccountLookup.params(account));
        params.put("chat", SuggestService.tag(chat));
        if (!db.read(KNOWN, Map.of("chat", params.get("chat"))).getFirst().get("known").asBoolean()) {
            // most likely a mistyped tag: an invitation to it would never show beside a suggestion
            throw new IllegalArgumentException("No posts tagged #" + params.get("chat")
                    + " and no chat followed by that name: check the tag (convene chat list names the chats)");
        }
        params.put("status", s);
        params.put("by", by);
        params.put("at", ZonedDateTime.ofInstant(at, ZoneOffset.UTC));
        List<Record> rows = db.write(MARK, params);
        if (rows.isEmpty()) throw new IllegalArgumentException("No account " + account.id() + " on " + account.platform());
        return new Invitation(params.get("chat").toString(), account.platform(), account.id(), account.handle(), s, at, by);
    }

    /** Removes the mark of an account for a chat; true when there was one. */
    public boolean unmark(String chat, AccountLookup.Ref account) {
        Map<String, Object> params = new HashMap<>(AccountLookup.params(account));
        params.put("chat", SuggestService.tag(chat));
        return db.write(UNMARK, params).getFirst().get("removed").asLong() > 0;
    }

    public List<Map<String, Object>> list(String chat) {
        return db.read(LIST, Map.of("chat", SuggestService.tag(chat))).stream().map(r -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (String k : r.keys()) row.put(k, ValueFormat.plain(r.get(k)));
            return row;
        }).toList();
    }
}
