package org.convene.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.export.ExportGraph.Column;
import org.convene.export.ExportGraph.Type;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.graph.ValueFormat;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** Reads accounts and interactions with their analysis results and writes them in one of the export formats. */
@Service
public class ExportService {

    private static final String ACCOUNTS = CypherScript.query(ExportService.class, "export-accounts");
    private static final String INTERACTIONS = CypherScript.query(ExportService.class, "export-interactions");
    private static final String ACCOUNTS_OF = CypherScript.query(ExportService.class, "export-accounts-of");
    private static final String PROVENANCE = CypherScript.query(ExportService.class, "analysis-provenance");

    static final List<Column> NODE_COLUMNS = List.of(
            new Column("handle", Type.STRING), new Column("platform", Type.STRING), new Column("displayName", Type.STRING),
            new Column("bio", Type.STRING), new Column("followers", Type.LONG), new Column("primaryRole", Type.STRING),
            new Column("roles", Type.STRING), new Column("community", Type.LONG), new Column("cluster", Type.STRING),
            new Column("pagerank", Type.DOUBLE), new Column("betweenness", Type.DOUBLE),
            new Column("inMentions", Type.LONG), new Column("inReplies", Type.LONG),
            new Column("inRetweets", Type.LONG), new Column("inQuotes", Type.LONG),
            new Column("roleDiversity", Type.DOUBLE), new Column("brokerage", Type.LONG),
            new Column("knownRoleNeighbours", Type.LONG), new Column("clusterReach", Type.LONG));
    static final List<Column> EDGE_COLUMNS = List.of(
            new Column("weight", Type.DOUBLE), new Column("replies", Type.LONG), new Column("mentions", Type.LONG),
            new Column("retweets", Type.LONG), new Column("quotes", Type.LONG),
            new Column("first", Type.STRING), new Column("last", Type.STRING));
    /** What a pseudonymised export leaves out: free text that names or describes a person, and labels built from handles. */
    static final Set<String> IDENTIFYING = Set.of("displayName", "bio", "cluster");
    /** Interactions' times too: with them, who mentioned whom when can be looked up in the public posts. */
    static final Set<String> IDENTIFYING_EDGES = Set.of("first", "last");
    /** The edge columns without those times: a pseudonymised export's, and a drawing's, whose ties carry counts only. */
    static final List<Column> UNTIMED_EDGE_COLUMNS = EDGE_COLUMNS.stream().filter(c -> !IDENTIFYING_EDGES.contains(c.name())).toList();

    private final GraphDb db;

    public ExportService(GraphDb db) {
        this.db = db;
    }

    /** What was written. */
    /**
     * @param unanalysed accounts with interactions but no community: imported after the last analysis (or with
     *                   none run), so their analysis columns are empty until {@code convene analyze} runs again
     */
    public record Summary(long accounts, long interactions, List<Path> files, long unanalysed) {}

    /**
     * @param out        the file to write (GEXF, GraphML), or the directory for accounts.csv, interactions.csv
     *                   and about-this-export.txt
     * @param pseudonymise replace ids and handles with salted hashes and leave out names, bios and cluster labels
     * @param salt       the salt for the hashes, or null for a random one
     */
    public Summary export(ExportFormat format, Path out, boolean pseudonymise, String salt) throws IOException {
        ExportGraph graph = read(pseudonymise ? new Pseudonymiser(salt) : null).normalised();
        List<Path> files = new ArrayList<>();
        String description = description(pseudonymise ? PSEUDONYMISED : "");
        switch (format) {
            case GEXF -> files.add(write(out, o -> GexfWriter.write(graph, description, o)));
            case GRAPHML -> files.add(write(out, o -> GraphMlWriter.write(graph, description, o)));
            case CSV -> files.addAll(CsvExport.write(graph, description, out));
        }
        return new Summary(graph.nodes().size(), graph.edges().size(), files, unanalysed(graph));
    }

    static final String SUBGRAPH = " The part drawn on the Network page, with its filters' counts on the interactions.";
    static final String PSEUDONYMISED = " Pseudonymised: ids and handles are salted hashes; display names, bios, "
            + "cluster labels and the interactions' times are left out; follower counts are rounded down to a power of ten.";

    /**
     * Where the data came from, for the file's description: when it was exported and which analysis made its
     * communities and scores (seed and resolution let a reader repeat it), then {@code more}.
     */
    String description(String more) {
        Record run = db.read(PROVENANCE).getFirst();
        String analysis = run.get("at").isNull() ? " No analysis has run: the community and score columns are empty."
                : String.format(java.util.Locale.UK, " Communities and scores: the analysis of %s (Leiden, seed %s, "
                        + "resolution %s; modularity %.4f).", run.get("at").asString(), run.get("seed").asObject(),
                        run.get("resolution").asObject(), run.get("modularity").isNull() ? Double.NaN : run.get("modularity").asDouble());
        return "Accounts and their interactions from Convene, exported "
                + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "." + analysis + more;
    }

