package org.convene.graph;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Convene's own Neo4j, run inside the JVM with the Graph Data Science procedures registered.
 * Everything else talks to it through the driver over a loopback Bolt port, exactly as it would
 * talk to an external server, so both modes share one code path.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    static final String USER = "neo4j";

    private final Path dataDir;
    private final StoreLock lock;
    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final String password;
    private final CompletableFuture<Integer> gdsRegistered;
    private final boolean created;
    private final boolean boltOffered;

    private EmbeddedNeo4j(Path dataDir, StoreLock lock, DatabaseManagementService dbms, URI boltUri,
                          String password, CompletableFuture<Integer> gdsRegistered, boolean created,
                          boolean boltOffered) {
        this.created = created;
        this.boltOffered = boltOffered;
        this.dataDir = dataDir;
        this.lock = lock;
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.password = password;
        this.gdsRegistered = gdsRegistered;
    }

    /** Starts the database in {@code dataDir}; fails with {@link StoreLockedException} if another process has it. */
    public static EmbeddedNeo4j start(ConveneProperties props) {
        Path dataDir = props.dataDir().toAbsolutePath();
        boolean created = !Files.isDirectory(dataDir.resolve("data").resolve("databases")
                .resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        StoreLock lock = StoreLock.acquire(dataDir);
        DatabaseManagementService dbms = null;
        try {
            String password = boltPassword(dataDir);
            ConveneProperties.Bolt bolt = props.bolt();
            int port = bolt.enabled() ? bolt.port() : 0;
            String address = bolt.enabled() ? bolt.address() : "127.0.0.1";
            requireLoopback(address);
            long started = System.nanoTime();
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(props.pageCache()))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false) // health data: never phone home
                    // a checkpoint prunes every older transaction log: they would keep erased data (see forgetHistory)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                    // LOAD CSV file:/// (admins only, see cypher/ReadOnlyRules) reads this folder, not the whole disk
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, dataDir.resolve("import"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(address, port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .build();
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            setPassword(dbms, password);
            var register = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            var bound = register.getLocalAddress(ConnectorType.BOLT);
            URI uri = URI.create("bolt://" + bound.getHost() + ":" + bound.getPort());
            log.info("Embedded Neo4j started in {} ms at {}{}",
                    (System.nanoTime() - started) / 1_000_000, dataDir,
                    bolt.enabled() ? "; Bolt for your tools: " + uri + " user neo4j, password in "
                            + dataDir.resolve(PASSWORD_FILE) : "");
            return new EmbeddedNeo4j(dataDir, lock, dbms, uri, password, registerGds(db), created, bolt.enabled());
        } catch (RuntimeException | Error e) {
            if (dbms != null) dbms.shutdown();
            lock.close();
            throw StoreLockedException.translate(e, dataDir);
        }
    }

    static final String PASSWORD_FILE = "bolt-password";

    /** Bolt carries the whole graph behind one password and no TLS: it never listens beyond this machine. */
    static void requireLoopback(String address) {
        boolean loopback;
        try {
            loopback = java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalArgumentException("convene.bolt.address is " + address + ", but the embedded Bolt "
                    + "connector listens on this machine only (127.0.0.1 or ::1). To share the graph over a network, "
                    + "run Neo4j as a server and point convene.neo4j.uri at it.");
        }
    }

    /**
     * Registering GDS's 460-odd procedures takes seconds, and nothing but analysis needs them, so it runs
     * beside the rest of start-up; {@link GdsStatus} waits for it.
     */
    private static CompletableFuture<Integer> registerGds(GraphDatabaseAPI db) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                int classes = GdsProcedures.register(db);
                log.info("Graph Data Science registered in {} ms ({} classes)",
                        (System.nanoTime() - started) / 1_000_000, classes);
                done.complete(classes);
            } catch (RuntimeException | Error e) {
                log.warn("Graph Data Science could not be registered: {}", e.getMessage());
                done.completeExceptionally(e);
            }
        }, "convene-gds-register");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** The Bolt password is generated once per data directory and kept there, readable by its owner only. */
    private static String boltPassword(Path dataDir) {
        return SecretFile.readOrCreate(dataDir.resolve(PASSWORD_FILE), 18, bytes -> HexFormat.of().formatHex(bytes));
    }

    /** Sets the stored password on every start, so editing the file is how an owner changes it. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED",
                    java.util.Map.of("pw", password));
        } catch (org.neo4j.graphdb.QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    /** Whether Bolt is offered to other tools; without it ({@code --no-bolt}) the port is Convene's own. */
    public boolean boltOffered() {
        return boltOffered;
    }

    public URI boltUri() {
        return boltUri;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** The database itself, for work that needs no Bolt round trips (bulk import). */
    public org.neo4j.graphdb.GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * After an erasure or a retention run: starts a new transaction log and checkpoints, which prunes the older
     * logs. They hold every change as it was made, the removed posts and bios with it, and would keep them until
     * they pass 256 MB; a chat's store may never get there. Neo4j offers this only through its kernel.
     */
    public void forgetHistory() {
        var resolver = ((GraphDatabaseAPI) database()).getDependencyResolver();
        try {
            resolver.resolveDependency(org.neo4j.kernel.impl.transaction.log.files.LogFiles.class).getLogFile()
                    .getLogRotation().rotateLogFile(() -> org.neo4j.kernel.impl.transaction.log.rotation.LogRotateEvent.NULL);
            // pruning keeps the newest log that holds a transaction: the new one must hold one
            database().executeTransactionally("MERGE (m:ConveneMeta {key: 'history'}) SET m.forgottenAt = datetime()");
            resolver.resolveDependency(org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer.class)
                    .forceCheckPoint(new org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo("Convene: erased data"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not prune the transaction logs after removing data", e);
        }
    }

    /** Whether this start made a new, empty store (nothing was in the directory). */
    public boolean created() {
        return created;
    }

    /** Waits until the GDS procedures are registered; throws if registering failed. */
    public void awaitGds() {
        try {
            gdsRegistered.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public void close() {
        gdsRegistered.cancel(false);
        try {
            dbms.shutdown();
        } finally {
            lock.close();
        }
    }
}
