package org.convene.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scorer's parts on hand-made candidates: no database needed. */
class InviteRankerTest {

    private static final Instant LATEST = Instant.parse("2026-03-01T12:00:00Z");

    private static Candidate candidate(String handle, List<String> roles, int ties, Double pagerank,
                                       Set<Long> reach, Map<String, Double> tags, Instant lastOwn) {
        List<Candidate.Tie> t = new java.util.ArrayList<>();
        for (int i = 0; i < ties; i++) t.add(new Candidate.Tie("reg" + i, 1, 0));
        return new Candidate(handle, "test", handle, handle, null, null, roles, null, pagerank, 0, t, 0, reach, Map.of(),
                tags, lastOwn, null, null, 0, false, 0, null);
    }

    private static ChatProfile chat(List<Candidate> pool) {
        return new ChatProfile("demo", LATEST, 10, Map.of("nurse", 8L, "patient", 2L), Map.of(1L, 10L), Map.of(1L, "nurses"),
                Map.of("glutenfree", 0.5, "recipes", 0.1), RoleMix.balanced(), 14,
                pool.stream().mapToDouble(Candidate::closeness).max().orElse(0),
                true, pool.stream().mapToDouble(c -> c.influence(true)).max().orElse(0), 1.0, pool.size());
    }

    private static List<String> order(List<Candidate> pool, String signal) {
        Map<String, Double> w = new HashMap<>();
        SuggestSettings.DEFAULT_WEIGHTS.keySet().forEach(k -> w.put(k, 0.0));
        w.put(signal, 1.0);
        return new InviteRanker(w).rank(pool, chat(pool), 10).stream().map(Suggestion::handle).toList();
    }

    @Test
    void eachSignalOrdersByItsOwnEvidence() {
        var a = candidate("a", List.of("nurse"), 5, 0.2, Set.of(1L), Map.of(), LATEST.minusSeconds(86400 * 60));
        var b = candidate("b", List.of("executive"), 1, 3.0, Set.of(1L, 2L), Map.of("recipes", 1.0), LATEST.minusSeconds(86400 * 30));
        var c = candidate("c", List.of("unknown"), 2, 1.0, Set.of(1L, 2L, 3L), Map.of("glutenfree", 1.0), LATEST);
        List<Candidate> pool = List.of(a, b, c);
        assertThat(order(pool, "closeness")).containsExactly("a", "c", "b");
        assertThat(order(pool, "influence")).containsExactly("b", "c", "a");
        assertThat(order(pool, "roleGap").getFirst()).isEqualTo("b"); // no executive among nurses and patients
        assertThat(order(pool, "bridging")).containsExactly("c", "b", "a");
        assertThat(order(pool, "topical")).containsExactly("c", "b", "a");
        assertThat(order(pool, "activity")).containsExactly("c", "b", "a");
    }

