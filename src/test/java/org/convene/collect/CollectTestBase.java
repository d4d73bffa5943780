package org.convene.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A collection service over the test database, with a fixed clock and a sleeper that only records waits. */
abstract class CollectTestBase extends GraphTestBase {

    static final Clock NOON = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @Autowired ImportService imports;
    @Autowired CollectStates states;
    @Autowired GraphDb db;

    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    RecordedApi api;

    /** Waits cost no time here: the test sees what was asked for. Stop still ends a wait at once. */
    CollectService service() {
        return service((wait, stop) -> waits.add(wait));
    }

    CollectService service(Sleeper sleeper) {
        return new CollectService(imports, states, new TwitterProperties("test-token", null, null, null, null),
                new MastodonProperties(null), NOON, sleeper);
    }

    CollectStatus collect(CollectService service, CollectRequest request) throws InterruptedException {
        CollectStatus started = service.start(request, log::add);
        return service.await(started.id(), Duration.ofSeconds(30));
    }

    long count(String cypher) {
        return db.readLong(cypher, Map.of());
    }

    boolean logged(String text) {
        synchronized (log) {
            return log.stream().anyMatch(line -> line.contains(text));
        }
    }

    @AfterEach
    void clean() {
        if (api != null) api.close();
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession OR n:CollectState "
                + "DETACH DELETE n");
    }
}
