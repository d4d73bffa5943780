package org.convene.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.convene.graph.GraphChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Reads files in any known format and writes them to the graph in batches; used by the CLI and the UI. */
@Service
public class ImportService {

    static final int BATCH = 5_000;
    private final List<SourceReader> readers;
    private final List<EdgeReader> edgeReaders;
    private final List<NetworkReader> networkReaders;
    private final GraphWriter writer;
    private final ChatSessions sessions;
    private final ApplicationEventPublisher events;
    private final org.convene.graph.GraphDb db;

    public ImportService(List<SourceReader> readers, List<EdgeReader> edgeReaders,
                         List<NetworkReader> networkReaders, GraphWriter writer, ChatSessions sessions,
                         ApplicationEventPublisher events, org.convene.graph.GraphDb db) {
        this.db = db;
        this.readers = readers;
        this.edgeReaders = edgeReaders;
        this.networkReaders = networkReaders;
        this.writer = writer;
        this.sessions = sessions;
        this.events = events;
    }

    /** A named input: a file on disk or a class-path resource such as the demo data. */
    public interface Source {
        String name();

        InputStream open() throws IOException;

        /** Bytes in the source, or -1 when unknown. */
        default long size() {
            return -1;
        }

        static Source of(Path file) {
            return new Source() {
                public String name() {
                    return file.toString();
                }

                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }

                public long size() {
                    try {
                        return Files.size(file);
                    } catch (IOException e) {
                        return -1;
                    }
                }
            };
        }
    }

    /** Told after every batch: posts written so far in this file, and bytes read of its (compressed) size. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, posts, bytesRead, bytesTotal) -> { };

        void update(String file, long posts, long bytesRead, long bytesTotal);
    }

    public ImportSummary importAll(List<Source> sources, String format, List<String> chats) throws IOException {
        return importAll(sources, format, chats, Progress.NONE);
    }

    public List<String> formats() {
        var names = new ArrayList<String>();
        readers.forEach(r -> names.add(r.format()));
        edgeReaders.forEach(r -> names.add(r.format()));
        networkReaders.forEach(r -> names.add(r.format()));
        return names;
    }

    /**
     * Imports every source, then rebuilds the derived interactions once.
     *
     * @param format a reader's {@link SourceReader#format()} or null to detect each file's format
     * @param chats  hashtags to declare as followed chats
     */
    public ImportSummary importAll(List<Source> sources, String format, List<String> chats, Progress progress)
            throws IOException {
        return importAll(sources, format == null ? null : byName(format), chats, progress);
    }

    /** Imports CSV files through a saved column mapping (see {@link CsvMappings}). */
    public ImportSummary importWithMapping(List<Source> sources, CsvMapping mapping, List<String> chats,
                                           Progress progress) throws IOException {
        return importAll(sources, new MappedCsvReader(mapping), chats, progress);
    }

    private ImportSummary importAll(List<Source> sources, Object forced, List<String> chats, Progress progress)
            throws IOException {
        PendingDerivations pending = new PendingDerivations();
        ImportSummary summary;
        long postsBefore = postCount();
        try {
            summary = write(sources, forced, chats, progress, pending);
        } catch (IOException | RuntimeException e) {
            events.publishEvent(new GraphChanged("import stopped")); // what was written before stays
            throw e;
        }
        rebuildDerived(pending);
        // counted again: an original inferred from a retweet's text and merged into its real post was never new
        return summary.withNewPosts(Math.max(0, postCount() - postsBefore));
    }

    /**
     * Writes the sources like {@link #importAll} but leaves INTERACTS and the chat sessions as they are,
     * noting in {@code pending} what needs rebuilding: for callers that write many small batches, such as
     * live collection, and call {@link #rebuildDerived} once.
     */
    public ImportSummary write(List<Source> sources, String format, List<String> chats, Progress progress,
                               PendingDerivations pending) throws IOException {
        return write(sources, format == null ? null : byName(format), chats, progress, pending);
    }

    private ImportSummary write(List<Source> sources, Object forced, List<String> chats, Progress progress,
                                PendingDerivations pending) throws IOException {
        long started = System.nanoTime();
        List<String> chatTags = chats.stream().map(Chats::tag).toList();
        List<Rejected> rejected = new ArrayList<>();
        AtomicLongArray counts = new AtomicLongArray(4);
        long postsBefore = postCount();
        try (WritePipeline writes = new WritePipeline("import")) {
            for (Source source : sources) importOne(source, forced, chatTags, writes, counts, pending, rejected, progress);
        }
        log.info("Import wrote {} posts, {} edges and {} profiles in {} s", counts.get(POSTS), counts.get(EDGES),
                counts.get(PROFILES), seconds(System.nanoTime() - started));
        return new ImportSummary(sources.stream().map(Source::name).toList(), counts.get(READ), counts.get(POSTS),
                counts.get(EDGES), List.copyOf(rejected), Duration.ofNanos(System.nanoTime() - started),
                counts.get(PROFILES), Math.max(0, postCount() - postsBefore));
    }

    /** Posts in the graph (from Neo4j's count store: no scan); another import at the same time counts too. */
    private long postCount() {
        return db.readLong("MATCH (p:Post) RETURN count(p)", java.util.Map.of());
    }

    /** Rebuilds INTERACTS for the accounts written since, and regroups each followed chat's sittings. */
    public void rebuildDerived(PendingDerivations pending) {
        long started = System.nanoTime();
        List<AccountKey> accounts = pending.drain();
        writer.deriveInteractions(new java.util.HashSet<>(accounts));
        long derived = System.nanoTime();
        sessions.rebuild();
        log.info("Interactions of {} accounts rebuilt in {} s; chat sessions in {} s", accounts.size(),
                seconds(derived - started), seconds(System.nanoTime() - derived));
        events.publishEvent(new GraphChanged("import"));
    }

    private static final int READ = 0, POSTS = 1, EDGES = 2, PROFILES = 3;
    /** Each resume reads the file again from its start: a file broken in many places is not read to the end. */
    private static final int MAX_RESUMES = 20;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportService.class);

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** Reads one file on this thread while its batches are written on the pipeline's. */
    private void importOne(Source source, Object forced, List<String> chats, WritePipeline writes,
                           AtomicLongArray counts, PendingDerivations pending, List<Rejected> rejected,
                           Progress progress) throws IOException {
        var batches = new Batches(source.name(), chats, writes, counts, pending, source.size(), progress);
        Object reader = null;
        long readBefore = 0; // after a CSV record no parser can read: lines 2 to this one were read already
        int resumes = 0;
        for (boolean again = true; again; ) {
            again = false;
            var raw = batches.reading(new CountingInputStream(source.open()));
            try (Reader in = readBefore < 2 ? reader(source.name(), raw)
                    : new BlankLines(reader(source.name(), raw), 2, readBefore)) {
                if (reader == null) reader = forced != null ? forced : detect(source);
                // the parser numbers the first record after the blanked lines as if it began right after the
                // header; no record can begin on a blanked line, so such a number means that first record
                long blankedTo = readBefore;
                java.util.function.Consumer<Rejected> reject = blankedTo < 2 ? rejected::add : r -> rejected.add(
                        r.line() >= 2 && r.line() <= blankedTo ? new Rejected(r.file(), blankedTo + 1, r.reason()) : r);
                long read = switch (reader) {
                    case EdgeReader r -> r.read(source.name(), in, batches::edge, reject);
                    case NetworkReader r -> r.read(source.name(), in, batches, reject);
                    default -> ((SourceReader) reader).read(source.name(), in, batches::post, reject);
                };
                counts.addAndGet(READ, read);
            } catch (CsvRows.ResumeAt broken) { // set its line aside and read the file again from the next one
                counts.addAndGet(READ, broken.rows);
                // the parser counts from the last record it read: right after the blanked lines, that is them
                long line = Math.max(broken.line, readBefore + 1);
                again = ++resumes <= MAX_RESUMES;
                rejected.add(new Rejected(source.name(), line, broken.reason + (again
                        ? "; this line is set aside and reading goes on at the next"
                        : "; the rest of the file is not read (" + MAX_RESUMES + " unreadable records already)")));
                readBefore = line;
            } catch (IllegalArgumentException e) { // the format cannot be told: the other files still import
                rejected.add(new Rejected(source.name(), 0, e.getMessage()));
            } catch (IOException | java.io.UncheckedIOException e) {
                // a truncated or unreadable file: keep what was read before the fault, and say where it was
                rejected.add(new Rejected(source.name(), 0, "the file is unreadable after byte " + raw.count()
                        + " (truncated or corrupt?): " + e.getMessage()));
            }
        }
        batches.flush();
        writes.await();
        batches.report();
    }

    /**
     * One file's pending posts, edges and profiles, handed to the write pipeline every {@link #BATCH}
     * records. Posts go first, so edges and profiles find the accounts their posts brought.
     */
    private final class Batches implements NetworkReader.Sink {
        private List<Post> posts = new ArrayList<>(BATCH);
        private List<Edge> edges = new ArrayList<>();
        private List<Account> profiles = new ArrayList<>();
        private final String file;
        private final List<String> chats;
        private final WritePipeline writes;
        private final AtomicLongArray counts;
        private final PendingDerivations pending;
        private final long before;
        private CountingInputStream raw;
        private final long size;
        private final Progress progress;

        Batches(String file, List<String> chats, WritePipeline writes, AtomicLongArray counts,
                PendingDerivations pending, long size, Progress progress) {
            this.file = file;
            this.chats = chats;
            this.writes = writes;
            this.counts = counts;
            this.pending = pending;
            this.before = written();
            this.size = size;
            this.progress = progress;
        }

        /** The bytes now being read, for progress (a file read again after a broken CSV record starts over). */
        CountingInputStream reading(CountingInputStream in) {
            raw = in;
            return in;
        }

        public void post(Post post) {
            posts.add(post);
            if (posts.size() >= BATCH) flush();
        }

        public void edge(Edge edge) {
            edges.add(edge);
            if (edges.size() >= BATCH) flush();
        }

        public void profile(Account account) {
            profiles.add(account);
            if (profiles.size() >= BATCH) flush();
        }

        void flush() {
            if (posts.isEmpty() && edges.isEmpty() && profiles.isEmpty()) return;
            List<Post> p = posts;
            List<Edge> e = edges;
            List<Account> a = profiles;
            posts = new ArrayList<>(BATCH);
            edges = new ArrayList<>();
            profiles = new ArrayList<>();
            writes.submit(() -> {
                if (!p.isEmpty()) pending.addAll(writer.write(p, chats));
                if (!e.isEmpty()) pending.addAll(writer.writeEdges(e, file));
                if (!a.isEmpty()) writer.writeProfiles(a);
                counts.addAndGet(POSTS, p.size());
                counts.addAndGet(EDGES, e.size());
                counts.addAndGet(PROFILES, a.size());
                report();
            });
        }

        void report() {
            progress.update(file, written() - before, raw.count(), size);
        }

        private long written() {
            return counts.get(POSTS) + counts.get(EDGES) + counts.get(PROFILES);
        }
    }

    /** A {@link SourceReader}, {@link EdgeReader} or {@link NetworkReader}. */
    private Object byName(String format) {
        for (SourceReader r : readers) if (r.format().equals(format)) return r;
        for (EdgeReader r : edgeReaders) if (r.format().equals(format)) return r;
        for (NetworkReader r : networkReaders) if (r.format().equals(format)) return r;
        throw new IllegalArgumentException("Unknown format '" + format + "'; known formats: " + formats());
    }

    private Object detect(Source source) throws IOException {
        String head;
        try (InputStream in = open(source)) {
            head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
        if (head.isBlank()) throw new IllegalArgumentException("the file is empty");
        for (SourceReader r : readers) if (r.detects(head)) return r;
        for (EdgeReader r : edgeReaders) if (r.detects(head)) return r;
        for (NetworkReader r : networkReaders) if (r.detects(head)) return r;
        String firstLine = head.lines().findFirst().orElse("");
        boolean table = firstLine.matches(".*[,;\t].*[,;\t].*");
        throw new IllegalArgumentException("Cannot tell the format of " + source.name()
                + ": choose its format (Format on the Import page, --format on the command line; one of "
                + String.join(", ", formats()) + ")"
                + (table ? ". It looks like a table: if none of these wrote it, describe its columns once (Import page: "
                + "'Your own CSV: describe its columns'; command line: 'convene mapping save') and choose that mapping as its format" : ""));
    }

    private static InputStream open(Source source) throws IOException {
        return decompressed(source.name(), source.open());
    }

    /** The file's bytes, unzipped, without a UTF-8 byte-order mark (Excel and Notepad write one; no reader wants it). */
    static InputStream decompressed(String name, InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length < 3 || (head[0] & 0xFF) != 0xEF || (head[1] & 0xFF) != 0xBB || (head[2] & 0xFF) != 0xBF) in.reset();
        return in;
    }

    /** UTF-8, with malformed bytes replaced rather than failing the whole file. */
    private static Reader reader(String name, InputStream raw) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new LineLengthGuard(new InputStreamReader(decompressed(name, raw), decoder), LineLengthGuard.MAX_LINE);
    }

    /** Counts the bytes read from the file itself, before decompression, for progress against its size. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
