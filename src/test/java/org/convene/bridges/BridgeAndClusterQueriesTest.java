package org.convene.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.convene.analysis.AnalysedFixtureTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Clusters and Bridges views' queries on the analysed fixture graph: five nurses, a board, and one bridge. */
class BridgeAndClusterQueriesTest extends AnalysedFixtureTestBase {

    @Override
    protected void beforeBuilding() {
        assertThat(clusters.state().analysed()).as("no analysis before the fixture's").isFalse();
    }

    private static final String INJECTION = "x'}) DETACH DELETE n //";

    @Autowired ClusterQueries clusters;
    @Autowired BridgeQueries bridges;

    private long clusterOf(String id) {
        return db.readLong("MATCH (:Account {platform: 'fixture', id: $id})-[:IN_CLUSTER]->(c) RETURN c.id", Map.of("id", id));
    }

    private long nodes() {
        return db.readLong("MATCH (n) RETURN count(n)", Map.of());
    }

    @Test
    void everyClusterIsListedWithItsRoleMixLabelAndLinks() {
        assertThat(clusters.state().clusters()).isEqualTo(db.readLong("MATCH (c:Cluster) RETURN count(c)", Map.of()));
        assertThat(clusters.state().analysed()).isTrue();
        assertThat(clusters.state().correctedSince()).isZero();
        // a correction after the analysis: the page says the stored role mix does not count it yet
        db.write("CREATE (:RoleCorrection {platform: 'fixture', id: 'e1', roles: ['nurse'], at: datetime() + duration('PT1S')})");
        try {
            assertThat(clusters.state().correctedSince()).isEqualTo(1);
        } finally {
            db.write("MATCH (c:RoleCorrection {platform: 'fixture', id: 'e1'}) DELETE c");
        }
        List<ClusterSummary> all = clusters.clusters(0, null, null, ClusterQueries.Sort.SIZE, 0, 100);
        assertThat(all).hasSize((int) clusters.state().clusters()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all).extracting(ClusterSummary::size).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        ClusterSummary board = clusters.cluster(clusterOf("e1")).orElseThrow();
        assertThat(board.mix()).contains(new ClusterSummary.RoleCount("executive", 3),
                new ClusterSummary.RoleCount("commissioner", 1), new ClusterSummary.RoleCount("patient", 1));
        assertThat(board.mainRole()).isEqualTo("executive");
        assertThat(board.label()).contains("#fixboard");
        assertThat(board.labelReason()).contains("fixboard");
        assertThat(board.topHashtags()).contains("fixboard");
        assertThat(board.topAccounts()).isNotEmpty();
        // the board spans executives, commissioners and patients: a bridging cluster, and it says why
        assertThat(board.isBridging()).isTrue();
        assertThat(board.bridgingReasons().getFirst()).contains("commissioner", "executive", "patient");
        ClusterSummary nurses = clusters.cluster(clusterOf("n2")).orElseThrow();
        assertThat(nurses.mainRole()).isEqualTo("nurse");
        assertThat(nurses.isBridging()).isFalse();
        assertThat(nurses.links()).extracting(ClusterSummary.Link::id).contains(board.id());
        assertThat(nurses.links().stream().filter(l -> l.id() == board.id()).findFirst().orElseThrow().accounts())
                .contains("bridge");
    }

    @Test
    void filtersAndSortsTheClusters() {
        long board = clusterOf("e1");
        assertThat(clusters.clusters(0, "commissioner", null, ClusterQueries.Sort.SIZE, 0, 100))
                .extracting(ClusterSummary::id).containsExactly(board);
        assertThat(clusters.clusters(0, "COMMISSIONER ", null, ClusterQueries.Sort.SIZE, 0, 100)).hasSize(1);
        assertThat(clusters.clusters(1_000, null, null, ClusterQueries.Sort.SIZE, 0, 100)).isEmpty();
        assertThat(clusters.clusters(0, null, null, ClusterQueries.Sort.BRIDGING, 0, 100).getFirst().id()).isEqualTo(board);
        assertThat(clusters.clusters(0, null, null, ClusterQueries.Sort.DENSITY, 0, 1)).hasSize(1);
        assertThat(ClusterQueries.Sort.of("links")).isEqualTo(ClusterQueries.Sort.LINKS);
        assertThat(ClusterQueries.Sort.of("nonsense")).isEqualTo(ClusterQueries.Sort.SIZE);
        assertThat(clusters.cluster(987_654)).isEmpty();
    }

