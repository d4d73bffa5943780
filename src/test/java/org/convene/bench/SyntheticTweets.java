package org.convene.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a realistic Twitter API v1.1 JSON-lines file for benchmarks: Zipf-distributed authors, mentions
 * and hashtags, 30% replies to earlier tweets, 10% retweets with the original embedded, 3% quotes, and
 * full user objects with bios. The same seed and count give the same file.
 */
public final class SyntheticTweets {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String[] WORDS = ("nurse patient care ward shift safe staffing today thanks great chat "
            + "question join tonight community mental health cancer support team leadership nhs digital "
            + "social media learning share experience family carer hospital gp practice trust board listen "
            + "voice change improve quality data research evidence wellbeing coffee morning").split(" ");
    private static final String[] BIO = ("Nurse|Staff nurse|Ward sister|Matron|Chief nurse|GP|Consultant "
            + "physician|Registrar|Chief executive|Chair|Non-executive director|Commissioner at CCG|Patient "
            + "advocate|Carer for my mum|Living with cancer|Researcher|Lecturer in nursing|Comms manager|"
            + "Digital lead|Physiotherapist|Midwife|Health visitor|Journalist").split("\\|");

    private final SplittableRandom random;
    private final int accounts;
    private final Zipf authors;
    private final Zipf tags;
    private final ObjectMapper json = new ObjectMapper();

    public SyntheticTweets(long seed, int accounts) {
        this.random = new SplittableRandom(seed);
        this.accounts = accounts;
        this.authors = new Zipf(accounts, 1.07);
        this.tags = new Zipf(2000, 1.2);
    }

