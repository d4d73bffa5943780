package org.convene.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.collect.RecordedApi.Reply;
import static org.convene.collect.RecordedApi.resource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A Mastodon hashtag timeline served from recorded pages on 127.0.0.1. */
public class MastodonCollectTest extends CollectTestBase {

    static final String NEWEST = "113000000000000003";

    /** Mastodon's Link header: next (older) page by max_id, prev (newer) by min_id. */
    static String link(String maxId, String minId) {
        String base = "https://mastodon.example/api/v1/timelines/tag/nhssm";
        String prev = "<" + base + "?min_id=" + minId + ">; rel=\"prev\"";
        return maxId == null ? prev : "<" + base + "?max_id=" + maxId + ">; rel=\"next\", " + prev;
    }

    /** Two pages, newest first; anything asked with since_id is already known: an empty page. */
    public static Reply timeline(RecordedApi.Request r) {
        if (r.params().containsKey("since_id")) return Reply.json("[]");
        String maxId = r.params().get("max_id");
        if (maxId == null) return Reply.json(resource("collect/mastodon-page1.json"), "Link", link("113000000000000002", NEWEST));
        if (maxId.equals("113000000000000002")) {
            return Reply.json(resource("collect/mastodon-page2.json"), "Link", link(null, "113000000000000001"));
        }
        return Reply.json("[]");
    }

    private CollectRequest request(boolean once) {
        return new CollectRequest(Site.MASTODON, "#NHSSM", api.url(), null, 0, once, Duration.ofSeconds(60), List.of("nhssm"));
    }

    @Test
    void postsLandAndASecondRunAsksOnlyForNewerOnesAddingNothing() throws Exception {
        api = new RecordedApi(MastodonCollectTest::timeline);
        CollectStatus first = collect(service(), request(true));

        assertThat(first.error()).isNull();
        assertThat(first.phase()).isEqualTo("finished");
        assertThat(first.pages()).isEqualTo(2);
        assertThat(api.to("/api/v1/timelines/tag/nhssm")).extracting(RecordedApi.Request::params)
                .satisfiesExactly(
                        p -> assertThat(p).containsEntry("limit", "40").doesNotContainKeys("since_id", "max_id"),
                        p -> assertThat(p).containsEntry("max_id", "113000000000000002").doesNotContainKey("since_id"));
        assertThat(count("""
                MATCH (p:Post {platform: 'mastodon'}) WHERE p.id IN [
                  'https://mastodon.example/users/chatwrangler/statuses/113000000000000001',
                  'https://nurses.example/users/wardsister/statuses/55',
                  'https://mastodon.example/users/patientvoice/statuses/113000000000000003/activity']
                RETURN count(p)""")).isEqualTo(3);
        // written through the importer: interactions derived and the chat's sitting grouped
        assertThat(count("""
                MATCH (:Account {id: 'patientvoice@mastodon.example'})-[i:INTERACTS]->(:Account {id: 'wardsister@nurses.example'})
                RETURN i.retweets""")).isEqualTo(1);
        assertThat(count("MATCH (s:ChatSession {chat: 'nhssm'}) RETURN count(s)")).isEqualTo(1);
        assertThat(count("MATCH (s:CollectState {source: 'mastodon', tag: 'nhssm'}) WHERE s.since = '" + NEWEST
                + "' AND s.cursor IS NULL RETURN count(s)")).isEqualTo(1);

        long posts = count("MATCH (p:Post) RETURN count(p)");
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        api.requests.clear();
        CollectStatus second = collect(service(), request(true));

        assertThat(api.requests).singleElement()
                .satisfies(r -> assertThat(r.params()).containsEntry("since_id", NEWEST));
        assertThat(second.posts()).isZero();
        assertThat(count("MATCH (p:Post) RETURN count(p)")).isEqualTo(posts);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
        assertThat(count("MATCH (s:CollectState) RETURN s.collected")).isEqualTo(first.posts());
        assertThat(service().remembered()).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("source", "mastodon").containsEntry("endpoint", api.url()).containsEntry("tag", "nhssm")
                .containsEntry("since", NEWEST).containsEntry("collected", first.posts()));
    }

    @Test
    void aRunForOnceThatReachesNoServerTriesOnceMoreAndStops() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort(); // free again once closed: nothing answers there
        }
        CollectStatus status = collect(service(), CollectRequest.once(Site.MASTODON, "nhssm", "http://127.0.0.1:" + closed));
        assertThat(status.error()).isNotNull();
        assertThat(waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aRateLimitIsWaitedOutAndSaidHowLong() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        api = new RecordedApi(r -> switch (calls.incrementAndGet()) {
            case 1 -> new Reply(429, java.util.Map.of("Retry-After", "7"), "{\"error\":\"Too many requests\"}".getBytes());
            case 2 -> Reply.json(resource("collect/mastodon-page1.json"), "Link", link("113000000000000002", NEWEST),
                    "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "2026-11-22T12:00:30.000Z");
            default -> timeline(r);
        });
        CollectStatus status = collect(service(), request(true));

        assertThat(status.error()).isNull();
        assertThat(logged("rate limited by Mastodon; waiting 7 s (until 12:00:07)")).as(String.join("\n", log)).isTrue();
        assertThat(logged("no requests left at Mastodon; waiting 30 s (until 12:00:30)")).isTrue();
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(30));
        // the refused request was made again, and paging went on after the wait
        assertThat(api.requests).hasSize(3);
        assertThat(api.requests.get(1).params()).isEqualTo(api.requests.get(0).params());
        assertThat(count("MATCH (p:Post {id: 'https://mastodon.example/users/chatwrangler/statuses/113000000000000001'}) RETURN count(p)"))
                .isEqualTo(1);
    }

    @Test
    void aBrokenPageIsReportedAndTheRestIsKept() throws Exception {
        api = new RecordedApi(r -> {
            String maxId = r.params().get("max_id");
            if (maxId == null) return Reply.json(resource("collect/mastodon-page1.json"), "Link", link("113000000000000002", NEWEST));
            if (maxId.equals("113000000000000002")) {
                return Reply.json(resource("collect/mastodon-truncated.json"), "Link", link("113000000000000004", "113000000000000006"));
            }
            if (maxId.equals("113000000000000004")) {
                return Reply.json(resource("collect/mastodon-page2.json"), "Link", link(null, "113000000000000001"));
            }
            return Reply.json("[]");
        });
        CollectStatus status = collect(service(), request(true));

        assertThat(status.error()).isNull();
        assertThat(status.pages()).isEqualTo(3);
        assertThat(status.rejected()).isEqualTo(1);
        assertThat(logged("rejected GET " + api.url() + "/api/v1/timelines/tag/nhssm?limit=40&max_id=113000000000000002:"))
                .as(String.join("\n", log)).isTrue();
        assertThat(logged("malformed JSON")).isTrue();
        // the status before the fault on the broken page, and the page after it, both landed
        assertThat(count("""
                MATCH (p:Post) WHERE p.id IN ['https://mastodon.example/users/chatwrangler/statuses/113000000000000006',
                                              'https://mastodon.example/users/chatwrangler/statuses/113000000000000001']
                RETURN count(p)""")).isEqualTo(2);
    }
}
