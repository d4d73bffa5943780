package org.convene.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The people who may sign in, kept as {@code (:User)} nodes with a password hash (bcrypt of the password
 * peppered with a secret kept outside the graph, {@link PepperedBcrypt}, through Spring Security's delegating
 * encoder, so the hash names its algorithm). Names are stored lower-case. The last
 * administrator can be neither removed nor demoted, so the store is never left without one.
 */
@Service
public class UserService {

    static final int MIN_PASSWORD = 10;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GraphDb db;
    private final PasswordEncoder encoder;
    /** None on the command line: it has no web sessions to end. */
    private final ObjectProvider<SignedInSessions> sessions;

    private final SignInThrottle throttle;

    private final PepperedBcrypt pepper;

    public UserService(GraphDb db, PasswordEncoder encoder, PepperedBcrypt pepper, ObjectProvider<SignedInSessions> sessions,
                       SignInThrottle throttle) {
        this.db = db;
        this.encoder = encoder;
        this.pepper = pepper;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /** A user as shown in lists; {@code passwordHash} is null there and set only for sign-in. */
    public record User(String username, AccessRole role, String createdAt, String passwordHash) {}

    public List<User> list() {
        return db.read(query("list-users")).stream().map(UserService::user).toList();
    }

    public Optional<User> find(String username) {
        String name = normalise(username);
        if (!NAME.matcher(name).matches()) return Optional.empty();
        return db.read(query("find-user"), Map.of("username", name)).stream().findFirst().map(UserService::user);
    }

    public long count() {
        return db.readLong(query("count-users"), Map.of());
    }

    public User add(String username, String password, AccessRole role) {
        String name = checkName(username);
        checkPassword(password);
        try {
            db.write(query("create-user"), Map.of("username", name, "passwordHash", hash(password),
                    "role", role.name()));
        } catch (ClientException e) {
            if (String.valueOf(e.code()).contains("ConstraintValidationFailed")) {
                throw new IllegalArgumentException("There is already a user called " + name);
            }
            throw e;
        }
        return find(name).orElseThrow();
    }

    public void setRole(String username, AccessRole role) {
        String name = existing(username);
        if (role != AccessRole.ADMIN) keepAnAdmin(name, "take the admin role from");
        db.write(query("set-role"), Map.of("username", name, "role", role.name()));
        signOut(name);
    }

    public void setPassword(String username, String password) {
        String name = existing(username);
        checkPassword(password);
        db.write(query("set-password"), Map.of("username", name, "passwordHash", hash(password)));
        // not the admin who resets their own: they are reading the new password on the page
        var self = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (self == null || !name.equalsIgnoreCase(self.getName())) signOut(name);
    }

    /**
     * A new password's hash, after checking that this Convene's pepper is the one the graph's users are hashed
     * with ({@link #pepperMatches}).
     */
    private String hash(String password) {
        if (!pepperMatches()) throw new IllegalStateException(PEPPER_MISMATCH);
        return encoder.encode(password);
    }

    static final String PEPPER_MISMATCH = "The users in this graph were given passwords with another password pepper "
            + "than this Convene's, so the server could not match a password set here. Run this with the server's "
            + "--data-dir (its " + PepperedBcrypt.FILE + " file) or set CONVENE_USERS_PEPPER to the server's pepper. "
            + "If that pepper is lost, delete the graph's (:PasswordPepper) node and set every user's password again.";

    /**
     * Whether this Convene's pepper is the one whose fingerprint the graph holds; the first to ask stores its
     * own. A command line pointed at a server with {@code --uri} from another data directory would otherwise
     * write hashes that the server cannot match.
     */
    public boolean pepperMatches() {
        String ours = pepper.check();
        return db.write(query("pepper-check"), Map.of("check", ours)).getFirst().get("check").asString().equals(ours);
    }

    /** Stores a hash made by the encoder from the user's own password (a sign-in upgrading an older kind). */
    void replaceHash(String username, String hash) {
        db.write(query("set-password"), Map.of("username", normalise(username), "passwordHash", hash));
    }

    /**
     * A signed-in user changes their own password, giving the current one. Their other sessions end (a
     * browser left signed in elsewhere, or someone who had the old password); {@code keepSession} stays.
     *
     * @param keepSession the id of the web session making the change, or null
     * @param address     the browser's address, for {@link SignInThrottle}, or null
     */
    public void changeOwnPassword(String username, String current, String next, String keepSession, String address) {
        User user = find(username).orElseThrow(() -> new IllegalArgumentException("There is no user called " + username));
        // wrong current passwords count as wrong sign-ins: a session left open is no way to guess the password
        if (throttle.locked(user.username(), address)) {
            throw new WrongPassword("Too many wrong passwords: try again in " + SignInThrottle.WINDOW.toMinutes() + " minutes");
        }
        if (current == null || !encoder.matches(current, user.passwordHash())) {
            throttle.failed(user.username(), address);
            throw new WrongPassword("That is not your current password");
        }
        throttle.succeeded(user.username(), address);
        checkPassword(next);
        if (next.equals(current)) throw new IllegalArgumentException("The new password is the one you have now");
        db.write(query("set-password"), Map.of("username", user.username(), "passwordHash", hash(next)));
        sessions.ifAvailable(s -> s.endOthers(user.username(), keepSession));
    }

    /** The current password given was not right: the form marks that field, not the new one. */
    public static final class WrongPassword extends IllegalArgumentException {
        WrongPassword(String message) {
            super(message);
        }
    }

    public void remove(String username) {
        String name = existing(username);
        keepAnAdmin(name, "remove");
        db.write(query("remove-user"), Map.of("username", name));
        signOut(name);
    }

    /** A changed user signs in again: their session holds the old role, or belongs to someone who has left. */
    private void signOut(String name) {
        sessions.ifAvailable(s -> s.end(name));
    }

    /** A password of 20 random URL-safe characters (120 bits). */
    public static String generatePassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void keepAnAdmin(String name, String action) {
        boolean isAdmin = find(name).map(u -> u.role() == AccessRole.ADMIN).orElse(false);
        if (isAdmin && db.readLong(query("count-admins"), Map.of("username", name)) == 0) {
            throw new IllegalArgumentException("Cannot " + action + " " + name
                    + ": it is the only admin. Make another user admin first.");
        }
    }

    private String existing(String username) {
        return find(username).map(User::username)
                .orElseThrow(() -> new IllegalArgumentException("There is no user called " + username));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static String checkName(String username) {
        String name = normalise(username);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name is 1 to 64 letters, digits or . _ @ - and starts with "
                    + "a letter or digit");
        }
        return name;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD + " characters");
        }
    }

    private static User user(Record r) {
        return new User(r.get("username").asString(), AccessRole.find(r.get("role").asString(null)).orElse(AccessRole.VIEWER),
                r.get("createdAt").asString(null), r.get("passwordHash").asString(null));
    }

    private static String query(String name) {
        return CypherScript.query(UserService.class, name);
    }
}