    /** Writes {@code count} tweets, one JSON object per line. */
    public void write(Path file, int count) throws IOException {
        long[] recentIds = new long[4096];
        int[] recentAuthors = new int[4096];
        long baseId = 500_000_000_000_000_000L;
        long start = Instant.parse("2014-01-01T00:00:00Z").getEpochSecond();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                long id = baseId + i * 7L;
                long at = start + i * 20L;
                int author = authors.sample(random);
                ObjectNode tweet;
                double kind = random.nextDouble();
                if (kind < 0.10 && i > 0) {
                    int j = random.nextInt(Math.min(i, recentIds.length));
                    ObjectNode original = status(recentIds[j], recentAuthors[j], at - 600, null);
                    tweet = status(id, author, at, original);
                } else {
                    tweet = status(id, author, at, null);
                    if (kind < 0.40 && i > 0) { // 30% replies
                        int j = random.nextInt(Math.min(i, recentIds.length));
                        tweet.put("in_reply_to_status_id", recentIds[j]);
                        tweet.put("in_reply_to_status_id_str", Long.toString(recentIds[j]));
                        tweet.put("in_reply_to_user_id", userId(recentAuthors[j]));
                        tweet.put("in_reply_to_user_id_str", Long.toString(userId(recentAuthors[j])));
                        tweet.put("in_reply_to_screen_name", handle(recentAuthors[j]));
                        tweet.put("text", "@" + handle(recentAuthors[j]) + " " + tweet.get("text").asString());
                    } else if (kind < 0.43 && i > 0) { // 3% quotes
                        int j = random.nextInt(Math.min(i, recentIds.length));
                        tweet.put("is_quote_status", true);
                        tweet.put("quoted_status_id", recentIds[j]);
                        tweet.put("quoted_status_id_str", Long.toString(recentIds[j]));
                        tweet.set("quoted_status", status(recentIds[j], recentAuthors[j], at - 900, null));
                    }
                    recentIds[i % recentIds.length] = id;
                    recentAuthors[i % recentAuthors.length] = author;
                }
                out.write(json.writeValueAsString(tweet));
                out.write('\n');
            }
        }
    }

    private ObjectNode status(long id, int author, long at, ObjectNode retweeted) {
        ObjectNode t = json.createObjectNode();
        t.put("created_at", CREATED.format(Instant.ofEpochSecond(at)));
        t.put("id", id);
        t.put("id_str", Long.toString(id));
        StringBuilder text = new StringBuilder();
        ObjectNode entities = t.putObject("entities");
        ArrayNode hashtags = entities.putArray("hashtags");
        ArrayNode mentions = entities.putArray("user_mentions");
        entities.putArray("urls");
        entities.putArray("symbols");
        if (retweeted != null) {
            text.append("RT @").append(retweeted.get("user").get("screen_name").asString()).append(": ")
                    .append(retweeted.get("text").asString());
            hashtags.addAll((ArrayNode) retweeted.get("entities").get("hashtags"));
            mentions.addAll((ArrayNode) retweeted.get("entities").get("user_mentions"));
        } else {
            int words = 6 + random.nextInt(12);
            for (int w = 0; w < words; w++) text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            int m = random.nextDouble() < 0.5 ? 0 : 1 + random.nextInt(3);
            for (int k = 0; k < m; k++) {
                int who = authors.sample(random);
                ObjectNode mention = mentions.addObject();
                mention.put("screen_name", handle(who));
                mention.put("name", "Person " + who);
                mention.put("id", userId(who));
                mention.put("id_str", Long.toString(userId(who)));
                mention.putArray("indices").add(text.length()).add(text.length() + handle(who).length() + 1);
                text.append('@').append(handle(who)).append(' ');
            }
            int h = 1 + (random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0);
            for (int k = 0; k < h; k++) {
                String tag = "tag" + tags.sample(random);
                ObjectNode hashtag = hashtags.addObject();
                hashtag.put("text", tag);
                hashtag.putArray("indices").add(text.length()).add(text.length() + tag.length() + 1);
                text.append('#').append(tag).append(' ');
            }
        }
        t.put("text", text.toString().strip());
        t.put("source", "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>");
        t.put("truncated", false);
        t.putNull("in_reply_to_status_id");
        t.putNull("in_reply_to_status_id_str");
        t.putNull("in_reply_to_user_id");
        t.putNull("in_reply_to_user_id_str");
        t.putNull("in_reply_to_screen_name");
        t.set("user", user(author));
        t.putNull("geo");
        t.putNull("coordinates");
        t.putNull("place");
        t.put("is_quote_status", false);
        if (retweeted != null) t.set("retweeted_status", retweeted);
        t.put("retweet_count", random.nextInt(20));
        t.put("favorite_count", random.nextInt(50));
        t.put("favorited", false);
        t.put("retweeted", false);
        t.put("lang", "en");
        return t;
    }

    private ObjectNode user(int who) {
        ObjectNode u = json.createObjectNode();
        u.put("id", userId(who));
        u.put("id_str", Long.toString(userId(who)));
        u.put("name", "Person " + who);
        u.put("screen_name", handle(who));
        u.put("location", who % 3 == 0 ? "London" : who % 3 == 1 ? "Leeds, England" : "");
        u.put("description", BIO[who % BIO.length] + ". Views my own. #" + WORDS[who % WORDS.length]);
        u.putNull("url");
        u.put("protected", false);
        u.put("followers_count", (who * 7919) % 20000);
        u.put("friends_count", (who * 104729) % 3000);
        u.put("listed_count", who % 50);
        u.put("created_at", "Mon Mar 01 10:00:00 +0000 2010");
        u.put("favourites_count", who % 1000);
        u.put("verified", false);
        u.put("statuses_count", (who * 31) % 50000);
        u.put("lang", "en");
        u.put("profile_image_url_https", "https://pbs.twimg.com/profile_images/" + who + "/a_normal.jpg");
        u.put("default_profile", true);
        return u;
    }

    private static long userId(int who) {
        return 10_000_000L + who * 13L;
    }

    private static String handle(int who) {
        return "user" + who;
    }

    int accounts() {
        return accounts;
    }

    /** Ranks 1..n with probability proportional to 1/rank^s, by inverting the cumulative distribution. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 1; k <= n; k++) {
                sum += 1 / Math.pow(k, s);
                cumulative[k - 1] = sum;
            }
            for (int k = 0; k < n; k++) cumulative[k] /= sum;
        }

        int sample(SplittableRandom random) {
            int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return (i >= 0 ? i : -i - 1) + 1;
        }
    }
}
