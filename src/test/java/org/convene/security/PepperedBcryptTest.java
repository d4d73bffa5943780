package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hashes that match only with the same pepper; the pepper made once per data directory and kept private. */
class PepperedBcryptTest {

    @TempDir Path dir;

    @Test
    void aHashMatchesItsPasswordOnlyUnderItsPepper() {
        PepperedBcrypt one = PepperedBcrypt.of(null, dir);
        String hash = one.encode("ward round at nine");
        assertThat(one.matches("ward round at nine", hash)).isTrue();
        assertThat(one.matches("ward round at ten", hash)).isFalse();
        PepperedBcrypt other = PepperedBcrypt.of("another deployment's pepper text", dir);
        assertThat(other.matches("ward round at nine", hash)).isFalse();
        assertThat(other.check()).isNotEqualTo(one.check());
        // bcrypt reads 72 bytes; the HMAC before it reads every one
        String longer = "x".repeat(80);
        assertThat(one.matches(longer + "a", one.encode(longer + "b"))).isFalse();
    }

    @Test
    void thePepperIsMadeOnceAndReadableByItsOwnerOnly() throws Exception {
        PepperedBcrypt first = PepperedBcrypt.of("", dir);
        Path file = dir.resolve(PepperedBcrypt.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        PepperedBcrypt again = PepperedBcrypt.of(null, dir);
        assertThat(again.check()).isEqualTo(first.check());
        assertThat(again.matches("same file", first.encode("same file"))).isTrue();
        // the same pepper given as configuration (base64 of the file) is the same pepper
        assertThat(PepperedBcrypt.of(Files.readString(file), dir.resolve("elsewhere")).check()).isEqualTo(first.check());
    }
}
