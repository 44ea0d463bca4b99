package observatory.serve;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import observatory.store.Store;

/**
 * The accounts of a shared install, kept in the store (tables of migration V5): users with a role
 * and a bcrypt password hash, and API tokens for scripts of which only a SHA-256 of the secret is
 * kept. A token reads {@code obs_ID_SECRET}; it is shown once, when created.
 */
public final class Accounts {
  /** bcrypt's work factor: about 0.1 s a check on a laptop, which slows guessing and not people. */
  static final int COST = 11;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  private static final Pattern TOKEN = Pattern.compile("obs_([0-9a-f]{12})_([0-9a-f]{48})");
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Compared against when the user does not exist, so that a wrong name costs as long as a wrong password. */
  private static final byte[] DUMMY_HASH = BCrypt.withDefaults().hash(COST, "not a password".toCharArray());

  private final Store store;

  public Accounts(Store store) {
    this.store = store;
  }

  /** A signed-in user. */
  public record User(String name, Role role) {
  }

  /** Adds an account; the name must be new and the password at least 8 characters. */
  public User addUser(String name, Role role, String password) {
    checkName(name);
    if (password == null || password.length() < 8) {
      throw new IllegalArgumentException("the password of '" + name + "' is too short: use at least 8 characters");
    }
    if (password.length() > 72) {
      throw new IllegalArgumentException("the password of '" + name + "' is longer than bcrypt's 72 bytes");
    }
    String hash = BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    return store.inTransaction("add user " + name, c -> {
      if (find(c, name).isPresent()) {
        throw new IllegalArgumentException("user '" + name + "' already exists");
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
        s.setString(1, name);
        s.setString(2, role.label());
        s.setString(3, hash);
        s.setString(4, now());
        s.executeUpdate();
      }
      return new User(name, role);
    });
  }

  /** Creates an API token acting as {@code name}; the returned string is the only copy of it. */
  public String createToken(String name) {
    checkName(name);
    String id = hex(6);
    String secret = hex(24);
    store.inTransaction("create a token for " + name, c -> {
      if (find(c, name).isEmpty()) {
        throw new IllegalArgumentException("no user '" + name + "'; add it first with: observatory user add "
            + name + " --role viewer");
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO api_tokens (id, user_name, secret_hash, created_at) VALUES (?, ?, ?, ?)")) {
        s.setString(1, id);
        s.setString(2, name);
        s.setString(3, sha256(secret));
        s.setString(4, now());
        s.executeUpdate();
      }
      return null;
    });
    return "obs_" + id + "_" + secret;
  }

  /** The user whose name and password these are. */
  public Optional<User> signIn(String name, String password) {
    if (name == null || password == null) {
      return Optional.empty();
    }
    Optional<Row> row = store.inTransaction("read user " + name, c -> find(c, name));
    byte[] hash = row.map(r -> r.hash().getBytes(StandardCharsets.UTF_8)).orElse(DUMMY_HASH);
    boolean ok = BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    return ok && row.isPresent() ? Optional.of(new User(row.get().name(), row.get().role())) : Optional.empty();
  }

  /** The user an API token acts as; empty for a malformed, unknown or wrong token. */
  public Optional<User> byToken(String token) {
    var m = TOKEN.matcher(token == null ? "" : token.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String id = m.group(1);
    byte[] given = sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII);
    return store.inTransaction("check an API token", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT t.secret_hash, u.name, u.role FROM api_tokens t"
          + " JOIN users u ON u.name = t.user_name WHERE t.id = ?")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next() || !MessageDigest.isEqual(given, r.getString(1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.<User>empty();
          }
          return Optional.of(new User(r.getString(2), Role.of(r.getString(3))));
        }
      }
    });
  }

  /** Whether any account exists. */
  public boolean any() {
    return store.inTransaction("count users", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM users"); ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    });
  }

  private record Row(String name, Role role, String hash) {
  }

  private static Optional<Row> find(java.sql.Connection c, String name) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT name, role, password_hash FROM users WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(new Row(r.getString(1), Role.of(r.getString(2)), r.getString(3))) : Optional.empty();
      }
    }
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a user name: use letters, digits, '.', '_', '@'"
          + " or '-', at most 64, starting with a letter or digit");
    }
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
