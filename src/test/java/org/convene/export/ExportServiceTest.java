package org.convene.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exports of a small graph, read back with a standard XML parser and Commons CSV. */
class ExportServiceTest extends GraphTestBase {

    @Autowired GraphDb db;
    @Autowired ExportService export;
    @TempDir Path dir;

    @BeforeEach
    void graph() {
        clean();
        db.write("""
                CREATE (a:Account {platform: 'exportfix', id: '1', handle: 'WardSister', handleLower: 'wardsister',
                                   name: 'Jo Bloggs', bio: 'Ward sister & <proud> nurse\u0001', primaryRole: 'nurse',
                                   roles: ['nurse', 'researcher'], community: 7, pagerank: 1.5, brokerage: 2})
                CREATE (b:Account {platform: 'exportfix', id: '2', handle: 'TrustCEO', handleLower: 'trustceo',
                                   name: 'Sam Chief', bio: 'Chief executive'})
                CREATE (a)-[:INTERACTS {replies: 1, mentions: 2, retweets: 0, quotes: 0, weight: 3,
                                        first: datetime('2014-06-08T20:01:00Z'), last: datetime('2014-06-15T20:30:00Z')}]->(b)""");
    }

    @AfterEach
    void clean() {
        db.write("MATCH (a:Account {platform: 'exportfix'}) DETACH DELETE a");
    }

