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
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Service;

/** Reads files in any known format and writes them to the graph in batches; used by the CLI and the UI. */
@Service
public class ImportService {

    static final int BATCH = 2_000;
    private final List<SourceReader> readers;
    private final List<EdgeReader> edgeReaders;
    private final GraphWriter writer;
    private final ChatSessions sessions;

    public ImportService(List<SourceReader> readers, List<EdgeReader> edgeReaders, GraphWriter writer,
                         ChatSessions sessions) {
        this.readers = readers;
        this.edgeReaders = edgeReaders;
        this.writer = writer;
        this.sessions = sessions;
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
        PendingDerivations pending = new PendingDerivations();
        ImportSummary summary = write(sources, format, chats, progress, pending);
        rebuildDerived(pending);
        return summary;
    }

    /**
     * Writes the sources like {@link #importAll} but leaves INTERACTS and the chat sessions as they are,
     * noting in {@code pending} what needs rebuilding: for callers that write many small batches, such as
     * live collection, and call {@link #rebuildDerived} once.
     */
    public ImportSummary write(List<Source> sources, String format, List<String> chats, Progress progress,
                               PendingDerivations pending) throws IOException {
        long started = System.nanoTime();
        List<String> chatTags = chats.stream().map(c -> c.replaceFirst("^#", "").toLowerCase(Locale.ROOT)).toList();
        List<Rejected> rejected = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLongArray counts = new java.util.concurrent.atomic.AtomicLongArray(3);
        Object forced = format == null ? null : byName(format);
        Set<AccountKey> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (WritePipeline writes = new WritePipeline("import")) {
            for (Source source : sources) {
                importOne(source, forced, chatTags, writes, counts, touched, rejected, progress);
            }
        } finally {
            pending.addAll(touched); // what was written before a failure still needs its interactions
        }
        log.info("Import wrote {} posts and {} edges in {} s", counts.get(POSTS), counts.get(EDGES),
                seconds(System.nanoTime() - started));
        return new ImportSummary(sources.stream().map(Source::name).toList(), counts.get(READ), counts.get(POSTS),
                counts.get(EDGES), List.copyOf(rejected), Duration.ofNanos(System.nanoTime() - started));
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
    }

    private static final int READ = 0, POSTS = 1, EDGES = 2;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportService.class);

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** Reads one file on this thread while its batches are written on the pipeline's. */
    private void importOne(Source source, Object forced, List<String> chats, WritePipeline writes,
                           java.util.concurrent.atomic.AtomicLongArray counts, Set<AccountKey> touched,
                           List<Rejected> rejected,
                           Progress progress) throws IOException {
        List<Post> batch = new ArrayList<>(BATCH);
        List<Edge> edges = new ArrayList<>(BATCH);
        long before = counts.get(POSTS) + counts.get(EDGES);
        var raw = new CountingInputStream(source.open());
        Runnable report = () -> progress.update(source.name(), counts.get(POSTS) + counts.get(EDGES) - before,
                raw.count(), source.size());
        Runnable flushPosts = () -> {
            if (batch.isEmpty()) return;
            List<Post> ready = List.copyOf(batch);
            batch.clear();
            writes.submit(() -> {
                touched.addAll(writer.write(ready, chats));
                counts.addAndGet(POSTS, ready.size());
                report.run();
            });
        };
        Runnable flushEdges = () -> {
            if (edges.isEmpty()) return;
            List<Edge> ready = List.copyOf(edges);
            edges.clear();
            writes.submit(() -> {
                touched.addAll(writer.writeEdges(ready, source.name()));
                counts.addAndGet(EDGES, ready.size());
                report.run();
            });
        };
        try (Reader in = reader(source.name(), raw)) {
            Object reader = forced != null ? forced : detect(source);
            if (reader instanceof EdgeReader edgeReader) {
                counts.addAndGet(READ, edgeReader.read(source.name(), in, edge -> {
                    edges.add(edge);
                    if (edges.size() >= BATCH) flushEdges.run();
                }, rejected::add));
            } else {
                counts.addAndGet(READ, ((SourceReader) reader).read(source.name(), in, post -> {
                    batch.add(post);
                    if (batch.size() >= BATCH) flushPosts.run();
                }, rejected::add));
            }
        } catch (IllegalArgumentException e) { // the format cannot be told: the other files still import
            rejected.add(new Rejected(source.name(), 0, e.getMessage()));
        } catch (IOException | java.io.UncheckedIOException e) {
            // a truncated or unreadable file: keep what was read before the fault, and say where it was
            rejected.add(new Rejected(source.name(), 0, "the file is unreadable after byte " + raw.count()
                    + " (truncated or corrupt?): " + e.getMessage()));
        }
        flushPosts.run();
        flushEdges.run();
        writes.await();
        report.run();
    }

    /** A {@link SourceReader} or an {@link EdgeReader}. */
    private Object byName(String format) {
        for (SourceReader r : readers) if (r.format().equals(format)) return r;
        for (EdgeReader r : edgeReaders) if (r.format().equals(format)) return r;
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
        throw new IllegalArgumentException("Cannot tell the format of " + source.name()
                + "; give it with --format (one of " + formats() + ")");
    }

    private static InputStream open(Source source) throws IOException {
        return decompressed(source.name(), source.open());
    }

    private static InputStream decompressed(String name, InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
        return in;
    }

    /** UTF-8, with malformed bytes replaced rather than failing the whole file. */
    private static Reader reader(String name, InputStream raw) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(decompressed(name, raw), decoder);
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
