package org.convene.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces account ids and handles with salted hashes (HMAC-SHA-256, 16 hex digits): the same account gets the
 * same pseudonym throughout one export, and without the salt a pseudonym cannot be traced back by hashing
 * known handles. A random salt is used unless one is given (to link several exports), and it is never written.
 */
public final class Pseudonymiser {

    /** A salt one types: shorter ones can be guessed, and with one every pseudonym is undone by hashing handles. */
    public static final int MIN_SALT = 16;

    private final Mac mac;

    Pseudonymiser(String salt) {
        checkSalt(salt);
        byte[] key = salt != null ? salt.getBytes(StandardCharsets.UTF_8) : randomSalt();
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }

    /**
     * @throws IllegalArgumentException for a salt shorter than {@link #MIN_SALT} characters or with fewer than 8
     *                                  different ones (null is fine: random)
     */
    public static void checkSalt(String salt) {
        // length and variety only: a passphrase of a few words passes, "aaaaaaaaaaaaaaaa" does not
        if (salt != null && (salt.codePointCount(0, salt.length()) < MIN_SALT || salt.codePoints().distinct().count() < 8)) {
            throw new IllegalArgumentException("A salt must be at least " + MIN_SALT + " characters, 8 of them different: "
                    + "a simple one can be guessed, and with it anyone can undo the pseudonyms by hashing the chat's handles");
        }
    }

    String pseudonym(String value) {
        byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return "u" + HexFormat.of().formatHex(digest, 0, 8);
    }

    private static byte[] randomSalt() {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return salt;
    }
}
