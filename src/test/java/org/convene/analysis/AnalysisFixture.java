package org.convene.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.ingest.ChatSessions;
import org.convene.ingest.GraphWriter;

/** Builds and removes the fixture graph of {@code analysis/fixture.cypher}, the way an import would leave it. */
public final class AnalysisFixture {

    static final List<String> NURSES = List.of("n1", "n2", "n3", "n4", "n5");
    static final List<String> BOARD = List.of("e1", "e2", "e3", "c1", "p1");
    static final String NURSE_TEXT = "Safe staffing on the ward tonight, handover rota sorted";
    static final String BOARD_TEXT = "Board strategy meeting on budget and integrated commissioning";

    private AnalysisFixture() {}

    public static void build(GraphDb db, GraphWriter writer, ChatSessions sessions) {
        List<List<Object>> accounts = new ArrayList<>();
        // bios that the role labeller reads as the role beside them, since analyze labels roles first
        NURSES.forEach(n -> accounts.add(List.of(n, "nurse", "Staff nurse on a surgical ward. RGN")));
        accounts.add(List.of("e1", "executive", "Chief executive of an NHS foundation trust"));
        accounts.add(List.of("e2", "executive", "Chief executive, community health services"));
        accounts.add(List.of("e3", "executive", "Chief executive of a hospital trust"));
        accounts.add(List.of("c1", "commissioner", "Commissioning manager at the CCG"));
        accounts.add(List.of("p1", "patient", "Living with type 1 diabetes"));
        accounts.add(List.of("bridge", "comms", "Head of communications"));
        List<List<Object>> posts = new ArrayList<>();
        clique(posts, NURSES, "fixnurses", NURSE_TEXT);
        clique(posts, BOARD, "fixboard", BOARD_TEXT);
        // week 1: the bridge and n1; week 2: the bridge, n1 again and e1 for the first time
        for (String n : List.of("n1", "n2")) posts.add(List.of("bridge", n, "fixchat", "Join the chat tonight", 0));
        for (String n : List.of("n3", "e1", "e2")) posts.add(List.of("bridge", n, "fixchat", "Join the chat tonight", 7));
        posts.add(List.of("n1", "bridge", "fixchat", "Thanks for hosting", 0));
        posts.add(List.of("n1", "bridge", "fixchat", "Thanks for hosting", 7));
        posts.add(List.of("e1", "bridge", "fixchat", "Glad to join", 7));
        List<String> script = CypherScript.statements("analysis/fixture.cypher");
        db.write(script.get(0), Map.of("accounts", accounts, "posts", posts, "start", "2026-01-06T20:00:00Z"));
        db.write(script.get(1));
        writer.deriveAllInteractions();
        sessions.rebuild();
    }

    private static void clique(List<List<Object>> posts, List<String> members, String tag, String text) {
        for (String a : members) {
            for (String b : members) {
                if (!a.equals(b)) posts.add(List.of(a, b, tag, text, 3));
            }
        }
    }

    public static void remove(GraphDb db) {
        db.write("""
                MATCH (n) WHERE (n:Account OR n:Post) AND n.platform = 'fixture'
                   OR n:Hashtag AND n.tag STARTS WITH 'fix' OR n:Chat AND n.tag = 'fixchat'
                   OR n:ChatSession AND n.chat = 'fixchat' OR n:Cluster OR n:AnalysisRun
                DETACH DELETE n""");
    }
}
