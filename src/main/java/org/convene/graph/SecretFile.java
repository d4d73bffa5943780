package org.convene.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.Function;

/** A secret generated once and kept in a file readable by its owner only (the Bolt password, the password pepper). */
public final class SecretFile {

    private SecretFile() {}

    /**
     * The file's text, stripped; on first use {@code bytes} random bytes are written to it as {@code encode}
     * writes them, and that text is returned.
     */
    public static String readOrCreate(Path file, int bytes, Function<byte[], String> encode) {
        try {
            if (Files.exists(file)) return Files.readString(file, StandardCharsets.UTF_8).strip();
            byte[] random = new byte[bytes];
            new SecureRandom().nextBytes(random);
            String secret = encode.apply(random);
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data directory's own permissions apply
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }
}
