package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.analysis.AnalysedFixtureTestBase;
import org.convene.export.ExportFormat;
import org.convene.export.ExportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Network view's selections on the analysed fixture graph: filters, the cap, expansion, details, injection. */
class NetworkServiceTest extends AnalysedFixtureTestBase {

    static final String INJECTION = "x'}) DETACH DELETE n //";

    @Autowired NetworkService network;
    @Autowired ExportService export;

    private long count(String cypher) {
        return db.read(cypher).getFirst().get(0).asLong();
    }

    private static Set<String> handles(Selection s) {
        return Set.copyOf(s.accounts().stream().map(Selection.Account::handle).toList());
    }

    @Test
    void withoutFiltersEveryInteractingAccountAndTieIsSelected() {
        Selection s = network.select(NetworkFilter.all(), 1000);
        assertThat(s.accounts()).hasSize((int) count("""
                MATCH (a:Account)-[:INTERACTS]-(:Account) RETURN count(DISTINCT a)"""));
        assertThat(s.ties()).hasSize((int) count("MATCH ()-[i:INTERACTS]->() RETURN count(i)"));
        assertThat(s.capped()).isFalse();
        assertThat(s.accounts()).allSatisfy(a -> assertThat(a.pagerank()).isPositive());
        assertThat(s.accounts()).filteredOn(a -> a.handle().equals("n1")).singleElement()
                .satisfies(a -> assertThat(a.role()).isEqualTo("nurse"));
    }

    @Test
    void aRoleKeepsTiesBetweenTwoAccountsOfThatRole() {
        Selection s = network.select(new NetworkFilter(null, null, null, "nurse", null, 0, null), 1000);
        assertThat(handles(s)).containsExactlyInAnyOrder("n1", "n2", "n3", "n4", "n5");
        assertThat(s.ties()).hasSize((int) count("""
                MATCH (a:Account {primaryRole: 'nurse'})-[i:INTERACTS]->(b:Account {primaryRole: 'nurse'})
                RETURN count(i)"""));

        // with their contacts: every tie with a nurse at either end, and the accounts at the other ends
        Selection contacts = network.select(new NetworkFilter(null, null, null, "nurse", null, 0, null, true), 1000);
        assertThat(contacts.ties()).hasSize((int) count("""
                MATCH (a:Account)-[i:INTERACTS]->(b:Account) WHERE a.primaryRole = 'nurse' OR b.primaryRole = 'nurse'
                RETURN count(i)"""));
        assertThat(contacts.ties().size()).isGreaterThan(s.ties().size());
        assertThat(handles(contacts)).containsAll(handles(s));
        assertThat(contacts.accounts()).hasSizeGreaterThan(s.accounts().size());
    }

