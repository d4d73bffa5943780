package org.convene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real embedded Neo4j with GDS in a fresh temporary directory, started once per test JVM and shared
 * by every test class that extends this (Spring caches the context). Tests clean up what they write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.autoconfigure.exclude=" + ConveneApplication.NON_WEB_EXCLUDES, "convene.demo=false", "convene.bolt.port=0", "convene.page-cache=64m"})
public abstract class GraphTestBase {

    protected static final Path DATA_DIR;
    private static final String OWNER = "owner.pid";

    static {
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            removeStoresOfEndedRuns(tmp);
            DATA_DIR = Files.createTempDirectory(tmp, "convene-test-");
            Files.writeString(DATA_DIR.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Test stores (about 0.5 GB a run) outlive their JVM: the store cannot be deleted while Neo4j may still be
     * closing it. So each run removes the stores of runs whose JVM has ended (or that name no owner).
     */
    private static void removeStoresOfEndedRuns(Path tmp) throws IOException {
        try (var stores = Files.newDirectoryStream(tmp, "convene-test-*")) {
            for (Path store : stores) {
                if (!ownerAlive(store.resolve(OWNER))) org.springframework.util.FileSystemUtils.deleteRecursively(store);
            }
        }
    }

    private static boolean ownerAlive(Path owner) throws IOException {
        if (!Files.exists(owner)) return false;
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(owner).strip())).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // an owner file no run wrote: leave the store alone
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("convene.data-dir", DATA_DIR::toString);
    }
}
