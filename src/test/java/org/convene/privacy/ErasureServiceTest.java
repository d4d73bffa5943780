package org.convene.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.convene.ingest.AccountKey;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/** Erasing an account from the privacy fixture on a real embedded Neo4j, and what stays. */
class ErasureServiceTest extends PrivacyFixtureTestBase {

    static final AccountKey VICTIM = new AccountKey("privfix", "101");

    @Autowired ErasureService erasure;
    @Autowired org.convene.ingest.ChatSessions sessions;
    @Autowired org.convene.cypher.CypherRunner cypher;

    @Test
    void findsByHandlePrefixOrIdAndPreviewsWithoutChangingAnything() {
        assertThat(erasure.find("@PV_vic")).extracting(ErasureService.Match::handle).containsExactly("Pv_Victim");
        assertThat(erasure.find("101")).extracting(ErasureService.Match::handle).containsExactly("Pv_Victim");
        assertThat(erasure.resolve("@PV_VICTIM", null, null)).isEqualTo(VICTIM);
        assertThat(erasure.resolve(null, "101", "privfix")).isEqualTo(VICTIM);
        var preview = erasure.preview(VICTIM);
        assertThat(preview.counts()).containsEntry("posts", 2L).containsEntry("retweetsByOthers", 1L)
                .containsEntry("mentions", 1L).containsEntry("repliesByOthers", 1L).containsEntry("quotesByOthers", 1L)
                .containsEntry("listed", 1L).containsEntry("roleLabels", 1L).containsEntry("corrections", 1L)
                .containsEntry("invitations", 1L).containsEntry("analysisLinks", 2L);
        assertThat(preview.counts().get("interactions")).isEqualTo(4L); // with friend both ways, from other and lister
        assertThat(count("MATCH (a:Account {platform: 'privfix'}) RETURN count(a)")).isEqualTo(4);
        assertThat(count("MATCH (p:Post {platform: 'privfix'}) RETURN count(p)")).isEqualTo(6);
    }

    @Test
    void postsDeletedThroughCypherLeaveTheSittingsToo() {
        sessions.rebuild("pvchat");
        assertThat(count("MATCH (s:ChatSession {chat: 'pvchat'}) RETURN sum(s.posts)")).isEqualTo(3);
        var result = cypher.run("MATCH (p:Post {platform: 'privfix'})-[:TAGGED]->(:Hashtag {tag: 'pvchat'}) "
                + "WITH p ORDER BY p.id LIMIT 1 DETACH DELETE p", java.util.Map.of(), true, 10);
        assertThat(result.changes()).contains("deleted");
        assertThat(count("MATCH (s:ChatSession {chat: 'pvchat'}) RETURN sum(s.posts)")).isEqualTo(2);
    }