    @Test
    void pagesCountsAndSearchesTheClusters() {
        long board = clusterOf("e1");
        List<ClusterSummary> all = clusters.clusters(0, null, null, ClusterQueries.Sort.SIZE, 0, 100);
        assertThat(clusters.count(0, null, null)).isEqualTo(all.size());
        // pages in order, with nothing lost or repeated between them
        List<ClusterSummary> first = clusters.clusters(0, null, null, ClusterQueries.Sort.SIZE, 0, 1);
        List<ClusterSummary> rest = clusters.clusters(0, null, null, ClusterQueries.Sort.SIZE, 1, 100);
        assertThat(first).extracting(ClusterSummary::id).containsExactly(all.getFirst().id());
        assertThat(rest).extracting(ClusterSummary::id)
                .containsExactlyElementsOf(all.subList(1, all.size()).stream().map(ClusterSummary::id).toList());
        assertThat(clusters.clusters(0, null, null, ClusterQueries.Sort.SIZE, all.size(), 10)).isEmpty();
        // with the people of a chat: the clusters with a member who posted with its hashtag, and no others
        List<Long> withChat = clusters.clusters(0, null, null, "#FixChat", ClusterQueries.Sort.SIZE, 0, 100).stream()
                .map(ClusterSummary::id).toList();
        assertThat(withChat).isNotEmpty().containsExactlyInAnyOrderElementsOf(db.read("""
                MATCH (c:Cluster) WHERE EXISTS { (c)<-[:IN_CLUSTER]-(:Account)-[:POSTED]->(:Post)-[:TAGGED]->(:Hashtag {tag: 'fixchat'}) }
                RETURN c.id AS id""").stream().map(r -> r.get("id").asLong()).toList());
        assertThat(clusters.count(0, null, null, "fixchat")).isEqualTo(withChat.size());
        assertThat(clusters.count(0, null, null, "nosuchchat")).isZero();
        // the board is found by its hashtag (any case, # optional) and by a top account
        assertThat(clusters.clusters(0, null, "#FixBoard", ClusterQueries.Sort.SIZE, 0, 10))
                .extracting(ClusterSummary::id).contains(board);
        assertThat(clusters.count(0, null, "fixboard")).isPositive();
        String account = clusters.cluster(board).orElseThrow().topAccounts().getFirst();
        assertThat(clusters.clusters(0, null, "@" + account.toUpperCase(), ClusterQueries.Sort.LINKS, 0, 10))
                .extracting(ClusterSummary::id).contains(board);
        // "@" names one account, whole: a part of its handle finds nothing, though without "@" it is looked for as text
        String part = account.substring(0, account.length() - 1);
        assertThat(clusters.count(0, null, "@" + part)).isZero();
        assertThat(clusters.clusters(0, null, part, ClusterQueries.Sort.SIZE, 0, 10)).extracting(ClusterSummary::id).contains(board);
        // and by any member's handle, top account or not (the board's top accounts and label are hidden for this)
        db.write("MATCH (c:Cluster {id: $id}) SET c.savedTop = c.topAccounts, c.topAccounts = [], c.savedLabel = c.label, "
                + "c.label = 'no names here'", Map.of("id", board));
        try {
            assertThat(clusters.clusters(0, null, "@" + account.toUpperCase(), ClusterQueries.Sort.SIZE, 0, 10))
                    .extracting(ClusterSummary::id).containsExactly(board);
            assertThat(clusters.count(0, null, "@" + account)).isOne();
        } finally {
            db.write("MATCH (c:Cluster {id: $id}) SET c.topAccounts = c.savedTop, c.label = c.savedLabel "
                    + "REMOVE c.savedTop, c.savedLabel", Map.of("id", board));
        }
        // and by its id, as the card shows it
        assertThat(clusters.clusters(0, null, Long.toString(board), ClusterQueries.Sort.SIZE, 0, 10))
                .extracting(ClusterSummary::id).containsExactly(board);
        assertThat(clusters.count(0, null, Long.toString(board))).isOne();
        assertThat(clusters.count(0, null, "no cluster is called this")).isZero();
        assertThat(clusters.count(0, null, "  ")).isEqualTo(all.size());
    }

