package org.convene.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.collect.RecordedApi.Reply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** stop() ends a collection promptly, whether it waits for the next poll or for a rate limit. Real waits here. */
class StopTest extends CollectTestBase {

    private CollectStatus waitFor(CollectService service, String id, Predicate<CollectStatus> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        CollectStatus status = service.status(id).orElseThrow();
        while (!condition.test(status) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = service.status(id).orElseThrow();
        }
        assertThat(condition).as("status " + status).accepts(status);
        return status;
    }

    private long stopAndTime(CollectService service, String id) throws InterruptedException {
        long started = System.nanoTime();
        assertThat(service.stop(id)).isTrue();
        CollectStatus end = service.await(id, Duration.ofSeconds(5));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(end.running()).isFalse();
        assertThat(end.phase()).isEqualTo("stopped");
        return millis;
    }

    @Test
    void stopEndsTheWaitForTheNextPoll() throws Exception {
        api = new RecordedApi(MastodonCollectTest::timeline);
        CollectService service = service(Sleeper.REAL);
        var request = new CollectRequest(Site.MASTODON, "nhssm", api.url(), null, 0, false, Duration.ofSeconds(60), List.of());
        CollectStatus started = service.start(request, log::add);
        waitFor(service, started.id(), s -> s.phase().startsWith("waiting for the next poll"));

        assertThat(stopAndTime(service, started.id())).isLessThan(1000);
        assertThat(service.status(started.id()).orElseThrow().posts()).isPositive();
    }

    @Test
    void stopEndsARateLimitWait() throws Exception {
        api = new RecordedApi(r -> new Reply(429, Map.of("Retry-After", "3600"), new byte[0]));
        CollectService service = service(Sleeper.REAL);
        CollectStatus started = service.start(CollectRequest.once(Site.BLUESKY, "nhssm", api.url()), log::add);
        waitFor(service, started.id(), s -> s.phase().startsWith("rate limited until"));

        assertThat(logged("rate limited by Bluesky; waiting 3600 s")).isTrue();
        assertThat(stopAndTime(service, started.id())).isLessThan(1000);
        assertThat(api.requests).hasSize(1);
    }
}
