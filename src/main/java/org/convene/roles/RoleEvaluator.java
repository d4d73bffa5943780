package org.convene.roles;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.ingest.Rejected;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * Measures the rules on a user's own accounts: a CSV of roles a person gave by reading the accounts (the
 * overrides format of {@link RoleOverrides}) against what the dictionary says of the same accounts in the
 * graph, from their handle, name and bio. Corrections stored in the graph are ignored: this is about the rules.
 * Rows with no roles are counted, not rejected, so a sample can be measured while it is being labelled.
 */
@Service
public class RoleEvaluator {

    /**
     * The figures, the CSV lines set aside, the labelled accounts the graph does not hold, and the rows left
     * without roles (not labelled yet, e.g. the rest of a {@link RoleSample}).
     */
    public record Result(RoleEvaluation evaluation, List<Rejected> rejected, List<String> notFound, int unlabelled) {}

    private static final String ACCOUNTS = CypherScript.query(RoleEvaluator.class, "evaluate-accounts");
    private static final int BATCH = 1_000;

    private final GraphDb db;
    private final RoleService roles;

    public RoleEvaluator(GraphDb db, RoleService roles) {
        this.db = db;
        this.roles = roles;
    }

    public Result evaluate(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return evaluate(csv.toString(), in);
        }
    }

    public Result evaluate(String name, Reader csv) throws IOException {
        RoleOverrides.Result parsed = RoleOverrides.read(name, csv, "evaluation");
        List<RoleCorrection> labelled = parsed.corrections();
        RoleEvaluation evaluation = new RoleEvaluation();
        List<String> notFound = new ArrayList<>();
        for (int from = 0; from < labelled.size(); from += BATCH) {
            List<Map<String, Object>> keys = new ArrayList<>();
            for (int i = from; i < Math.min(labelled.size(), from + BATCH); i++) {
                RoleCorrection c = labelled.get(i);
                keys.add(accountKey(i, c.platform(), c.id(), c.handle() == null ? null : c.handle().toLowerCase(Locale.ROOT)));
            }
            for (Record r : db.read(ACCOUNTS, Map.of("keys", keys))) {
                RoleCorrection c = labelled.get(r.get("row").asInt());
                if (!r.get("found").asBoolean()) {
                    notFound.add(c.handle() != null ? "@" + c.handle() : c.platform() + " " + c.id());
                    continue;
                }
                String handle = r.get("handle").asString(null), bio = r.get("bio").asString(null);
                evaluation.add(handle, bio, new LinkedHashSet<>(c.roles()),
                        roles.labeller().label(handle, r.get("name").asString(null), bio));
            }
        }
        return new Result(evaluation, parsed.rejected(), notFound, parsed.unlabelled());
    }

    /** One row of {@code $keys} for evaluate-accounts.cypher: the account by id, or else by handle (may be null). */
    static Map<String, Object> accountKey(int row, String platform, String id, String handleLower) {
        Map<String, Object> key = new HashMap<>(); // not Map.of: handleLower may be null
        key.put("row", row);
        key.put("platform", platform);
        key.put("id", id);
        key.put("handleLower", handleLower);
        return key;
    }
}
