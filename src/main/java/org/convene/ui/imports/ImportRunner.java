package org.convene.ui.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.convene.analysis.AnalysisOptions;
import org.convene.analysis.AnalysisProgress;
import org.convene.analysis.AnalysisService;
import org.convene.ingest.CsvMappings;
import org.convene.ingest.ImportService;
import org.convene.ingest.ImportSummary;
import org.springframework.stereotype.Component;

/**
 * Runs the Import page's imports one at a time for the whole server: two imports merging the same
 * accounts at once would only fight over locks. Progress is reported at most four times a second.
 */
@Component
class ImportRunner {

    private static final long REPORT_NANOS = 250_000_000L;
    /** The prefix of a saved CSV mapping among the formats: "mapping: NAME". */
    static final String MAPPING = "mapping: ";
    private final ImportService imports;
    private final AnalysisService analysis;
    private final CsvMappings mappings;
    private final ReentrantLock lock = new ReentrantLock();
    /** The import under way, for a page opened while it runs; null when none. */
    private volatile Snapshot current;
    /** The last import's summary and when it ended, for a page opened after it (its own page may have been left). */
    private volatile Finished last;

    ImportRunner(ImportService imports, AnalysisService analysis, CsvMappings mappings) {
        this.imports = imports;
        this.analysis = analysis;
        this.mappings = mappings;
    }

    record Finished(ImportSummary summary, Instant at) {}

    Snapshot current() {
        return current;
    }

    Finished last() {
        return last;
    }

    /** The analysis after an import whose page was left, so nobody could start it from there. */
    void analyse() {
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
    }

    /**
     * Where an import is.
     *
     * @param written    posts or edges written so far, all files together
     * @param bytesRead  bytes read so far of all files (compressed size for .gz)
     */
    record Snapshot(String file, int fileNumber, int files, long written, long bytesRead, long bytesTotal,
                    Duration elapsed) {
        double fraction() {
            return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesRead / bytesTotal);
        }

        double perSecond() {
            return written / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    List<String> formats() {
        return imports.formats();
    }

    /** The saved CSV mappings (see convene mapping), as choices beside the formats. */
    List<String> mappings() {
        return mappings.list().stream().map(m -> MAPPING + m.mapping().name()).toList();
    }

    /**
     * @param format   a format name, or null to detect each file's
     * @param waiting  told when another import is running and this one waits for it
     * @param progress told on the import's thread; hand it to the UI with {@code UI.access}
     */
    ImportSummary run(List<Path> files, String format, List<String> chats, Runnable waiting,
                      Consumer<Snapshot> progress) throws IOException {
        if (!lock.tryLock()) {
            waiting.run();
            lock.lock();
        }
        try {
            long total = 0;
            for (Path f : files) total += Files.size(f);
            var sources = files.stream().map(ImportRunner::source).toList();
            Consumer<Snapshot> tracked = s -> {
                current = s;
                progress.accept(s);
            };
            var tracker = new Tracker(files.size(), total, tracked);
            ImportSummary summary = format != null && format.startsWith(MAPPING)
                    ? imports.importWithMapping(sources, mappings.get(format.substring(MAPPING.length())), chats, tracker)
                    : imports.importAll(sources, format, chats, tracker);
            last = new Finished(summary, Instant.now());
            return summary;
        } finally {
            current = null;
            lock.unlock();
        }
    }

    /** Named by its file name only: that is what the user uploaded, and what the report should say. */
    private static ImportService.Source source(Path file) {
        return new ImportService.Source() {
            public String name() {
                return file.getFileName().toString();
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

    /** Turns the service's per-file progress into totals over all files. */
    private static final class Tracker implements ImportService.Progress {
        private final int files;
        private final long bytesTotal;
        private final Consumer<Snapshot> out;
        private final long started = System.nanoTime();
        private String file;
        private int fileNumber;
        private long writtenBefore, bytesBefore, lastWritten, lastBytes, lastReport;

        Tracker(int files, long bytesTotal, Consumer<Snapshot> out) {
            this.files = files;
            this.bytesTotal = bytesTotal;
            this.out = out;
        }

        @Override
        public void update(String name, long written, long bytesRead, long size) {
            if (!name.equals(file)) { // the next file: what the last one did is now history
                writtenBefore += lastWritten;
                bytesBefore += lastBytes;
                file = name;
                fileNumber++;
            }
            lastWritten = written;
            lastBytes = bytesRead;
            long now = System.nanoTime();
            boolean done = size > 0 && bytesRead >= size;
            if (now - lastReport < REPORT_NANOS && !done) return;
            lastReport = now;
            out.accept(new Snapshot(name, fileNumber, files, writtenBefore + written, bytesBefore + bytesRead,
                    bytesTotal, Duration.ofNanos(now - started)));
        }
    }
}
