package org.convene.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented queries of {@code cypher/library/*.cypher}, packaged in the jar. A file's leading
 * {@code //} lines describe it; a line {@code // Parameters: $tag (e.g. 'celiac')} names its parameters
 * with example values, which become the defaults offered with the query.
 */
@Component
public class QueryLibrary {

    /** {@code $limit (default 10: give null)}: the value ends at a colon or semicolon, before the advice. */
    private static final Pattern EXAMPLE = Pattern.compile("\\$(\\w+)\\s*\\((?:e\\.g\\.|default)\\s*([^);:]*)[^)]*\\)");
    private static final Pattern NAME = Pattern.compile("\\$(\\w+)");
    /** {@code --param name=value} in a header's {@code // Example: convene cypher ...} line. */
    private static final Pattern EXAMPLE_PARAM = Pattern.compile("--param (\\w+)=(\\S+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GRAPH_EXAMPLES = CypherScript.query(QueryLibrary.class, "graph-examples");

    private final GraphDb db;

    public QueryLibrary(GraphDb db) {
        this.db = db;
    }

    /**
     * An entry's example parameters, with {@code tag}, {@code handle} and {@code cluster} replaced by values this
     * graph holds when the example's are not in it, so that a query picked from the library shows rows.
     */
    public Map<String, Object> parametersForThisGraph(Entry entry) {
        Map<String, Object> params = new LinkedHashMap<>(entry.parameters());
        if (!(params.containsKey("tag") || params.containsKey("handle") || params.containsKey("cluster"))) return params;
        Map<String, Object> given = new java.util.HashMap<>();
        for (String key : List.of("tag", "handle", "cluster")) given.put(key, params.get(key));
        var row = db.read(GRAPH_EXAMPLES, given).getFirst();
        for (String key : List.of("tag", "handle", "cluster")) {
            if (params.containsKey(key) && !row.get(key + "Found").asBoolean() && !row.get(key).isNull()) {
                params.put(key, row.get(key).asObject());
            }
        }
        return params;
    }

    /**
     * @param name       the file name without {@code .cypher}
     * @param title      the first comment line
     * @param details    further comment lines, parameters excepted
     * @param parameters example values by name, in order
     * @param text       the whole file, comments included, as it can be run
     */
    public record Entry(String name, String title, String details, Map<String, Object> parameters, String text) {}

    public List<Entry> entries() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources("classpath*:cypher/library/*.cypher");
            List<Entry> entries = new ArrayList<>();
            for (Resource file : files) {
                String name = file.getFilename().replaceFirst("\\.cypher$", "");
                entries.add(parse(name, file.getContentAsString(StandardCharsets.UTF_8)));
            }
            entries.sort(Comparator.comparing(Entry::name));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query library: " + e.getMessage(), e);
        }
    }

    static Entry parse(String name, String text) {
        List<String> header = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        boolean inParameters = false;
        for (String line : text.lines().toList()) {
            String t = line.strip();
            if (!t.startsWith("//")) break;
            String raw = t.substring(2);
            String comment = raw.strip();
            // "Parameters:" names them, with "(e.g. x)" or "(default x)"; indented lines continue it
            inParameters = comment.regionMatches(true, 0, "Parameters:", 0, 11)
                    || (inParameters && raw.startsWith("   ") && !comment.isEmpty());
            if (inParameters) {
                Matcher names = NAME.matcher(comment);
                while (names.find()) parameters.putIfAbsent(names.group(1), null);
                Matcher m = EXAMPLE.matcher(comment);
                while (m.find()) parameters.put(m.group(1), example(m.group(2).strip()));
            } else if (comment.regionMatches(true, 0, "Example:", 0, 8)) {
                Matcher m = EXAMPLE_PARAM.matcher(comment);
                while (m.find()) parameters.put(m.group(1), example(m.group(2).strip()));
            } else if (!comment.isEmpty()) {
                header.add(comment);
            }
        }
        String title = header.isEmpty() ? name : header.getFirst();
        String details = String.join(" ", header.subList(Math.min(1, header.size()), header.size()));
        return new Entry(name, title, details, parameters, text.strip());
    }

    /** 'celiac' is text, 20 a number, anything else that is JSON its value, the rest text as written. */
    private static Object example(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        try {
            return JSON.readValue(value, Object.class);
        } catch (RuntimeException notJson) {
            return value;
        }
    }
}
