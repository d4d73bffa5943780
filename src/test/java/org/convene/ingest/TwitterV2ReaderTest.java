package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On 500 real tweets from a twarc2 search (5 response pages): 367 retweets, 35 replies, 18 quotes. */
class TwitterV2ReaderTest {

    private final TwitterV2Reader reader = new TwitterV2Reader();
    private final List<Post> posts = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private long readSample() throws Exception {
        try (var in = new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("ingest/twarc2-blacklivesmatter-2021.jsonl"), StandardCharsets.UTF_8)) {
            return reader.read("twarc2.jsonl", in, posts::add, rejected::add);
        }
    }

    @Test
    void readsEveryPage() throws Exception {
        assertThat(readSample()).isEqualTo(500); // five pages of 100 tweets: a record is a tweet, not a page
        assertThat(rejected).isEmpty();
        // the 500 tweets of the pages, plus the referenced tweets the pages include
        assertThat(posts.stream().map(Post::id).distinct().count()).isGreaterThan(500);
        assertThat(posts.stream().filter(p -> p.retweetOf() != null).count()).isGreaterThanOrEqualTo(367);
        assertThat(posts.stream().filter(p -> p.replyToPost() != null).count()).isGreaterThanOrEqualTo(35);
        assertThat(posts.stream().filter(p -> p.quoteOf() != null).count()).isGreaterThanOrEqualTo(18);
        // authors come with their profiles from includes.users
        assertThat(posts.stream().filter(p -> p.author().bio() != null).count()).isGreaterThan(300);
    }

    @Test
    void retweetsMentionNobodyAndRepliesDoNotMentionTheirTarget() throws Exception {
        readSample();
        assertThat(posts.stream().filter(p -> p.retweetOf() != null)).allMatch(p -> p.mentions().isEmpty());
        assertThat(posts.stream().filter(p -> p.replyToAccount() != null))
                .allMatch(p -> p.mentions().stream().noneMatch(m -> m.id().equals(p.replyToAccount().id())));
    }

    @Test
    void aFlattenedTweetWithItsEmbeddedReferences() throws Exception {
        String line = """
                {"id": "10", "author_id": "1", "text": "@nurse_a agreed! #nhssm", "created_at": "2021-06-01T12:00:00.000Z",
                 "author": {"id": "1", "username": "ChiefExec", "description": "CEO of an NHS trust"},
                 "in_reply_to_user_id": "2", "in_reply_to_user": {"id": "2", "username": "nurse_a"},
                 "entities": {"mentions": [{"id": "2", "username": "nurse_a"}], "hashtags": [{"tag": "NHSSM"}]},
                 "referenced_tweets": [{"type": "replied_to", "id": "9", "author_id": "2", "text": "hello"}]}
                """.replace("\n", " ");
        assertThat(reader.read("flat.jsonl", new StringReader(line), posts::add, rejected::add)).isEqualTo(1);
        Post post = posts.getLast();
        assertThat(post.author().bio()).isEqualTo("CEO of an NHS trust");
        assertThat(post.replyToPost()).isEqualTo("9");
        assertThat(post.replyToAccount().handle()).isEqualTo("nurse_a");
        assertThat(post.mentions()).isEmpty();
        assertThat(post.hashtags()).containsExactly("nhssm");
    }

    @Test
    void aRecordWithoutTweetsIsRejectedWithItsLine() throws Exception {
        reader.read("bad.jsonl", new StringReader("{\"meta\": {}}\n{\"author_id\": \"1\"}\n"), posts::add, rejected::add);
        assertThat(rejected).extracting(Rejected::line).containsExactly(1L, 2L);
    }
}
