package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import observatory.generate.Corpus;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.store.IncidentFilter;
import observatory.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP, on a random port, over a real SQLite store of generated reports (single-user mode). */
class ApiTest {
  @TempDir
  static Path dir;
  static Corpus corpus;
  static Store store;
  static Server server;
  static Fixture.Client client;

  @BeforeAll
  static void start() {
    corpus = Fixture.corpus(80);
    // Reports 25 to 34 are held out: they describe incidents that stored reports describe too.
    List<observatory.generate.GeneratedReport> stored = new ArrayList<>(corpus.reports().subList(0, 25));
    stored.addAll(corpus.reports().subList(35, 80));
    store = Fixture.store(dir, stored);
    // A monitor's tally over a period, so that some incident spans several days.
    store.ingest(Fixture.EXTRACTOR.extract(observatory.report.Report.builder("At least 288 civilians, including 93"
        + " children, were killed in Idlib province between 2 March and 20 March 2019, the Syrian Network for"
        + " Human Rights said in a monthly report.").publisher("SNHR").published(LocalDate.of(2019, 3, 21)).build()));
    store.relink();
    server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0));
    client = new Fixture.Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("incidents").forEach(i -> ids.add(i.path("id").asText()));
    return ids;
  }

  @Test
  void pagesCoverEveryIncidentOnceInTheStoresOrder() {
    List<String> expected = store.incidents(IncidentFilter.all()).stream().map(Incident::id).toList();
    assertThat(expected).hasSizeGreaterThan(20);
    List<String> seen = new ArrayList<>();
    int offset = 0;
    int pages = 0;
    while (true) {
      JsonNode page = client.get("/api/incidents?limit=7&offset=" + offset).json();
      seen.addAll(ids(page));
      pages++;
      if (page.path("next_offset").isNull()) {
        break;
      }
      offset = page.path("next_offset").asInt();
    }
    assertThat(seen).containsExactlyElementsOf(expected);
    // Read a page at a time, an incident is the same record as read on its own.
    for (Incident i : observatory.store.IncidentQueries.page(store, IncidentFilter.all(), java.util.Optional.empty(), 0, 1000).incidents()) {
      assertThat(i).isEqualTo(store.incident(i.id()).orElseThrow());
    }
    assertThat(pages).isEqualTo((expected.size() + 6) / 7);
  }

  @Test
  void filtersSelectWhatTheStoreSelects() {
    Incident some = store.incidents(IncidentFilter.all()).stream().filter(i -> i.admin1().isPresent()
        && i.when() instanceof observatory.claim.When.Day).findFirst().orElseThrow();
    LocalDate day = ((observatory.claim.When.Day) some.when()).date();
    String region = some.admin1().get();
    IncidentFilter filter = IncidentFilter.all().region(region).from(day.minusDays(30)).to(day.plusDays(30));
    List<String> expected = store.incidents(filter).stream().map(Incident::id).toList();
    JsonNode page = client.get("/api/incidents?limit=1000&region=" + region.toUpperCase().replace(" ", "%20")
        + "&from=" + day.minusDays(30) + "&to=" + day.plusDays(30)).json();
    assertThat(ids(page)).containsExactlyElementsOf(expected).contains(some.id());
    page.path("incidents").forEach(i -> assertThat(i.path("admin1").asText()).isEqualTo(region));
  }

  @Test
  void periodsSelectAndSumWhatTheStoreDoes() {
    // The database reads a first day through two indexes (starting on or after it, periods reaching
    // it); the result must be the store's own selection, periods and all.
    List<Incident> all = store.incidents(IncidentFilter.all());
    assertThat(all).anyMatch(i -> i.when() instanceof observatory.claim.When.Between b && b.from().isPresent()
        && b.to().isPresent());
    for (Incident i : all) {
      if (!(i.when() instanceof observatory.claim.When.Day d)) {
        continue;
      }
      for (LocalDate from : List.of(d.date(), d.date().plusDays(1), LocalDate.of(2019, 3, 10))) {
        IncidentFilter filter = IncidentFilter.all().from(from);
        List<String> expected = store.incidents(filter).stream().map(Incident::id).toList();
        assertThat(ids(client.get("/api/incidents?limit=1000&from=" + from).json())).as("from " + from)
            .containsExactlyElementsOf(expected);
        Totals sums = store.totals(filter.to(from.plusDays(60)));
        JsonNode api = client.get("/api/totals?from=" + from + "&to=" + from.plusDays(60)).json();
        assertThat(api.path("incidents").asInt()).isEqualTo(sums.incidents());
        assertThat(api.path("aggregates_left_out").asInt()).isEqualTo(sums.aggregatesLeftOut());
        assertThat(api.path("sums").path("killed").path("best").asLong())
            .isEqualTo(sums.sums().containsKey(Measure.KILLED) ? sums.sums().get(Measure.KILLED).best() : 0);
      }
    }
  }

  @Test
  void totalsAreTheStoresSumsWithAggregatesKeptOut() {
    Totals expected = store.totals(IncidentFilter.all());
    JsonNode totals = client.get("/api/totals?group=region").json();
    assertThat(totals.path("incidents").asInt()).isEqualTo(expected.incidents());
    assertThat(totals.path("aggregates_left_out").asInt()).isEqualTo(expected.aggregatesLeftOut());
    for (Map.Entry<Measure, Totals.Sum> e : expected.sums().entrySet()) {
      JsonNode sum = totals.path("sums").path(e.getKey().label());
      assertThat(sum.path("low").asLong()).as(e.getKey().label()).isEqualTo(e.getValue().low());
      assertThat(sum.path("best").asLong()).as(e.getKey().label()).isEqualTo(e.getValue().best());
      assertThat(sum.path("high").isNull()).isEqualTo(e.getValue().high().isEmpty());
    }
    long byRegion = 0;
    for (JsonNode r : totals.path("regions")) {
      byRegion += r.path("sums").path("killed").path("best").asLong();
    }
    assertThat(byRegion).isEqualTo(expected.sums().get(Measure.KILLED).best());
  }

  @Test
  void anIncidentComesWithItsClaimsEvidenceAndReports() {
    Incident corroborated = store.incidents(IncidentFilter.all()).stream()
        .filter(i -> i.members().size() > 1).findFirst().orElseThrow();
    JsonNode i = client.get("/api/incidents/" + corroborated.id()).json();
    assertThat(i.path("claims")).hasSize(corroborated.members().size());
    assertThat(i.path("reports").size()).isEqualTo((int) corroborated.members().stream().map(m -> m.ref().reportId()).distinct().count());
    for (JsonNode claim : i.path("claims")) {
      String text = null;
      for (JsonNode r : i.path("reports")) {
        if (r.path("id").asText().equals(claim.path("report_id").asText())) {
          text = r.path("text").asText();
        }
      }
      assertThat(claim.path("evidence_spans")).isNotEmpty();
      for (JsonNode span : claim.path("evidence_spans")) {
        assertThat(text.substring(span.path("start").asInt(), span.path("end").asInt())).isEqualTo(span.path("text").asText());
      }
    }
    assertThat(client.get("/api/incidents/inc-nothing").status()).isEqualTo(404);
  }

  @Test
  void badParametersGetOneJsonErrorNamingTheField() {
    Map<String, String> cases = Map.of(
        "/api/incidents?limit=0", "limit",
        "/api/incidents?limit=many", "limit",
        "/api/incidents?from=2019-13-01", "from",
        "/api/incidents?from=2019-05-02&to=2019-05-01", "to",
        "/api/incidents?regoin=Idlib", "regoin",
        "/api/incidents?status=verified-ish", "status",
        "/api/totals?group=actor", "group",
        "/api/reports?offset=-1", "offset");
    cases.forEach((path, field) -> {
      Fixture.Response r = client.get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.header("content-type")).startsWith("application/json");
      JsonNode error = r.json().path("error");
      assertThat(error.path("code").asText()).isEqualTo("invalid");
      assertThat(error.path("field").asText()).as(path).isEqualTo(field);
      assertThat(error.path("message").asText()).as(path).contains(field);
    });
  }

  @Test
  void aMalformedBodyIsA400WithoutAStackTrace() {
    String csrf = client.csrf();
    Fixture.Response r = client.post("/api/reports/preview", "{\"text\": \"unterminated", "X-CSRF-Token", csrf);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("error").path("message").asText()).contains("not valid JSON");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("jackson");
    Fixture.Response missing = client.post("/api/reports/preview", "{\"publisher\": \"AFP\"}", "X-CSRF-Token", csrf);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("error").path("field").asText()).isEqualTo("text");
    Fixture.Response wrongType = client.send("POST", "/api/reports/preview", null, "X-CSRF-Token", csrf,
        "Content-Type", "text/plain");
    assertThat(wrongType.status()).isEqualTo(415);
    Fixture.Response badDate = client.post("/api/reports/preview", Fixture.reportJson("Two killed.", "AFP", "yesterday"),
        "X-CSRF-Token", csrf);
    assertThat(badDate.json().path("error").path("field").asText()).isEqualTo("published");
  }

  @Test
  void aMalformedHttpRequestGetsNoStackTrace() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write("GET /api/incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nthis line is no header\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(response).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }
  }

  @Test
  void anotherHostNameIsRefusedInSingleUserMode() throws Exception {
    // A page that rebinds its own name to 127.0.0.1 must not read the API of the single-user mode.
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.getOutputStream().write("GET /api/incidents HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      assertThat(in.readLine()).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void writesInSingleUserModeNeedTheCsrfToken() {
    String body = Fixture.reportJson("Two civilians were killed in shelling on Ariha on Monday.", "AFP", "2019-05-07");
    Fixture.Response without = client.post("/api/reports/preview", body);
    assertThat(without.status()).isEqualTo(403);
    assertThat(without.json().path("error").path("code").asText()).isEqualTo("csrf");
    assertThat(client.post("/api/reports/preview", body, "X-CSRF-Token", "0123").status()).isEqualTo(403);
    assertThat(client.post("/api/reports/preview", body, "X-CSRF-Token", client.csrf()).status()).isEqualTo(200);
  }

  @Test
  void aPreviewOfAnArabicReportSaysItIsNotRead() {
    String body = Fixture.reportJson("قتل مدنيان في قصف على بلدة في ريف حلب الغربي.", "a monitor", "2021-03-02");
    JsonNode preview = client.post("/api/reports/preview", body, "X-CSRF-Token", client.csrf()).json();
    assertThat(preview.path("language").asText()).isEqualTo("ar");
    assertThat(preview.path("claims").size()).isZero();
    assertThat(preview.path("note").asText()).contains("Arabic").contains("English reports only");
  }

  @Test
  void everyDocumentedPathAnswers() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(ApiTest.class.getResourceAsStream("/observatory/serve/openapi.json"));
    String incident = store.incidents(IncidentFilter.all()).get(0).id();
    String report = corpus.reports().get(0).toReport().id();  // stored
    String csrf = client.csrf();
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").properties().iterator(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      String path = p.getKey().replace("{id}", p.getKey().startsWith("/api/incidents") ? incident : report);
      for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next().toUpperCase();
        String body = method.equals("POST") ? (path.equals("/api/session") ? "{\"name\": \"nobody\", \"password\": \"x\"}"
            : Fixture.reportJson("Three people were killed in an air strike on Saraqib on Sunday.", "AFP", "2019-05-06")) : null;
        // A required query parameter (a region) gets the first incident's governorate.
        StringBuilder query = new StringBuilder();
        for (JsonNode param : p.getValue().path(method.toLowerCase()).path("parameters")) {
          if (param.path("in").asText().equals("query") && param.path("required").asBoolean()) {
            query.append(query.length() == 0 ? "?" : "&").append(param.path("name").asText()).append('=')
                .append(java.net.URLEncoder.encode(store.incidents(IncidentFilter.all()).stream()
                .flatMap(i -> i.admin1().stream()).findFirst().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8));
          }
        }
        Fixture.Response r = client.send(method, path + query, body, "X-CSRF-Token", csrf);
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isNotIn(404, 405, 500);
        if (method.equals("GET")) {
          assertThat(r.status()).as(method + " " + path).isEqualTo(200);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(26);
  }

  @Test
  void aPreviewStoresNothingAndShowsTheIncidentsAClaimWouldJoin() {
    String csrf = client.csrf();
    for (var generated : corpus.reports().subList(25, 35)) {
      var report = generated.toReport();
      var before = store.counts();
      String body = Fixture.reportJson(report.text(), report.publisher().orElse(null), report.published().get().toString());
      JsonNode preview = client.post("/api/reports/preview", body, "X-CSRF-Token", csrf).json();
      assertThat(store.counts()).isEqualTo(before);
      assertThat(preview.path("report_id").asText()).isEqualTo(report.id());
      JsonNode joining = null;
      for (JsonNode claim : preview.path("claims")) {
        if (claim.path("possible_duplicate").asBoolean()) {
          joining = claim;
        }
      }
      if (joining == null) {
        continue;
      }
      String joined = joining.path("would_join").get(0).asText();
      List<String> members = new ArrayList<>();
      client.get("/api/incidents/" + joined).json().path("claims")
          .forEach(c -> members.add(c.path("report_id").asText() + ":" + c.path("id").asText()));
      Fixture.Response saved = client.post("/api/reports", body, "X-CSRF-Token", csrf);
      assertThat(saved.status()).isEqualTo(201);
      String claimId = joining.path("id").asText();
      String incident = null;
      for (JsonNode c : saved.json().path("claims")) {
        if (c.path("id").asText().equals(claimId)) {
          incident = c.path("incident_id").asText();
        }
      }
      List<String> now = new ArrayList<>();
      client.get("/api/incidents/" + incident).json().path("claims")
          .forEach(c -> now.add(c.path("report_id").asText() + ":" + c.path("id").asText()));
      // Saved, the claim is in the incident the preview named (its id changes with its claims): no second count.
      assertThat(now).containsAll(members).contains(report.id() + ":" + claimId);
      assertThat(client.post("/api/reports", body, "X-CSRF-Token", csrf).json().path("already_stored").asBoolean()).isTrue();
      return;
    }
    throw new AssertionError("no held-out generated report has a claim that joins a stored incident");
  }

  @Test
  void exportsHoldEveryIncidentOnce() {
    int incidents = store.incidents(IncidentFilter.all()).size();
    Fixture.Response csv = client.get("/api/export/incidents.csv");
    assertThat(csv.header("content-type")).startsWith("text/csv");
    assertThat(csv.body().split("\r\n")).hasSize(incidents + 1);
    assertThat(csv.body()).startsWith("id,status,scope,date_from");
    JsonNode json = client.get("/api/export/incidents.json").json();
    assertThat(json.path("incidents")).hasSize(incidents);
  }

  @Test
  void unknownRoutesAnswerInTheErrorShape() {
    Fixture.Response r = client.get("/api/nothing-here");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("error").path("code").asText()).isEqualTo("not_found");
  }
}
