package org.convene.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Runs writes on one background thread while the caller reads and parses the next batch, so reading and
 * writing overlap. At most two batches wait, which keeps memory flat. A failed write stops the pipeline:
 * the next call on it throws that failure.
 */
final class WritePipeline implements AutoCloseable {

    private static final Runnable STOP = () -> { };
    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(2);
    private final Thread worker;
    private volatile RuntimeException failure;

    WritePipeline(String name) {
        worker = Thread.ofPlatform().name("convene-writer-" + name).daemon().start(this::work);
    }

    private void work() {
        try {
            for (Runnable task = queue.take(); task != STOP; task = queue.take()) task.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues a write, waiting while two are already queued. */
    void submit(Runnable write) {
        check();
        put(() -> {
            if (failure != null) return; // after a failure, later batches are not written
            try {
                write.run();
            } catch (RuntimeException e) {
                failure = e;
            }
        });
    }

    /** Waits until every queued write is done, then throws if one failed. */
    void await() {
        CountDownLatch done = new CountDownLatch(1);
        put(done::countDown);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the import's writes", e);
        }
        check();
    }

    private void check() {
        if (failure != null) throw failure;
    }

    private void put(Runnable task) {
        try {
            while (!queue.offer(task, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                if (!worker.isAlive()) throw new IllegalStateException("the import's writer has stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing the import's writes", e);
        }
    }

    @Override
    public void close() {
        if (worker.isAlive()) put(STOP);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