    @Test
    void influenceIsAReasonForTheTopTenthOfALargePoolButOnlyTheFirstOfASmallOne() {
        List<Candidate> small = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) small.add(candidate("s" + i, List.of("unknown"), 1, (double) i, Set.of(), Map.of(), LATEST));
        ChatProfile few = profileWithTop(chat(small), 3.0);
        assertThat(new InfluenceSignal().reason(small.get(2), few)).isNull(); // second of four is no distinction
        assertThat(new InfluenceSignal().reason(small.get(3), few)).isEqualTo("the most influential of the 4 candidates (PageRank 4.00)");
        List<Candidate> large = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) large.add(candidate("l" + i, List.of("unknown"), 1, (double) i, Set.of(), Map.of(), LATEST));
        ChatProfile many = profileWithTop(chat(large), 36.0);
        assertThat(new InfluenceSignal().reason(large.get(36), many)).isEqualTo("among the 10% most influential of 40 candidates (PageRank 37.00)");
        assertThat(new InfluenceSignal().reason(large.get(30), many)).isNull();
    }

    private static ChatProfile profileWithTop(ChatProfile c, double top) {
        return new ChatProfile(c.tag(), c.latest(), c.regulars(), c.regularsByRole(), c.clusters(), c.clusterLabels(),
                c.tagShares(), c.mix(), c.halfLifeDays(), c.maxCloseness(), c.pageRank(), c.maxInfluence(), top, c.candidates());
    }

    @Test
    void stoppedCountsAPartDayAsADaySoItNeverReadsAsTheLimitItself() {
        java.time.Instant almost29 = LATEST.minusSeconds(86_400 * 28 + 3_600 * 23);
        assertThat(ActivitySignal.ago(almost29, LATEST, true)).isEqualTo("29 days before the chat's latest post");
        assertThat(ActivitySignal.ago(almost29, LATEST)).isEqualTo("28 days before the chat's latest post");
        assertThat(ActivitySignal.ago(LATEST.minusSeconds(86_400 * 30), LATEST, true)).startsWith("30 days");
    }

    @Test
    void aRetweetOrAQuoteIsNotAMentionInTheReasons() {
        java.util.function.Function<List<Candidate.Tie>, Candidate> with = InviteRankerTest::withTies;
        var retweetedOnly = with.apply(List.of(new Candidate.Tie("reg0", 2, 0, kinds(0, 0, 2))));
        var both = with.apply(List.of(new Candidate.Tie("reg0", 2, 0, kinds(0, 0, 2)),
                new Candidate.Tie("reg1", 3, 0, kinds(0, 0, 1)), new Candidate.Tie("reg2", 0, 1, kinds(0, 0, 0))));
        // reg0 replied and retweeted, reg1 only replied, reg2 quoted (and retweeted), reg3 only retweeted
        var all = with.apply(List.of(new Candidate.Tie("reg0", 3, 0, kinds(1, 0, 2)),
                new Candidate.Tie("reg1", 1, 0, kinds(1, 0, 0)), new Candidate.Tie("reg2", 2, 0, kinds(0, 1, 1)),
                new Candidate.Tie("reg3", 1, 0, kinds(0, 0, 1))));
        var mixed = with.apply(List.of(new Candidate.Tie("reg0", 1, 0, kinds(1, 0, 0)),
                new Candidate.Tie("reg1", 1, 0, kinds(0, 0, 0))));
        ChatProfile chat = chat(List.of(retweetedOnly, both, all, mixed));
        assertThat(new ClosenessSignal().reason(retweetedOnly, chat)).isEqualTo("retweeted by 1 #demo regular");
        assertThat(new ClosenessSignal().reason(both, chat)).isEqualTo("mentioned by 1 #demo regular and retweeted by 1 more");
        assertThat(new ClosenessSignal().reason(all, chat))
                .isEqualTo("replied to by 2 #demo regulars, quoted by 1 and retweeted by 1 more");
        assertThat(new ClosenessSignal().reason(mixed, chat)).isEqualTo("mentioned or replied to by 2 #demo regulars");
    }

    @Test
    void introducersAreRegularsInTouchWithTheAccountNotThoseWhoOnlyRetweetedIt() {
        java.util.function.Function<List<Candidate.Tie>, Candidate> with = InviteRankerTest::withTies;
        // a bot that retweeted it five times, a fan who mentioned it three times, one it addressed, one both ways
        var c = with.apply(List.of(new Candidate.Tie("bot", 5, 0, kinds(0, 0, 5)), new Candidate.Tie("fan", 3, 0),
                new Candidate.Tie("known", 0, 2), new Candidate.Tie("friend", 1, 1)));
        assertThat(Introducers.of(c)).extracting(Candidate.Tie::handle).containsExactly("friend", "known", "fan");
        assertThat(Introducers.reason(Introducers.of(c)))
                .isEqualTo("could introduce: @friend, @known, @fan (1 of them in touch with it both ways)");
        var fans = with.apply(List.of(new Candidate.Tie("fan", 3, 0), new Candidate.Tie("bot", 5, 0, kinds(0, 0, 5))));
        assertThat(Introducers.reason(Introducers.of(fans))).isEqualTo("could introduce: @fan (who addressed it; it has not answered)");
        var friends = with.apply(List.of(new Candidate.Tie("a", 1, 1), new Candidate.Tie("b", 2, 1)));
        assertThat(Introducers.reason(Introducers.of(friends))).isEqualTo("2 mutual contacts: @b, @a (who could introduce)");
        assertThat(Introducers.reason(Introducers.of(with.apply(List.of(new Candidate.Tie("bot", 5, 0, kinds(0, 0, 5))))))).isNull();
    }

    /** An account of unknown role tied to regulars by these ties and nothing else. */
    private static Candidate withTies(List<Candidate.Tie> ties) {
        return new Candidate("c", "test", "c", "c", null, null, List.of("unknown"), null, 1.0, 0, ties, 0, Set.of(), Map.of(),
                Map.of(), LATEST, null, null, 0, false, 0, null);
    }

    private static Candidate.Kinds kinds(double replies, double quotes, double retweets) {
        return new Candidate.Kinds(replies, quotes, retweets);
    }

    @Test
    void bridgingNamesOnlyClustersThatCanBeLookedUp() {
        var c = candidate("c", List.of("unknown"), 2, 1.0, Set.of(1L, 2L, 3L), Map.of(), LATEST);
        ChatProfile chat = chat(List.of(c));
        // 2 and 3 are under the size the analysis summarises: counted, never named by a number no page can find
        assertThat(new BridgingSignal().reason(c, chat)).isEqualTo("reaches 2 small groups of accounts no current regular is in");
        ChatProfile labelled = new ChatProfile(chat.tag(), chat.latest(), chat.regulars(), chat.regularsByRole(),
                chat.clusters(), Map.of(1L, "nurses", 2L, "bakers"), chat.tagShares(), chat.mix(), chat.halfLifeDays(),
                chat.maxCloseness(), chat.pageRank(), chat.maxInfluence(), chat.topInfluence(), chat.candidates());
        assertThat(new BridgingSignal().reason(c, labelled))
                .isEqualTo("bridges the 'nurses' and 'bakers' clusters, and 1 small group of accounts");
    }

    @Test
    void theRoleGapIsMeasuredAgainstTheWantedMix() {
        RoleMix balanced = RoleMix.balanced();
        Map<String, Long> regulars = Map.of("nurse", 8L, "patient", 2L, "unknown", 30L);
        assertThat(balanced.gap("executive", regulars)).isEqualTo(1.0);
        assertThat(balanced.gap("nurse", regulars)).isZero();        // 80% against a wanted 8%
        assertThat(balanced.gap("comms", regulars)).isZero();        // not wanted by default
        assertThat(balanced.gap("patient", regulars)).isZero();      // 20% against a wanted 11%
        assertThat(RoleMix.of(List.of("patient", "carer")).gap("patient", regulars)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void reasonsNameWhoCouldIntroduceAndTheStrongestSignalsFirst() {
        var a = candidate("a", List.of("executive"), 5, 0.2, Set.of(1L), Map.of(), null);
        Suggestion s = new InviteRanker(SuggestSettings.DEFAULT_WEIGHTS).rank(List.of(a), chat(List.of(a)), 1).getFirst();
        assertThat(s.reasons().getFirst()).isEqualTo("executive");
        assertThat(s.reasons().get(1)).isEqualTo("mentioned by 5 #demo regulars"); // closeness carries most weight
        assertThat(s.reasons().getLast()).isEqualTo("could introduce: @reg0, @reg1, @reg2 and 2 more (who addressed it; it has not answered them)");
    }

    @Test
    void aliasesMapToRoleKeys() {
        assertThat(Roles.parseAll(List.of("CEO,gp", "chief-executive", "Board"))).containsExactly("executive", "doctor");
        assertThat(Roles.parse("ICB")).isEqualTo("commissioner");
    }

    @Test
    void weightsTakeSpringKeysAndRefuseUnknownOnes() {
        var settings = new SuggestSettings(Map.of("role-gap", 0.5, "closeness", 0.0), null, null, null);
        assertThat(settings.weights()).containsEntry("roleGap", 0.5).containsEntry("closeness", 0.0)
                .containsEntry("influence", 0.15);
        assertThat(settings.lapsedDays()).isEqualTo(28);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SuggestSettings(Map.of("charm", 1.0), null, null, null))
                .hasMessageContaining("Unknown suggestion weight 'charm'");
    }
}
