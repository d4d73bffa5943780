package org.convene.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.analysis.AnalysisFixture;
import org.convene.graph.GraphDb;
import org.convene.ingest.ChatSessions;
import org.convene.ingest.GraphWriter;
import org.convene.ingest.ImportService;
import org.convene.overview.OverviewService.SessionActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overview's figures on the analysis fixture: #fixchat has two sittings a week apart. The fixture is written
 * behind the services' back (no {@link org.convene.graph.GraphChanged}), so each test starts with a fresh cache.
 */
class OverviewServiceTest extends GraphTestBase {

    @Autowired GraphDb db;
    @Autowired GraphWriter writer;
    @Autowired ChatSessions sessions;
    @Autowired OverviewService overview;
    @Autowired ImportService imports;

    @BeforeEach
    void fixture() {
        AnalysisFixture.remove(db);
        AnalysisFixture.build(db, writer, sessions);
        overview.invalidate();
    }

    @AfterEach
    void clean() {
        AnalysisFixture.remove(db);
    }

    @Test
    void sittingsSplitParticipantsIntoNewcomersAndReturners() {
        // week 1: @bridge and @n1 post; week 2: @bridge and @n1 again, and @e1 for the first time
        List<SessionActivity> sittings = overview.sessionActivity("fixchat");
        assertThat(sittings).hasSize(2);
        assertThat(sittings.get(0).start()).isBefore(sittings.get(1).start());
        assertThat(sittings).extracting(SessionActivity::participants).containsExactly(2L, 3L);
        assertThat(sittings).extracting(SessionActivity::newcomers).containsExactly(2L, 1L);
        assertThat(sittings).extracting(SessionActivity::returners).containsExactly(0L, 2L);
        assertThat(sittings).extracting(SessionActivity::posts).containsExactly(3L, 5L);
        assertThat(overview.chats()).extracting(OverviewService.ChatSessionCount::tag).contains("fixchat");
        assertThat(overview.sessionActivity("no such chat")).isEmpty();
    }

    @Test
    void roleMixCountsPrimaryRoles() {
        var mix = overview.roleMix();
        assertThat(mix).contains(new OverviewService.RoleCount("nurse", 5), new OverviewService.RoleCount("executive", 3),
                new OverviewService.RoleCount("comms", 1));
        assertThat(mix.stream().mapToLong(OverviewService.RoleCount::accounts).sum())
                .isEqualTo(db.readLong("MATCH (a:Account) RETURN count(a)", java.util.Map.of()));
    }

    @Test
    void topInfluencersAreRankedByPageRank() {
        assertThat(overview.topInfluencers(5)).isEmpty(); // before any analysis
        db.write("""
                MATCH (a:Account {platform: 'fixture'})
                SET a.pagerank = CASE a.id WHEN 'bridge' THEN 3.0 WHEN 'e1' THEN 2.0 WHEN 'n1' THEN 1.5 ELSE 0.5 END""");
        overview.invalidate();
        var top = overview.topInfluencers(3);
        assertThat(top).extracting(OverviewService.Influencer::handle).containsExactly("bridge", "e1", "n1");
        assertThat(top).extracting(OverviewService.Influencer::role).containsExactly("comms", "executive", "nurse");
        assertThat(top.getFirst().pagerank()).isEqualTo(3.0);
    }

    @Test
    void figuresAreKeptUntilAnImportChangesTheGraph() throws Exception {
        long accounts = overview.counts().accounts();
        var mix = overview.roleMix();
        var chats = overview.chats();
        try {
            // a write behind the services' back is not seen: the figures are kept, not read again
            db.write("CREATE (:Account {platform: 'fixture', id: 'ghost', primaryRole: 'nurse'})");
            assertThat(overview.counts().accounts()).isEqualTo(accounts);
            assertThat(overview.roleMix()).isEqualTo(mix);

            // an import's end tells the overview: every figure is read again
            imports.importAll(List.of(ImportService.Source.of(Path.of("src/test/resources/ingest/twitter-v1-sample.jsonl"))),
                    null, List.of());
            long now = db.readLong("MATCH (a:Account) RETURN count(a)", Map.of());
            assertThat(now).isGreaterThan(accounts + 1);
            assertThat(overview.counts().accounts()).isEqualTo(now);
            assertThat(overview.roleMix().stream().mapToLong(OverviewService.RoleCount::accounts).sum()).isEqualTo(now);
            assertThat(overview.roleMix()).isNotEqualTo(mix);
            assertThat(overview.chats()).isEqualTo(chats);
        } finally {
            db.write("MATCH (n) WHERE (n:Account OR n:Post) AND n.platform = 'twitter' DETACH DELETE n");
            db.write("MATCH (h:Hashtag) WHERE NOT (h)<-[:TAGGED]-() DETACH DELETE h");
        }
    }

    @Test
    void strayEarlySittingsOfOneOrTwoAccountsAreCountedOnlyBeforeARealChat() {
        java.time.ZonedDateTime t = java.time.ZonedDateTime.parse("2014-02-04T12:00:00Z");
        var stray = new SessionActivity(t, 1, 1, 1, 0);
        var pair = new SessionActivity(t.plusWeeks(1), 2, 2, 1, 1);
        var real = new SessionActivity(t.plusWeeks(15), 400, 200, 180, 20);
        var quiet = new SessionActivity(t.plusWeeks(16), 2, 2, 0, 2);
        assertThat(OverviewService.strayStart(List.of(stray, pair, real, quiet))).isEqualTo(2);
        assertThat(OverviewService.strayStart(List.of(real, quiet))).isZero();
        // a small chat keeps all its sittings
        assertThat(OverviewService.strayStart(List.of(stray, pair, quiet))).isZero();
        assertThat(OverviewService.strayStart(List.of())).isZero();
        // and at the end: one or two accounts using the tag after the chat had ended
        assertThat(OverviewService.strayEnd(List.of(stray, pair, real, quiet))).isEqualTo(1);
        assertThat(OverviewService.strayEnd(List.of(real, quiet, stray))).isEqualTo(2);
        assertThat(OverviewService.strayEnd(List.of(quiet, real))).isZero();
        assertThat(OverviewService.strayEnd(List.of(stray, pair, quiet))).isZero();
    }
}
