package org.convene.collect;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.convene.ingest.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Starts, stops and reports live collections, each on its own thread; used by {@code convene collect} and
 * the UI. One collection per (source, endpoint, tag) runs at a time. Closing the application stops them
 * all and lets each finish the page in hand before the database closes.
 */
@Service
public class CollectService {

    /** How long shutdown waits for a run to write its last page. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final ImportService imports;
    private final CollectStates states;
    private final TwitterProperties twitter;
    private final MastodonProperties mastodon;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, CollectRun> runs = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    @Autowired
    public CollectService(ImportService imports, CollectStates states, TwitterProperties twitter,
                          MastodonProperties mastodon) {
        this(imports, states, twitter, mastodon, Clock.systemDefaultZone(), Sleeper.REAL);
    }

    CollectService(ImportService imports, CollectStates states, TwitterProperties twitter, MastodonProperties mastodon,
                   Clock clock, Sleeper sleeper) {
        this.imports = imports;
        this.states = states;
        this.twitter = twitter;
        this.mastodon = mastodon;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Starts a collection and returns at once.
     *
     * @param log receives progress lines, rate-limit waits and rejected records, from the run's thread
     * @throws IllegalArgumentException when credentials the site needs are not configured
     * @throws IllegalStateException    when the same collection is already running
     */
    public synchronized CollectStatus start(CollectRequest request, Consumer<String> log) {
        Collector collector = collector(request);
        for (CollectRun run : runs.values()) {
            if (run.running() && run.request.source().equals(request.source())
                    && run.request.endpoint().equals(request.endpoint()) && run.request.tag().equals(request.tag())) {
                throw new IllegalStateException("Already collecting " + request.source() + " #" + request.tag()
                        + " from " + request.endpoint() + " (" + run.id + ")");
            }
        }
        String id = "collect-" + sequence.incrementAndGet();
        CollectRun run = new CollectRun(id, request, collector, imports, states, clock, sleeper, log);
        runs.put(id, run);
        Thread.ofPlatform().name(id + "-" + request.source() + "-" + request.tag()).daemon().start(run);
        return run.status();
    }

    /** Asks a collection to stop; it writes the page in hand and ends. False when there is no such run. */
    public boolean stop(String id) {
        CollectRun run = runs.get(id);
        if (run == null) return false;
        run.stop();
        return true;
    }

    public void stopAll() {
        runs.values().forEach(CollectRun::stop);
    }

    /** Waits until the collection has ended (or the timeout passed) and returns its status. */
    public CollectStatus await(String id, Duration timeout) throws InterruptedException {
        CollectRun run = runs.get(id);
        if (run == null) throw new IllegalArgumentException("No collection " + id);
        run.await(timeout);
        return run.status();
    }

    public Optional<CollectStatus> status(String id) {
        return Optional.ofNullable(runs.get(id)).map(CollectRun::status);
    }

    /** Every collection started since the application started, running or ended, in start order. */
    public List<CollectStatus> status() {
        return runs.values().stream().map(CollectRun::status)
                .sorted(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.id().substring("collect-".length()))))
                .toList();
    }

    /** Every collection remembered in the graph, with its watermark and posts collected so far. */
    public List<Map<String, Object>> remembered() {
        return states.all();
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        stopAll();
        for (CollectRun run : runs.values()) run.await(SHUTDOWN_GRACE);
    }

    private Collector collector(CollectRequest r) {
        return switch (r.site()) {
            case MASTODON -> new MastodonCollector(r.endpoint(), r.tag(), mastodon.token(), clock);
            case BLUESKY -> new BlueskyCollector(r.endpoint(), r.tag(), clock);
            case TWITTER -> {
                if (r.api().equals("v2")) {
                    if (!twitter.hasBearer()) throw new IllegalArgumentException("Twitter v2 recent search needs a "
                            + "bearer token: set convene.twitter.bearer-token (environment CONVENE_TWITTER_BEARER_TOKEN)");
                    yield new TwitterV2Collector(r.endpoint(), r.tag(), twitter.bearerToken(), clock);
                }
                if (!twitter.hasBearer() && !twitter.hasUserContext()) throw new IllegalArgumentException("Twitter "
                        + "v1.1 search needs a bearer token (convene.twitter.bearer-token, environment "
                        + "CONVENE_TWITTER_BEARER_TOKEN) or all of convene.twitter.consumer-key, consumer-secret, "
                        + "access-token and access-token-secret");
                yield new TwitterV1Collector(r.endpoint(), r.tag(), twitter, clock);
            }
        };
    }
}
