package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopsyCsvReaderTest {

    private final TopsyCsvReader reader = new TopsyCsvReader();
    private final List<Post> posts = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private long read(String resource) throws Exception {
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return reader.read(resource, in, posts::add, rejected::add);
        }
    }

    @Test
    void readsTheBundledCancerChatCollection() throws Exception {
        assertThat(read("demo/cancerchat-2014.csv")).isEqualTo(156);
        assertThat(rejected).isEmpty();
        assertThat(posts.stream().filter(p -> p.retweetOf() != null)).hasSize(101);
        // every retweet's original is emitted too, and retweets carry no mentions of their own
        var ids = posts.stream().map(Post::id).toList();
        assertThat(posts.stream().filter(p -> p.retweetOf() != null))
                .allMatch(p -> ids.contains(p.retweetOf()) && p.mentions().isEmpty());
        assertThat(posts).allMatch(p -> p.createdAt() == null || p.createdAt().toString().startsWith("2014-"));
    }

    @Test
    void setsAsideBadRowsWithTheirLineAndKeepsTheRest() throws Exception {
        assertThat(read("ingest/topsy-bad.csv")).isEqualTo(5);
        assertThat(rejected).extracting(Rejected::line).containsExactly(4L, 6L);
        assertThat(rejected.get(0).reason()).contains("no author");
        assertThat(rejected.get(1).reason()).contains("no numeric post id");
        assertThat(rejected.get(0).file()).isEqualTo("ingest/topsy-bad.csv");
    }

    @Test
    void leadingHandleIsAnInferredReplyAndNotAlsoAMention() throws Exception {
        read("ingest/topsy-bad.csv");
        Post reply = posts.stream().filter(p -> p.author().handle().equals("DrGP")).findFirst().orElseThrow();
        assertThat(reply.replyToAccount().id()).isEqualTo("@wardsister");
        assertThat(reply.replyInferred()).isTrue();
        assertThat(reply.mentions()).extracting(Account::id).containsExactly("@chiefexec");
        assertThat(reply.author().bio()).isEqualTo("GP");
    }

    @Test
    void retweetWithTheOriginalIdPointsAtTheRealOriginal() throws Exception {
        read("ingest/topsy-bad.csv");
        Post retweet = posts.stream().filter(p -> p.id().equals("500000000000000009")).findFirst().orElseThrow();
        assertThat(retweet.retweetOf()).isEqualTo("500000000000000001");
        assertThat(retweet.mentions()).isEmpty();
        Post original = posts.stream().filter(p -> p.id().equals("500000000000000001")).findFirst().orElseThrow();
        assertThat(original.text()).contains("multi-line post");
    }

    @Test
    void mentionsSeparatedByCommasAreSeveralAccountsEntitiesAreDecodedAndAMentionThatIsNoHandleSetsTheRowAside() throws Exception {
        String csv = """
                hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url
                nhssm,720000000000000001,"Hi #nhssm &amp; friends &lt;3",,"nhsengland, @rcnnews;nhs_ceo",06/05/14,1,HandEdited,http://twitter.com/HandEdited/status/720000000000000001,
                nhssm,720000000000000002,"Hi #nhssm",,"nhs england!",06/05/14,1,HandEdited,http://twitter.com/HandEdited/status/720000000000000002,
                nhssm,720000000000000003,"Hi #nhssm",,,5 June 2014,1,HandEdited,http://twitter.com/HandEdited/status/3,
                """;
        reader.read("hand.csv", new java.io.StringReader(csv), posts::add, rejected::add);
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.mentions()).extracting(Account::id).containsExactly("@nhsengland", "@rcnnews", "@nhs_ceo");
            assertThat(p.text()).as("Twitter's HTML entities decoded").isEqualTo("Hi #nhssm & friends <3");
        });
        assertThat(rejected).extracting(Rejected::line).containsExactly(3L, 4L);
        assertThat(rejected.get(0).reason()).contains("'england!' in user_mentions is not a handle");
        assertThat(rejected.get(1).reason()).contains("MM/DD/YY");
    }

    @Test
    void theIdsTimeIsKeptWhenItAgreesWithTheDateAndTheDateWinsWhenTheyDisagree() throws Exception {
        String csv = """
                hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url
                celiac,473013901949280257,"Real id",,,06/01/14,1,a,,
                celiac,900000000000000001,"Made-up id",,,2014-06-30 20:00:00,1,b,,
                """;
        reader.read("dates.csv", new java.io.StringReader(csv), posts::add, rejected::add);
        assertThat(rejected).isEmpty();
        // the snowflake's own time, to the millisecond, within a day of the stated date
        assertThat(posts.get(0).createdAt()).isEqualTo(TopsyCsvReader.snowflakeTime("473013901949280257"));
        assertThat(posts.get(0).createdAt().toString()).startsWith("2014-06-01");
        // an id that would mean August 2017 does not move a post written on 30 June 2014
        assertThat(posts.get(1).createdAt().toString()).startsWith("2014-06-30");
    }
}
