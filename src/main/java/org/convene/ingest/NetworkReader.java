package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Reads a network export (NodeXL's edge and vertex sheets) that mixes posts, interactions known without
 * their posts, and account profiles; otherwise the contract is that of {@link SourceReader}.
 */
public interface NetworkReader {

    String format();

    boolean detects(String head);

    /** Where a network reader's records go. */
    interface Sink {
        void post(Post post);

        void edge(Edge edge);

        /** An account's profile (name, bio, followers...), seen at {@link Account#seen()}. */
        void profile(Account account);
    }

    /** Returns how many records the file held, rejected ones included. */
    long read(String fileName, Reader in, Sink out, Consumer<Rejected> rejected) throws IOException;
}