    @Test
    void erasesTheAccountAndEverythingAboutItButKeepsOthersPosts() {
        sessions.rebuild("pvchat");
        assertThat(count("MATCH (s:ChatSession {chat: 'pvchat'}) RETURN sum(s.posts)")).isEqualTo(3);
        var done = erasure.erase(VICTIM, "dpo", "request by email, ref 7");
        // the chat's sittings count only the post that is left (the friend's reply), as after an import
        assertThat(count("MATCH (s:ChatSession {chat: 'pvchat'}) RETURN sum(s.posts)")).isEqualTo(1);
        assertThat(count("MATCH (s:ChatSession {chat: 'pvchat'})<-[:IN_SESSION]-(p:Post) RETURN count(p)")).isEqualTo(1);
        assertThat(done.counts()).containsEntry("posts", 2L);

        assertThat(count("MATCH (a:Account {platform: 'privfix', id: '101'}) RETURN count(a)")).isZero();
        // its posts and the retweet of them are gone; the reply and the quote stay, unlinked
        assertThat(db.read("MATCH (p:Post {platform: 'privfix'}) RETURN p.id AS id ORDER BY id")
                .stream().map(r -> r.get("id").asString())).containsExactly("p3", "p4", "p6");
        assertThat(count("MATCH (:Post {platform: 'privfix'})-[:REPLIES_TO|QUOTES|RETWEETS]->() RETURN count(*)")).isZero();
        assertThat(db.read("MATCH (p:Post {platform: 'privfix', id: 'p3'}) RETURN p.text AS t").getFirst().get("t").asString())
                .isEqualTo("@[erased] so sorry to hear, @pv_victim2 too");
        assertThat(db.read("MATCH (p:Post {platform: 'privfix', id: 'p4'}) RETURN p.text AS t").getFirst().get("t").asString())
                .isEqualTo("Worth reading, thanks @[erased]!");
        // the hashtag only it used goes; the chat's stays
        assertThat(count("MATCH (h:Hashtag {tag: 'pvsecret'}) RETURN count(h)")).isZero();
        assertThat(count("MATCH (h:Hashtag {tag: 'pvchat'}) RETURN count(h)")).isOne();
        assertThat(count("MATCH (i:Invitation {platform: 'privfix'}) RETURN count(i)")).isZero();
        assertThat(count("MATCH (c:RoleCorrection {platform: 'privfix'}) RETURN count(c)")).isZero();
        // cluster summaries no longer name it
        var c = db.read("MATCH (c:Cluster {id: 900}) RETURN c.topAccounts AS top, c.label AS label, c.labelReason AS reason").getFirst();
        assertThat(c.get("top").asList(Value::asString)).containsExactly("pv_friend");
        assertThat(c.get("label").asString()).isEqualTo("#pvchat · nurses");
        assertThat(c.get("reason").asString()).doesNotContainIgnoringCase("victim").contains("nurses: the most common");
        assertThat(db.read("MATCH (:Cluster {id: 900})-[l:LINKS]->() RETURN l.accounts AS a").getFirst().get("a")
                .asList(Value::asString)).containsExactly("pv_other");
        // INTERACTS rebuilt: nothing touches the erased account, the other ties stay
        assertThat(db.read("""
                MATCH (a:Account {platform: 'privfix'})-[i:INTERACTS]->(b) RETURN a.handle + '>' + b.handle + ':' + i.weight AS t ORDER BY t""")
                .stream().map(r -> r.get("t").asString())).containsExactly("pv_other>pv_friend:1");
        // nothing anywhere names it, apart from the other account @pv_victim2 named in a reply
        java.util.regex.Pattern named = java.util.regex.Pattern.compile(
                "(?is).*(pv_victim(?!2)|vic tim|private person|my diagnosis story).*");
        for (String q : List.of("MATCH (n) RETURN properties(n) AS p", "MATCH ()-[r]->() RETURN properties(r) AS p")) {
            assertThat(db.read(q)).allSatisfy(r -> assertThat(String.valueOf(r.get("p").asMap())).doesNotMatch(named));
        }
    }

    @Test
    void theLogKeepsCountsAndReasonButNotWho() {
        erasure.erase(VICTIM, "dpo", "request by email, ref 7");
        List<ErasureService.Entry> log = erasure.log(10);
        assertThat(log).hasSize(1);
        assertThat(log.getFirst().by()).isEqualTo("dpo");
        assertThat(log.getFirst().reason()).isEqualTo("request by email, ref 7");
        assertThat(log.getFirst().counts()).containsEntry("posts", 2L).containsEntry("invitations", 1L);
        var stored = db.read("MATCH (e:Erasure) RETURN properties(e) AS p").getFirst().get("p").asMap();
        assertThat(stored.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContainIgnoringCase("victim")
                .isNotEqualTo("101").doesNotContain("privfix"));
        assertThat(count("MATCH (e:Erasure)--() RETURN count(*)")).isZero();
    }

    @Test
    void aReasonThatNamesTheAccountIsRefusedAndNothingIsErased() {
        assertThatThrownBy(() -> erasure.erase(VICTIM, "dpo", "Pv_Victim asked by email"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason names the account");
        assertThatThrownBy(() -> erasure.erase(VICTIM, "dpo", "email from VIC  TIM, ref 7")) // the display name
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason names the account");
        assertThatThrownBy(() -> erasure.erase(VICTIM, "dpo", "email from the one whose bio says nurse, private person"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quotes the account's bio");
        assertThat(count("MATCH (a:Account {platform: 'privfix', id: '101'}) RETURN count(a)")).isOne();
        assertThat(count("MATCH (e:Erasure) RETURN count(e)")).isZero();
    }

    @Test
    void cypherInjectionThroughTheSearchAndTheNamesFindsNothingAndChangesNothing() {
        long nodes = count("MATCH (n) RETURN count(n)");
        String evil = "x'}) DETACH DELETE n //";
        assertThat(erasure.find(evil)).isEmpty();
        assertThat(erasure.find("' OR 1=1 //")).isEmpty();
        assertThatThrownBy(() -> erasure.resolve(evil, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No account");
        assertThatThrownBy(() -> erasure.resolve(null, "1' OR true //", "privfix' OR true //"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No account");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    }
}
