package org.convene.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A file with lines {@code from} to {@code to} (1-based) made empty, their line breaks kept: CSV readers skip
 * empty lines, so reading resumes after a broken record while every later line keeps its number.
 */
final class BlankLines extends FilterReader {

    private final long from;
    private final long to;
    private long line = 1;

    BlankLines(Reader in, long from, long to) {
        super(in);
        this.from = from;
        this.to = to;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        while (true) {
            int n = super.read(buffer, off, len);
            if (n < 0) return n;
            int kept = off;
            for (int i = off; i < off + n; i++) {
                char c = buffer[i];
                boolean blanked = line >= from && line <= to;
                if (!blanked || c == '\n') buffer[kept++] = c;
                if (c == '\n') line++;
            }
            if (kept > off) return kept - off;
        }
    }
}
