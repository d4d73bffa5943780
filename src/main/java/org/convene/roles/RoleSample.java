package org.convene.roles;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.ingest.Chats;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * A random sample of accounts with a bio for a person to label by hand, as a CSV that {@link RoleEvaluator}
 * reads back once its {@code roles} column is filled in. Random, so the figures are not flattered by picking
 * the accounts the rules are known to get right; seeded, so the same sample can be drawn again.
 */
@Service
public class RoleSample {

    /** An account to label, with what the person reads. */
    public record Account(String platform, String id, String handle, String name, String bio) {}

    public static final int LARGEST = 2_000;
    private static final String POPULATION = CypherScript.query(RoleSample.class, "sample-population");
    private static final String DETAILS = CypherScript.query(RoleEvaluator.class, "evaluate-accounts");
    private static final List<String> HEADER = List.of("platform", "id", "handle", "roles", "name", "bio");

    private final GraphDb db;

    public RoleSample(GraphDb db) {
        this.db = db;
    }

    /**
     * @param size how many (1 to {@link #LARGEST}); fewer when fewer accounts have a bio
     * @param chat a chat's hashtag, with or without '#', or null for every account
     */
    public List<Account> draw(int size, String chat, long seed) {
        if (size < 1 || size > LARGEST) throw new IllegalArgumentException("A sample holds 1 to " + LARGEST + " accounts, not " + size);
        Map<String, Object> params = new HashMap<>();
        params.put("tag", chat == null || chat.isBlank() ? null : Chats.tag(chat));
        List<Record> population = new ArrayList<>(db.read(POPULATION, params));
        Collections.shuffle(population, new Random(seed));
        List<Map<String, Object>> keys = new ArrayList<>();
        for (Record r : population.subList(0, Math.min(size, population.size()))) {
            keys.add(RoleEvaluator.accountKey(keys.size(), r.get("platform").asString(), r.get("id").asString(), null));
        }
        List<Account> sample = new ArrayList<>();
        for (Record r : db.read(DETAILS, Map.of("keys", keys))) {
            Map<String, Object> key = keys.get(r.get("row").asInt());
            sample.add(new Account((String) key.get("platform"), (String) key.get("id"), r.get("handle").asString(null),
                    r.get("name").asString(null), r.get("bio").asString(null)));
        }
        return sample;
    }

    /** The sample as CSV with an empty {@code roles} column to fill in (the overrides format). */
    public static void write(List<Account> sample, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get();
        CSVPrinter csv = new CSVPrinter(out, format); // not closed: that would close the caller's stream
        for (Account a : sample) {
            csv.printRecord(a.platform(), a.id(), a.handle(), "", oneLine(a.name()), oneLine(a.bio()));
        }
        csv.flush();
    }

    /** Bios with line breaks are legal CSV but awkward in a spreadsheet row. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
