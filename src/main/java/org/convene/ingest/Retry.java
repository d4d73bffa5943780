package org.convene.ingest;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Runs one transaction again when another import at the same moment got in its way: a deadlock on shared
 * accounts, or both creating the same account (one commit then fails on the uniqueness constraint). The
 * work is recomputed from the graph on each attempt, so running it again is safe. A random pause that
 * grows with each attempt keeps the two from meeting again in the same place.
 */
final class Retry {

    static final int ATTEMPTS = 10;

    private Retry() {}

    static <T> T contended(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConstraintViolationException | TransientFailureException e) {
                if (attempt == ATTEMPTS) throw e;
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20L * attempt, 100L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write again", e);
        }
    }
}
