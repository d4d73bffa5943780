package org.convene.graph;

import java.nio.file.Path;

/** The data directory is held by another process: say which, and what the user can do instead. */
public final class StoreLockedException extends RuntimeException {

    public StoreLockedException(Path dataDir) {
        super("The data directory " + dataDir + " is in use by another Convene or Neo4j process. "
                + "Stop that process, choose another directory with --data-dir, or query the running one "
                + "through its Bolt port with --uri bolt://127.0.0.1:7687.");
    }

    /** Neo4j's own lock failure, deep in a lifecycle exception, becomes the same plain message. */
    static RuntimeException translate(Throwable e, Path dataDir) {
        if (e instanceof StoreLockedException locked) return locked;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileLockException") || name.equals("OverlappingFileLockException")) {
                return new StoreLockedException(dataDir);
            }
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
