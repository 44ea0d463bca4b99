package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import observatory.link.Incident;
import observatory.store.AuditEntry;
import observatory.store.IncidentFilter;
import observatory.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's actions over real HTTP on a shared install: roles, CSRF, reasons, and the audit rows written. */
class ReviewApiTest {
  @TempDir
  Path dir;
  Store store;
  Server server;
  String viewerToken;
  String analystToken;

  @BeforeEach
  void start() {
    store = Fixture.store(dir, Fixture.corpus(30), 30);
    Accounts accounts = new Accounts(store);
    accounts.addUser("vera", Role.VIEWER, "viewer-password");
    accounts.addUser("ali", Role.ANALYST, "analyst-password");
    viewerToken = accounts.createToken("vera");
    analystToken = accounts.createToken("ali");
    server = Server.start(store, Fixture.EXTRACTOR, new ServeConfig("127.0.0.1", 0, true, Optional.empty()));
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private Incident single(int k) {
    return store.incidents(IncidentFilter.all()).stream().filter(i -> !i.aggregate()).skip(k).findFirst().orElseThrow();
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  @Test
  void aViewerCannotChangeAnIncidentAndNothingIsAudited() {
    Incident i = single(0);
    Fixture.Response r = new Fixture.Client(server).post("/api/incidents/" + i.id() + "/status",
        "{\"status\": \"verified\", \"reason\": \"checked the video\"}", "Authorization", bearer(viewerToken));
    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(r.json().path("error").path("code").asText()).isEqualTo("forbidden");
    assertThat(store.audit(Optional.empty())).isEmpty();
    assertThat(store.incident(i.id()).orElseThrow().status()).isEqualTo(i.status());
  }

  @Test
  void anAnalystSetsAStatusWithAReasonAndTheAuditRowNamesThem() {
    Incident i = single(0);
    Fixture.Response r = new Fixture.Client(server).post("/api/incidents/" + i.id() + "/status",
        "{\"status\": \"verified\", \"reason\": \"checked the video\"}", "Authorization", bearer(analystToken));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode audit = r.json().path("audit");
    assertThat(audit.path("by").asText()).isEqualTo("ali");
    assertThat(audit.path("after").asText()).isEqualTo("verified");
    assertThat(audit.path("reason").asText()).isEqualTo("checked the video");
    String now = r.json().path("incident").asText();
    assertThat(store.incident(now).orElseThrow().status()).isEqualTo(Incident.Status.VERIFIED);
    AuditEntry row = store.audit(Optional.empty()).get(0);
    assertThat(row.by()).isEqualTo("ali");
    assertThat(row.action()).isEqualTo("status");
    // The incident's page reads the same trail.
    JsonNode trail = new Fixture.Client(server).get("/api/incidents/" + now + "/audit", "Authorization",
        bearer(viewerToken)).json().path("audit");
    assertThat(trail).hasSize(1);
    assertThat(trail.get(0).path("reason").asText()).isEqualTo("checked the video");
  }

  @Test
  void aChangeWithoutAReasonIsRefusedInTheErrorShape() {
    Incident i = single(0);
    Fixture.Response r = new Fixture.Client(server).post("/api/incidents/" + i.id() + "/correct",
        "{\"field\": \"killed.best\", \"value\": \"12\"}", "Authorization", bearer(analystToken));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("error").path("field").asText()).isEqualTo("reason");
    assertThat(store.audit(Optional.empty())).isEmpty();
  }

  @Test
  void aCorrectionOfAnUnknownFieldNamesTheFieldsThatCanBeCorrected() {
    Incident i = single(0);
    Fixture.Response r = new Fixture.Client(server).post("/api/incidents/" + i.id() + "/correct",
        "{\"field\": \"colour\", \"value\": \"red\", \"reason\": \"because\"}", "Authorization", bearer(analystToken));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().path("error").path("message").asText()).contains("colour").contains("actor");
    assertThat(store.audit(Optional.empty())).isEmpty();
  }

  @Test
  void aSessionWithoutTheCsrfTokenCannotMerge() {
    Fixture.Client c = new Fixture.Client(server);
    assertThat(c.post("/api/session", "{\"name\": \"ali\", \"password\": \"analyst-password\"}").status()).isEqualTo(200);
    Incident a = single(0);
    Incident b = single(1);
    String body = "{\"with\": \"" + b.id() + "\", \"reason\": \"same strike\"}";
    Fixture.Response refused = c.post("/api/incidents/" + a.id() + "/merge", body);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("error").path("code").asText()).isEqualTo("csrf");
    assertThat(store.audit(Optional.empty())).isEmpty();

    Fixture.Response merged = c.post("/api/incidents/" + a.id() + "/merge", body, Auth.CSRF_HEADER, c.csrf());
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    Incident now = store.incident(merged.json().path("incident").asText()).orElseThrow();
    assertThat(now.members()).hasSize(a.members().size() + b.members().size());
    assertThat(store.audit(Optional.empty())).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("merge");
      assertThat(e.by()).isEqualTo("ali");
    });
  }

  @Test
  void anAnalystSplitsAClaimOffAndCorrectsAFigure() {
    Incident multi = store.incidents(IncidentFilter.all()).stream().filter(i -> !i.aggregate() && i.members().size() >= 2)
        .findFirst().orElseThrow();
    String claim = multi.members().get(1).ref().toString();
    Fixture.Client c = new Fixture.Client(server);
    Fixture.Response split = c.post("/api/incidents/" + multi.id() + "/split",
        "{\"claims\": [\"" + claim + "\"], \"reason\": \"another day\"}", "Authorization", bearer(analystToken));
    assertThat(split.status()).as(split.body()).isEqualTo(200);
    Incident left = store.incident(split.json().path("incident").asText()).orElseThrow();
    assertThat(left.members()).hasSize(multi.members().size() - 1);

    Fixture.Response corrected = c.post("/api/incidents/" + left.id() + "/correct",
        "{\"field\": \"actor\", \"value\": \"Russia\", \"reason\": \"the monitor's later report\"}",
        "Authorization", bearer(analystToken));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(store.incident(corrected.json().path("incident").asText()).orElseThrow().actor()).contains("Russia");
    assertThat(store.audit(Optional.empty())).extracting(AuditEntry::action).containsExactly("split", "correct");
  }

  @Test
  void anUnknownIncidentIsNotFound() {
    Fixture.Response r = new Fixture.Client(server).post("/api/incidents/no-such/status",
        "{\"status\": \"verified\", \"reason\": \"x\"}", "Authorization", bearer(analystToken));
    assertThat(r.status()).isEqualTo(404);
  }
}
