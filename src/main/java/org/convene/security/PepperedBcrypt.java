package org.convene.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.convene.graph.SecretFile;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt of the password's HMAC-SHA256 under a secret kept outside the graph (a "pepper"). The hashes live in
 * the graph, which analysts read through Cypher; without the pepper a hash they copy cannot be tested against
 * guesses offline. The pepper is {@code convene.users.pepper} if set (several servers on one database share
 * it), else the file {@code DATA_DIR/password-pepper}, made on first use and readable by its owner only.
 */
final class PepperedBcrypt {

    /** The id the delegating encoder writes before these hashes: {pepper-bcrypt}$2a$10$... */
    static final String ID = "pepper-bcrypt";
    static final String FILE = "password-pepper";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final byte[] pepper;

    PepperedBcrypt(byte[] pepper) {
        if (pepper.length < 16) throw new IllegalArgumentException("The password pepper must have at least 16 bytes");
        this.pepper = pepper.clone();
    }

    /** The configured pepper (base64, or any text of 16 characters or more), else the data directory's file. */
    static PepperedBcrypt of(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) return new PepperedBcrypt(decode(configured.strip()));
        return new PepperedBcrypt(decode(SecretFile.readOrCreate(dataDir.resolve(FILE), 32,
                bytes -> Base64.getEncoder().encodeToString(bytes))));
    }

    private static byte[] decode(String text) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (bytes.length >= 16) return bytes;
        } catch (IllegalArgumentException notBase64) {
            // any other text serves as it is
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * As a {@link PasswordEncoder} for the delegating one. This class is not one itself: as a bean it would be a
     * second encoder, and Spring Security's sign-in would then take neither.
     */
    PasswordEncoder asEncoder() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return PepperedBcrypt.this.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String hash) {
                return PepperedBcrypt.this.matches(raw, hash);
            }
        };
    }

    String encode(CharSequence raw) {
        return bcrypt.encode(peppered(raw));
    }

    boolean matches(CharSequence raw, String hash) {
        return raw != null && hash != null && bcrypt.matches(peppered(raw), hash);
    }

    /** A fingerprint of the pepper, safe to store: an HMAC of a fixed text, from which the pepper cannot be found. */
    String check() {
        return peppered("convene password pepper check");
    }

    /** 44 characters of base64: well inside bcrypt's 72 bytes, whatever the password's length. */
    private String peppered(CharSequence raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
