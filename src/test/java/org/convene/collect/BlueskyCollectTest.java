package org.convene.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.collect.RecordedApi.Reply;
import static org.convene.collect.RecordedApi.resource;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Bluesky searchPosts served from recorded pages: cursor paging, and the newest indexedAt as the next since. */
class BlueskyCollectTest extends CollectTestBase {

    static final String NEWEST = "2024-10-03T19:04:01.000Z";

    /** What searchPosts answers with since = the newest indexedAt: that post again (since is inclusive). */
    static byte[] sinceNewest() {
        ObjectNode page = (ObjectNode) Json.MAPPER.readTree(resource("collect/bluesky-page1.json"));
        page.withArray("posts").remove(1);
        page.remove("cursor");
        return Json.MAPPER.writeValueAsBytes(page);
    }

    @Test
    void pagesFollowTheCursorAndASecondRunStartsAtTheNewestTime() throws Exception {
        api = new RecordedApi(r -> {
            if (!r.path().equals("/xrpc/app.bsky.feed.searchPosts")) return new Reply(404, java.util.Map.of(), new byte[0]);
            if (r.params().containsKey("since")) return Reply.json(sinceNewest());
            return Reply.json(resource(r.params().containsKey("cursor") ? "collect/bluesky-page2.json" : "collect/bluesky-page1.json"));
        });
        var request = new CollectRequest(Site.BLUESKY, "wenurses", api.url(), null, 0, true, null, List.of());
        CollectStatus first = collect(service(), request);

        assertThat(first.error()).isNull();
        assertThat(first.pages()).isEqualTo(2);
        assertThat(api.requests).extracting(RecordedApi.Request::params).satisfiesExactly(
                p -> assertThat(p).containsEntry("q", "#wenurses").containsEntry("sort", "latest")
                        .doesNotContainKeys("cursor", "since"),
                p -> assertThat(p).containsEntry("cursor", "2").doesNotContainKey("since"));
        assertThat(count("""
                MATCH (p:Post {platform: 'bluesky'}) WHERE p.id IN ['at://did:plc:host111/app.bsky.feed.post/3kabc1',
                  'at://did:plc:nurse333/app.bsky.feed.post/3kabc2', 'at://did:plc:carer444/app.bsky.feed.post/3kabb7']
                RETURN count(p)""")).isEqualTo(3);
        assertThat(count("MATCH (:Account {id: 'did:plc:nurse333'})-[i:INTERACTS]->(:Account {id: 'did:plc:host111'}) RETURN i.replies"))
                .isEqualTo(1);

        long posts = count("MATCH (p:Post) RETURN count(p)");
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        api.requests.clear();
        CollectStatus second = collect(service(), request);

        assertThat(api.requests).singleElement().satisfies(r ->
                assertThat(r.params()).containsEntry("since", NEWEST).doesNotContainKey("cursor"));
        assertThat(second.posts()).isZero(); // the post at the inclusive watermark is not news
        assertThat(logged("Bluesky #wenurses: poll 1: nothing new")).isTrue();
        assertThat(count("MATCH (p:Post) RETURN count(p)")).isEqualTo(posts);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
    }
}
