package org.convene.collect;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** How a collection waits (rate limits, the poll interval). Replaceable so tests need not wait for real. */
@FunctionalInterface
public interface Sleeper {

    /** Waits on the stop latch: returns after {@code wait}, or at once when the collection is stopped. */
    Sleeper REAL = (wait, stop) -> stop.await(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);

    void sleep(Duration wait, CountDownLatch stop) throws InterruptedException;
}
