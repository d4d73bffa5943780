package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The places health chats moved to: Mastodon statuses and Bluesky post views. */
class FediverseReadersTest {

    private final List<Post> posts = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private long read(SourceReader reader, String resource) throws Exception {
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return reader.read(resource, in, posts::add, rejected::add);
        }
    }

    private Post post(String id) {
        return posts.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void mastodonAccountsAreFullAddressesAndTextLosesItsHtml() throws Exception {
        assertThat(read(new MastodonReader(), "ingest/mastodon-nhssm.json")).isEqualTo(3);
        assertThat(rejected).isEmpty();
        Post welcome = post("https://mastodon.example/users/chatwrangler/statuses/113000000000000001");
        assertThat(welcome.author().id()).isEqualTo("chatwrangler@mastodon.example");
        assertThat(welcome.text()).isEqualTo("Welcome to #nhssm tonight & every Monday!\nQ1 at 12:05");
        assertThat(welcome.author().bio()).isEqualTo("Host of #nhssm. Comms & digital, NHS.");
        assertThat(welcome.hashtags()).containsExactly("nhssm");
    }

    @Test
    void mastodonReplyPointsAtTheParentUriAndItsTargetIsNotAMention() throws Exception {
        read(new MastodonReader(), "ingest/mastodon-nhssm.json");
        Post reply = post("https://nurses.example/users/wardsister/statuses/55");
        assertThat(reply.replyToPost()).isEqualTo("https://mastodon.example/users/chatwrangler/statuses/113000000000000001");
        assertThat(reply.replyToAccount().id()).isEqualTo("chatwrangler@mastodon.example");
        assertThat(reply.mentions()).extracting(Account::id).containsExactly("chiefexec@health.example");
    }

    @Test
    void mastodonReblogIsARetweetOfTheOriginal() throws Exception {
        read(new MastodonReader(), "ingest/mastodon-nhssm.json");
        Post reblog = post("https://mastodon.example/users/patientvoice/statuses/113000000000000003/activity");
        assertThat(reblog.retweetOf()).isEqualTo("https://nurses.example/users/wardsister/statuses/55");
        assertThat(reblog.mentions()).isEmpty();
        assertThat(reblog.author().id()).isEqualTo("patientvoice@mastodon.example");
    }

    @Test
    void mastodonPagesOnePerLineNewestFirstFindTheirParentsAndBoostsCarryTheTags() throws Exception {
        // two timeline pages appended to one file, each newest first: the reply comes before its parent
        assertThat(read(new MastodonReader(), "ingest/mastodon-pages-newest-first.jsonl")).isEqualTo(5);
        assertThat(rejected).isEmpty();
        assertThat(posts).extracting(Post::id).contains("https://mastodon.example/users/host/statuses/2001",
                "https://mastodon.example/users/nurse/statuses/2002");
        assertThat(post("https://mastodon.example/users/doc/statuses/2003").replyToPost())
                .isEqualTo("https://mastodon.example/users/nurse/statuses/2002");
        // a parent the file does not hold keeps the local id, the only name the file gives it
        assertThat(post("https://mastodon.example/users/doc/statuses/2005").replyToPost()).isEqualTo("mastodon-local:1999");
        Post boost = post("https://mastodon.example/users/carer/statuses/2004/activity");
        assertThat(boost.retweetOf()).isEqualTo("https://mastodon.example/users/host/statuses/2001");
        assertThat(boost.hashtags()).containsExactly("nhssm");
    }

    @Test
    void blueskyMentionFacetsAreReadByUtf8ByteOffsets() throws Exception {
        assertThat(read(new BlueskyReader(), "ingest/bluesky-search.json")).isEqualTo(2);
        assertThat(rejected).isEmpty();
        Post invite = post("at://did:plc:host111/app.bsky.feed.post/3kabc1");
        assertThat(invite.author().handle()).isEqualTo("wenurses.bsky.social");
        assertThat(invite.mentions()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("did:plc:cno222");
            assertThat(m.handle()).isEqualTo("cno.bsky.social");
        });
        assertThat(invite.hashtags()).containsExactly("wenurses");
    }

    @Test
    void blueskyRepliesQuotesAndReposts() throws Exception {
        read(new BlueskyReader(), "ingest/bluesky-search.json");
        Post reply = post("at://did:plc:nurse333/app.bsky.feed.post/3kabc2");
        assertThat(reply.replyToPost()).isEqualTo("at://did:plc:host111/app.bsky.feed.post/3kabc1");
        assertThat(reply.replyToAccount().id()).isEqualTo("did:plc:host111");
        assertThat(reply.quoteOf()).isEqualTo("at://did:plc:cno222/app.bsky.feed.post/3kzzz9");
        Post repost = posts.stream().filter(p -> p.retweetOf() != null).findFirst().orElseThrow();
        assertThat(repost.author().id()).isEqualTo("did:plc:carer444");
        assertThat(repost.retweetOf()).isEqualTo("at://did:plc:host111/app.bsky.feed.post/3kabc1");
        assertThat(repost.hashtags()).containsExactly("wenurses"); // as a retweet carries them
    }

    private long readText(SourceReader reader, String text) throws Exception {
        return reader.read("page.json", new java.io.StringReader(text), posts::add, rejected::add);
    }

    @Test
    void oneUnreadablePostInAPageLosesOnlyItselfAndQuotedViewsBringTheirAuthors() throws Exception {
        String view = """
                {"uri": "at://did:plc:a/app.bsky.feed.post/%s", "author": {"did": "did:plc:a", "handle": "a.bsky.social"},
                 "record": {"text": "post %s #wenurses", "createdAt": "%s"}%s}""";
        String quote = """
                , "embed": {"$type": "app.bsky.embed.record#view", "record": {"$type": "app.bsky.embed.record#viewRecord",
                  "uri": "at://did:plc:q/app.bsky.feed.post/q1", "author": {"did": "did:plc:q", "handle": "q.bsky.social"},
                  "value": {"text": "the quoted one", "createdAt": "2024-10-01T10:00:00Z"}}}""";
        readText(new BlueskyReader(), "{\"posts\": [" + view.formatted("p1", "1", "2024-10-03T19:00:00Z", "") + ","
                + view.formatted("p2", "2", "2024-10-03T19:01:00", "") + ","
                + view.formatted("p3", "3", "2024-10-03T19:02:00Z", quote.replace("\n", "")) + "]}");
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("item 2 of 3 in this record: unreadable time"));
        assertThat(posts).extracting(Post::id).containsExactlyInAnyOrder("at://did:plc:a/app.bsky.feed.post/p1",
                "at://did:plc:q/app.bsky.feed.post/q1", "at://did:plc:a/app.bsky.feed.post/p3");
        assertThat(post("at://did:plc:q/app.bsky.feed.post/q1").author().handle()).isEqualTo("q.bsky.social");

        posts.clear();
        rejected.clear();
        String tweet = """
                {"id": "%s", "author_id": "1", "created_at": "%s", "text": "short", "entities": {"hashtags": [{"tag": "nhssm"}]}%s}""";
        String note = ", \"note_tweet\": {\"text\": \"a long post ... @bob #nhssm\", \"entities\": {\"mentions\": [{\"id\": \"2\", \"username\": \"bob\"}]}}";
        readText(new TwitterV2Reader(), "{\"data\": [" + tweet.formatted("11", "2024-01-01T10:00:00.000Z", note) + ","
                + tweet.formatted("12", "yesterday", "") + "," + tweet.formatted("13", "2024-01-01T10:02:00.000Z", "") + "]}");
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("item 2 of 3"));
        assertThat(posts).extracting(Post::id).containsExactly("11", "13");
        assertThat(post("11").text()).isEqualTo("a long post ... @bob #nhssm");
        assertThat(post("11").mentions()).extracting(Account::handle).containsExactly("bob");
    }

    @Test
    void eachReaderRecognisesItsOwnFormatOnly() throws Exception {
        String mastodon = new String(getClass().getClassLoader().getResourceAsStream("ingest/mastodon-nhssm.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        String bluesky = new String(getClass().getClassLoader().getResourceAsStream("ingest/bluesky-search.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(new MastodonReader().detects(mastodon)).isTrue();
        assertThat(new BlueskyReader().detects(mastodon)).isFalse();
        assertThat(new BlueskyReader().detects(bluesky)).isTrue();
        assertThat(new MastodonReader().detects(bluesky)).isFalse();
        assertThat(new TwitterV1Reader().detects(mastodon)).isFalse();
        assertThat(new TwitterV2Reader().detects(bluesky)).isFalse();
    }
}
