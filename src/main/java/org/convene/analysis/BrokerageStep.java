package org.convene.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;

/** Writes each account's role diversity of partners and brokerage between role groups (see {@link RoleBrokerage}). */
final class BrokerageStep implements AnalysisStep {

    private static final int BATCH = 5_000;

    @Override
    public String name() {
        return "bridges";
    }

    @Override
    public String run(AnalysisRun run) {
        GraphDb db = run.db();
        Map<String, Map<String, String>> partners = new HashMap<>();
        for (Record r : db.read(CypherScript.query(BrokerageStep.class, "role-neighbours"))) {
            partners.computeIfAbsent(r.get("x").asString(), k -> new HashMap<>())
                    .put(r.get("n").asString(), r.get("role").asString());
        }
        Map<String, RoleBrokerage.Score> scores = RoleBrokerage.score(partners);
        db.write(CypherScript.query(BrokerageStep.class, "reset-brokerage"));
        List<Map<String, Object>> rows = new ArrayList<>();
        long brokers = 0;
        for (var e : scores.entrySet()) {
            RoleBrokerage.Score s = e.getValue();
            if (s.brokerage() > 0) brokers++;
            rows.add(Map.of("x", e.getKey(), "diversity", s.diversity(), "brokerage", s.brokerage(), "known", s.known()));
            if (rows.size() == BATCH) flush(db, rows);
        }
        flush(db, rows);
        run.figure("brokers", brokers);
        return String.format(Locale.UK, "%,d accounts with partners of known role, %,d of them broker between roles",
                scores.size(), brokers);
    }

    private static void flush(GraphDb db, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return;
        db.write(CypherScript.query(BrokerageStep.class, "write-brokerage"), Map.of("rows", List.copyOf(rows)));
        rows.clear();
    }
}
