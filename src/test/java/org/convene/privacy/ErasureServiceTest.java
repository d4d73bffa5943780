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
    @Autowired History history;
    @Autowired org.convene.ingest.ChatSessions sessions;
    @Autowired org.convene.cypher.CypherRunner cypher;

    @Test
    void findsByHandlePrefixOrIdAndPreviewsWithoutChangingAnything() {
        assertThat(erasure.find("@PV_vic")).extracting(ErasureService.Match::handle).containsExactly("Pv_Victim");
        assertThat(erasure.find("101")).extracting(ErasureService.Match::handle).containsExactly("Pv_Victim");
        assertThat(erasure.resolve("@PV_VICTIM", null, null)).isEqualTo(VICTIM);
        assertThat(erasure.resolve(null, "101", "privfix")).isEqualTo(VICTIM);
        var preview = erasure.preview(VICTIM);
        assertThat(preview.counts()).containsEntry("posts", 2L).containsEntry("retweetsByOthers", 2L)
                .containsEntry("mentions", 2L).containsEntry("repliesByOthers", 1L).containsEntry("quotesByOthers", 1L)
                .containsEntry("listed", 1L).containsEntry("roleLabels", 1L).containsEntry("corrections", 1L)
                .containsEntry("invitations", 1L).containsEntry("analysisLinks", 2L);
        assertThat(preview.counts().get("interactions")).isEqualTo(5L); // with friend both ways, from other, lister and echo
        assertThat(count("MATCH (a:Account {platform: 'privfix'}) RETURN count(a)")).isEqualTo(5);
        assertThat(count("MATCH (p:Post {platform: 'privfix'}) RETURN count(p)")).isEqualTo(9);
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
        // pv_echo, whose only post was a retweet of it, and pv_lister, known only from an edge-list row about it,
        // are left with nothing and go too
        assertThat(done.counts()).containsEntry("posts", 2L).containsEntry(ErasureService.EMPTY_ACCOUNTS, 2L);
        assertThat(db.read("MATCH (a:Account {platform: 'privfix'}) RETURN a.handle AS h ORDER BY h")
                .stream().map(r -> r.get("h").asString())).containsExactly("pv_friend", "pv_other");

        assertThat(count("MATCH (a:Account {platform: 'privfix', id: '101'}) RETURN count(a)")).isZero();
        // its posts and the retweets of them are gone; the reply and the quote stay, unlinked
        assertThat(db.read("MATCH (p:Post {platform: 'privfix'}) RETURN p.id AS id ORDER BY id")
                .stream().map(r -> r.get("id").asString())).containsExactly("p12", "p13", "p3", "p4", "p6");
        // nothing points at its posts any more; the retweet of the friend's post stays
        assertThat(db.read("MATCH (:Post {platform: 'privfix'})-[:REPLIES_TO|QUOTES|RETWEETS]->(q) RETURN q.id AS id")
                .stream().map(r -> r.get("id").asString())).containsExactly("p12");
        assertThat(db.read("MATCH (p:Post {platform: 'privfix', id: 'p3'}) RETURN p.text AS t").getFirst().get("t").asString())
                .isEqualTo("@[erased] so sorry to hear, @pv_victim2 too");
        assertThat(db.read("MATCH (p:Post {platform: 'privfix', id: 'p4'}) RETURN p.text AS t").getFirst().get("t").asString())
                .isEqualTo("Worth reading, thanks @[erased]!");
        // a retweet of a post that named it carries that text, and is blanked out too
        assertThat(db.read("MATCH (p:Post {platform: 'privfix', id: 'p13'}) RETURN p.text AS t").getFirst().get("t").asString())
                .isEqualTo("RT @pv_friend: Great chat with @[erased]");
        // the hashtag only it used goes, from the clusters' top hashtags too; the chat's stays
        assertThat(count("MATCH (h:Hashtag {tag: 'pvsecret'}) RETURN count(h)")).isZero();
        assertThat(count("MATCH (h:Hashtag {tag: 'pvchat'}) RETURN count(h)")).isOne();
        var tags = db.read("MATCH (c:Cluster {id: 900}) RETURN c.topHashtags AS t, c.topHashtagUses AS u").getFirst();
        assertThat(tags.get("t").asList(Value::asString)).containsExactly("pvchat");
        assertThat(tags.get("u").asList(Value::asLong)).containsExactly(3L);
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
                .stream().map(r -> r.get("t").asString())).containsExactly("pv_other>pv_friend:2");
        // nothing anywhere names it, apart from the other account @pv_victim2 named in a reply, nor the accounts
        // left with nothing
        java.util.regex.Pattern named = java.util.regex.Pattern.compile(
                "(?is).*(pv_victim(?!2)|vic tim|private person|my diagnosis story|pv_echo|echo bio|pv_lister).*");
        for (String q : List.of("MATCH (n) RETURN properties(n) AS p", "MATCH ()-[r]->() RETURN properties(r) AS p")) {
            assertThat(db.read(q)).allSatisfy(r -> assertThat(String.valueOf(r.get("p").asMap())).doesNotMatch(named));
        }
    }

    @Test
    void otherBiosHashedIdsAndOtherCapitalsNameItNoLonger() {
        db.write("""
                MATCH (v:Account {platform: 'privfix', id: '101'}), (f:Account {platform: 'privfix', id: '102'}),
                      (c:Cluster {id: 900})
                SET f.bio = 'Friend of @PV_Victim, and of @pv_victim2',
                    c.topAccounts = ['pv_victim', 'pv_friend'] // written before an import brought the real capitals
                // an original known only from an old-style retweet: its id hashes the author's handle and its text
                CREATE (f)-[:POSTED]->(o:Post {platform: 'privfix', id: 'rt:0a1b2c', text: 'Hugs @Pv_Victim', inferred: true})
                CREATE (o)-[:MENTIONS]->(v)""");
        erasure.erase(VICTIM, "dpo", "request by email, ref 10");
        assertThat(db.read("MATCH (a:Account {platform: 'privfix', id: '102'}) RETURN a.bio AS b").getFirst().get("b").asString())
                .isEqualTo("Friend of @[erased], and of @pv_victim2");
        assertThat(db.read("MATCH (c:Cluster {id: 900}) RETURN c.topAccounts AS t").getFirst().get("t").asList(Value::asString))
                .containsExactly("pv_friend");
        // the text changed, so the old id would let anyone try handles until the hash matched: a random one now
        var original = db.read("MATCH (p:Post {platform: 'privfix', text: 'Hugs @[erased]'}) RETURN p.id AS id");
        assertThat(original).singleElement().satisfies(r -> assertThat(r.get("id").asString()).startsWith("rt:erased-"));
    }

    @Test
    void theTransactionLogsNoLongerHoldWhatWasErased() throws Exception {
        // the logs hold every change as it was made; the fixture's own writing put the victim's post there
        assertThat(inTransactionLogs("My diagnosis story")).as("precondition").isTrue();
        erasure.erase(VICTIM, "dpo", "request by email, ref 8");
        assertThat(inTransactionLogs("My diagnosis story")).isFalse();
        assertThat(count("MATCH (p:Post {platform: 'privfix', id: 'p3'}) RETURN count(p)")).isOne(); // the store is whole
    }

    @Test
    void anErasureMadeOverBoltIsCaughtUpWith() throws Exception {
        // a command pointed at the server over Bolt erases and logs, but cannot prune the server's logs
        db.write("CREATE (:Post {platform: 'privfix', id: 'bolt1', text: 'Erased over Bolt: a sentence long enough to be stored as it is written, pv-7731 #x @y'})");
        db.write("MATCH (p:Post {platform: 'privfix', id: 'bolt1'}) DETACH DELETE p");
        history.catchUp(); // nothing logged since the last pruning: nothing to do
        assertThat(inTransactionLogs("Erased over Bolt: a sentence long enough to be stored as it is written, pv-7731 #x @y")).as("precondition").isTrue();
        db.write("CREATE (:Erasure {at: datetime(), by: 'cli', reason: 'ref 11'})");
        history.catchUp(); // what the server does every minute
        assertThat(inTransactionLogs("Erased over Bolt: a sentence long enough to be stored as it is written, pv-7731 #x @y")).isFalse();
    }

    private static boolean inTransactionLogs(String text) throws java.io.IOException {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var files = java.nio.file.Files.walk(DATA_DIR.resolve("data").resolve("transactions"))) {
            for (var f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                byte[] bytes = java.nio.file.Files.readAllBytes(f);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) return true;
                }
            }
        }
        return false;
    }

    @Test
    void theLogKeepsWhenByWhomAndWhyButNotWhoNorHowMuch() {
        erasure.erase(VICTIM, "dpo", "request by email, ref 7");
        List<ErasureService.Entry> log = erasure.log(10);
        assertThat(log).hasSize(1);
        assertThat(log.getFirst().by()).isEqualTo("dpo");
        assertThat(log.getFirst().reason()).isEqualTo("request by email, ref 7");
        // the counts (posts, mentions, retweets...) would single the account out among the public posts
        var stored = db.read("MATCH (e:Erasure) RETURN properties(e) AS p").getFirst().get("p").asMap();
        assertThat(stored).containsOnlyKeys("at", "by", "reason");
        assertThat(count("MATCH (e:Erasure)--() RETURN count(*)")).isZero();
        // entries an older version wrote lose their counts once the store is open
        db.write("CREATE (:Erasure {at: datetime(), by: 'old', reason: 'r', posts: 95, mentions: 152})");
        erasure.dropCountsFromOlderLogEntries();
        assertThat(db.read("MATCH (e:Erasure {by: 'old'}) RETURN properties(e) AS p").getFirst().get("p").asMap())
                .containsOnlyKeys("at", "by", "reason");
    }

    @Test
    void anAccountWithoutAHandleLeavesTheClusterSummariesThatNameItByKey() {
        db.write("""
                CREATE (x:Account {platform: 'privfix', id: '109', community: 901})-[:POSTED]->
                       (:Post {platform: 'privfix', id: 'p109', text: 'no handle', createdAt: datetime('2026-01-02T20:00:00Z')})
                WITH x
                MATCH (c:Cluster {id: 901})
                SET c.topAccounts = c.topAccounts + 'privfix:109', c.label = c.label + ' · privfix:109',
                    c.labelReason = c.labelReason + '; privfix:109: highest PageRank in the cluster'""");
        erasure.erase(new AccountKey("privfix", "109"), "dpo", "request by email, ref 9");
        var c = db.read("MATCH (c:Cluster {id: 901}) RETURN c.topAccounts AS top, c.label AS label, c.labelReason AS reason").getFirst();
        assertThat(c.get("top").asList(Value::asString)).containsExactly("pv_other", "pv_lister");
        assertThat(c.get("label").asString()).isEqualTo("@pv_other");
        assertThat(c.get("reason").asString()).doesNotContain("109");
    }

    @Test
    void aReasonThatNamesTheAccountIsRefusedAndNothingIsErased() {
        assertThatThrownBy(() -> erasure.erase(VICTIM, "dpo", "Pv_Victim asked by email"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason names the account");
        assertThatThrownBy(() -> erasure.erase(VICTIM, "dpo", "email from VIC  TIM, ref 7")) // the display name
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason names the account");
        assertThatThrownBy(() -> erasure.erase(VICTIM, "dpo", "request from PV Victim by DM")) // the handle, spaced
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
