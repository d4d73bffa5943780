package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile and odd input: each bad record is set aside with a reason, and the records around it still read. */
class BadInputTest {

    private final List<Post> posts = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private static String tweet(String id, String text) {
        return "{\"id\": \"" + id + "\", \"author_id\": \"1\", \"text\": \"" + text + "\", \"created_at\": \"2021-06-01T12:00:00Z\"}";
    }

    @Test
    void aJsonNestingBombIsRejectedAndTheNextLineStillReads() throws Exception {
        String bomb = "{\"author_id\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String file = tweet("1", "before") + "\n" + bomb + "\n" + tweet("3", "after") + "\n";
        long read = new TwitterV2Reader().read("bomb.jsonl", new StringReader(file), posts::add, rejected::add);
        assertThat(read).isEqualTo(3);
        assertThat(posts).extracting(Post::id).containsExactly("1", "3");
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).containsIgnoringCase("nesting depth");
        });
    }

    @Test
    void aRecordCutShortSaysSoWithoutTheParsersNoteOnItsSource() throws Exception {
        String file = tweet("1", "before") + "\n" + "{\"id\": \"2\", \"text\": \"cut" + "\n" + tweet("3", "after") + "\n";
        new TwitterV2Reader().read("cut.jsonl", new StringReader(file), posts::add, rejected::add);
        assertThat(posts).extracting(Post::id).containsExactly("1", "3");
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("malformed JSON: ")
                .doesNotContain("Source", "REDACTED", "byte offset"));
    }

    @Test
    void aOneMegabyteFieldIsKept() throws Exception {
        String big = "x".repeat(1 << 20);
        new TwitterV2Reader().read("big.jsonl", new StringReader(tweet("1", big) + "\n"), posts::add, rejected::add);
        assertThat(rejected).isEmpty();
        assertThat(posts.getFirst().text()).hasSize(1 << 20);
    }

    @Test
    void aCsvWithABrokenQuoteKeepsTheRowsBeforeItAndAsksToResumeAfterIt() throws Exception {
        String csv = "id_str,from_user,text,created_at\n"
                + "1,a,\"fine\",Thu Mar 05 20:00:02 +0000 2015\n"
                + "2,b,\"broken \"quote\" here,Thu Mar 05 20:00:03 +0000 2015\n"
                + "3,c,\"after it\",Thu Mar 05 20:00:04 +0000 2015\n";
        var resume = org.assertj.core.api.Assertions.catchThrowableOfType(CsvRows.ResumeAt.class,
                () -> new TagsCsvReader().read("broken.csv", new StringReader(csv), posts::add, rejected::add));
        assertThat(resume.line).isEqualTo(3);
        assertThat(resume.rows).isEqualTo(2);
        assertThat(resume.reason).contains("unreadable CSV (Invalid character between encapsulated token and delimiter)")
                .doesNotContain("line", "position"); // the parser counts lines its own way: ours alone is given
        assertThat(posts).extracting(Post::id).containsExactly("1");
        assertThat(rejected).isEmpty(); // the import sets the line aside and reads on
        // read again with lines 2 and 3 blanked, as the import does: the row after the broken one, at its own line
        posts.clear();
        rejected.clear();
        long rows = new TagsCsvReader().read("broken.csv", new BlankLines(new StringReader(csv), 2, 3), posts::add, rejected::add);
        assertThat(rows).isOne();
        assertThat(posts).extracting(Post::id).containsExactly("3");
        assertThat(rejected).isEmpty();
    }

    @Test
    void aRowThatLostAFieldSaysSo() throws Exception {
        String csv = "id_str,from_user,text,created_at\n1,a\n";
        new TagsCsvReader().read("short.csv", new StringReader(csv), posts::add, rejected::add);
        assertThat(rejected).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("the row has 2 fields, the header 4"));
    }
    @Test
    void anOverlongHashtagInANodeXlSheetRejectsItsRowAtItsLineAndTheOtherTweetsStillRead() throws Exception {
        String csv = "Vertex 1,Vertex 2,Relationship,Tweet,Hashtags in Tweet,Tweet Date (UTC),Imported ID\n"
                + "a,a,Tweet,first #nhssm,nhssm,2021-07-07 18:30:05,1\n"
                + "b,b,Tweet,second,nhssm" + "[".repeat(2_000) + ",2021-07-07 18:31:05,2\n"
                + "c,a,Mentions,third @a,nhssm,2021-07-07 18:32:05,3\n";
        List<Edge> edges = new ArrayList<>();
        new NodeXlEdgesReader().read("edges.csv", new StringReader(csv), new NetworkReader.Sink() {
            public void post(Post post) { posts.add(post); }
            public void edge(Edge edge) { edges.add(edge); }
            public void profile(Account account) { }
        }, rejected::add);
        assertThat(posts).extracting(Post::id).containsExactly("1", "3");
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("a hashtag of 2,005 characters");
        });
    }

    @Test
    void anArchiveWhoseArrayCannotBeFoundIsRejectedAtItsFirstLine() throws Exception {
        String js = "window.YTD.tweets.part0 " + "x".repeat(10_000) + " = [ {\"tweet\": {\"id_str\": \"1\"}} ]";
        long read = new TwitterArchiveReader().read("tweets.js", new StringReader(js), posts::add, rejected::add);
        assertThat(read).isOne();
        assertThat(posts).isEmpty();
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isOne();
            assertThat(r.reason()).contains("expected a JSON array");
        });
    }
}
