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
    private final GraphWriter writer;

    public ImportService(List<SourceReader> readers, GraphWriter writer) {
        this.readers = readers;
        this.writer = writer;
    }

    /** A named input: a file on disk or a class-path resource such as the demo data. */
    public interface Source {
        String name();

        InputStream open() throws IOException;

        static Source of(Path file) {
            return new Source() {
                public String name() {
                    return file.toString();
                }

                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }
            };
        }
    }

    public List<String> formats() {
        return readers.stream().map(SourceReader::format).toList();
    }

    /**
     * Imports every source, then rebuilds the derived interactions once.
     *
     * @param format a reader's {@link SourceReader#format()} or null to detect each file's format
     * @param chats  hashtags to declare as followed chats
     */
    public ImportSummary importAll(List<Source> sources, String format, List<String> chats) throws IOException {
        long started = System.nanoTime();
        List<String> chatTags = chats.stream().map(c -> c.replaceFirst("^#", "").toLowerCase(Locale.ROOT)).toList();
        List<Rejected> rejected = new ArrayList<>();
        long[] counts = new long[2]; // read, posts
        for (Source source : sources) {
            SourceReader reader = format == null ? detect(source) : byName(format);
            List<Post> batch = new ArrayList<>(BATCH);
            try (Reader in = reader(source)) {
                counts[0] += reader.read(source.name(), in, post -> {
                    batch.add(post);
                    if (batch.size() >= BATCH) flush(batch, chatTags, counts);
                }, rejected::add);
            }
            flush(batch, chatTags, counts);
        }
        writer.deriveInteractions();
        return new ImportSummary(sources.stream().map(Source::name).toList(), counts[0], counts[1],
                List.copyOf(rejected), Duration.ofNanos(System.nanoTime() - started));
    }

    private void flush(List<Post> batch, List<String> chats, long[] counts) {
        if (batch.isEmpty()) return;
        writer.write(batch, chats);
        counts[1] += batch.size();
        batch.clear();
    }

    private SourceReader byName(String format) {
        return readers.stream().filter(r -> r.format().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown format '" + format + "'; known formats: " + formats()));
    }

    private SourceReader detect(Source source) throws IOException {
        String head;
        try (InputStream in = open(source)) {
            head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
        return readers.stream().filter(r -> r.detects(head)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot tell the format of " + source.name()
                        + "; give it with --format (one of " + formats() + ")"));
    }

    private static InputStream open(Source source) throws IOException {
        InputStream in = new BufferedInputStream(source.open());
        if (source.name().toLowerCase(Locale.ROOT).endsWith(".gz")) in = new GZIPInputStream(in);
        return in;
    }

    /** UTF-8, with malformed bytes replaced rather than failing the whole file. */
    private static Reader reader(Source source) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(open(source), decoder);
    }
}
