package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The computations that need no database: brokerage, top words, cluster labels, bridging score. */
class PureAnalysisTest {

    private static void tie(Map<String, Map<String, String>> partners, String a, String roleA, String b, String roleB) {
        partners.computeIfAbsent(a, k -> new HashMap<>()).put(b, roleB);
        partners.computeIfAbsent(b, k -> new HashMap<>()).put(a, roleA);
    }

    @Test
    void brokerageCountsOnlyOpenPairsAcrossRoles() {
        Map<String, Map<String, String>> partners = new HashMap<>();
        // x (a nurse) talks to two nurses and two executives; nurse n1 also talks to executive e1
        for (String n : List.of("n1", "n2")) tie(partners, "x", "nurse", n, "nurse");
        for (String e : List.of("e1", "e2")) tie(partners, "x", "nurse", e, "executive");
        tie(partners, "n1", "nurse", "e1", "executive");
        var x = RoleBrokerage.score(partners).get("x");
        assertThat(x.known()).isEqualTo(4);
        assertThat(x.brokerage()).isEqualTo(2 * 2 - 1); // four nurse-executive pairs, one of them closed
        assertThat(x.diversity()).isEqualTo(0.5);
        assertThat(RoleBrokerage.score(partners).get("n2").brokerage()).isZero(); // one partner only
    }

    @Test
    void topWordsSkipStopWordsLinksHandlesAndHashtagsAndPreferWordsTypicalOfTheCluster() {
        assertThat(TopWords.words("RT @nhs: Safe staffing on the ward https://t.co/x #wenurses it's"))
                .containsExactly("safe", "staffing", "ward");
        Map<Long, List<String>> texts = Map.of(
                1L, List.of("ward staffing today", "ward staffing again", "chat tonight", "chat later"),
                2L, List.of("board budget", "board budget", "chat tonight", "chat soon"));
        var top = TopWords.top(texts, 2);
        assertThat(top.get(1L)).containsExactly("staffing", "ward");
        assertThat(top.get(2L)).containsExactly("board", "budget");
    }

    @Test
    void labelsSayWhereEachPartCameFrom() {
        var label = ClusterLabels.label(4, List.of(new ClusterLabels.Tag("nhssm", 40, 400, false, 20),
                        new ClusterLabels.Tag("wenurses", 12, 15, false, 5)),
                List.of("unknown", "nurse", "doctor"), List.of(10L, 6L, 2L), 18, "WardSister");
        assertThat(label.text()).isEqualTo("#wenurses · nurses · @WardSister");
        assertThat(label.reason()).contains("12 of its 15 uses", "6 of 18 members", "highest PageRank");
        assertThat(ClusterLabels.label(9, List.of(), List.of("unknown"), List.of(3L), 3, null).text()).isEqualTo("cluster 9");
        // an edge list's account has no handle: its key, not "@88" which reads as someone's handle
        assertThat(ClusterLabels.label(6, List.of(), List.of("unknown"), List.of(3L), 3, "twitter:88").text()).isEqualTo("twitter:88");
        // a followed chat's own tag names no cluster: the next most typical one does
        var inChat = ClusterLabels.label(5, List.of(new ClusterLabels.Tag("celiac", 300, 400, true, 9),
                new ClusterLabels.Tag("glutenfree", 30, 90, false, 6)), List.of("patient"), List.of(4L), 9, null);
        assertThat(inChat.text()).isEqualTo("#glutenfree · patients");
        // one member's own tag, or a common word, does not name 200 people; nor does a role a fifth of them hold
        var mixed = ClusterLabels.label(6, List.of(new ClusterLabels.Tag("glutenfree", 40, 400, false, 25),
                        new ClusterLabels.Tag("mycatsdiary", 6, 6, false, 1), new ClusterLabels.Tag("you", 3, 3, false, 3)),
                List.of("unknown", "nurse", "organisation", "media", "patient"), List.of(120L, 28L, 26L, 24L, 22L), 220,
                "Host");
        assertThat(mixed.text()).isEqualTo("#glutenfree · @Host");
        assertThat(mixed.reason()).contains("(25 of them)", "no role named: the most common known one, nurses, "
                + "is 28 of the 100 members of known role");
    }

    @Test
    void bridgingRewardsSpanningTheKeyGroups() {
        Map<String, Object> all = new HashMap<>();
        ClusterSummaries.putBridging(all, List.of("nurse", "executive", "patient", "commissioner", "unknown"),
                List.of(2L, 2L, 2L, 2L, 9L), AnalysisOptions.BRIDGE_ROLES);
        assertThat(all.get("spans")).isEqualTo(List.of("commissioner", "executive", "nurse", "patient"));
        assertThat((double) all.get("bridging")).isEqualTo(0.75);
        Map<String, Object> nurses = new HashMap<>();
        ClusterSummaries.putBridging(nurses, List.of("nurse"), List.of(5L), AnalysisOptions.BRIDGE_ROLES);
        assertThat((double) nurses.get("bridging")).isZero();
        // one nurse among 40 members is no bridge to nurses; two are, and one is in a cluster of ten
        Map<String, Object> big = new HashMap<>();
        ClusterSummaries.putBridging(big, List.of("patient", "nurse", "unknown"), List.of(9L, 1L, 30L), AnalysisOptions.BRIDGE_ROLES);
        assertThat(big.get("spans")).isEqualTo(List.of("patient"));
        Map<String, Object> two = new HashMap<>();
        ClusterSummaries.putBridging(two, List.of("patient", "nurse", "unknown"), List.of(9L, 2L, 30L), AnalysisOptions.BRIDGE_ROLES);
        assertThat(two.get("spans")).isEqualTo(List.of("nurse", "patient"));
        Map<String, Object> small = new HashMap<>();
        ClusterSummaries.putBridging(small, List.of("patient", "nurse", "unknown"), List.of(4L, 1L, 5L), AnalysisOptions.BRIDGE_ROLES);
        assertThat(small.get("spans")).isEqualTo(List.of("nurse", "patient"));
    }
}
