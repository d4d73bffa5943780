package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Reads one source format. Implementations emit every post they can read, in file order, and report
 * each record they cannot read as {@link Rejected} instead of stopping.
 */
public interface SourceReader {

    /** A short name used by {@code --format}, e.g. {@code topsy-csv}. */
    String format();

    /** Whether the first bytes of a file look like this format. */
    boolean detects(String head);

    /** Returns how many records the file held, rejected ones included. */
    long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException;
}
