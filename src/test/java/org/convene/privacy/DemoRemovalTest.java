package org.convene.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A host's own chat imported beside the demo, then the demo removed: hers stays whole. */
class DemoRemovalTest extends GraphTestBase {

    @Autowired ImportService imports;
    @Autowired DemoRemoval demo;
    @Autowired GraphDb db;

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession OR n:ConveneMeta DETACH DELETE n");
    }

    private Path copy(String resource) throws Exception {
        Path file = Files.createTempFile("convene-demo-", ".csv");
        try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private long count(String cypher) {
        return db.readLong(cypher, Map.of());
    }

    @Test
    void removingTheDemoLeavesTheHostsChatWhole() throws Exception {
        imports.importAll(List.of(ImportService.Source.of(copy("demo/cancerchat-2014.csv")),
                ImportService.Source.of(copy("demo/celiac-2014.csv"))), null, List.of("cancerchat", "celiac"));
        db.write("MERGE (m:ConveneMeta {key: 'demo'}) SET m.loadedAt = datetime()");
        Path own = Files.createTempFile("convene-own-", ".csv");
        Files.writeString(own, """
                hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url
                wenurses,600000000000000001,Q1 tonight: who speaks for patients? @debecca #wenurses,,debecca,2026-11-19 20:05,10,host_nurse,,
                wenurses,600000000000000002,@host_nurse A1 patient voice matters #wenurses,,host_nurse,2026-11-19 20:09,10,ward_sister,,
                """);
        imports.importAll(List.of(ImportService.Source.of(own)), null, List.of("wenurses"));
        assertThat(demo.present()).isTrue();
        long accounts = count("MATCH (a:Account) RETURN count(a)");

        DemoRemoval.Result r = demo.remove();

        assertThat(r.posts()).isGreaterThan(5000);
        assertThat(count("MATCH (p:Post) RETURN count(p)")).isEqualTo(2);
        assertThat(r.accounts()).isEqualTo(accounts - 3);
        assertThat(r.accountsLeft()).isEqualTo(3); // the host, the ward sister, and @debecca, whom her post names
        assertThat(count("MATCH (:Account {handleLower: 'debecca'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (c:Chat) RETURN count(c)")).isEqualTo(1); // #cancerchat and #celiac no longer followed
        assertThat(count("MATCH (s:ChatSession) WHERE s.chat <> 'wenurses' RETURN count(s)")).isZero();
        assertThat(count("MATCH (:Chat {tag: 'wenurses'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH ()-[i:INTERACTS]->() RETURN count(i)")).isEqualTo(2);
        assertThat(count("MATCH (h:Hashtag) WHERE h.tag <> 'wenurses' RETURN count(h)")).isZero();
        assertThat(demo.present()).isFalse();
        assertThat(demo.remove().posts()).isZero(); // again: nothing more to remove
    }
}
