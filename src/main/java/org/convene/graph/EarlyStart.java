package org.convene.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded database as soon as the configuration is known, on its own thread, so its
 * 10-odd seconds of start-up overlap with Spring, Tomcat and Vaadin starting. The bean then takes it.
 * Registered in META-INF/spring.factories because it must run before the context exists. Off with
 * {@code convene.early-start=false} (the unit tests, whose data directory is only known later).
 */
class EarlyStart implements ApplicationListener<SpringApplicationEvent> {

    private static CompletableFuture<EmbeddedNeo4j> pending;
    private static ConveneProperties pendingFor;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            if (!prepared.getEnvironment().getProperty("convene.early-start", Boolean.class, true)) return;
            ConveneProperties props = Binder.get(prepared.getEnvironment())
                    .bindOrCreate("convene", ConveneProperties.class);
            if (props.embedded()) begin(props);
        } else if (event instanceof ApplicationFailedEvent) {
            abandon();
        }
    }

    private static synchronized void begin(ConveneProperties props) {
        abandon();
        pendingFor = props;
        pending = CompletableFuture.supplyAsync(() -> EmbeddedNeo4j.start(props), runnable -> {
            Thread thread = new Thread(runnable, "convene-neo4j-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The database started early for these properties, or a fresh start if there is none. */
    static synchronized EmbeddedNeo4j take(ConveneProperties props) {
        CompletableFuture<EmbeddedNeo4j> started = pending;
        boolean same = started != null && pendingFor.equals(props);
        pending = null;
        pendingFor = null;
        if (!same) {
            if (started != null) closeWhenDone(started);
            return EmbeddedNeo4j.start(props);
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static synchronized void abandon() {
        if (pending != null) closeWhenDone(pending);
        pending = null;
        pendingFor = null;
    }

    private static void closeWhenDone(CompletableFuture<EmbeddedNeo4j> started) {
        started.thenAccept(EmbeddedNeo4j::close);
    }
}
