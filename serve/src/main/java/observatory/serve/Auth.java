package observatory.serve;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a request acts for, and whether it may. Three ways in:
 * <ul>
 *   <li>{@code Authorization: Bearer obs_...}: an API token (scripts). A wrong token is refused,
 *       never treated as anonymous. No CSRF token needed: a browser never sends it on its own.</li>
 *   <li>the {@code obs_session} cookie, set by signing in ({@code POST /api/session}).</li>
 *   <li>nothing, when sign-in is not required (the embedded single-user mode: 127.0.0.1, no
 *       accounts): the request acts as a local administrator.</li>
 * </ul>
 * A request that changes something on a session or in the local mode must carry the session's
 * CSRF token in {@code X-CSRF-Token} (read it from {@code GET /api/session}, which a page of another
 * site cannot read). Sessions live in memory: restarting the server signs everyone out.
 */
final class Auth {
  static final String COOKIE = "obs_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Duration IDLE = Duration.ofHours(12);
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  /** The user a request acts for, how it was authenticated, and the CSRF token it must send on writes. */
  record Principal(Accounts.User user, String via, Optional<String> csrf) {
  }

  private record Session(Accounts.User user, String csrf, Instant[] seen) {
  }

  private final Accounts accounts;
  private final boolean loginRequired;
  private final String localCsrf = Accounts.hex(24);
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  Auth(Accounts accounts, boolean loginRequired) {
    this.accounts = accounts;
    this.loginRequired = loginRequired;
  }

  boolean loginRequired() {
    return loginRequired;
  }

  /** The principal of a request; empty when anonymous on an install that requires sign-in. */
  Optional<Principal> principal(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && !header.isBlank()) {
      if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw ApiError.unauthorized("the Authorization header must be 'Bearer TOKEN' with an API token");
      }
      Accounts.User user = accounts.byToken(header.substring(7))
          .orElseThrow(() -> ApiError.unauthorized("the API token is not valid; create one with: observatory token create NAME"));
      return Optional.of(new Principal(user, "token", Optional.empty()));
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null) {
      Session s = sessions.get(cookie);
      if (s != null && s.seen()[0].plus(IDLE).isAfter(Instant.now())) {
        s.seen()[0] = Instant.now();
        return Optional.of(new Principal(s.user(), "session", Optional.of(s.csrf())));
      }
      sessions.remove(cookie);
    }
    if (!loginRequired) {
      return Optional.of(new Principal(new Accounts.User("local", Role.ADMIN), "local", Optional.of(localCsrf)));
    }
    return Optional.empty();
  }

  /**
   * Checks a request to the API: signed in (unless {@code open}), a CSRF token on writes made with a
   * browser's credentials, and at least {@code needed}.
   */
  Principal require(Context ctx, Role needed) {
    Principal p = principal(ctx).orElseThrow(() -> ApiError.unauthorized("sign in first (POST /api/session) or send an API token"));
    if (!SAFE.contains(ctx.method().name()) && p.csrf().isPresent()) {
      String sent = ctx.header(CSRF_HEADER);
      if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
          p.csrf().get().getBytes(StandardCharsets.UTF_8))) {
        throw ApiError.forbidden("csrf", "missing or wrong " + CSRF_HEADER + " header; read the token from GET /api/session");
      }
    }
    if (!p.user().role().allows(needed)) {
      throw ApiError.forbidden("forbidden", "user '" + p.user().name() + "' is a " + p.user().role().label()
          + "; this needs the " + needed.label() + " role");
    }
    return p;
  }

  /** Signs in: a new session, its cookie set on the response. */
  Principal signIn(Context ctx, String name, String password) {
    Accounts.User user = accounts.signIn(name, password)
        .orElseThrow(() -> ApiError.unauthorized("wrong user name or password"));
    String id = Accounts.hex(32);
    String csrf = Accounts.hex(24);
    sessions.put(id, new Session(user, csrf, new Instant[] {Instant.now()}));
    ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
    return new Principal(user, "session", Optional.of(csrf));
  }

  void signOut(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null) {
      sessions.remove(cookie);
    }
    ctx.header("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  }
}
