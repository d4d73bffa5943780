package org.convene.analysis;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;

/**
 * Influence within each followed chat and each of its sittings (the chat's time windows): weighted PageRank
 * on the interactions its posts carry, the top accounts linked to the Chat or ChatSession with INFLUENCE.
 * All scopes are disjoint parts of one projection, ranked by one PageRank call and dropped at once.
 */
final class ChatInfluence implements AnalysisStep {

    private static final String SCOPES = CypherScript.query(ChatInfluence.class, "chat-scopes");
    private static final String PROJECT = CypherScript.query(ChatInfluence.class, "project-chat");
    private static final String WRITE = CypherScript.query(ChatInfluence.class, "write-chat-influence");
    private static final String DROP = CypherScript.query(ChatInfluence.class, "drop-projection");
    private static final String DROP_OLD = CypherScript.query(ChatInfluence.class, "drop-influence");

    @Override
    public String name() {
        return "influence";
    }

    @Override
    public String run(AnalysisRun run) {
        GraphDb db = run.db();
        db.write(DROP_OLD);
        List<Map<String, Object>> scopes = new ArrayList<>();
        long chats = 0;
        for (Record r : db.read(SCOPES)) {
            String tag = r.get("tag").asString();
            scopes.add(scope(tag, null));
            chats++;
            for (ZonedDateTime start : r.get("sessions").asList(v -> v.asZonedDateTime())) scopes.add(scope(tag, start));
        }
        long links = scopes.isEmpty() ? 0 : rank(run, scopes);
        run.figure("influenceLinks", links);
        return String.format(Locale.UK, "%d chats and %d sittings, %,d INFLUENCE links", chats, scopes.size() - chats, links);
    }

    private static Map<String, Object> scope(String tag, ZonedDateTime start) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("tag", tag);
        scope.put("start", start);
        return scope;
    }

    /** All scopes in one projection and one PageRank call (see project-chat.cypher). */
    private static long rank(AnalysisRun run, List<Map<String, Object>> scopes) {
        String graph = run.graph() + "-chat";
        Map<String, Object> params = new HashMap<>();
        params.put("graph", graph);
        params.put("scopes", scopes);
        try {
            Record p = run.db().write(PROJECT, params).getFirst();
            if (p.get("nodeCount").isNull() || p.get("nodeCount").asLong() == 0) return 0;
            params.put("top", run.options().influenceTop());
            return run.db().write(WRITE, params).getFirst().get("written").asLong();
        } finally {
            run.db().write(DROP, Map.of("graph", graph));
        }
    }
}