    private static Document xml(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element byId(Document doc, String tag, String id) {
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("id").equals(id)) return e;
        }
        throw new AssertionError("no " + tag + " " + id);
    }

    @Test
    void gexfHasAccountsScoresAndWeightedEdges() throws Exception {
        Path file = dir.resolve("graph.gexf");
        var summary = export.export(ExportFormat.GEXF, file, false, null);
        assertThat(summary.accounts()).isGreaterThanOrEqualTo(2);
        Document doc = xml(file);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(GexfWriter.NS);
        Element nurse = byId(doc, "node", "exportfix:1");
        assertThat(nurse.getAttribute("label")).isEqualTo("WardSister");
        String values = nurse.getTextContent() + attributes(nurse);
        assertThat(values).contains("community=7", "pagerank=1.5", "roles=nurse;researcher",
                "bio=Ward sister & <proud> nurse");
        Element edge = (Element) doc.getElementsByTagName("edge").item(0);
        assertThat(edge.getAttribute("weight")).isEqualTo("3.0");
    }

    private static String attributes(Element node) {
        StringBuilder b = new StringBuilder();
        NodeList values = node.getElementsByTagName("attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            b.append(' ').append(v.getAttribute("for")).append('=').append(v.getAttribute("value"));
        }
        return b.toString();
    }

    @Test
    void aFileSaysWhichAnalysisMadeItsScores() throws Exception {
        db.write("CREATE (:AnalysisRun {at: datetime('2099-01-02T03:04:05Z'), seed: 42, resolution: 1.0, modularity: 0.789})");
        try {
            export.export(ExportFormat.GEXF, dir.resolve("p.gexf"), false, null);
            export.export(ExportFormat.GRAPHML, dir.resolve("p.graphml"), true, null);
            String gexf = xml(dir.resolve("p.gexf")).getElementsByTagName("description").item(0).getTextContent();
            assertThat(gexf).contains("the analysis of 2099-01-02T03:04:05Z (Leiden, seed 42, resolution 1.0; modularity 0.7890)")
                    .contains("exported 20").doesNotContain("Pseudonymised");
            String graphml = xml(dir.resolve("p.graphml")).getElementsByTagName("desc").item(0).getTextContent();
            assertThat(graphml).contains("seed 42").contains("Pseudonymised: ids and handles are salted hashes");
        } finally {
            db.write("MATCH (r:AnalysisRun) WHERE r.at = datetime('2099-01-02T03:04:05Z') DELETE r");
        }
    }

    @Test
    void graphmlDeclaresItsKeysAndUsesThem() throws Exception {
        Path file = dir.resolve("graph.graphml");
        export.export(ExportFormat.GRAPHML, file, false, null);
        Document doc = xml(file);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(GraphMlWriter.NS);
        List<String> keys = new ArrayList<>();
        NodeList keyNodes = doc.getElementsByTagName("key");
        for (int i = 0; i < keyNodes.getLength(); i++) keys.add(((Element) keyNodes.item(i)).getAttribute("id"));
        NodeList data = doc.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
        assertThat(byId(doc, "node", "exportfix:2").getTextContent()).contains("TrustCEO", "Chief executive");
    }

    @Test
    void wholeNumbersStoredAsFloatsAreWrittenAsTheLongsTheyAreDeclared() throws Exception {
        // an edge list stores its weights as floats: 3.0 must read as 3 where the column says long (networkx
        // refuses '3.0'), and a column holding a fraction is declared double instead
        db.write("MATCH (:Account {platform: 'exportfix', id: '1'})-[i:INTERACTS]->() SET i.replies = 3.0, i.weight = 2.5");
        Path file = dir.resolve("floats.graphml");
        export.export(ExportFormat.GRAPHML, file, false, null);
        Document doc = xml(file);
        Map<String, String> types = new java.util.HashMap<>();
        NodeList keyNodes = doc.getElementsByTagName("key");
        for (int i = 0; i < keyNodes.getLength(); i++) {
            Element k = (Element) keyNodes.item(i);
            types.put(k.getAttribute("id"), k.getAttribute("attr.type"));
        }
        NodeList data = doc.getElementsByTagName("data");
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (types.get(d.getAttribute("key")).equals("long")) {
                assertThat(Long.parseLong(d.getTextContent())).isNotNull();
                checked.add(d.getAttribute("key"));
            }
        }
        assertThat(checked).anyMatch(k -> k.contains("replies"));
        assertThat(types.entrySet()).anyMatch(e -> e.getKey().contains("weight") && e.getValue().equals("double"));
    }

    @Test
    void csvWritesAccountsAndInteractions() throws Exception {
        var summary = export.export(ExportFormat.CSV, dir.resolve("csv"), false, null);
        assertThat(summary.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("accounts.csv", "interactions.csv", "about-this-export.txt");
        // what GEXF and GraphML say in their description, CSV says beside the tables
        assertThat(Files.readString(dir.resolve("csv/about-this-export.txt")))
                .startsWith("Accounts and their interactions from Convene, exported ").contains("accounts.csv: ");
        List<CSVRecord> edges = read(dir.resolve("csv/interactions.csv"));
        assertThat(edges).anySatisfy(r -> {
            assertThat(r.get("source")).isEqualTo("exportfix:1");
            assertThat(r.get("target")).isEqualTo("exportfix:2");
            assertThat(r.get("mentions")).isEqualTo("2");
            assertThat(r.get("first")).isEqualTo("2014-06-08T20:01:00Z"); // times, for a network over time
            assertThat(r.get("last")).isEqualTo("2014-06-15T20:30:00Z");
        });
        List<CSVRecord> accounts = read(dir.resolve("csv/accounts.csv"));
        // the display name is displayName: igraph takes a "name" for the vertex's own name
        assertThat(accounts.getFirst().toMap()).containsEntry("displayName", "Jo Bloggs").doesNotContainKey("name");
        // missing means 0 for an analysed account (community set), and stays empty for one never analysed
        CSVRecord analysed = accounts.stream().filter(r -> r.get("id").equals("exportfix:1")).findFirst().orElseThrow();
        assertThat(analysed.get("brokerage")).isEqualTo("2");
        assertThat(analysed.get("clusterReach")).isEqualTo("0");
        assertThat(analysed.get("knownRoleNeighbours")).isEqualTo("0");
        CSVRecord never = accounts.stream().filter(r -> r.get("id").equals("exportfix:2")).findFirst().orElseThrow();
        assertThat(never.get("clusterReach")).isEmpty();
    }

    @Test
    void pseudonymisedExportsKeepTheStructureButNoNamesHandlesOrBios() throws Exception {
        export.export(ExportFormat.CSV, dir.resolve("a"), true, "a salt of twenty chars");
        export.export(ExportFormat.CSV, dir.resolve("b"), true, "a salt of twenty chars");
        export.export(ExportFormat.GEXF, dir.resolve("c.gexf"), true, null);
        String all = Files.readString(dir.resolve("a/accounts.csv")) + Files.readString(dir.resolve("a/interactions.csv"))
                + Files.readString(dir.resolve("c.gexf"));
        assertThat(all).doesNotContainIgnoringCase("wardsister").doesNotContainIgnoringCase("trustceo")
                .doesNotContain("Jo Bloggs").doesNotContain("Ward sister").doesNotContain("exportfix:");
        List<CSVRecord> accounts = read(dir.resolve("a/accounts.csv"));
        assertThat(accounts.getFirst().toMap()).doesNotContainKeys("displayName", "name", "bio", "cluster").containsKey("primaryRole");
        assertThat(Files.readString(dir.resolve("a/about-this-export.txt"))).contains("Pseudonymised: ");
        assertThat(read(dir.resolve("a/interactions.csv")).getFirst().toMap()).as("times would find the posts again")
                .doesNotContainKeys("first", "last").containsKey("mentions");
        // the same salt gives the same pseudonyms, and edges point at the pseudonymised accounts
        assertThat(Files.readString(dir.resolve("b/accounts.csv"))).isEqualTo(Files.readString(dir.resolve("a/accounts.csv")));
        var ids = accounts.stream().map(r -> r.get("id")).toList();
        assertThat(read(dir.resolve("a/interactions.csv"))).allSatisfy(r -> assertThat(ids).contains(r.get("source"), r.get("target")));
        assertThat(ids).allMatch(id -> id.matches("u[0-9a-f]{16}"));
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
