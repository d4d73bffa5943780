package org.convene.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.CsvMappings;
import org.convene.ingest.ImportService;
import org.convene.ingest.ImportSummary;
import org.convene.ingest.Rejected;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every importer fed corrupted copies of its real sample: cut at a random byte, bits flipped, re-encoded
 * as UTF-16 or Latin-1, a 5-million-character field, 100,000 open brackets, and a gzip bomb. Each case
 * must end within its time limit without an exception, report each fault with its file and a line (or the
 * byte where reading stopped), and leave only whole posts: every post with text has its author and time,
 * and after a cut or a re-encoding nothing the clean import would not also have written.
 * The randomness is seeded: {@code -Dfuzz.seed=N} repeats a run; the seed is printed.
 */
class ImporterFuzzTest extends GraphTestBase {

    static final long SEED = Long.getLong("fuzz.seed", System.currentTimeMillis());

    static {
        System.out.println("ImporterFuzzTest seed " + SEED + " (repeat with -Dfuzz.seed=" + SEED + ")");
    }

    /** A sample file, the format it is read as, and where it sits (the archive needs its account.js beside it). */
    record Sample(String format, String resource, String fileName) {
        @Override
        public String toString() {
            return format;
        }
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("topsy-csv", "demo/cancerchat-2014.csv", "topsy.csv"),
            new Sample("tags-csv", "ingest/tags-wenurses.csv", "tags.csv"),
            new Sample("twitter-v1", "ingest/twitter-v1-sample.jsonl", "v1.jsonl"),
            new Sample("twitter-v2", "ingest/twarc2-blacklivesmatter-2021.jsonl", "v2.jsonl"),
            new Sample("twitter-archive", "ingest/archive/tweets.js", "tweets.js"),
            new Sample("mastodon", "ingest/mastodon-nhssm.json", "mastodon.json"),
            new Sample("bluesky", "ingest/bluesky-search.json", "bluesky.json"),
            new Sample("nodexl-edges", "ingest/nodexl-edges-2021.csv", "edges.csv"),
            new Sample("nodexl-vertices", "ingest/nodexl-vertices-2021.csv", "vertices.csv"),
            new Sample("mapping:sheet", "ingest/custom-wenurses.csv", "custom.csv"),
            new Sample("edgelist", null, "chat-replies.edgelist"));

    enum Mutation { TRUNCATE, BIT_FLIPS, UTF16, LATIN1, HUGE_FIELD, DEEP_NESTING, GZIP_BOMB }

    /** Mutations that only cut the file: the posts written must be among the clean import's, but for the last row. */
    static final Set<Mutation> CUTS = Set.of(Mutation.TRUNCATE, Mutation.GZIP_BOMB);
    /** Re-encodings change text (and so the keys of posts without ids, which hash it) but add no records. */
    static final Set<Mutation> RE_ENCODES = Set.of(Mutation.UTF16, Mutation.LATIN1);

    @Autowired ImportService imports;
    @Autowired GraphDb db;

