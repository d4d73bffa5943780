package org.convene.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.convene.ingest.ImportService;

/** Prints import progress to stderr at most once a second: posts or edges written, rate, bytes, time left. */
final class ProgressLine implements ImportService.Progress {

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastPrinted;
    private String lastFile;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(String file, long posts, long bytesRead, long bytesTotal) {
        long now = System.nanoTime();
        if (file.equals(lastFile) && now - lastPrinted < 1_000_000_000L) return;
        lastFile = file;
        lastPrinted = now;
        double seconds = Math.max(0.001, (now - started) / 1e9);
        StringBuilder line = new StringBuilder(String.format(Locale.UK, "%s: %,d written, %,.0f/s, %s",
                file, posts, posts / seconds, megabytes(bytesRead)));
        if (bytesTotal > 0) {
            double fraction = Math.min(1.0, (double) bytesRead / bytesTotal);
            line.append(String.format(Locale.UK, " of %s (%.0f%%)", megabytes(bytesTotal), fraction * 100));
            if (fraction > 0 && fraction < 1) {
                line.append(String.format(Locale.UK, ", about %.0f s left", seconds * (1 - fraction) / fraction));
            }
        }
        err.println(line);
        err.flush();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / 1e6);
    }
}