    @Test
    void theBridgeLinksNursesToExecutivesWithEvidenceAndReasons() {
        List<RoleBridge> found = bridges.between("nurse", "Executive", 10);
        assertThat(found).extracting(RoleBridge::handle).containsExactly("bridge");
        RoleBridge b = found.getFirst();
        assertThat(b.paths()).isEqualTo(6);
        assertThat(b.sideA()).extracting(RoleBridge.Partner::handle).containsExactlyInAnyOrder("n1", "n2", "n3");
        assertThat(b.sideB()).extracting(RoleBridge.Partner::handle).containsExactlyInAnyOrder("e1", "e2");
        RoleBridge.Partner n1 = b.sideA().stream().filter(p -> p.handle().equals("n1")).findFirst().orElseThrow();
        assertThat(n1.weight()).isEqualTo(3);
        assertThat(n1.role()).isEqualTo("nurse"); // its primary role, for a card to say when it differs from the side's
        assertThat(n1.posts()).hasSize(3).allSatisfy(p -> assertThat(p.at()).isNotBlank());
        long brokerage = db.readLong("MATCH (a:Account {platform: 'fixture', id: 'bridge'}) RETURN a.brokerage", Map.of());
        assertThat(b.brokerage()).isEqualTo(brokerage).isPositive();
        assertThat(b.why("nurse", "executive")).contains("3 nurses", "2 executives", "6 nurse–executive pairs",
                "brokerage " + brokerage);
        // among a chat's people: the bridge posted in #fixchat
        assertThat(bridges.between("nurse", "executive", "#FixChat", 10)).extracting(RoleBridge::handle).containsExactly("bridge");
        assertThat(bridges.between("nurse", "executive", "nosuchchat", 10)).isEmpty();
    }

    @Test
    void clusterBridgesNameTheClustersAndTheAccountsBetweenThem() {
        List<ClusterBridge> found = bridges.clusterBridges("nurse", "executive", 10);
        assertThat(found).hasSize(1);
        ClusterBridge link = found.getFirst();
        assertThat(List.of(link.fromId(), link.toId())).containsExactlyInAnyOrder(clusterOf("n2"), clusterOf("e1"));
        assertThat(link.accounts()).contains("bridge");
        assertThat(link.weight()).isPositive();
        Map<String, Long> nurseSide = link.fromId() == clusterOf("n2") ? link.fromRoles() : link.toRoles();
        assertThat(nurseSide).containsEntry("nurse", 5L);
        assertThat(bridges.clusterBridges("nurse", "media", 10)).isEmpty();
    }

    @Test
    void injectionThroughRolesChangesNothingAndGetsAPlainMessage() {
        long before = nodes();
        assertThatThrownBy(() -> bridges.between(INJECTION, "executive", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown role").hasMessageContaining("nurse");
        assertThatThrownBy(() -> bridges.clusterBridges("nurse", INJECTION, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bridges.between("unknown", "nurse", 10)).hasMessageContaining("known role");
        // the cluster filter passes the text straight to the query, as a parameter: no cluster has that role
        assertThat(clusters.clusters(0, INJECTION, null, ClusterQueries.Sort.of(INJECTION), 0, 100)).isEmpty();
        // so does the search
        assertThat(clusters.clusters(0, null, INJECTION, ClusterQueries.Sort.SIZE, 0, 100)).isEmpty();
        assertThat(clusters.count(0, null, INJECTION)).isZero();
        assertThat(nodes()).isEqualTo(before);
        assertThat(db.readLong("MATCH (c:Cluster) RETURN count(c)", Map.of())).isPositive();
    }
}
