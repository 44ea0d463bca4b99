package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.Optional;
import observatory.generate.Corpus;
import observatory.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access control of a shared install, over real HTTP: sessions, roles, CSRF, API tokens. */
class AuthTest {
  @TempDir
  static Path dir;
  static Store store;
  static Server server;
  static String viewerToken;
  static String analystToken;

  @BeforeAll
  static void start() {
    Corpus corpus = Fixture.corpus(12);
    store = Fixture.store(dir, corpus, 10);
    Accounts accounts = new Accounts(store);
    accounts.addUser("vera", Role.VIEWER, "viewer-password");
    accounts.addUser("ali", Role.ANALYST, "analyst-password");
    viewerToken = accounts.createToken("vera");
    analystToken = accounts.createToken("ali");
    server = Server.start(store, Fixture.EXTRACTOR, new ServeConfig("127.0.0.1", 0, true, Optional.empty()));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static Fixture.Client signedIn(String name, String password) {
    Fixture.Client c = new Fixture.Client(server);
    Fixture.Response r = c.post("/api/session", "{\"name\": \"" + name + "\", \"password\": \"" + password + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("set-cookie")).contains("HttpOnly").contains("SameSite=Strict");
    return c;
  }

  private static String report(String text) {
    return Fixture.reportJson(text, "AFP", "2020-06-02");
  }

  @Test
  void anAnonymousClientCannotReadASharedInstall() {
    Fixture.Client anonymous = new Fixture.Client(server);
    for (String path : new String[] {"/api/incidents", "/api/totals", "/api/reports", "/api/regions",
        "/api/export/incidents.csv"}) {
      Fixture.Response r = anonymous.get(path);
      assertThat(r.status()).as(path).isEqualTo(401);
      assertThat(r.json().path("error").path("code").asText()).isEqualTo("unauthorized");
    }
    assertThat(anonymous.get("/api/session").json().path("signed_in").asBoolean()).isFalse();
    // What a sign-in page needs stays public.
    assertThat(anonymous.get("/api/config").status()).isEqualTo(200);
    assertThat(anonymous.get("/").status()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefused() {
    Fixture.Client c = new Fixture.Client(server);
    Fixture.Response r = c.post("/api/session", "{\"name\": \"vera\", \"password\": \"not-her-password\"}");
    assertThat(r.status()).isEqualTo(401);
    assertThat(c.post("/api/session", "{\"name\": \"nobody\", \"password\": \"viewer-password\"}").status()).isEqualTo(401);
    assertThat(c.get("/api/incidents").status()).isEqualTo(401);
  }

  @Test
  void aViewerReadsButCannotWrite() {
    Fixture.Client vera = signedIn("vera", "viewer-password");
    assertThat(vera.get("/api/incidents").status()).isEqualTo(200);
    Fixture.Response write = vera.post("/api/reports", report("Four people were killed in shelling on Ariha on Monday."),
        "X-CSRF-Token", vera.csrf());
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.json().path("error").path("code").asText()).isEqualTo("forbidden");
    Fixture.Response byToken = new Fixture.Client(server).post("/api/reports/preview",
        report("Four people were killed in shelling on Ariha on Monday."), "Authorization", "Bearer " + viewerToken);
    assertThat(byToken.status()).isEqualTo(403);
  }

  @Test
  void csrfIsEnforcedOnSessionWrites() {
    Fixture.Client ali = signedIn("ali", "analyst-password");
    String body = report("Five civilians were killed in an air strike on Maarat al-Numan on Monday.");
    Fixture.Response none = ali.post("/api/reports", body);
    assertThat(none.status()).isEqualTo(403);
    assertThat(none.json().path("error").path("code").asText()).isEqualTo("csrf");
    Fixture.Response wrong = ali.post("/api/reports", body, "X-CSRF-Token", "a".repeat(48));
    assertThat(wrong.status()).isEqualTo(403);
    long before = store.counts().reports();
    assertThat(store.counts().reports()).isEqualTo(before);
    Fixture.Response right = ali.post("/api/reports", body, "X-CSRF-Token", ali.csrf());
    assertThat(right.status()).as(right.body()).isEqualTo(201);
    assertThat(store.counts().reports()).isEqualTo(before + 1);
  }

  @Test
  void aTokenActsAsItsUserAndAWrongTokenIsRefused() {
    Fixture.Client script = new Fixture.Client(server);
    assertThat(script.get("/api/incidents", "Authorization", "Bearer " + viewerToken).status()).isEqualTo(200);
    String forged = viewerToken.substring(0, viewerToken.length() - 4) + "0000";
    Fixture.Response r = script.get("/api/incidents", "Authorization", "Bearer " + forged);
    assertThat(r.status()).isEqualTo(401);
    assertThat(script.get("/api/incidents", "Authorization", "Bearer obs_nonsense").status()).isEqualTo(401);
    assertThat(script.get("/api/incidents", "Authorization", "Basic dmVyYTp4").status()).isEqualTo(401);
    // A token is no ambient credential, so a script needs no CSRF token.
    Fixture.Response write = script.post("/api/reports/preview", report("Two people were killed in shelling on Saraqib on Sunday."),
        "Authorization", "Bearer " + analystToken);
    assertThat(write.status()).as(write.body()).isEqualTo(200);
  }

  @Test
  void signingOutEndsTheSession() {
    Fixture.Client vera = signedIn("vera", "viewer-password");
    assertThat(vera.send("DELETE", "/api/session", null).status()).isEqualTo(204);
    assertThat(vera.get("/api/incidents").status()).isEqualTo(401);
  }

  @Test
  void passwordsAndTokensAreStoredOnlyAsHashes() {
    store.inTransaction(c -> {
      try (ResultSet r = c.createStatement().executeQuery("SELECT password_hash FROM users")) {
        while (r.next()) {
          assertThat(r.getString(1)).startsWith("$2").doesNotContain("password");
        }
      }
      try (ResultSet r = c.createStatement().executeQuery("SELECT id, secret_hash FROM api_tokens")) {
        while (r.next()) {
          assertThat(viewerToken).doesNotContain(r.getString(2));
          assertThat(analystToken).doesNotContain(r.getString(2));
        }
      }
      return null;
    });
  }

  @Test
  void aSharedInstallWithoutAccountsRefusesToStart(@TempDir Path empty) {
    try (Store bare = Store.embedded(empty.resolve("o.db"))) {
      assertThatThrownBy(() -> Server.start(bare, Fixture.EXTRACTOR, new ServeConfig("0.0.0.0", 0, false, Optional.empty())))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("observatory user add");
    }
  }

  @Test
  void badAccountsAreRefusedWithTheReason() {
    Accounts accounts = new Accounts(store);
    assertThatThrownBy(() -> accounts.addUser("vera", Role.ADMIN, "another-password")).hasMessageContaining("already exists");
    assertThatThrownBy(() -> accounts.addUser("short", Role.ADMIN, "1234567")).hasMessageContaining("at least 8");
    assertThatThrownBy(() -> accounts.addUser("bad name", Role.ADMIN, "12345678")).hasMessageContaining("not a user name");
    assertThatThrownBy(() -> accounts.createToken("nobody")).hasMessageContaining("no user 'nobody'");
    assertThatThrownBy(() -> Role.of("editor")).hasMessageContaining("viewer, analyst or admin");
  }
}
