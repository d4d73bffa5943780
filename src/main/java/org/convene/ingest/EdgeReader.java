package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/** Reads a source that lists interactions rather than posts; the contract is that of {@link SourceReader}. */
public interface EdgeReader {

    String format();

    boolean detects(String head);

    /** Returns how many records the file held, rejected ones included. */
    long read(String fileName, Reader in, Consumer<Edge> edges, Consumer<Rejected> rejected) throws IOException;
}
