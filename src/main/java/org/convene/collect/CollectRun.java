package org.convene.collect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.convene.ingest.ImportService;
import org.convene.ingest.PendingDerivations;
import org.convene.ingest.ImportSummary;
import org.convene.ingest.Rejected;

/**
 * One collection running on its own thread: polls until stopped (or once), each poll paging from the newest
 * post back to the remembered watermark, writing every page as it arrives and saving the position after it.
 * Stopping lets the page in hand finish, then ends; every wait returns at once when stopped.
 */
final class CollectRun implements Runnable {

    /** Network faults and 5xx in a row before the run gives up. */
    static final int RETRIES = 4;
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    final String id;
    final CollectRequest request;
    private final Collector collector;
    private final ImportService imports;
    private final CollectStates states;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Consumer<String> log;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicLong posts = new AtomicLong(), pages = new AtomicLong(), polls = new AtomicLong(),
            rejected = new AtomicLong();
    private final Instant startedAt;
    private volatile Instant lastPageAt;
    private volatile String phase = "starting";
    private volatile String error;
    private final PendingDerivations pending = new PendingDerivations();

    CollectRun(String id, CollectRequest request, Collector collector, ImportService imports, CollectStates states,
               Clock clock, Sleeper sleeper, Consumer<String> log) {
        this.id = id;
        this.request = request;
        this.collector = collector;
        this.imports = imports;
        this.states = states;
        this.clock = clock;
        this.sleeper = sleeper;
        this.log = log;
        this.startedAt = clock.instant();
    }

    @Override
    public void run() {
        try {
            CollectState state = states.load(request);
            if (state.cursor() != null) say("continuing the poll that stopped at page cursor " + state.cursor());
            while (!stopped()) {
                polls.incrementAndGet();
                state = poll(state);
                rebuildDerived();
                if (request.once() || stopped() || maxReached()) break;
                Instant next = clock.instant().plus(request.interval());
                phase = "waiting for the next poll at " + hms(next);
                sleeper.sleep(request.interval(), stop);
            }
            phase = stopped() ? "stopped" : "finished";
        } catch (CollectFailure e) {
            fail(e.getMessage());
        } catch (InterruptedException e) {
            phase = "stopped";
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            fail(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            try {
                rebuildDerived();
            } catch (RuntimeException e) {
                fail("could not rebuild interactions: " + e.getMessage());
            }
            say(status().describe());
            done.countDown();
        }
    }

    /** Pages from the newest post down to the watermark; returns the state after the last page written. */
    private CollectState poll(CollectState state) throws CollectFailure, InterruptedException {
        String cursor = state.cursor();
        String pending = state.pending();
        int failures = 0, pageInPoll = 0;
        while (!stopped()) {
            Page page;
            try {
                phase = "fetching";
                page = collector.fetch(state.since(), cursor);
                failures = 0;
            } catch (RateLimited limited) {
                waitOut(limited.getMessage(), limited.wait);
                continue; // the same page again
            } catch (CollectFailure failure) {
                // a run asked for once that has fetched nothing yet is most likely pointed at the wrong server:
                // one more try, not minutes of them
                int allowed = request.once() && pages.get() == 0 ? 1 : RETRIES;
                if (!failure.transientFault || ++failures > allowed) throw failure;
                Duration backoff = Duration.ofSeconds(5L << (2 * (failures - 1))); // 5, 20, 80, 320 s
                say(failure.getMessage() + "; trying again in " + backoff.toSeconds() + " s");
                phase = "waiting to try again at " + hms(clock.instant().plus(backoff));
                sleeper.sleep(backoff, stop);
                continue;
            }
            pages.incrementAndGet();
            lastPageAt = clock.instant();
            long written = write(page);
            pending = collector.later(pending, page.newest());
            cursor = page.posts() == 0 ? null : page.next();
            state = cursor == null ? state.caughtUp(collector.later(state.since(), pending), written)
                    : state.paging(pending, cursor, written);
            states.save(state);
            pageInPoll++;
            if (page.posts() == 0 && pageInPoll == 1) {
                say("%s #%s: poll %,d: nothing new".formatted(collector.site(), request.tag(), polls.get()));
            } else {
                say("%s #%s: poll %,d, page %,d: %,d posts written (%,d in this run, %,d in all)".formatted(
                        collector.site(), request.tag(), polls.get(), pageInPoll, written, posts.get(), state.collected()));
            }
            if (page.exhausted() != null && !(cursor == null && request.once())) {
                waitOut("no requests left at " + collector.site(), page.exhausted());
            }
            if (cursor == null) break;
            if (maxReached()) {
                say("reached --max " + request.max() + "; the next run goes on from this page");
                break;
            }
        }
        return state;
    }

    private long write(Page page) {
        if (page.posts() == 0) return 0;
        ImportService.Source source = new ImportService.Source() {
            public String name() {
                return page.name();
            }

            public InputStream open() {
                return new ByteArrayInputStream(page.body());
            }

            public long size() {
                return page.body().length;
            }
        };
        ImportSummary summary;
        try {
            summary = imports.write(List.of(source), page.format(), request.chats(), ImportService.Progress.NONE, pending);
        } catch (IOException e) { // cannot happen reading from memory, but say so if it does
            throw new java.io.UncheckedIOException(e);
        }
        for (Rejected r : summary.rejected()) say("rejected " + r);
        rejected.addAndGet(summary.rejected().size());
        posts.addAndGet(summary.posts());
        return summary.posts();
    }

    private void waitOut(String why, Duration wait) throws InterruptedException {
        Instant until = clock.instant().plus(wait);
        String seconds = wait.toMillis() % 1000 == 0 ? Long.toString(wait.toSeconds())
                : Long.toString(wait.plusMillis(999).toSeconds());
        say(why + "; waiting " + seconds + " s (until " + hms(until) + ")");
        phase = "rate limited until " + hms(until);
        sleeper.sleep(wait, stop);
    }

    private void rebuildDerived() {
        if (pending.isEmpty()) return;
        imports.rebuildDerived(pending);
    }

    private void fail(String message) {
        error = message;
        phase = "failed";
    }

    private boolean maxReached() {
        return request.max() > 0 && posts.get() >= request.max();
    }

    private String hms(Instant t) {
        return LocalTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), clock.getZone()).format(HMS);
    }

    private void say(String line) {
        log.accept(line);
    }

    boolean stopped() {
        return stop.getCount() == 0;
    }

    /** Asks the run to end: the page in hand is written, waits end at once. Returns immediately. */
    void stop() {
        if (stopped() || done.getCount() == 0) return;
        phase = "stopping";
        say(collector.site() + " #" + request.tag() + ": stopping after the current page");
        stop.countDown();
    }

    boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    boolean running() {
        return done.getCount() > 0;
    }

    CollectStatus status() {
        return new CollectStatus(id, request.source(), request.endpoint(), request.tag(), phase, running(),
                posts.get(), pages.get(), polls.get(), rejected.get(), startedAt, lastPageAt, error);
    }
}
