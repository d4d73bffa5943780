package org.convene.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading at a line longer than any real record (a post with its profile is a few KB; a quoted CSV
 * field with newlines still has short lines): such input is binary, or a decompression bomb, and the
 * readers would otherwise collect the whole line in memory before rejecting it.
 */
final class LineLengthGuard extends FilterReader {

    static final int MAX_LINE = 32 * 1024 * 1024;
    private final int max;
    private long sinceNewline;

    LineLengthGuard(Reader in, int max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) track((char) c);
        return c;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = off; i < off + n; i++) track(buffer[i]);
        return n;
    }

    private void track(char c) throws IOException {
        if (c == '\n') sinceNewline = 0;
        else if (++sinceNewline > max) throw tooLong();
    }

    private IOException tooLong() {
        return new IOException("a line longer than " + (max >> 20) + " million characters: not a file of records"
                + " (binary, or a compressed file that expands without end?)");
    }
}
