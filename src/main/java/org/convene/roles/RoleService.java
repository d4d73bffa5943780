package org.convene.roles;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphChanged;
import org.convene.graph.GraphDb;
import org.convene.ingest.Rejected;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Stakeholder roles in the graph. {@link #labelAll} labels every account by the rules, except accounts a
 * person corrected; {@link #correct} and {@link #importOverrides} store corrections as
 * {@code (:RoleCorrection)} nodes apart from the accounts, so imports (which only set profile fields) and
 * re-labelling never undo them. Each account gets {@code a.roles} (primary first), {@code a.primaryRole},
 * {@code a.rolesSource} and {@code (a)-[:HAS_ROLE {confidence, evidence, source, primary}]->(:Role)}.
 */
@Service
public class RoleService {

    private static final Logger log = LoggerFactory.getLogger(RoleService.class);
    static final int BATCH = 2_000;
    /** Accounts labelled side by side before their rows are written. */
    private static final int LABEL_CHUNK = 4_000;

    private final GraphDb db;
    private final RoleLabeller labeller;
    private final ApplicationEventPublisher events;

    public RoleService(GraphDb db, @org.springframework.beans.factory.annotation.Value("${convene.roles.dictionary:}") String dictionary,
                       ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
        RoleDictionary dict = dictionary == null || dictionary.isBlank()
                ? RoleDictionary.bundled() : RoleDictionary.of(Path.of(dictionary));
        dict.problems().forEach(p -> log.warn("Role dictionary line set aside: {}", p));
        this.labeller = new RoleLabeller(dict);
    }

    /** Told after each batch: accounts labelled so far, of how many. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** {@code unchanged}: accounts whose rule labels were already as the rules say, so were not rewritten. */
    public record LabelSummary(long accounts, long corrected, long unchanged, Map<String, Long> primaryRoles,
                               List<String> dictionaryProblems, Duration took) {}

    /** {@code unlabelled}: rows with no roles, skipped (e.g. the part of a sample not labelled yet). */
    public record OverridesSummary(int stored, int applied, List<Rejected> rejected, int unlabelled) {}

    public record AccountRef(String platform, String id, String handle) {}

    /** An account's roles as stored, what the rules say about its bio now, and the correction, if any. */
    public record Explanation(AccountRef account, String bio, List<RoleLabel> stored, List<RoleLabel> rules,
                              Map<String, Object> correction) {}

    public RoleLabeller labeller() {
        return labeller;
    }

    /** Labels every account: corrections first, then the rules on all other accounts. Re-running gives the same graph. */
    public LabelSummary labelAll(Progress progress) {
        long started = System.nanoTime();
        mergeRoles();
        long corrected = applyCorrections(null, null);
        long t = System.nanoTime();
        List<Record> accounts = db.read(CypherScript.query(RoleService.class, "accounts-to-label"));
        long read = System.nanoTime() - t;
        long writing = 0;
        String write = CypherScript.query(RoleService.class, "write-rule-labels");
        String writeNoCue = CypherScript.query(RoleService.class, "write-no-cue-labels");
        List<Map<String, Object>> batch = new ArrayList<>();
        // accounts never labelled that the rules found no cue in: one label for all, written as lists of ids
        Map<List<Object>, List<String>> noCue = new LinkedHashMap<>();
        long done = 0;
        long unchanged = 0;
        for (int from = 0; from < accounts.size(); from += LABEL_CHUNK) {
            List<Record> chunk = accounts.subList(from, Math.min(accounts.size(), from + LABEL_CHUNK));
            // the rules are the slow part (regular expressions, about 1 ms a bio): a chunk is labelled on all
            // cores, in order, then written as before
            List<List<RoleLabel>> labelled = chunk.parallelStream()
                    .map(a -> labeller.label(text(a.get("handle")), text(a.get("name")), text(a.get("bio")))).toList();
            for (int i = 0; i < chunk.size(); i++) {
                Record a = chunk.get(i);
                List<RoleLabel> labels = labelled.get(i);
                if (stored(a, labels)) {
                    unchanged++;
                    continue;
                }
                String platform = a.get("platform").asString();
                String id = a.get("id").asString();
                if (labels.size() == 1 && labels.getFirst().evidence().isEmpty() && a.get("source").isNull()
                        && a.get("stored").isEmpty()) {
                    List<Object> key = List.of(platform, labelRow(labels.getFirst()));
                    List<String> same = noCue.computeIfAbsent(key, k -> new ArrayList<>());
                    same.add(id);
                    if (same.size() == BATCH) {
                        t = System.nanoTime();
                        writeNoCue(writeNoCue, key, noCue.remove(key));
                        writing += System.nanoTime() - t;
                        done += same.size();
                        progress.update(done + unchanged, accounts.size());
                    }
                    continue;
                }
                Map<String, Object> row = new HashMap<>();
                row.put("platform", platform);
                row.put("id", id);
                row.put("labels", labels.stream().map(RoleService::labelRow).toList());
                batch.add(row);
                if (batch.size() == BATCH) {
                    t = System.nanoTime();
                    db.write(write, Map.of("rows", batch));
                    writing += System.nanoTime() - t;
                    done += batch.size();
                    batch = new ArrayList<>();
                    progress.update(done + unchanged, accounts.size());
                }
            }
            progress.update(done + unchanged, accounts.size());
        }
        t = System.nanoTime();
        if (!batch.isEmpty()) db.write(write, Map.of("rows", batch));
        done += batch.size();
        for (var same : noCue.entrySet()) {
            writeNoCue(writeNoCue, same.getKey(), same.getValue());
            done += same.getValue().size();
        }
        writing += System.nanoTime() - t;
        progress.update(accounts.size(), accounts.size());
        log.info("Roles: read {} accounts in {} ms, rewrote {} in {} ms, {} ms in all", accounts.size(), read / 1_000_000,
                done, writing / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Record r : db.read(CypherScript.query(RoleService.class, "role-counts"))) {
            counts.put(r.get("role").asString(), r.get("accounts").asLong());
        }
        events.publishEvent(new GraphChanged("role labels"));
        return new LabelSummary(accounts.size() + corrected, corrected, unchanged, counts,
                labeller.dictionary().problems(), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Stores a person's roles for one account and applies them at once (or when the account arrives, if it is
     * not in the graph yet). {@code roles} are role keys; {@code primary}, if given, goes first.
     * Returns whether the account was found and updated now.
     */
    public boolean correct(String platform, String id, List<String> roles, String primary, String who) {
        List<Role> parsed = RoleCorrection.parseRoles(String.join(",", roles), primary);
        String handle = handleOf(platform, id);
        boolean now = store(new RoleCorrection(platform, id, handle, parsed, who, null));
        events.publishEvent(new GraphChanged("role correction"));
        return now;
    }

    /** Reads a CSV of corrections (see {@link RoleOverrides}); bad lines are returned with their line numbers. */
    public OverridesSummary importOverrides(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return importOverrides(csv.toString(), in);
        }
    }

    public OverridesSummary importOverrides(String name, Reader csv) throws IOException {
        return importOverrides(name, csv, "overrides " + Path.of(name).getFileName());
    }

    /** @param who who gave these roles, for rows that do not say */
    public OverridesSummary importOverrides(String name, Reader csv, String who) throws IOException {
        RoleOverrides.Result result = RoleOverrides.read(name, csv, who);
        mergeRoles();
        int applied = 0;
        for (RoleCorrection c : result.corrections()) {
            if (store(c)) applied++;
        }
        events.publishEvent(new GraphChanged("role corrections"));
        return new OverridesSummary(result.corrections().size(), applied, result.rejected(), result.unlabelled());
    }

    public Optional<Explanation> explain(String platform, String id) {
        Map<String, Object> params = Map.of("platform", platform, "id", id);
        List<Record> rows = db.read(CypherScript.query(RoleService.class, "explain-account"), params);
        if (rows.isEmpty()) return Optional.empty();
        Record r = rows.getFirst();
        List<RoleLabel> stored = new ArrayList<>();
        for (Value l : r.get("labels").values()) {
            stored.add(new RoleLabel(Role.of(l.get("key").asString()), l.get("confidence").asDouble(0),
                    l.get("evidence").isNull() ? List.of() : l.get("evidence").asList(Value::asString),
                    l.get("source").asString(null), l.get("primary").asBoolean(false)));
        }
        String bio = text(r.get("bio"));
        List<RoleLabel> rules = labeller.label(text(r.get("handle")), text(r.get("name")), bio);
        Map<String, Object> correction = r.get("correction").isNull() ? null : r.get("correction").asMap();
        return Optional.of(new Explanation(new AccountRef(platform, id, text(r.get("handle"))), bio, stored, rules, correction));
    }

    private boolean store(RoleCorrection c) {
        mergeRoles();
        Map<String, Object> params = new HashMap<>();
        params.put("platform", c.platform());
        params.put("id", c.id());
        params.put("handleLower", c.handleLower());
        params.put("roles", c.keys());
        params.put("who", c.who());
        params.put("note", c.note());
        db.write(CypherScript.query(RoleService.class, "save-correction"), params);
        return applyCorrections(c.platform(), c.id()) > 0;
    }

    private long applyCorrections(String platform, String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("platform", platform);
        params.put("id", id);
        List<Record> rows = db.write(CypherScript.query(RoleService.class, "apply-corrections"), params);
        return rows.isEmpty() ? 0 : rows.getFirst().get("applied").asLong();
    }

    private void mergeRoles() {
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Role r : Role.values()) roles.add(Map.of("key", r.key(), "name", r.title()));
        db.write(CypherScript.query(RoleService.class, "merge-roles"), Map.of("roles", roles));
    }

    private String handleOf(String platform, String id) {
        List<Record> rows = db.read(CypherScript.query(RoleService.class, "account-handle"),
                Map.of("platform", platform, "id", id));
        return rows.isEmpty() ? null : text(rows.getFirst().get("handle"));
    }

    private void writeNoCue(String query, List<Object> platformAndLabel, List<String> ids) {
        db.write(query, Map.of("platform", platformAndLabel.get(0), "label", platformAndLabel.get(1), "ids", ids));
    }

    /** Whether the account already carries exactly these rule labels (then it need not be rewritten). */
    private static boolean stored(Record a, List<RoleLabel> labels) {
        if (!RoleLabel.RULE.equals(text(a.get("source"))) || a.get("roles").isNull()) return false;
        List<String> keys = labels.stream().map(RoleLabel::key).toList();
        if (!a.get("roles").asList(Value::asString).equals(keys) || !keys.getFirst().equals(text(a.get("primaryRole")))) {
            return false;
        }
        List<Value> stored = a.get("stored").asList(v -> v);
        if (stored.size() != labels.size()) return false;
        for (RoleLabel l : labels) {
            if (stored.stream().noneMatch(h -> l.key().equals(text(h.get("key")))
                    && RoleLabel.RULE.equals(text(h.get("source")))
                    && !h.get("confidence").isNull() && h.get("confidence").asDouble() == l.confidence()
                    && !h.get("primary").isNull() && h.get("primary").asBoolean() == l.primary()
                    && !h.get("evidence").isNull() && h.get("evidence").asList(Value::asString).equals(l.evidence()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> labelRow(RoleLabel l) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", l.key());
        m.put("confidence", l.confidence());
        m.put("evidence", l.evidence());
        m.put("primary", l.primary());
        return m;
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
