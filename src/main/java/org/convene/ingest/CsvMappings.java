package org.convene.ingest;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Saved {@link CsvMapping}s, kept in the graph as {@code (:CsvMapping {name, json, updatedAt})}. */
@Service
public class CsvMappings {

    private static final String SAVE = CypherScript.query(CsvMappings.class, "save-csv-mapping");
    private static final String LIST = CypherScript.query(CsvMappings.class, "list-csv-mappings");
    private static final String DELETE = CypherScript.query(CsvMappings.class, "delete-csv-mapping");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final GraphDb db;

    public CsvMappings(GraphDb db) {
        this.db = db;
    }

    public record Saved(CsvMapping mapping, ZonedDateTime updatedAt) {}

    /** Validates and saves; a mapping of the same name is replaced. */
    public CsvMapping save(CsvMapping mapping) {
        mapping.validated();
        db.write(SAVE, Map.of("name", mapping.name(), "json", toJson(mapping)));
        return mapping;
    }

    public List<Saved> list() {
        return db.read(LIST, nameParam(null)).stream().map(CsvMappings::saved).toList();
    }

    /** The mapping, or IllegalArgumentException naming the saved ones. */
    public CsvMapping get(String name) {
        var found = db.read(LIST, nameParam(name));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No CSV mapping named '" + name + "'; saved mappings: "
                    + list().stream().map(s -> s.mapping().name()).toList());
        }
        return saved(found.getFirst()).mapping();
    }

    public boolean delete(String name) {
        return db.write(DELETE, Map.of("name", name)).getFirst().get("deleted").asLong() > 0;
    }

    /** Reads a mapping from JSON, as saved or as a user writes it (field names as in {@link CsvMapping}). */
    public static CsvMapping fromJson(String json) {
        try {
            return JSON.readValue(json, CsvMapping.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not a CSV mapping: " + e.getOriginalMessage());
        }
    }

    public static CsvMapping fromMap(Map<String, ?> fields) {
        try {
            return JSON.convertValue(fields, CsvMapping.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not a CSV mapping: " + e.getOriginalMessage());
        }
    }

    public static String toJson(CsvMapping mapping) {
        return JSON.writeValueAsString(mapping);
    }

    private static Map<String, Object> nameParam(String name) {
        var params = new java.util.HashMap<String, Object>();
        params.put("name", name);
        return params;
    }

    private static Saved saved(Record r) {
        return new Saved(fromJson(r.get("json").asString()), r.get("updatedAt").asZonedDateTime());
    }
}