    @Test
    void aChatAndAPeriodCountOnlyThatChatsPostsInThatPeriod() {
        Selection chat = network.select(new NetworkFilter("#FixChat", null, null, null, null, 0, null), 1000);
        assertThat(handles(chat)).containsExactlyInAnyOrder("bridge", "n1", "n2", "n3", "e1", "e2");
        // week 2 only (the fixture starts on 6 January 2026; the second sitting is a week later)
        Selection week2 = network.select(new NetworkFilter("fixchat", LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 13),
                null, null, 0, null), 1000);
        assertThat(handles(week2)).containsExactlyInAnyOrder("bridge", "n1", "n3", "e1", "e2");
        Selection week1 = network.select(new NetworkFilter(null, null, LocalDate.of(2026, 1, 6), null, null, 0, null), 1000);
        assertThat(handles(week1)).containsExactlyInAnyOrder("bridge", "n1", "n2");
    }

    @Test
    void kindsAndMinimumWeightFilterTies() {
        // the fixture's posts are all mentions
        assertThat(network.select(new NetworkFilter(null, null, null, null, Set.of("reply", "retweet"), 0, null), 1000)
                .ties()).isEmpty();
        Selection strong = network.select(new NetworkFilter(null, null, null, null, Set.of("mention"), 2, null), 1000);
        assertThat(strong.ties()).isNotEmpty().allSatisfy(t -> assertThat(t.weight()).isGreaterThanOrEqualTo(2));
        assertThat(strong.ties()).hasSize((int) count("MATCH ()-[i:INTERACTS]->() WHERE i.mentions >= 2 RETURN count(i)"));
        assertThatThrownBy(() -> new NetworkFilter(null, null, null, null, Set.of("like"), 0, null))
                .hasMessageContaining("reply, mention, retweet, quote");
    }

    @Test
    void aClusterKeepsItsMembers() {
        long community = db.read("MATCH (a:Account {handle: 'n1'}) RETURN a.community").getFirst().get(0).asLong();
        Selection s = network.select(new NetworkFilter(null, null, null, null, null, 0, community), 1000);
        assertThat(handles(s)).contains("n1", "n2", "n3", "n4", "n5").doesNotContain("e1");
        assertThat(s.accounts()).allSatisfy(a -> assertThat(a.community()).isEqualTo(community));
    }

    @Test
    void theCapKeepsTheMostInfluentialAndSaysHowManyWereSelected() {
        Selection all = network.select(NetworkFilter.all(), 1000);
        Selection top = network.select(NetworkFilter.all(), 3);
        assertThat(top.accounts()).hasSize(3);
        assertThat(top.selected()).isEqualTo(all.accounts().size());
        assertThat(top.capped()).isTrue();
        double third = top.accounts().stream().mapToDouble(Selection.Account::pagerank).min().orElseThrow();
        assertThat(all.accounts()).filteredOn(a -> a.pagerank() > third).hasSizeLessThanOrEqualTo(3);
        Set<String> kept = Set.copyOf(top.accounts().stream().map(Selection.Account::key).toList());
        assertThat(top.ties()).allSatisfy(t -> assertThat(kept).contains(t.source(), t.target()));
    }

    @Test
    void expandingAddsAnAccountsPartnersWhateverTheirRole() {
        String bridge = network.findHandle("@BRIDGE").orElseThrow();
        Selection s = network.neighbours(bridge, new NetworkFilter(null, null, null, "nurse", null, 0, null));
        assertThat(handles(s)).containsExactlyInAnyOrder("bridge", "n1", "n2", "n3", "e1", "e2");
        assertThat(s.ties()).allSatisfy(t -> assertThat(List.of(t.source(), t.target())).contains(bridge));
        Selection week2 = network.neighbours(bridge, new NetworkFilter("fixchat", LocalDate.of(2026, 1, 13), null,
                null, null, 0, null));
        assertThat(handles(week2)).containsExactlyInAnyOrder("bridge", "n1", "n3", "e1", "e2");
    }

    @Test
    void detailsHoldProfileScoresPartnersByRoleAndPosts() {
        AccountDetails d = network.details(network.findHandle("bridge").orElseThrow()).orElseThrow();
        assertThat(d.bio()).isEqualTo("Head of communications");
        assertThat(d.pagerank()).isPositive();
        assertThat(d.betweenness()).isPositive();
        assertThat(d.neighbours()).anySatisfy(n -> {
            assertThat(n.role()).isEqualTo("nurse");
            assertThat(n.count()).isEqualTo(3);
        });
        assertThat(d.posts()).hasSize(5).first().satisfies(p -> assertThat(p.at()).isNotNull());
        assertThat(d.posts().get(0).at()).isAfterOrEqualTo(d.posts().get(4).at());
    }

    @Test
    void anAccountWithoutAHandleIsFoundByKeyOrIdAndListedAsANeighbour() {
        String bridge = network.findHandle("bridge").orElseThrow();
        db.write("MATCH (b:Account) WHERE b.platform + ':' + b.id = $bridge "
                + "CREATE (:Account {platform: 'twitter', id: 'nst-88'})-[:INTERACTS {weight: 1.0, mentions: 1}]->(b)",
                Map.of("bridge", bridge));
        try {
            assertThat(network.findHandle("twitter:nst-88")).hasValue("twitter:nst-88");
            assertThat(network.findHandle("nst-88")).hasValue("twitter:nst-88");
            assertThat(network.findHandle("mastodon:nst-88")).isEmpty();
            AccountDetails d = network.details(bridge).orElseThrow();
            assertThat(d.neighbours()).anySatisfy(n -> assertThat(n.handles()).contains("twitter:nst-88"));
        } finally {
            db.write("MATCH (a:Account {platform: 'twitter', id: 'nst-88'}) DETACH DELETE a");
        }
    }

    @Test
    void injectionThroughTheSearchAndFiltersChangesNothing() {
        long nodes = count("MATCH (n) RETURN count(n)");
        assertThat(network.findHandle(INJECTION)).isEmpty();
        Selection s = network.select(new NetworkFilter(INJECTION, null, null, INJECTION, null, 0, null), 1000);
        assertThat(s.accounts()).isEmpty();
        assertThatThrownBy(() -> network.details("fixture:" + INJECTION).orElseThrow())
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    }

    @Test
    void theSelectionExportsAsGexfAndCsv() throws Exception {
        Selection s = network.select(new NetworkFilter(null, null, null, "nurse", null, 0, null), 1000);
        var out = new ByteArrayOutputStream();
        List<Map<String, Object>> edges = s.ties().stream().map(t -> Map.<String, Object>of("source", t.source(),
                "target", t.target(), "weight", t.weight(), "mentions", t.mentions())).toList();
        export.writeSubgraph(ExportFormat.GEXF, s.accounts().stream().map(Selection.Account::key).toList(), edges,
                "role=nurse", out);
        String gexf = out.toString(StandardCharsets.UTF_8);
        assertThat(gexf).contains("The part drawn on the Network page").contains("Filters: role=nurse.");
        assertThat(gexf.split("<node ", -1)).hasSize(6);
        assertThat(gexf.split("<edge ", -1)).hasSize(s.ties().size() + 1);
        assertThat(gexf).contains("label=\"n1\"").doesNotContain("label=\"e1\"");

        var zipped = new ByteArrayOutputStream();
        export.writeSubgraph(ExportFormat.CSV, s.accounts().stream().map(Selection.Account::key).toList(), edges,
                "role=nurse", zipped);
        Map<String, String> files = new java.util.LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("accounts.csv", "interactions.csv", "about-this-export.txt");
        assertThat(files.get("about-this-export.txt")).contains("Filters: role=nurse.");
        assertThat(files.get("accounts.csv").lines()).hasSize(6);
    }
}
