package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsCsvReaderTest {

    private final TagsCsvReader reader = new TagsCsvReader();
    private final List<Post> posts = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private long readFixture() throws Exception {
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream("ingest/tags-wenurses.csv"),
                StandardCharsets.UTF_8)) {
            return reader.read("tags.csv", in, posts::add, rejected::add);
        }
    }

    @Test
    void readsRepliesWithIdsAndRejectsTheUndatedRow() throws Exception {
        assertThat(readFixture()).isEqualTo(4);
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.reason()).contains("created_at");
        });
        Post reply = posts.stream().filter(p -> p.id().equals("600000000000000002")).findFirst().orElseThrow();
        assertThat(reply.author().id()).isEqualTo("1000002");
        assertThat(reply.createdAt()).hasToString("2015-03-05T20:06:10Z");
        assertThat(reply.replyToPost()).isEqualTo("600000000000000001");
        assertThat(reply.replyToAccount().id()).isEqualTo("1000001");
        assertThat(reply.mentions()).extracting(Account::id).containsExactly("1000009");
    }

    @Test
    void anRtTextIsARetweetOfItsAuthorAndItsMentionsStayWithTheOriginal() throws Exception {
        readFixture();
        Post retweet = posts.stream().filter(p -> p.id().equals("600000000000000003")).findFirst().orElseThrow();
        assertThat(retweet.mentions()).isEmpty();
        Post original = posts.stream().filter(p -> p.id().equals(retweet.retweetOf())).findFirst().orElseThrow();
        assertThat(original.author().id()).isEqualTo("1000002");
        assertThat(original.mentions()).extracting(Account::id).containsExactly("1000001", "1000009");
    }

    @Test
    void detectsTagsButNotTopsy() throws Exception {
        String head = new String(getClass().getClassLoader().getResourceAsStream("ingest/tags-wenurses.csv")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reader.detects(head)).isTrue();
        assertThat(new TopsyCsvReader().detects(head)).isFalse();
        String topsy = new String(getClass().getClassLoader().getResourceAsStream("demo/cancerchat-2014.csv")
                .readNBytes(4096), StandardCharsets.UTF_8);
        assertThat(reader.detects(topsy)).isFalse();
    }
}