    private static final Map<String, Set<String>> CLEAN_POSTS = new HashMap<>();

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Sample s : SAMPLES) for (Mutation m : Mutation.values()) all.add(Arguments.of(s, m));
        return all.stream();
    }

    @AfterEach
    void clean() {
        wipe();
    }

    private void wipe() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aCorruptedFileIsReportedAndLeavesOnlyWholePosts(Sample sample, Mutation mutation) throws Exception {
        long seed = SEED ^ (sample.format().hashCode() * 31L + mutation.ordinal());
        byte[] clean = bytes(sample);
        Set<String> cleanPosts = cleanPosts(sample, clean);
        Path dir = Files.createTempDirectory("convene-fuzz-");
        boolean gz = mutation == Mutation.GZIP_BOMB;
        Path file = dir.resolve(sample.fileName() + (gz ? ".gz" : ""));
        copyArchiveCompanions(sample, dir);
        write(file, mutate(clean, mutation, new Random(seed)), gz);

        ImportSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(sample, file),
                () -> sample + " " + mutation + " hung (seed " + SEED + ")");

        String where = sample + " " + mutation + " seed " + SEED + ": " + summary.rejected();
        for (Rejected r : summary.rejected()) {
            assertThat(r.file()).as(where).isEqualTo(file.toString());
            assertThat(r.line() > 0 || r.reason().matches("(?s).*\\bbyte \\d+.*")).as("line or byte: " + where).isTrue();
            assertThat(r.reason()).as(where).isNotBlank().hasSizeLessThan(2_000).doesNotContain("\tat ");
        }
        // a JSON array ends at its ']': those readers stop before the bomb that follows it
        if (mutation == Mutation.GZIP_BOMB && !Set.of("mastodon", "twitter-archive").contains(sample.format())) {
            assertThat(summary.rejected()).as(where)
                    .anySatisfy(r -> assertThat(r.reason()).contains("longer than 32 million characters"));
        }
        assertOnlyWholePosts(where);
        if (CUTS.contains(mutation)) {
            // a cut inside the last line leaves a shorter last record that may still parse (an id cut to
            // fewer digits, a retweet's text cut short, which keys its inferred original): no reader can tell
            // it from a file without a final newline. So at most that one row's posts are new: the retweet
            // and its original.
            Set<String> added = new java.util.HashSet<>(postKeys());
            added.removeAll(cleanPosts);
            assertThat(added).as(where).hasSizeLessThanOrEqualTo(2);
        }
        if (RE_ENCODES.contains(mutation)) { // an original inferred from a retweet's text merges into the real post
            // only while the texts agree, which a re-encoding can spoil: count the posts with ids of their own
            assertThat(withOwnIds(postKeys())).as(where).hasSizeLessThanOrEqualTo(withOwnIds(cleanPosts).size());
        }
    }

    private ImportSummary run(Sample sample, Path file) throws IOException {
        var source = List.of(ImportService.Source.of(file));
        if (sample.format().startsWith("mapping:")) {
            return imports.importWithMapping(source, CsvMappings.fromMap(Map.of("name", "sheet", "delimiter", ";",
                    "id", "Tweet ID", "authorHandle", "User", "authorName", "Display name", "bio", "About",
                    "text", "Message", "time", "Posted (UK)", "timeFormat", "dd/MM/yyyy HH:mm",
                    "zone", "Europe/London")), List.of("wenurses"), ImportService.Progress.NONE);
        }
        return imports.importAll(source, sample.format(), List.of("wenurses"));
    }

    /**
     * A post with text has its author (a retweeted original from a CSV may lack its time, in the clean
     * import too); a post without text is only a reference, e.g. the parent of a reply.
     */
    private void assertOnlyWholePosts(String where) {
        long broken = db.readLong(
                "MATCH (p:Post) WHERE p.text IS NOT NULL AND NOT EXISTS { (:Account)-[:POSTED]->(p) } RETURN count(p)",
                Map.of());
        assertThat(broken).as("posts with text but no author: " + where).isZero();
        long authorsWithoutKey = db.readLong(
                "MATCH (a:Account) WHERE a.id IS NULL OR a.platform IS NULL RETURN count(a)", Map.of());
        assertThat(authorsWithoutKey).as("accounts without a key: " + where).isZero();
    }

    private Set<String> postKeys() {
        Set<String> keys = new HashSet<>();
        db.read("MATCH (p:Post) RETURN p.platform + ':' + p.id AS key").forEach(r -> keys.add(r.get("key").asString()));
        return keys;
    }

    private static List<String> withOwnIds(java.util.Collection<String> keys) {
        return keys.stream().filter(k -> !k.contains(":rt:")).toList();
    }

    private Set<String> cleanPosts(Sample sample, byte[] clean) throws Exception {
        synchronized (CLEAN_POSTS) {
            if (!CLEAN_POSTS.containsKey(sample.format())) {
                wipe();
                Path dir = Files.createTempDirectory("convene-fuzz-clean-");
                copyArchiveCompanions(sample, dir);
                Path file = dir.resolve(sample.fileName());
                Files.write(file, clean);
                ImportSummary summary = run(sample, file);
                assertThat(summary.read()).as("the clean " + sample + " sample reads").isPositive();
                assertOnlyWholePosts("clean " + sample);
                CLEAN_POSTS.put(sample.format(), postKeys());
                wipe();
            }
            return CLEAN_POSTS.get(sample.format());
        }
    }

    static byte[] bytes(Sample sample) throws IOException {
        if (sample.resource() == null) { // no edge list among the samples: a small real-looking one
            StringBuilder b = new StringBuilder("# source target weight\n");
            Random r = new Random(7);
            for (int i = 0; i < 200; i++) b.append(r.nextInt(50)).append(' ').append(r.nextInt(50)).append(' ')
                    .append(1 + r.nextInt(4)).append('\n');
            return b.toString().getBytes(StandardCharsets.US_ASCII);
        }
        try (InputStream in = ImporterFuzzTest.class.getClassLoader().getResourceAsStream(sample.resource())) {
            return in.readAllBytes();
        }
    }

    private static void copyArchiveCompanions(Sample sample, Path dir) throws IOException {
        if (!sample.format().equals("twitter-archive")) return;
        for (String f : List.of("account.js", "profile.js")) {
            try (InputStream in = ImporterFuzzTest.class.getClassLoader().getResourceAsStream("ingest/archive/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
    }

    static byte[] mutate(byte[] clean, Mutation mutation, Random random) {
        String text = new String(clean, StandardCharsets.UTF_8);
        return switch (mutation) {
            case TRUNCATE -> java.util.Arrays.copyOf(clean, 1 + random.nextInt(clean.length - 1));
            case BIT_FLIPS -> {
                byte[] b = clean.clone();
                for (int i = 0; i < 1 + b.length / 500; i++) b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                yield b;
            }
            case UTF16 -> text.getBytes(StandardCharsets.UTF_16);
            case LATIN1 -> text.getBytes(StandardCharsets.ISO_8859_1);
            case HUGE_FIELD -> insert(text, random, "x".repeat(5_000_000));
            case DEEP_NESTING -> insert(text, random, "[".repeat(100_000) + "{".repeat(100_000));
            case GZIP_BOMB -> clean; // written compressed, with the bomb after it: see write()
        };
    }

    private static byte[] insert(String text, Random random, String what) {
        int at = random.nextInt(text.length());
        return (text.substring(0, at) + what + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the bytes; for the bomb, gzipped and followed by 40 MB of spaces that compress to about 40 KB. */
    private static void write(Path file, byte[] content, boolean bomb) throws IOException {
        if (!bomb) {
            Files.write(file, content);
            return;
        }
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) ' '); // blanks: legal between JSON values, so parsers read on
            for (int i = 0; i < 40; i++) out.write(zeros);
        }
    }
}
