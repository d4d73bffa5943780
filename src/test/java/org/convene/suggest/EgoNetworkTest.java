package org.convene.suggest;

import org.convene.graph.AccountLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the My network and Invite pages read beyond the suggestions: the drawing, role mixes, handle search, chats. */
class EgoNetworkTest extends SuggestFixture {

    @Autowired EgoService ego;
    @Autowired AccountLookup accounts;
    @Autowired SuggestService suggest;

    private static final String HOSTILE = "x'}) MATCH (n) DETACH DELETE n //";

    @Test
    void theDrawingHoldsTheAccountItsContactsAndTheTiesAmongThem() {
        // fx_r1: out to fx_ceo (3) and fx_r2 (1), in from fx_topic (1); among them fx_r2 -> fx_ceo (2)
        EgoService.EgoNetwork n = ego.network("fixture", "r1", 50);
        assertThat(n.members()).extracting(EgoService.Member::handle)
                .containsExactly("fx_r1", "fx_ceo", "fx_r2", "fx_topic");
        assertThat(n.members().getFirst().centre()).isTrue();
        assertThat(n.members().get(1).weight()).isEqualTo(3.0);
        assertThat(n.members()).extracting(EgoService.Member::role).containsExactly("nurse", "executive", "nurse", "unknown");
        assertThat(n.links()).extracting(l -> l.source() + ">" + l.target() + ":" + (int) l.weight())
                .containsExactlyInAnyOrder("fixture:r1>fixture:ce:3", "fixture:r1>fixture:r2:1",
                        "fixture:ct>fixture:r1:1", "fixture:r2>fixture:ce:2");
    }

    @Test
    void theDrawingKeepsTheStrongestContactsWhenLimited() {
        EgoService.EgoNetwork n = ego.network("fixture", "r1", 1);
        assertThat(n.members()).extracting(EgoService.Member::handle).containsExactly("fx_r1", "fx_ceo");
        assertThat(n.links()).singleElement().satisfies(l -> assertThat(l.target()).isEqualTo("fixture:ce"));
    }

    @Test
    void anAccountWithoutTiesIsDrawnAlone() {
        db.write("CREATE (:Account {platform: 'fixture', id: 'alone', handle: 'fx_alone', handleLower: 'fx_alone'})");
        EgoService.EgoNetwork n = ego.network("fixture", "alone", 50);
        assertThat(n.members()).singleElement().satisfies(m -> assertThat(m.centre()).isTrue());
        assertThat(n.links()).isEmpty();
    }

    @Test
    void rolesLackingAreThoseOfTheChatsMixNoDirectContactHolds() {
        Map<String, Long> chatMix = ego.roleMix("#fxchat");
        // posters of #fxchat: r1, r2 (nurse), r3 (doctor), r4 (patient), fx_lapsed (unknown)
        assertThat(chatMix).containsExactlyInAnyOrderEntriesOf(Map.of("nurse", 2L, "doctor", 1L, "patient", 1L, "unknown", 1L));
        // contacts: nurse, executive (and doctor: a second role counts), unknown
        EgoService.EgoView v = ego.ego("fixture", "r1", null);
        assertThat(EgoService.gaps(v, chatMix)).extracting(EgoService.Gap::role).containsExactly("patient");
        assertThat(EgoService.gaps(v, chatMix).getFirst().share()).isEqualTo(0.2);
        assertThat(ego.roleMix(null)).containsKeys("nurse", "executive", "commissioner");
    }

    @Test
    void handleSearchFindsByPrefixInAnyCaseShortestFirstAndLimited() {
        assertThat(accounts.search("@FX_R", 10)).extracting(AccountLookup.Ref::handle)
                .containsExactly("fx_r1", "fx_r2", "fx_r3", "fx_r4");
        assertThat(accounts.search("fx_", 2)).hasSize(2);
        assertThat(accounts.search("  ", 10)).isEmpty();
    }

    @Test
    void anAccountWithoutAHandleIsFoundByItsExactIdAndOpensByIt() {
        db.write("CREATE (:Account {platform: 'twitter', id: '880088'}), (:Account {platform: 'twitter', id: '8800', handle: '880088fan', handleLower: '880088fan'})");
        try {
            var found = accounts.search("880088", 10);
            assertThat(found).extracting(AccountLookup.Ref::id).containsExactly("880088", "8800"); // the id first
            assertThat(found.getFirst().handle()).isNull();
            assertThat(AccountLookup.name(found.getFirst())).isEqualTo("twitter:880088");
            assertThat(accounts.search("88008", 10)).extracting(AccountLookup.Ref::id).containsExactly("8800"); // ids whole only
            assertThat(accounts.resolve(null, "880088", "twitter").handle()).isNull();
            assertThat(ego.ego("twitter", "880088", null).name()).isEqualTo("twitter:880088");
            assertThat(ego.ego("twitter", "8800", null).name()).isEqualTo("@880088fan");
        } finally {
            db.write("MATCH (a:Account {platform: 'twitter'}) WHERE a.id IN ['880088', '8800'] DELETE a");
        }
    }

    @Test
    void theChatsAreTheFollowedOnes() {
        db.write("CREATE (:Chat {tag: 'fxfollowed'})");
        try {
            assertThat(suggest.chats()).contains("fxfollowed").doesNotContain("fxtopic");
        } finally {
            db.write("MATCH (c:Chat {tag: 'fxfollowed'}) DELETE c");
        }
    }

    @Test
    void hostileTextIsOnlyEverAValue() {
        String count = "MATCH (n) RETURN count(n)";
        long before = db.readLong(count, Map.of());
        assertThat(accounts.search(HOSTILE, 10)).isEmpty();
        assertThat(ego.roleMix(HOSTILE)).isEmpty();
        assertThatThrownBy(() -> ego.network("fixture", HOSTILE, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No account");
        assertThatThrownBy(() -> ego.network(HOSTILE, "r1", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ego.ego("fixture", "r1", HOSTILE)).hasMessageContaining("Unknown role");
        assertThatThrownBy(() -> suggest.suggest(new SuggestService.Request(HOSTILE, List.of(), 5, false)))
                .hasMessageContaining("No posts tagged");
        assertThat(db.readLong(count, Map.of())).isEqualTo(before);
    }
}
