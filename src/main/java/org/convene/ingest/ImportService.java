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
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Service;

/** Reads files in any known format and writes them to the graph in batches; used by the CLI and the UI. */
@Service
public class ImportService {

    static final int BATCH = 2_000;
    private final List<SourceReader> readers;
    private final List<EdgeReader> edgeReaders;
    private final List<NetworkReader> networkReaders;
    private final GraphWriter writer;
    private final ChatSessions sessions;

    public ImportService(List<SourceReader> readers, List<EdgeReader> edgeReaders,
                         List<NetworkReader> networkReaders, GraphWriter writer, ChatSessions sessions) {
        this.readers = readers;
        this.edgeReaders = edgeReaders;
        this.networkReaders = networkReaders;
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
        return run(sources, format == null ? null : byName(format), chats, progress);
    }

    /** Imports CSV files through a saved column mapping (see {@link CsvMappings}). */
    public ImportSummary importWithMapping(List<Source> sources, CsvMapping mapping, List<String> chats,
                                           Progress progress) throws IOException {
        return run(sources, new MappedCsvReader(mapping), chats, progress);
    }

    private ImportSummary run(List<Source> sources, Object forced, List<String> chats, Progress progress)
            throws IOException {
        long started = System.nanoTime();
        List<String> chatTags = chats.stream().map(c -> c.replaceFirst("^#", "").toLowerCase(Locale.ROOT)).toList();
        List<Rejected> rejected = new ArrayList<>();
        long[] counts = new long[4]; // read, posts, edges, profiles
        for (Source source : sources) {
            var raw = new CountingInputStream(source.open());
            var batches = new Batches(source.name(), chatTags, counts, raw, source.size(), progress);
            try (Reader in = reader(source.name(), raw)) {
                Object reader = forced != null ? forced : detect(source);
                switch (reader) {
                    case EdgeReader r -> counts[0] += r.read(source.name(), in, batches::edge, rejected::add);
                    case NetworkReader r -> counts[0] += r.read(source.name(), in, batches, rejected::add);
                    default -> counts[0] += ((SourceReader) reader).read(source.name(), in, batches::post, rejected::add);
                }
            } catch (IllegalArgumentException e) { // the format cannot be told: the other files still import
                rejected.add(new Rejected(source.name(), 0, e.getMessage()));
            } catch (IOException | java.io.UncheckedIOException e) {
                // a truncated or unreadable file: keep what was read before the fault, and say where it was
                rejected.add(new Rejected(source.name(), 0, "the file is unreadable after byte " + raw.count()
                        + " (truncated or corrupt?): " + e.getMessage()));
            }
            batches.flush();
        }
        writer.deriveInteractions();
        sessions.rebuild();
        return new ImportSummary(sources.stream().map(Source::name).toList(), counts[0], counts[1], counts[2],
                List.copyOf(rejected), Duration.ofNanos(System.nanoTime() - started), counts[3]);
    }

    /** One file's pending posts, edges and profiles, each written every {@link #BATCH} records. */
    private final class Batches implements NetworkReader.Sink {
        private final List<Post> posts = new ArrayList<>(BATCH);
        private final List<Edge> edges = new ArrayList<>();
        private final List<Account> profiles = new ArrayList<>();
        private final String file;
        private final List<String> chats;
        private final long[] counts;
        private final long before;
        private final CountingInputStream raw;
        private final long size;
        private final Progress progress;

        Batches(String file, List<String> chats, long[] counts, CountingInputStream raw, long size, Progress progress) {
            this.file = file;
            this.chats = chats;
            this.counts = counts;
            this.before = counts[1] + counts[2] + counts[3];
            this.raw = raw;
            this.size = size;
            this.progress = progress;
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

        /** Posts first, so edges and profiles find the accounts their posts brought. */
        void flush() {
            if (!posts.isEmpty()) writer.write(posts, chats);
            if (!edges.isEmpty()) writer.writeEdges(edges, file);
            if (!profiles.isEmpty()) writer.writeProfiles(profiles);
            counts[1] += posts.size();
            counts[2] += edges.size();
            counts[3] += profiles.size();
            posts.clear();
            edges.clear();
            profiles.clear();
            progress.update(file, counts[1] + counts[2] + counts[3] - before, raw.count(), size);
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
