package org.convene.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the stack trace of a start-up on a locked data directory with what to do about it. */
class StoreLockedFailureAnalyzer extends AbstractFailureAnalyzer<StoreLockedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreLockedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other process, start with --data-dir pointing at another directory, "
                        + "or connect to the running Convene with --uri.", cause);
    }
}
