package observatory.serve;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import observatory.extract.Extractor;
import observatory.generate.Corpus;
import observatory.generate.GeneratedReport;
import observatory.generate.Generator;
import observatory.store.Store;

/** A real SQLite store of generated reports, and a real HTTP client for the server over it. */
final class Fixture {
  static final Extractor EXTRACTOR = Extractor.standard();

  private Fixture() {
  }

  /** A store in {@code dir} holding the first {@code stored} reports of a generated corpus, linked. */
  static Store store(Path dir, Corpus corpus, int stored) {
    return store(dir, corpus.reports().subList(0, stored));
  }

  /** A store in {@code dir} holding these reports, linked. */
  static Store store(Path dir, List<GeneratedReport> reports) {
    Store store = Store.embedded(dir.resolve("observatory.db"));
    for (GeneratedReport r : reports) {
      store.ingest(EXTRACTOR.extract(r.toReport()));
    }
    store.relink();
    return store;
  }

  static Corpus corpus(int reports) {
    return Generator.generate(reports, 7);
  }

  /** A response: its status, body, and parsed JSON when it is JSON. */
  record Response(int status, String body, Map<String, List<String>> headers) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()).stream().findFirst().orElse(null);
    }
  }

  /** An HTTP client with its own cookie jar (a browser's session, or none). */
  static final class Client {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Client(Server server) {
      this.base = "http://127.0.0.1:" + server.port();
    }

    Response get(String path, String... headers) {
      return send("GET", path, null, headers);
    }

    Response post(String path, String json, String... headers) {
      return send("POST", path, json, headers);
    }

    Response send(String method, String path, String json, String... headers) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
          .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      for (int i = 0; i + 1 < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      try {
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().map());
      } catch (Exception e) {
        throw new AssertionError(method + " " + path + " failed: " + e, e);
      }
    }

    /** The CSRF token of this client's session (or of the single-user mode). */
    String csrf() {
      return get("/api/session").json().path("csrf_token").asText();
    }
  }

  static String reportJson(String text, String publisher, String published) {
    var o = Json.object();
    o.put("text", text);
    o.put("publisher", publisher);
    o.put("published", published);
    return o.toString();
  }
}
