package org.convene.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convene.GraphTestBase;
import org.convene.analysis.AnalysisFixture;
import org.convene.graph.GraphDb;
import org.convene.ingest.ChatSessions;
import org.convene.ingest.GraphWriter;
import org.convene.overview.OverviewService.SessionActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The overview's figures on the analysis fixture: #fixchat has two sittings a week apart. */
class OverviewServiceTest extends GraphTestBase {

    @Autowired GraphDb db;
    @Autowired GraphWriter writer;
    @Autowired ChatSessions sessions;
    @Autowired OverviewService overview;

    @BeforeEach
    void fixture() {
        AnalysisFixture.remove(db);
        AnalysisFixture.build(db, writer, sessions);
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
        var top = overview.topInfluencers(3);
        assertThat(top).extracting(OverviewService.Influencer::handle).containsExactly("bridge", "e1", "n1");
        assertThat(top).extracting(OverviewService.Influencer::role).containsExactly("comms", "executive", "nurse");
        assertThat(top.getFirst().pagerank()).isEqualTo(3.0);
    }
}
