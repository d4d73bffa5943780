package org.convene.suggest;

import org.convene.graph.AccountLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SuggestServiceTest extends SuggestFixture {

    @Autowired SuggestService suggest;
    @Autowired InvitationService invitations;
    @Autowired AccountLookup accounts;

    private List<String> handles(SuggestService.Result r) {
        return r.suggestions().stream().map(Suggestion::handle).toList();
    }

    private SuggestService.Result run(String chat, List<String> roles) {
        return suggest.suggest(new SuggestService.Request(chat, roles, 10, false));
    }

    @Test
    void regularsAreNotSuggestedButThoseWhoStoppedAre() {
        SuggestService.Result r = run("#FXchat", List.of());
        assertThat(r.chat()).isEqualTo("fxchat");
        assertThat(r.regulars()).isEqualTo(4);
        assertThat(r.stopped()).isEqualTo(1);
        assertThat(handles(r)).containsExactlyInAnyOrder("fx_ceo", "fx_commissioner", "fx_weak", "fx_topic", "fx_lapsed")
                .doesNotContain("fx_r1", "fx_r2", "fx_r3", "fx_r4");
        Suggestion lapsed = r.suggestions().stream().filter(s -> s.handle().equals("fx_lapsed")).findFirst().orElseThrow();
        assertThat(lapsed.stopped()).isTrue();
        assertThat(lapsed.reasons()).anyMatch(x -> x.startsWith("stopped: last of 2 posts in #fxchat 60 days before"));
    }

    @Test
    void inAScheduledChatAPostOutsideItsSittingsIsNotTakingPart() {
        // the commissioner used the tag once on a Tuesday; the four regulars posted in the Sunday sitting
        db.write("""
                MATCH (cc:Account {platform: 'fixture', id: 'cc'}), (t:Hashtag {tag: 'fxchat'})
                CREATE (cc)-[:POSTED]->(:Post {platform: 'fixture', id: 'pc', createdAt: datetime('2026-02-24T09:00:00Z')})-[:TAGGED]->(t)
                CREATE (s:ChatSession {chat: 'fxchat', start: datetime('2026-03-01T10:00:00Z'), end: datetime('2026-03-01T11:00:00Z'), scheduled: true})
                WITH s MATCH (p:Post {platform: 'fixture'}) WHERE p.id IN ['p1', 'p2', 'p3', 'p4'] CREATE (p)-[:IN_SESSION]->(s)""");
        SuggestService.Result r = run("fxchat", List.of());
        assertThat(r.regulars()).isEqualTo(4);
        assertThat(r.outside()).isEqualTo(2); // and fx_lapsed, whose two posts fell in no sitting
        assertThat(r.stopped()).isZero();
        Suggestion cc = r.suggestions().stream().filter(s -> s.handle().equals("fx_commissioner")).findFirst().orElseThrow();
        assertThat(cc.stopped()).isFalse();
        assertThat(cc.reasons()).contains("used #fxchat outside its sittings only: once, 6 days before the chat's latest post");
        Suggestion lapsed = r.suggestions().stream().filter(s -> s.handle().equals("fx_lapsed")).findFirst().orElseThrow();
        assertThat(lapsed.reasons()).anyMatch(x -> x.startsWith("used #fxchat outside its sittings only: 2 posts, the last 60 days before"));
        // without a schedule every tagged post is taking part: the commissioner is a regular
        db.write("MATCH (s:ChatSession {chat: 'fxchat'}) DETACH DELETE s");
        assertThat(handles(run("fxchat", List.of()))).doesNotContain("fx_commissioner");
    }

    @Test
    void theExecutiveMentionedByThreeRegularsComesFirstWithItsReasons() {
        Suggestion top = run("fxchat", List.of()).suggestions().getFirst();
        assertThat(top.handle()).isEqualTo("fx_ceo");
        assertThat(top.role()).isEqualTo("executive");
        assertThat(top.bio()).isEqualTo("Chief executive, FX trust. Doctor by training."); // for the host to read
        assertThat(top.profile()).isNull(); // no page to link on the fixture's made-up platform
        assertThat(top.reasons()).first().isEqualTo("executive (also doctor)"); // every role, the primary first
        assertThat(top.reasons()).contains("mentioned by 3 #fxchat regulars",
                "fills a gap: no executives among the regulars",
                "bridges the 'fx wards' and 'fx boardrooms' clusters",
                "could introduce: @fx_r1, @fx_r2, @fx_r3 (who addressed it; it has not answered them)");
        assertThat(top.introducers()).containsExactly("@fx_r1", "@fx_r2", "@fx_r3"); // strongest tie first
        assertThat(top.signals().get("roleGap")).isEqualTo(1.0);
        assertThat(top.signals().get("closeness")).isEqualTo(1.0);
    }

    @Test
    void rankingFollowsTheWeightedSignal() {
        // Closeness alone: 3 ties + Adamic-Adar beats 1 tie + a shared contact, which beats 1 tie alone.
        var closeness = new SuggestService(db, new SuggestSettings(only("closeness"), null, null, null));
        assertThat(handles(closeness.suggest(new SuggestService.Request("fxchat", List.of(), 10, false))))
                .containsExactly("fx_ceo", "fx_topic", "fx_weak", "fx_commissioner", "fx_lapsed");
        // Topical fit alone: only fx_topic uses the chat's other hashtag.
        var topical = new SuggestService(db, new SuggestSettings(only("topical"), null, null, null));
        Suggestion first = topical.suggest(new SuggestService.Request("fxchat", List.of(), 10, false)).suggestions().getFirst();
        assertThat(first.handle()).isEqualTo("fx_topic");
        assertThat(first.reasons()).contains("shares the chat's hashtags #fxtopic");
        // Activity alone: fx_topic posted the day before; fx_weak was last addressed nine months before.
        var activity = new SuggestService(db, new SuggestSettings(only("activity"), null, null, null));
        List<String> byActivity = handles(activity.suggest(new SuggestService.Request("fxchat", List.of(), 10, false)));
        assertThat(byActivity.getFirst()).isEqualTo("fx_topic");
        assertThat(byActivity.getLast()).isEqualTo("fx_weak");
    }

    private static Map<String, Double> only(String signal) {
        Map<String, Double> weights = new java.util.HashMap<>();
        SuggestSettings.DEFAULT_WEIGHTS.keySet().forEach(k -> weights.put(k, 0.0));
        weights.put(signal, 1.0);
        return weights;
    }

    @Test
    void theRoleFilterKeepsOnlyThoseRoles() {
        assertThat(handles(run("fxchat", Roles.parseAll(List.of("ccg"))))).containsExactly("fx_commissioner");
        // a secondary role counts too: the executive is also a doctor
        assertThat(handles(run("fxchat", Roles.parseAll(List.of("gp,board"))))).containsExactly("fx_ceo");
        assertThat(handles(run("fxchat", List.of("carer")))).isEmpty();
    }

    @Test
    void theRoleGapsCountTheRegularsWhoWroteNotThoseWhoOnlyRetweeted() {
        db.write("""
                MATCH (p1:Post {platform: 'fixture', id: 'p1'}), (chat:Hashtag {tag: 'fxchat'})
                CREATE (:Account {platform: 'fixture', id: 'rx', handle: 'fx_rt_exec', handleLower: 'fx_rt_exec',
                        roles: ['executive'], primaryRole: 'executive'})
                       -[:POSTED]->(rt:Post {platform: 'fixture', id: 'prt', createdAt: datetime('2026-03-01T10:03:30Z')})
                CREATE (rt)-[:RETWEETS]->(p1), (rt)-[:TAGGED]->(chat)""");
        SuggestService.Result r = run("fxchat", List.of());
        assertThat(r.regulars()).isEqualTo(5); // a retweet of the chat is taking part
        Suggestion ceo = r.suggestions().stream().filter(s -> s.handle().equals("fx_ceo")).findFirst().orElseThrow();
        assertThat(ceo.reasons()).contains("fills a gap: no executives among the regulars who wrote in #fxchat");
    }

    @Test
    void aShortListSaysWhy() {
        // 10 asked for: the 5 accounts tied to the regulars (or who stopped) are all there are
        assertThat(run("fxchat", List.of()).shortfall())
                .isEqualTo("Only 5 accounts outside the #fxchat regulars are tied to them or stopped taking part.");
        assertThat(run("fxchat", List.of("carer")).shortfall()).startsWith("Only 5 accounts outside the #fxchat regulars "
                + "are tied to them or stopped taking part; carers: none of them (the whole graph holds ");
        assertThat(run("fxchat", List.of("commissioner", "carer")).shortfall()).contains("; commissioners or carers: 1 of them (the whole graph holds ");
        assertThat(suggest.suggest(new SuggestService.Request("fxchat", List.of(), 5, false)).shortfall()).isNull();
        // a pool big enough, made short by the roles asked for: no "only" before it
        assertThat(suggest.suggest(new SuggestService.Request("fxchat", List.of("carer"), 3, false)).shortfall())
                .startsWith("5 accounts outside the #fxchat regulars are tied to them or stopped taking part; carers: none of them");
    }

    @Test
    void invitationsAreShownHiddenOnRequestAndDeclinedOnesLeftOut() {
        invitations.mark("fxchat", accounts.byHandle("@FX_weak", null), "invited", "host", Instant.parse("2026-03-02T00:00:00Z"));
        Suggestion weak = run("fxchat", List.of()).suggestions().stream()
                .filter(s -> s.handle().equals("fx_weak")).findFirst().orElseThrow();
        assertThat(weak.invitation()).isEqualTo("invited");
        assertThat(weak.reasons()).contains("invited on 2026-03-02 by host");
        assertThat(handles(suggest.suggest(new SuggestService.Request("fxchat", List.of(), 10, true)))).doesNotContain("fx_weak");

        invitations.mark("fxchat", accounts.byHandle("fx_weak", "fixture"), "declined", "host", Instant.now());
        assertThat(handles(run("fxchat", List.of()))).doesNotContain("fx_weak");
        assertThat(db.readLong("MATCH (i:Invitation {chat: 'fxchat', id: 'cw'}) RETURN count(i)", Map.of())).isEqualTo(1);

        // a mark taken back: suggested again, with no status
        assertThat(invitations.unmark("fxchat", accounts.byHandle("fx_weak", "fixture"))).isTrue();
        assertThat(invitations.unmark("fxchat", accounts.byHandle("fx_weak", "fixture"))).isFalse();
        assertThat(run("fxchat", List.of()).suggestions()).filteredOn(s -> s.handle().equals("fx_weak"))
                .singleElement().satisfies(s -> assertThat(s.invitation()).isNull());
    }

    @Test
    void anInvitationToAChatWithNoPostsAndNotFollowedIsRefused() {
        var weak = accounts.byHandle("fx_weak", "fixture");
        assertThatThrownBy(() -> invitations.mark("fxcaht", weak, "invited", "host", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No posts tagged #fxcaht");
        db.write("CREATE (:Chat {tag: 'fxfuture'})"); // followed before its first post: fine
        try {
            assertThat(invitations.mark("#FXfuture", weak, "invited", "host", Instant.now()).chat()).isEqualTo("fxfuture");
        } finally {
            db.write("MATCH (n) WHERE n:Chat AND n.tag = 'fxfuture' OR n:Invitation AND n.chat = 'fxfuture' DETACH DELETE n");
        }
        assertThat(db.readLong("MATCH (i:Invitation) WHERE i.chat IN ['fxcaht', 'fxfuture'] RETURN count(i)", Map.of())).isZero();
    }

    @Test
    void hostileInputIsOnlyEverAValue() {
        long before = db.readLong("MATCH (a:Account {platform: 'fixture'}) RETURN count(a)", Map.of());
        assertThatThrownBy(() -> run("fxchat'}) MATCH (n) DETACH DELETE n //", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No posts tagged");
        assertThatThrownBy(() -> accounts.byHandle("fx_r1' OR 1=1 //", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No account");
        assertThatThrownBy(() -> invitations.mark("fxchat", accounts.byHandle("fx_r1", null), "invited' }) DELETE i //", "x", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown status");
        assertThatThrownBy(() -> run("fxchat", Roles.parseAll(List.of("king"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown role 'king'");
        assertThat(db.readLong("MATCH (a:Account {platform: 'fixture'}) RETURN count(a)", Map.of())).isEqualTo(before);
    }
}
