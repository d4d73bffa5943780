package org.convene.ingest;

/** A record that could not be read, with where it was and why: it goes into the import report. */
public record Rejected(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
