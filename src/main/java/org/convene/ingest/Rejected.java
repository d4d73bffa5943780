package org.convene.ingest;

/** A record that could not be read, with where it was and why: it goes into the import report. */
public record Rejected(String file, long line, String reason) {

    /** Reasons quote the bad value; a 5 MB field must not make a 5 MB report line. */
    static final int MAX_REASON = 500;

    public Rejected {
        if (reason != null && reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + String.format(java.util.Locale.ROOT, "… (%,d characters in all)",
                    reason.length());
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
