package org.convene.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * What a read-only query may not do, decided from the planner's view of the statement (EXPLAIN runs
 * nothing), not from its text: no writes or schema changes (the query type), no LOAD CSV (it reads
 * server files and URLs even in a read transaction), no procedure whose mode is WRITE or SCHEMA or that
 * is marked admin. The read transaction the statement then runs in is the database's own guard.
 */
final class ReadOnlyRules {

    private static final Pattern LEADING = Pattern.compile("(?is)^\\s*(EXPLAIN|PROFILE)\\b");
    /** GDS procedures that write files or new databases on the server, whatever mode they declare. */
    private static final Pattern SERVER_FILES = Pattern.compile("(?i)^gds\\.(beta\\.|alpha\\.)?(graph\\.export|model\\.(store|publish|delete|load))");
    private static final Pattern PROCEDURE = Pattern.compile("^\\s*([A-Za-z_][\\w.]*)\\s*\\(");
    /** Procedure name (lower case) to "MODE" or "MODE admin", filled from SHOW PROCEDURES when needed. */
    private final Map<String, String> modes = new ConcurrentHashMap<>();

    void check(Session session, String statement, Map<String, Object> params, TransactionConfig config) {
        Matcher leading = LEADING.matcher(statement);
        boolean added = !leading.find();
        String explain = added ? PREFIX + statement : "EXPLAIN" + statement.substring(leading.end());
        ResultSummary summary;
        try (var tx = session.beginTransaction(config)) {
            summary = tx.run(explain, params).consume();
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            if (!added || e.getMessage() == null) throw e;
            throw new org.neo4j.driver.exceptions.ClientException(e.code(), withoutPrefix(e.getMessage()));
        }
        List<String> modesCalled = new ArrayList<>();
        if (summary.hasPlan()) inspect(session, summary.plan(), modesCalled); // first: it names the procedure or clause
        QueryType type = summary.queryType();
        // the planner types any DBMS-mode procedure call (dbms.components()) as a schema write: those are reads
        boolean dbmsReads = !modesCalled.isEmpty() && modesCalled.stream().allMatch(m -> m.equals("READ") || m.equals("DBMS"));
        if (type == QueryType.SCHEMA_WRITE && !dbmsReads) {
            refuseWrite("This query changes the schema (indexes or constraints), and queries here are read-only.");
        }
        if (type == QueryType.WRITE_ONLY || type == QueryType.READ_WRITE) {
            // one message for both places read-only queries run: the Cypher page and convene cypher --read-only
            refuseWrite("This query would change the graph (CREATE, MERGE, SET, DELETE or REMOVE), and queries here "
                    + "are read-only. Changes need an admin on the Cypher page, or convene cypher without --read-only; "
                    + "to add data, import it.");
        }
    }

    private static final String PREFIX = "EXPLAIN ";
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

    /**
     * The database's error about the planned statement, told about the user's own text: positions on the first
     * line lose the prefix's 8 characters, and the echoed line and its caret lose the prefix.
     */
    static String withoutPrefix(String message) {
        Matcher m = POSITION.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int column = Integer.parseInt(m.group(2)) - (line == 1 ? PREFIX.length() : 0);
            int offset = Integer.parseInt(m.group(3)) - PREFIX.length();
            m.appendReplacement(out, "(line " + line + ", column " + Math.max(1, column) + " (offset: " + Math.max(0, offset) + "))");
        }
        m.appendTail(out);
        List<String> lines = new ArrayList<>(List.of(out.toString().split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("\"" + PREFIX)) {
                lines.set(i, "\"" + l.substring(1 + PREFIX.length()));
                if (i + 1 < lines.size() && lines.get(i + 1).matches(" {8,}\\^")) {
                    lines.set(i + 1, lines.get(i + 1).substring(PREFIX.length()));
                }
            }
        }
        return String.join("\n", lines);
    }

    private void inspect(Session session, Plan plan, List<String> modesCalled) {
        String operator = plan.operatorType().toLowerCase(Locale.ROOT);
        if (operator.startsWith("loadcsv")) {
            refuse("LOAD CSV reads files and web addresses from the database server and is not allowed in "
                    + "read-only queries. Import files with convene import or the Import page.");
        }
        if (operator.startsWith("terminatetransactions") || operator.startsWith("showtransactions")
                || operator.startsWith("showsettings")) {
            // other sessions' queries with their parameters, server settings, stopping others' work
            refuse("Commands that show or stop other people's transactions or the server's settings are not "
                    + "allowed here.");
        }
        if (operator.startsWith("procedurecall") || operator.startsWith("procedure")) {
            for (String name : procedures(plan)) {
                String mode = mode(session, name);
                modesCalled.add(mode == null ? "unknown" : mode);
                if (mode != null && mode.endsWith("admin")) {
                    refuse("The procedure " + name + " is an administration procedure and is not allowed here.");
                }
                if (SERVER_FILES.matcher(name).find()) {
                    refuse("The procedure " + name + " writes files or databases on the server and is not allowed "
                            + "here. Use convene export for files.");
                }
                if (mode != null && (mode.startsWith("WRITE") || mode.startsWith("SCHEMA"))) {
                    refuseWrite("The procedure " + name + " runs in " + mode + " mode and is not allowed in "
                            + "read-only queries. Use its read or stream variant (such as gds.pageRank.stream) instead.");
                }
            }
        }
        for (Plan child : plan.children()) inspect(session, child, modesCalled);
    }

    /** Procedure names from the operator's details, e.g. "db.labels() :: (label :: STRING)". */
    private static List<String> procedures(Plan plan) {
        List<String> names = new ArrayList<>();
        plan.arguments().forEach((key, value) -> {
            if (key.equalsIgnoreCase("Details") || key.equalsIgnoreCase("Signature")) {
                Matcher m = PROCEDURE.matcher(value.asString(""));
                if (m.find()) names.add(m.group(1));
            }
        });
        return names;
    }

    private String mode(Session session, String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!modes.containsKey(key)) {
            // procedures appear after start-up (GDS registers in the background): reload on a miss
            session.executeRead(tx -> tx.run("SHOW PROCEDURES YIELD name, mode, admin").list()).forEach(r ->
                    modes.put(r.get("name").asString().toLowerCase(Locale.ROOT),
                            r.get("mode").asString("") + (r.get("admin").asBoolean(false) ? " admin" : "")));
        }
        return modes.get(key);
    }

    private static void refuse(String message) {
        throw new CypherRefusedException(message);
    }

    private static void refuseWrite(String message) {
        throw new CypherRefusedException(message, true);
    }
}
