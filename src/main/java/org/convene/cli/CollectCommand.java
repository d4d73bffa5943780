package org.convene.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.collect.CollectRequest;
import org.convene.collect.CollectService;
import org.convene.collect.CollectStatus;
import org.convene.collect.Site;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Collect posts with a hashtag live from Twitter/X, Mastodon or Bluesky into the graph.",
                "Each run goes on from where the last one stopped; Ctrl-C writes the page in hand and stops."})
class CollectCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "SITE", description = "twitter, mastodon or bluesky")
    String site;

    @Option(names = "--tag", required = true, paramLabel = "TAG", description = "The hashtag, with or without #.")
    String tag;

    @Option(names = "--instance", paramLabel = "URL",
            description = "Mastodon instance (default https://mastodon.social), Bluesky service (default https://public.api.bsky.app) or Twitter API base (default https://api.twitter.com).")
    String instance;

    @Option(names = "--api", paramLabel = "v1|v2", description = "Twitter only: v2 recent search (default) or v1 (v1.1 search through Twitter4J).")
    String api;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N posts; the next run goes on from there.")
    long max;

    static class Mode {
        @Option(names = "--once", description = "Fetch what is new and exit.")
        boolean once;

        @Option(names = "--until-stopped", description = "Poll every --interval until Ctrl-C (the default).")
        boolean untilStopped;
    }

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "60", description = "Seconds between polls (default ${DEFAULT-VALUE}).")
    long interval;

    @Option(names = "--chat", paramLabel = "TAG", description = "Declare a hashtag as a chat you follow (repeatable).")
    List<String> chats = new ArrayList<>();

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var request = new CollectRequest(Site.of(site), tag, instance, api, max, mode != null && mode.once,
                Duration.ofSeconds(interval), chats);
        PrintWriter err = spec.commandLine().getErr();
        CollectStatus end;
        try (var context = context()) {
            CollectService service = context.getBean(CollectService.class);
            CollectStatus started = service.start(request, line -> {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            });
            if (!request.once()) {
                err.println("Collecting " + request.source() + " #" + request.tag() + " from " + request.endpoint()
                        + " every " + interval + " s; Ctrl-C stops after the current page.");
                err.flush();
            }
            // Ctrl-C closes the Spring context from its shutdown hook; CollectService then stops the run
            end = service.await(started.id(), Duration.ofDays(3650));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("source", end.source());
            result.put("endpoint", end.endpoint());
            result.put("tag", end.tag());
            result.put("posts", end.posts());
            result.put("pages", end.pages());
            result.put("polls", end.polls());
            result.put("rejected", end.rejected());
            result.put("phase", end.phase());
            result.put("error", end.error());
            out.println(Output.json(result));
        } else {
            out.println("Collected %,d posts in %,d pages from %s #%s (%s); %,d rejected%s".formatted(end.posts(),
                    end.pages(), end.source(), end.tag(), end.endpoint(), end.rejected(),
                    end.error() == null ? "" : "; failed: " + end.error()));
        }
        out.flush();
        return end.error() == null ? ConveneCli.OK : ConveneCli.FAILED;
    }
}
