package observatory.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import observatory.extract.Extractor;
import observatory.store.Store;

/**
 * The observatory's HTTP server: the REST API under {@code /api} (documented at
 * {@code /api/openapi.json}) and the dashboard at {@code /}, over one store.
 *
 * <pre>{@code
 * try (Server server = Server.start(store, Extractor.standard(), ServeConfig.local(7070))) {
 *   System.out.println(server.url());
 * }
 * }</pre>
 *
 * <p>On 127.0.0.1 with no accounts it needs no sign-in (one user, this machine). Listening on
 * another address, or with {@code requireLogin}, it needs accounts ({@link Accounts}) and refuses
 * to start without any. Errors reach clients as one JSON shape, never a stack trace.
 */
public final class Server implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Server.class.getName());
  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private final Javalin app;
  private final ServeConfig config;
  private final boolean loginRequired;
  private boolean closed;

  private Server(Javalin app, ServeConfig config, boolean loginRequired) {
    this.app = app;
    this.config = config;
    this.loginRequired = loginRequired;
  }

  /** Starts serving {@code store}; {@code extractor} reads reports submitted to the API. */
  public static Server start(Store store, Extractor extractor, ServeConfig config) {
    Accounts accounts = new Accounts(store);
    boolean loopback = config.loopback();
    boolean hasUsers = accounts.any();
    boolean loginRequired = config.requireLogin() || !loopback || hasUsers;
    if (loginRequired && !hasUsers) {
      throw new IllegalStateException("a shared install (listening on " + config.host()
          + (config.requireLogin() ? ", --require-login" : "") + ") needs accounts, and the store has none;"
          + " add one first: observatory user add NAME --role admin");
    }
    Auth auth = new Auth(accounts, loginRequired);
    Api api = new Api(store, extractor, auth, Regions.bundled(), config);
    String csp = contentSecurityPolicy(config);
    Javalin app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.http.maxRequestSize = 2_000_000L;
      c.staticFiles.enableWebjars();
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/observatory/serve/web";
        sf.location = Location.CLASSPATH;
      });
      c.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", csp);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (!loginRequired) {
          // A page of another site that rebinds its name to 127.0.0.1 would otherwise read the API.
          String host = ctx.host() == null ? "" : ctx.host().toLowerCase(Locale.ROOT);
          String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
              : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
          if (!LOOPBACK_NAMES.contains(name)) {
            throw ApiError.forbidden("host", "this server answers to 127.0.0.1 and localhost only, not '" + host + "'");
          }
        }
      });
      api.routes(c.routes);
      c.routes.exception(ApiError.class, (e, ctx) -> fail(ctx, e));
      c.routes.exception(HttpResponseException.class, (e, ctx) ->
          fail(ctx, new ApiError(e.getStatus(), code(e.getStatus()), safeMessage(e), null)));
      c.routes.exception(Exception.class, (e, ctx) -> {
        LOG.log(Level.SEVERE, "request " + ctx.method() + " " + ctx.path() + " failed", e);
        fail(ctx, new ApiError(500, "internal", "the server failed to answer this request; the error is in"
            + " the server's log", null));
      });
      c.routes.error(404, ctx -> {
        if (ctx.result() == null) {
          fail(ctx, ApiError.notFound("nothing at " + ctx.method() + " " + ctx.path()));
        }
      });
      c.routes.error(405, ctx -> {
        if (ctx.result() == null) {
          fail(ctx, new ApiError(405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path(), null));
        }
      });
    });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + rootMessage(e), e);
    }
    return new Server(app, config, loginRequired);
  }

  private static String contentSecurityPolicy(ServeConfig config) {
    String tiles = config.tileUrl().map(u -> {
      URI uri = URI.create(u.replace("{", "").replace("}", ""));
      return " " + uri.getScheme() + "://" + uri.getHost().replace("s.", "*.");
    }).orElse("");
    return "default-src 'self'; img-src 'self' data:" + tiles + "; style-src 'self'; script-src 'self';"
        + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  private static void fail(Context ctx, ApiError e) {
    ctx.status(e.status);
    try {
      ctx.contentType("application/json").result(Json.MAPPER.writeValueAsBytes(Json.error(e)));
    } catch (JsonProcessingException x) {
      ctx.result("{\"error\":{\"status\":500,\"code\":\"internal\",\"message\":\"error\"}}");
    }
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "invalid";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      default -> status >= 500 ? "internal" : "error";
    };
  }

  /** Javalin's own messages are short and safe ("Not found"); anything else is replaced. */
  private static String safeMessage(HttpResponseException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() || m.length() > 200 ? "request refused (" + e.getStatus() + ")" : m;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The port it listens on (the one chosen when the configuration asked for 0). */
  public int port() {
    return app.port();
  }

  /** The address of the dashboard. */
  public String url() {
    String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  public boolean loginRequired() {
    return loginRequired;
  }

  /** Stops serving; safe to call twice. The store stays open: whoever opened it closes it. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      app.stop();
    }
  }
}
