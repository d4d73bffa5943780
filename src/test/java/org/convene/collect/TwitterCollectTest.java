package org.convene.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.collect.RecordedApi.Reply;
import static org.convene.collect.RecordedApi.resource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Twitter v1.1 search through Twitter4J and v2 recent search, against recorded responses: the TweetSets
 * statuses wrapped in the v1.1 search envelope, and twarc2's real v2 search pages.
 */
class TwitterCollectTest extends CollectTestBase {

    static final String EMPTY_V1 = """
            {"statuses": [], "search_metadata": {"completed_in": 0.01, "max_id": 0, "max_id_str": "0",
             "query": "%23nhssm", "count": 100, "since_id": 1111111111111111116, "since_id_str": "1111111111111111116"}}""";

    @Test
    void v1SearchThroughTwitter4jWaitsOutA429PagesByMaxIdAndRemembersSinceId() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        api = new RecordedApi(r -> {
            if (!r.path().equals("/1.1/search/tweets.json")) return new Reply(404, Map.of(), new byte[0]);
            if (calls.incrementAndGet() == 1) {
                return new Reply(429, Map.of("Retry-After", "5", "x-rate-limit-remaining", "0",
                        "x-rate-limit-reset", "1795348805"),
                        "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}".getBytes(StandardCharsets.UTF_8));
            }
            if (r.params().containsKey("since_id")) return Reply.json(EMPTY_V1);
            return Reply.json(resource(r.params().containsKey("max_id")
                    ? "collect/twitter-v1-search-page2.json" : "collect/twitter-v1-search-page1.json"));
        });
        var request = new CollectRequest(Site.TWITTER, "nhssm", api.url(), "v1", 0, true, null, List.of());
        CollectStatus first = collect(service(), request);

