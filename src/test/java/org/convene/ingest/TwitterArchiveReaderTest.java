package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwitterArchiveReaderTest {

    private final TwitterArchiveReader reader = new TwitterArchiveReader();
    private final List<Post> posts = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private Path copy(String... files) throws Exception {
        Path dir = Files.createTempDirectory("convene-archive-");
        for (String f : files) {
            try (var in = getClass().getClassLoader().getResourceAsStream("ingest/archive/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir.resolve("tweets.js");
    }

    private long read(Path tweets) throws Exception {
        try (var in = Files.newBufferedReader(tweets)) {
            return reader.read(tweets.toString(), in, posts::add, rejected::add);
        }
    }

    @Test
    void theOwnerComesFromAccountAndProfileBesideTheTweets() throws Exception {
        Path tweets = copy("tweets.js", "account.js", "profile.js");
        assertThat(reader.detects(Files.readString(tweets))).isTrue();
        assertThat(read(tweets)).isEqualTo(2);
        assertThat(rejected).isEmpty();
        Post reply = posts.stream().filter(p -> p.id().equals("600000000000000010")).findFirst().orElseThrow();
        assertThat(reply.author().id()).isEqualTo("1000009");
        assertThat(reply.author().handle()).isEqualTo("ChiefNurseX");
        assertThat(reply.author().bio()).isEqualTo("Chief nurse, NHS trust. RGN. Views my own.");
        assertThat(reply.replyToAccount().id()).isEqualTo("1000002");
        assertThat(reply.mentions()).isEmpty();
        assertThat(reply.createdAt()).hasToString("2015-03-05T20:15:00Z");
        Post retweet = posts.stream().filter(p -> p.id().equals("600000000000000011")).findFirst().orElseThrow();
        Post original = posts.stream().filter(p -> p.id().equals(retweet.retweetOf())).findFirst().orElseThrow();
        assertThat(original.author().id()).isEqualTo("1000001");
    }

    @Test
    void withoutAccountJsEveryTweetSaysWhatIsMissing() throws Exception {
        assertThat(read(copy("tweets.js"))).isEqualTo(2);
        assertThat(posts).isEmpty();
        assertThat(rejected).hasSize(2).allMatch(r -> r.reason().contains("account.js"));
    }
}
