package org.convene.privacy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies {@code convene.retention.days} when the server is ready and then once a day. Off when the setting
 * is empty or 0 (the default). Only the server runs it: a command-line task never removes posts unasked.
 */
@Component
@ConditionalOnWebApplication
public class RetentionSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionService retention;
    private final int days;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("convene-retention").daemon().factory());

    public RetentionSchedule(RetentionService retention, @Value("${convene.retention.days:0}") int days) {
        this.retention = retention;
        this.days = days;
    }

    /** The configured number of days, or 0 when retention is off. */
    public int days() {
        return days;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (days <= 0) return;
        LOG.info("Retention is on: posts older than {} days are removed now and every day", days);
        timer.scheduleAtFixedRate(this::runOnce, 0, Duration.ofDays(1).toMinutes(), TimeUnit.MINUTES);
    }

    void runOnce() {
        try {
            var r = retention.apply(days, false);
            LOG.info("Retention ({} days, before {}): removed {} posts and {} accounts left with nothing",
                    r.days(), r.cutoff(), r.posts(), r.accounts());
        } catch (RuntimeException e) {
            LOG.error("Retention run failed; it is tried again in a day: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdown(); // not shutdownNow: an interrupt during a commit stops the embedded database
        try { // a run under way finishes before the database closes under it
            if (!timer.awaitTermination(2, TimeUnit.MINUTES)) LOG.warn("A retention run was still going when Convene stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