    private static long unanalysed(ExportGraph graph) {
        java.util.Set<Object> tied = new java.util.HashSet<>();
        for (Map<String, Object> e : graph.edges()) {
            tied.add(e.get(ExportGraph.SOURCE));
            tied.add(e.get(ExportGraph.TARGET));
        }
        return graph.nodes().stream().filter(n -> n.get("community") == null && tied.contains(n.get(ExportGraph.ID))).count();
    }

    /**
     * Part of the graph, as a view shows it: these accounts ("platform:id") with every column, and these
     * edges (maps with {@code source}, {@code target} and any of the edge columns). CSV comes as a zip of
     * accounts.csv, interactions.csv and about-this-export.txt.
     *
     * @param filters how the view chose them, in words for the file's description (e.g. its address's query)
     */
    public void writeSubgraph(ExportFormat format, Collection<String> accountKeys, List<Map<String, Object>> edges,
                              String filters, java.io.OutputStream out) throws IOException {
        List<Map<String, Object>> keys = accountKeys.stream().map(k -> {
            int colon = k.indexOf(':');
            return Map.<String, Object>of("platform", k.substring(0, colon), "id", k.substring(colon + 1));
        }).toList();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Record r : db.read(ACCOUNTS_OF, Map.of("keys", keys))) nodes.add(node(r, NODE_COLUMNS, null));
        ExportGraph graph = new ExportGraph(NODE_COLUMNS, nodes, UNTIMED_EDGE_COLUMNS, edges).normalised();
        String description = description(SUBGRAPH + " Filters: " + filters + ".");
        switch (format) {
            case GEXF -> GexfWriter.write(graph, description, out);
            case GRAPHML -> GraphMlWriter.write(graph, description, out);
            case CSV -> zipCsv(graph, description, out);
        }
    }

    private static void zipCsv(ExportGraph graph, String description, java.io.OutputStream out) throws IOException {
        Path dir = Files.createTempDirectory("convene-export-");
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (Path file : CsvExport.write(graph, description, dir)) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static Map<String, Object> node(Record r, List<Column> nodeColumns, Pseudonymiser pseudonyms) {
        Map<String, Object> node = new LinkedHashMap<>();
        String key = r.get("platform").asString() + ":" + r.get("id").asString();
        node.put(ExportGraph.ID, pseudonyms == null ? key : pseudonyms.pseudonym(key));
        for (Column c : nodeColumns) {
            Object v = ValueFormat.plain(r.get(c.name()));
            if (v != null) node.put(c.name(), v);
        }
        if (pseudonyms != null) {
            node.put("handle", node.get(ExportGraph.ID));
            if (node.get("followers") instanceof Number n) node.put("followers", band(n.longValue()));
        }
        return node;
    }

    /**
     * A follower count rounded down to a power of ten (3,892 becomes 1,000): enough to tell a big account from a
     * small one, too coarse to look the person up by their exact count.
     */
    static long band(long followers) {
        if (followers < 1) return 0;
        long band = 1;
        while (band <= followers / 10) band *= 10;
        return band;
    }

    ExportGraph read(Pseudonymiser pseudonyms) {
        List<Column> nodeColumns = pseudonyms == null ? NODE_COLUMNS
                : NODE_COLUMNS.stream().filter(c -> !IDENTIFYING.contains(c.name())).toList();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Record r : db.read(ACCOUNTS)) nodes.add(node(r, nodeColumns, pseudonyms));
        List<Column> edgeColumns = pseudonyms == null ? EDGE_COLUMNS : UNTIMED_EDGE_COLUMNS;
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Record r : db.read(INTERACTIONS)) {
            Map<String, Object> edge = new LinkedHashMap<>();
            String source = r.get("sourcePlatform").asString() + ":" + r.get("source").asString();
            String target = r.get("targetPlatform").asString() + ":" + r.get("target").asString();
            edge.put(ExportGraph.SOURCE, pseudonyms == null ? source : pseudonyms.pseudonym(source));
            edge.put(ExportGraph.TARGET, pseudonyms == null ? target : pseudonyms.pseudonym(target));
            for (Column c : edgeColumns) {
                Object v = ValueFormat.plain(r.get(c.name()));
                if (v != null) edge.put(c.name(), v);
            }
            edges.add(edge);
        }
        if (pseudonyms != null) {
            // rows come in order of the real ids (handles, in the demo): in that order anyone with the list of a
            // chat's participants could undo the pseudonyms, so they are sorted by pseudonym instead
            nodes.sort(Comparator.comparing(n -> (String) n.get(ExportGraph.ID)));
            edges.sort(Comparator.<Map<String, Object>, String>comparing(e -> (String) e.get(ExportGraph.SOURCE))
                    .thenComparing(e -> (String) e.get(ExportGraph.TARGET)));
        }
        return new ExportGraph(nodeColumns, nodes, edgeColumns, edges);
    }

    private interface XmlWork {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static Path write(Path out, XmlWork work) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (var stream = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
            work.write(stream);
        }
        return out;
    }
}
