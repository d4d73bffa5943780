package org.convene.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.convene.analysis.AnalysisOptions;
import org.convene.analysis.AnalysisProgress;
import org.convene.analysis.AnalysisService;
import org.convene.graph.GraphDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled #cancerchat and #celiac 2014 collections into a store that has never held data,
 * and analyses them, so a first start shows a real network with roles and clusters. It runs once per store: a store emptied later stays empty.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "convene.demo", havingValue = "true")
public class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    static final List<String> FILES = List.of("demo/cancerchat-2014.csv", "demo/celiac-2014.csv");
    public static final List<String> CHATS = List.of("cancerchat", "celiac");
    /** The platform of every demo post. */
    public static final String PLATFORM = "twitter";

    private final GraphDb db;
    private final ImportService imports;
    private final AnalysisService analysis;

    DemoLoader(GraphDb db, ImportService imports, AnalysisService analysis) {
        this.db = db;
        this.imports = imports;
        this.analysis = analysis;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        long accounts = db.readLong("MATCH (a:Account) RETURN count(a)", Map.of());
        long marks = db.readLong("MATCH (m:ConveneMeta {key: 'demo'}) RETURN count(m)", Map.of());
        if (accounts > 0 || marks > 0) return;
        log.info("Empty store: loading the demo collections {}", FILES);
        var sources = FILES.stream().map(DemoLoader::resource).toList();
        ImportSummary summary = imports.importAll(sources, null, CHATS);
        db.write("MERGE (m:ConveneMeta {key: 'demo'}) SET m.loadedAt = datetime()");
        log.info("Demo loaded: {}", summary.describe());
        // roles, clusters, influence and bridges, so every view has something to show on first start
        try {
            var result = analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
            log.info("Demo analysed in {} ms: {}", result.millis(), result.figures());
        } catch (RuntimeException e) {
            log.warn("Demo loaded but not analysed ({}); run 'convene analyze' to try again", e.getMessage());
        }
    }

    /**
     * The keys of every post the demo files write (retweets' originals included), read again from the bundled
     * files: what removing the demo removes, and nothing a user imported beside it.
     */
    public static java.util.Set<String> postIds() throws IOException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String file : FILES) {
            try (var in = new java.io.InputStreamReader(resource(file).open(), java.nio.charset.StandardCharsets.UTF_8)) {
                new TopsyCsvReader().read(file, in, post -> {
                    ids.add(post.id());
                    if (post.retweetOf() != null) ids.add(post.retweetOf());
                }, rejected -> { });
            }
        }
        return ids;
    }

    private static ImportService.Source resource(String path) {
        return new ImportService.Source() {
            public String name() {
                return path;
            }

            public InputStream open() throws IOException {
                InputStream in = DemoLoader.class.getClassLoader().getResourceAsStream(path);
                if (in == null) throw new IOException("missing bundled resource " + path);
                return in;
            }
        };
    }
}
