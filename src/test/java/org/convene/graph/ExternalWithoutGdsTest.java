package org.convene.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convene.ConveneApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;

/**
 * Convene in external mode against a plain Neo4j server that has no Graph Data Science: it must start,
 * apply its schema there, and say that analysis is unavailable instead of failing.
 */
class ExternalWithoutGdsTest {

    static DatabaseManagementService server;
    static String uri;
    static Path dir;

    @BeforeAll
    static void startPlainNeo4j() throws Exception {
        dir = Files.createTempDirectory("convene-plain-neo4j-");
        server = new DatabaseManagementServiceBuilder(dir)
                .setUserLogProvider(NullLogProvider.getInstance())
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(HttpConnector.enabled, false)
                .build();
        var db = (GraphDatabaseAPI) server.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        uri = "bolt://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        if (server != null) server.shutdown();
        if (dir != null) org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }

    /** Convene in external mode on the plain server, without the web UI or the demo. */
    private static org.springframework.context.ConfigurableApplicationContext convene() {
        return new SpringApplicationBuilder(ConveneApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.autoconfigure.exclude=" + ConveneApplication.NON_WEB_EXCLUDES,
                        "--convene.neo4j.uri=" + uri, "--convene.neo4j.user=", "--convene.demo=false");
    }

    @Test
    void startsAndSaysAnalysisIsUnavailable() {
        try (var context = convene()) {
            assertThat(context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
            GdsStatus gds = context.getBean(GdsStatus.class);
            assertThat(gds.available()).isFalse();
            assertThat(gds.current().message()).contains("no Graph Data Science");
            var health = context.getBean(GdsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            GraphDb db = context.getBean(GraphDb.class);
            List<String> constraints = db.read("SHOW CONSTRAINTS YIELD name RETURN name").stream()
                    .map(r -> r.get("name").asString()).toList();
            assertThat(constraints).contains("account_key", "post_key");
            var analysis = context.getBean(org.convene.analysis.AnalysisService.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> analysis.run(
                            org.convene.analysis.AnalysisOptions.defaults(), org.convene.analysis.AnalysisProgress.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no Graph Data Science");
        }
    }

    /**
     * A researcher's driver or Neo4j Browser warns of every label, relationship type or property a query names
     * that the database has never held (a graph of edge lists has no QUOTES, one not yet analysed no pagerank).
     * The schema registers the graph model's names, so the library's queries run quietly on a new database.
     */
    @Test
    void libraryQueriesNameNothingUnknownOnANewDatabase() {
        try (var context = convene()) {
            var driver = context.getBean(org.neo4j.driver.Driver.class);
            var entries = context.getBean(org.convene.cypher.QueryLibrary.class).entries();
            assertThat(entries).hasSizeGreaterThan(10);
            List<String> unknown = new java.util.ArrayList<>();
            for (var e : entries) {
                var params = new java.util.HashMap<String, Object>(e.parameters());
                var named = java.util.regex.Pattern.compile("\\$(\\w+)").matcher(e.text());
                while (named.find()) params.putIfAbsent(named.group(1), null);
                driver.executableQuery(e.text()).withParameters(params).execute().summary().notifications().stream()
                        .filter(n -> n.code().startsWith("Neo.ClientNotification.Statement.Unknown"))
                        .forEach(n -> unknown.add(e.name() + ": " + n.description().replaceAll("(?s).*\\((the missing .*)\\)$", "$1")));
            }
            assertThat(unknown).isEmpty();
        }
    }
}
