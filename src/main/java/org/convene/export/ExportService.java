package org.convene.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    static final List<Column> NODE_COLUMNS = List.of(
            new Column("handle", Type.STRING), new Column("platform", Type.STRING), new Column("name", Type.STRING),
            new Column("bio", Type.STRING), new Column("followers", Type.LONG), new Column("primaryRole", Type.STRING),
            new Column("roles", Type.STRING), new Column("community", Type.LONG), new Column("cluster", Type.STRING),
            new Column("pagerank", Type.DOUBLE), new Column("betweenness", Type.DOUBLE),
            new Column("inMentions", Type.LONG), new Column("inReplies", Type.LONG),
            new Column("inRetweets", Type.LONG), new Column("inQuotes", Type.LONG),
            new Column("roleDiversity", Type.DOUBLE), new Column("brokerage", Type.LONG),
            new Column("clusterReach", Type.LONG));
    static final List<Column> EDGE_COLUMNS = List.of(
            new Column("weight", Type.DOUBLE), new Column("replies", Type.LONG), new Column("mentions", Type.LONG),
            new Column("retweets", Type.LONG), new Column("quotes", Type.LONG));
    /** What a pseudonymised export leaves out: free text that names or describes a person, and labels built from handles. */
    static final Set<String> IDENTIFYING = Set.of("name", "bio", "cluster");

    private final GraphDb db;

    public ExportService(GraphDb db) {
        this.db = db;
    }

    /** What was written. */
    public record Summary(long accounts, long interactions, List<Path> files) {}

    /**
     * @param out        the file to write (GEXF, GraphML), or the directory for accounts.csv and interactions.csv
     * @param pseudonymise replace ids and handles with salted hashes and leave out names, bios and cluster labels
     * @param salt       the salt for the hashes, or null for a random one
     */
    public Summary export(ExportFormat format, Path out, boolean pseudonymise, String salt) throws IOException {
        ExportGraph graph = read(pseudonymise ? new Pseudonymiser(salt) : null);
        List<Path> files = new ArrayList<>();
        switch (format) {
            case GEXF -> files.add(write(out, o -> GexfWriter.write(graph, o)));
            case GRAPHML -> files.add(write(out, o -> GraphMlWriter.write(graph, o)));
            case CSV -> files.addAll(CsvExport.write(graph, out));
        }
        return new Summary(graph.nodes().size(), graph.edges().size(), files);
    }

    ExportGraph read(Pseudonymiser pseudonyms) {
        List<Column> nodeColumns = pseudonyms == null ? NODE_COLUMNS
                : NODE_COLUMNS.stream().filter(c -> !IDENTIFYING.contains(c.name())).toList();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Record r : db.read(ACCOUNTS)) {
            Map<String, Object> node = new LinkedHashMap<>();
            String key = r.get("platform").asString() + ":" + r.get("id").asString();
            node.put(ExportGraph.ID, pseudonyms == null ? key : pseudonyms.pseudonym(key));
            for (Column c : nodeColumns) {
                Object v = ValueFormat.plain(r.get(c.name()));
                if (v != null) node.put(c.name(), v);
            }
            if (pseudonyms != null) node.put("handle", node.get(ExportGraph.ID));
            nodes.add(node);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Record r : db.read(INTERACTIONS)) {
            Map<String, Object> edge = new LinkedHashMap<>();
            String source = r.get("sourcePlatform").asString() + ":" + r.get("source").asString();
            String target = r.get("targetPlatform").asString() + ":" + r.get("target").asString();
            edge.put(ExportGraph.SOURCE, pseudonyms == null ? source : pseudonyms.pseudonym(source));
            edge.put(ExportGraph.TARGET, pseudonyms == null ? target : pseudonyms.pseudonym(target));
            for (Column c : EDGE_COLUMNS) {
                Object v = ValueFormat.plain(r.get(c.name()));
                if (v != null) edge.put(c.name(), v);
            }
            edges.add(edge);
        }
        return new ExportGraph(nodeColumns, nodes, EDGE_COLUMNS, edges);
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
