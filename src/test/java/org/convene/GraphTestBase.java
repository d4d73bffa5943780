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

    static {
        try {
            DATA_DIR = Files.createTempDirectory("convene-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("convene.data-dir", DATA_DIR::toString);
    }
}