        assertThat(first.error()).as(String.join("\n", log)).isNull();
        assertThat(logged("rate limited by Twitter; waiting 5 s (until 12:00:05)")).as(String.join("\n", log)).isTrue();
        assertThat(waits).containsExactly(Duration.ofSeconds(5));
        assertThat(api.requests).hasSize(3).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo("Bearer test-token");
            assertThat(r.params()).containsEntry("q", "#nhssm");
        });
        // the next page ends just below the oldest id of the first
        assertThat(api.requests.get(2).params()).containsEntry("max_id", "1111111111111111110");
        assertThat(count("MATCH (p:Post {platform: 'twitter'}) WHERE p.id IN ['1111111111111111116', '1111111111111111004'] "
                + "AND p.text IS NOT NULL RETURN count(p)")).isEqualTo(2);

        long posts = count("MATCH (p:Post) RETURN count(p)");
        api.requests.clear();
        collect(service(), request);
        assertThat(api.requests).singleElement()
                .satisfies(r -> assertThat(r.params()).containsEntry("since_id", "1111111111111111116").doesNotContainKey("max_id"));
        assertThat(count("MATCH (p:Post) RETURN count(p)")).isEqualTo(posts);
    }

    /** twarc2's real v2 search pages: line n of the file is page n. */
    static byte[] twarcPage(int n) {
        String[] lines = new String(resource("ingest/twarc2-blacklivesmatter-2021.jsonl"), StandardCharsets.UTF_8).split("\n");
        return lines[n - 1].getBytes(StandardCharsets.UTF_8);
    }

    static final String PAGE1_NEXT = "b26v89c19zqg8o3fpdgaajptkvm9yxkrhbo72r95wnaf1";
    static final String PAGE1_NEWEST = "1408876829491015681";

    static Reply recentSearch(RecordedApi.Request r) {
        if (!r.path().equals("/2/tweets/search/recent")) return new Reply(404, Map.of(), new byte[0]);
        String token = r.params().get("next_token");
        if (token == null && !r.params().containsKey("since_id")) return Reply.json(twarcPage(1));
        if (PAGE1_NEXT.equals(token)) return Reply.json(twarcPage(2));
        return Reply.json("{\"meta\": {\"result_count\": 0}}");
    }

    @Test
    void v2RecentSearchFollowsNextTokensAndASecondRunSendsTheNewestId() throws Exception {
        api = new RecordedApi(TwitterCollectTest::recentSearch);
        var request = new CollectRequest(Site.TWITTER, "blacklivesmatter", api.url(), null, 0, true, null, List.of());
        CollectStatus first = collect(service(), request);

        assertThat(first.error()).isNull();
        assertThat(api.requests).hasSize(3).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo("Bearer test-token");
            assertThat(r.params()).containsEntry("query", "#blacklivesmatter").containsKey("expansions");
        });
        assertThat(api.requests.get(1).params()).containsEntry("next_token", PAGE1_NEXT);
        assertThat(count("MATCH (p:Post {platform: 'twitter', id: '" + PAGE1_NEWEST + "'}) WHERE p.text IS NOT NULL RETURN count(p)"))
                .isEqualTo(1);
        assertThat(count("MATCH (p:Post)<-[:POSTED]-() RETURN count(p)")).isGreaterThanOrEqualTo(200);

        long posts = count("MATCH (p:Post) RETURN count(p)");
        api.requests.clear();
        CollectStatus second = collect(service(), request);
        assertThat(api.requests).singleElement().satisfies(r ->
                assertThat(r.params()).containsEntry("since_id", PAGE1_NEWEST).doesNotContainKey("next_token"));
        assertThat(second.posts()).isZero();
        assertThat(count("MATCH (p:Post) RETURN count(p)")).isEqualTo(posts);
    }

    @Test
    void aRunStoppedByMaxIsContinuedFromItsCursorByTheNextRun() throws Exception {
        api = new RecordedApi(TwitterCollectTest::recentSearch);
        var limited = new CollectRequest(Site.TWITTER, "blacklivesmatter", api.url(), "v2", 50, true, null, List.of());
        CollectStatus first = collect(service(), limited);

        assertThat(first.pages()).isEqualTo(1);
        assertThat(logged("reached --max 50")).isTrue();
        assertThat(count("MATCH (s:CollectState {cursor: '" + PAGE1_NEXT + "', pending: '" + PAGE1_NEWEST
                + "'}) WHERE s.since IS NULL RETURN count(s)")).isEqualTo(1);

        api.requests.clear();
        collect(service(), new CollectRequest(Site.TWITTER, "blacklivesmatter", api.url(), "v2", 0, true, null, List.of()));
        assertThat(api.requests.getFirst().params()).containsEntry("next_token", PAGE1_NEXT);
        assertThat(count("MATCH (s:CollectState) WHERE s.since = '" + PAGE1_NEWEST + "' AND s.cursor IS NULL RETURN count(s)"))
                .isEqualTo(1);
    }

    @Test
    void aWatermarkOlderThanRecentSearchReachesIsDroppedNotFatal() throws Exception {
        api = new RecordedApi(r -> r.params().containsKey("since_id")
                ? new Reply(400, Map.of(), ("{\"errors\":[{\"parameters\":{\"since_id\":[\"1\"]},\"message\":\"Invalid "
                        + "'since_id':'1'. 'since_id' must be a tweet id created after 2026-11-15T12:00Z.\"}],"
                        + "\"title\":\"Invalid Request\",\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}")
                        .getBytes(StandardCharsets.UTF_8))
                : recentSearch(r));
        var request = new CollectRequest(Site.TWITTER, "blacklivesmatter", api.url(), "v2", 0, true, null, List.of());
        states.save(new CollectState("twitter-v2", api.url(), "blacklivesmatter", "1", null, null, 0));
        CollectStatus status = collect(service(), request);

        assertThat(status.error()).isNull();
        assertThat(api.requests.getFirst().params()).containsEntry("since_id", "1");
        assertThat(api.requests.get(1).params()).doesNotContainKey("since_id");
        assertThat(count("MATCH (s:CollectState) WHERE s.since = '" + PAGE1_NEWEST + "' RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void missingCredentialsAreNamedNotThrownAsAStackTrace() {
        var none = new CollectService(imports, states, new TwitterProperties(null, null, null, null, null),
                new MastodonProperties(null));
        assertThatThrownBy(() -> none.start(CollectRequest.once(Site.TWITTER, "nhssm", null), log::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("convene.twitter.bearer-token").hasMessageContaining("CONVENE_TWITTER_BEARER_TOKEN");
        assertThatThrownBy(() -> none.start(new CollectRequest(Site.TWITTER, "nhssm", null, "v1", 0, true, null, null), log::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consumer-key");
    }
}
