package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import twitter4j.TwitterException;
import twitter4j.TwitterObjectFactory;
import twitter4j.v1.HashtagEntity;
import twitter4j.v1.Status;
import twitter4j.v1.User;
import twitter4j.v1.UserMentionEntity;

/**
 * Twitter API v1.1 statuses (one per line, or a JSON array), parsed by Twitter4J as the live collector
 * receives them. A retweet yields the original and the retweet; a quote yields the quoted post too.
 */
@Component
public final class TwitterV1Reader implements SourceReader {

    static final String PLATFORM = "twitter";

    @Override
    public String format() {
        return "twitter-v1";
    }

    @Override
    public boolean detects(String head) {
        String start = head.stripLeading();
        return (start.startsWith("{") || start.startsWith("["))
                && head.contains("\"id_str\"") && head.contains("\"screen_name\"") && !head.contains("\"author_id\"");
    }

    @Override
    public long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException {
        return JsonRecords.read(fileName, in, new JsonRecords.Handler() {
            @Override
            public void accept(long line, JsonNode record) {
                accept(line, record, record.toString());
            }

            @Override
            public void accept(long line, JsonNode record, String text) {
                Status status;
                try {
                    status = TwitterObjectFactory.createStatus(text);
                } catch (TwitterException | RuntimeException e) {
                    throw new IllegalArgumentException("not a v1.1 status: " + e.getMessage());
                }
                Map<Long, Instant> times = new HashMap<>();
                createdAt(record, times);
                toPosts(status, posts, times);
            }
        }, rejected);
    }

    /**
     * Each status's time as the JSON gives it, by id, the embedded ones too. Twitter4J hands times over as local
     * date-times of this machine's zone, which the autumn clock change makes ambiguous (01:30 happens twice).
     */
    private static void createdAt(JsonNode s, Map<Long, Instant> times) {
        if (s == null || !s.isObject()) return;
        String text = JsonRecords.text(s, "created_at");
        if (text != null && s.path("id").canConvertToLong()) {
            try {
                times.put(s.path("id").asLong(), java.time.OffsetDateTime.parse(text, TimeParser.TWITTER_CREATED_AT).toInstant());
            } catch (java.time.DateTimeException ignored) {
                // Twitter4J's own reading stands
            }
        }
        createdAt(s.get("retweeted_status"), times);
        createdAt(s.get("quoted_status"), times);
    }

    /** Emits the status and, first, the statuses it embeds. */
    static void toPosts(Status status, Consumer<Post> posts, Map<Long, Instant> times) {
        // checked for every status, the retweeted one too: a corrupt line is rejected, not the whole import stopped
        if (status.getUser() == null) throw new IllegalArgumentException("status " + status.getId() + " has no user");
        Account author = account(status.getUser(), time(status, times));
        String id = Long.toString(status.getId());
        String url = "https://twitter.com/" + status.getUser().getScreenName() + "/status/" + id;
        List<String> tags = Arrays.stream(status.getHashtagEntities()).map(HashtagEntity::getText).toList();
        if (status.isRetweet() && status.getRetweetedStatus() != null) {
            Status original = status.getRetweetedStatus();
            toPosts(original, posts, times);
            // the retweet's own entities are copies of the original's: they are not the retweeter's mentions
            posts.accept(new Post(PLATFORM, id, author, status.getText(), time(status, times), status.getLang(), url,
                    tags, List.of(), null, null, false, Long.toString(original.getId()), null));
            return;
        }
        String quoteOf = null;
        if (status.getQuotedStatus() != null && status.getQuotedStatus().getUser() != null) {
            toPosts(status.getQuotedStatus(), posts, times);
            quoteOf = Long.toString(status.getQuotedStatus().getId());
        } else if (status.getQuotedStatusId() > 0) {
            quoteOf = Long.toString(status.getQuotedStatusId());
        }
        long replyUser = status.getInReplyToUserId();
        Account replyTo = replyUser > 0
                ? Account.reference(PLATFORM, Long.toString(replyUser), status.getInReplyToScreenName()) : null;
        List<Account> mentions = new ArrayList<>();
        for (UserMentionEntity m : status.getUserMentionEntities()) {
            if (m.getId() == replyUser) continue; // the reply target is a reply, not also a mention
            mentions.add(Account.reference(PLATFORM, m.getId() > 0 ? Long.toString(m.getId()) : null, m.getScreenName()));
        }
        String replyToPost = status.getInReplyToStatusId() > 0 ? Long.toString(status.getInReplyToStatusId()) : null;
        posts.accept(new Post(PLATFORM, id, author, status.getText(), time(status, times), status.getLang(), url, tags,
                mentions, replyToPost, replyTo, false, null, quoteOf));
    }

    private static Account account(User user, Instant seen) {
        return new Account(PLATFORM, Long.toString(user.getId()), user.getScreenName(), user.getName(),
                user.getDescription(), user.getLocation(), (long) user.getFollowersCount(), user.getURL(), seen);
    }

    /** Twitter4J gives the creation time in the JVM's zone; turn it back into an instant. */
    private static Instant time(Status status, Map<Long, Instant> times) {
        Instant given = times.get(status.getId());
        if (given != null) return given;
        return status.getCreatedAt() == null ? null : status.getCreatedAt().atZone(ZoneId.systemDefault()).toInstant();
    }
}
