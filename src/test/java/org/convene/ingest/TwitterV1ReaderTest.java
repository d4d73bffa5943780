package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On the real v1.1 sample (TweetSets, anonymised ids): retweets, an extended reply, a retweeted quote. */
class TwitterV1ReaderTest {

    private final TwitterV1Reader reader = new TwitterV1Reader();
    private final List<Post> posts = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private long readSample() throws Exception {
        try (var in = new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("ingest/twitter-v1-sample.jsonl"), StandardCharsets.UTF_8)) {
            return reader.read("sample.jsonl", in, posts::add, rejected::add);
        }
    }

    private Post post(String id) {
        return posts.stream().filter(p -> p.id().equals(id)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void timesInTheAutumnClockChangeAreTheStatusesOwnWhateverTheMachinesZone() throws Exception {
        // 01:30 UTC on 25 Oct 2015 is 01:30 GMT, after 01:30 BST: twice 01:30 on a London clock
        String status = "{\"id\": 655000000000000001, \"id_str\": \"655000000000000001\", \"text\": \"late #wenurses\","
                + " \"created_at\": \"Sun Oct 25 01:30:00 +0000 2015\", \"user\": {\"id\": 9, \"id_str\": \"9\","
                + " \"screen_name\": \"nightnurse\", \"name\": \"N\"}, \"entities\": {\"hashtags\": [], \"user_mentions\": []}}";
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/London"));
            reader.read("night.jsonl", new StringReader(status), posts::add, rejected::add);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
        assertThat(rejected).isEmpty();
        assertThat(post("655000000000000001").createdAt()).hasToString("2015-10-25T01:30:00Z");
    }

    @Test
    void aRetweetWhoseOriginalHasNoUserIsRejectedAloneNotTheImport() throws Exception {
        // found by ImporterFuzzTest with a random seed: a NullPointerException stopped the whole import
        String broken = "{\"id\": 655000000000000003, \"id_str\": \"655000000000000003\", \"text\": \"RT @gone: hi\","
                + " \"created_at\": \"Sun Oct 25 12:00:00 +0000 2015\", \"user\": {\"id\": 9, \"id_str\": \"9\", \"screen_name\": \"a\"},"
                + " \"retweeted_status\": {\"id\": 655000000000000002, \"id_str\": \"655000000000000002\", \"text\": \"hi\","
                + " \"created_at\": \"Sun Oct 25 11:00:00 +0000 2015\"}}";
        String good = "{\"id\": 655000000000000004, \"id_str\": \"655000000000000004\", \"text\": \"fine\","
                + " \"created_at\": \"Sun Oct 25 12:05:00 +0000 2015\", \"user\": {\"id\": 9, \"id_str\": \"9\", \"screen_name\": \"a\"}}";
        reader.read("broken.jsonl", new StringReader(broken + "\n" + good + "\n"), posts::add, rejected::add);
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).contains("has no user");
        });
        assertThat(posts).extracting(Post::id).containsExactly("655000000000000004");
    }

    @Test
    void detectsV1ButNotTwarc() throws Exception {
        String head = new String(getClass().getClassLoader().getResourceAsStream("ingest/twitter-v1-sample.jsonl")
                .readNBytes(4096), StandardCharsets.UTF_8);
        assertThat(reader.detects(head)).isTrue();
        assertThat(reader.detects("{\"data\": [{\"author_id\": \"1\", \"id\": \"2\"}]}")).isFalse();
    }

    @Test
    void readsEveryGoodLineAndRejectsTheTruncatedOne() throws Exception {
        assertThat(readSample()).isEqualTo(7);
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(7);
            assertThat(r.reason()).startsWith("malformed JSON");
        });
    }

    @Test
    void aRetweetPointsAtItsOriginalAndMentionsNobody() throws Exception {
        readSample();
        Post retweet = post("1111111111111111114");
        assertThat(retweet.retweetOf()).isEqualTo("1111111111111111115");
        assertThat(retweet.mentions()).isEmpty();
        assertThat(retweet.author().id()).isEqualTo("2222222222");
        assertThat(posts).extracting(Post::id).contains("1111111111111111115");
        assertThat(retweet.createdAt()).hasToString("2019-10-21T10:13:02Z");
    }

    @Test
    void anExtendedReplyKeepsItsFullTextAndItsTargetIsNotAMention() throws Exception {
        readSample();
        Post reply = post("1111111111111111116");
        assertThat(reply.replyToPost()).isEqualTo("1111111111111111118");
        assertThat(reply.replyToAccount().id()).isEqualTo("3333333333");
        assertThat(reply.mentions()).extracting(Account::id).containsExactly("111111111111111117");
        assertThat(reply.text().length()).isGreaterThan(200);
    }

    @Test
    void aRetweetedQuoteBringsTheQuotedPost() throws Exception {
        readSample();
        Post quoting = post("1111111111111111106");
        assertThat(quoting.quoteOf()).isEqualTo("1111111111111111102");
        assertThat(post("1111111111111111101").retweetOf()).isEqualTo("1111111111111111106");
    }

    @Test
    void aJsonArrayReadsLikeJsonLines() throws Exception {
        String first = new String(getClass().getClassLoader().getResourceAsStream("ingest/twitter-v1-sample.jsonl")
                .readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        long n = reader.read("array.json", new StringReader("[\n" + first + ",\n" + first + "\n]"), posts::add, rejected::add);
        assertThat(n).isEqualTo(2);
        assertThat(rejected).isEmpty();
        assertThat(posts).hasSize(2).allMatch(p -> p.id().equals("1111111111111111111"));
    }
}
