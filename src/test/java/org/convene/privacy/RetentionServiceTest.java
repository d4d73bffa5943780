package org.convene.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Retention on the privacy fixture, with the clock at 2026-01-03 00:00 UTC and one day kept: the posts of
 * 1 January go, with the account whose only post was old; INTERACTS follow.
 */
class RetentionServiceTest extends PrivacyFixtureTestBase {

    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired History history;
    RetentionService retention;

    @BeforeEach
    void fixture() {
        db.write("""
                MATCH (f:Account {platform: 'privfix', id: '102'})
                CREATE (g:Account {platform: 'privfix', id: '105', handle: 'pv_gone', handleLower: 'pv_gone'})
                CREATE (g)-[:POSTED]->(p:Post {platform: 'privfix', id: 'p7', text: 'old', createdAt: datetime('2025-12-01T10:00:00Z')})
                CREATE (p)-[:MENTIONS]->(f)
                CREATE (u:Account {platform: 'privfix', id: '106', handle: 'pv_undated', handleLower: 'pv_undated'})
                CREATE (u)-[:POSTED]->(p8:Post {platform: 'privfix', id: 'p8', text: 'no time'})
                // originals known only from a retweet: of an old post (goes with it) and of an undated one (stays)
                CREATE (p)-[:RETWEETS]->(:Post {platform: 'privfix', id: 'p9', text: 'inferred', inferred: true})<-[:POSTED]-(g)
                CREATE (p8)-[:RETWEETS]->(:Post {platform: 'privfix', id: 'p10', text: 'inferred', inferred: true})<-[:POSTED]-(u)
                // an account known only by an original that only an old retweet refers to: it goes with that original
                CREATE (g)-[:POSTED]->(:Post {platform: 'privfix', id: 'p15', text: 'RT old', createdAt: datetime('2025-12-02T10:00:00Z')})
                       -[:RETWEETS]->(:Post {platform: 'privfix', id: 'p14', text: 'inferred', inferred: true})
                       <-[:POSTED]-(:Account {platform: 'privfix', id: '108', handle: 'pv_source', handleLower: 'pv_source'})
                WITH g
                MATCH (c:Cluster {id: 901})
                SET c.topAccounts = c.topAccounts + 'pv_gone', c.label = c.label + ' · @pv_gone'""");
        writer.deriveAllInteractions();
        retention = new RetentionService(db, writer, Clock.fixed(Instant.parse("2026-01-03T00:00:00Z"), ZoneOffset.UTC), events, history);
    }


    @Test
    void aDryRunCountsAndChangesNothing() {
        long nodes = count("MATCH (n) RETURN count(n)");
        var r = retention.apply(1, true);
        // p1, p3, p5 of 1 January, p7 and p15 of December and p9 and p14, which only they retweet
        assertThat(r.posts()).isEqualTo(7);
        assertThat(r.accounts()).isEqualTo(2); // pv_gone, and pv_source, whose only post is p14: as a run counts them
        assertThat(r.dryRun()).isTrue();
        assertThat(r.what()).isEqualTo("7 posts from before 2 Jan 2026 and 2 accounts left with nothing");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    }

    @Test
    void removesOldPostsAndAccountsLeftWithNothingAndRebuildsInteractions() {
        var r = retention.apply(1, false);
        assertThat(r.posts()).isEqualTo(7);
        assertThat(r.accounts()).isEqualTo(2);
        assertThat(db.read("MATCH (p:Post {platform: 'privfix'}) RETURN p.id AS id ORDER BY id")
                .stream().map(x -> x.get("id").asString())).containsExactly("p10", "p11", "p12", "p13", "p2", "p4", "p6", "p8");
        // pv_friend lost its only post but is still named by a newer one; pv_lister has its edge list;
        // pv_undated's post has no time and stays
        assertThat(db.read("MATCH (a:Account {platform: 'privfix'}) RETURN a.handle AS h ORDER BY h")
                .stream().map(x -> x.get("h").asString()))
                .containsExactly("Pv_Victim", "pv_echo", "pv_friend", "pv_lister", "pv_other", "pv_undated");
        // the retweet of 1 January no longer counts; the quote and the mention of 2 January do
        assertThat(db.read("""
                MATCH (a:Account {platform: 'privfix'})-[i:INTERACTS]->(b)
                RETURN a.handle + '>' + b.handle + ' r' + i.retweets + ' q' + i.quotes + ' m' + i.mentions + ' re' + i.replies AS t
                ORDER BY t""").stream().map(x -> x.get("t").asString()))
                .containsExactly("pv_friend>Pv_Victim r0 q0 m1 re0", "pv_lister>Pv_Victim r0 q0 m2 re0",
                        "pv_other>Pv_Victim r0 q1 m1 re0", "pv_other>pv_friend r1 q0 m1 re0");
        // pvsecret, used only on 1 January, goes, from the clusters' top hashtags too; the chat's tag stays
        assertThat(count("MATCH (h:Hashtag) WHERE h.tag IN ['pvsecret', 'pvchat'] RETURN count(h)")).isOne();
        assertThat(db.read("MATCH (c:Cluster {id: 900}) RETURN c.topHashtags AS t").getFirst().get("t")
                .asList(org.neo4j.driver.Value::asString)).containsExactly("pvchat");
        // the removed account's handle leaves the cluster summary that named it; the others stay
        var c = db.read("MATCH (c:Cluster {id: 901}) RETURN c.topAccounts AS top, c.label AS label").getFirst();
        assertThat(c.get("top").asList(org.neo4j.driver.Value::asString)).containsExactly("pv_other", "pv_lister");
        assertThat(c.get("label").asString()).isEqualTo("@pv_other");
        assertThat(retention.apply(1, true).posts()).isZero();
    }

    @Test
    void theScheduleRunsAtStartWhenSetAndNotAtAllWhenOff() throws Exception {
        long old = count("MATCH (p:Post {platform: 'privfix'}) WHERE p.createdAt IS NOT NULL RETURN count(p)");
        try (RetentionSchedule off = new RetentionSchedule(new RetentionService(db, writer, events, history), 0)) {
            off.start();
            Thread.sleep(500);
        }
        assertThat(count("MATCH (p:Post {platform: 'privfix'}) WHERE p.createdAt IS NOT NULL RETURN count(p)")).isEqualTo(old);
        // every fixture post is from before November 2026, so a day of retention removes them all
        try (RetentionSchedule daily = new RetentionSchedule(new RetentionService(db, writer, events, history), 1)) {
            daily.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (count("MATCH (p:Post {platform: 'privfix'}) WHERE p.createdAt IS NOT NULL RETURN count(p)") > 0
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
        }
        assertThat(count("MATCH (p:Post {platform: 'privfix'}) WHERE p.createdAt IS NOT NULL RETURN count(p)")).isZero();
        assertThat(count("MATCH (p:Post {platform: 'privfix', id: 'p8'}) RETURN count(p)")).isOne(); // no time: kept
    }

    @Test
    void refusesLessThanADay() {
        assertThatThrownBy(() -> retention.apply(0, false)).hasMessageContaining("at least 1 day");
    }
}
