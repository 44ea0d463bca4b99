package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.store.IncidentFilter;
import observatory.store.Store;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incidents marked for review and the review share of totals, over real HTTP (see {@link ReviewFixture}). */
class NeedsReviewApiTest {
  @TempDir
  static Path dir;
  static Store store;
  static Server server;
  static Fixture.Client client;

  @BeforeAll
  static void start() {
    store = ReviewFixture.store(dir);
    server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0));
    client = new Fixture.Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static JsonNode get(String path) {
    Fixture.Response r = client.get(path);
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  /** The incidents of a page by place (a tally has none: "-"). */
  private static Map<String, JsonNode> byPlace(JsonNode page) {
    Map<String, JsonNode> out = new TreeMap<>();
    page.path("incidents").forEach(i -> out.put(i.path("place").isNull() ? "-" : i.path("place").asText(), i));
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  @Test
  void theListMarksWhatNeedsReviewAndFiltersToIt() {
    Map<String, JsonNode> all = byPlace(get("/api/incidents"));

    assertThat(all.get("Kafr Nabl").path("needs_review").asBoolean()).isTrue();
    assertThat(texts(all.get("Kafr Nabl").path("review_reasons"))).containsExactly(ReviewFixture.SCRIPT, ReviewFixture.QUOTES);
    assertThat(texts(all.get("Khan Shaykhun").path("review_reasons"))).containsExactly(ReviewFixture.FORMULA);
    for (String place : List.of("Saraqib", "Hama", "-")) {
      assertThat(all.get(place).path("needs_review").asBoolean()).as(place).isFalse();
      assertThat(all.get(place).path("review_reasons")).as(place).isEmpty();
    }
    assertThat(byPlace(get("/api/incidents?needs_review=true")).keySet()).containsExactly("Kafr Nabl", "Khan Shaykhun");
    assertThat(byPlace(get("/api/incidents?needs_review=true&from=2019-11-05")).keySet()).containsExactly("Khan Shaykhun");
    assertThat(get("/api/incidents?needs_review=false").path("incidents")).hasSize(5);
    Fixture.Response bad = client.get("/api/incidents?needs_review=maybe");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("error").path("field").asText()).isEqualTo("needs_review");
    assertThat(bad.json().path("error").path("message").asText()).contains("true or false", "maybe");
  }

  @Test
  void anIncidentPageGivesTheMarkTheReasonsAndEachClaimsConfidence() {
    String id = byPlace(get("/api/incidents")).get("Kafr Nabl").path("id").asText();

    JsonNode i = get("/api/incidents/" + id);

    assertThat(i.path("needs_review").asBoolean()).isTrue();
    assertThat(texts(i.path("review_reasons"))).containsExactly(ReviewFixture.SCRIPT, ReviewFixture.QUOTES);
    assertThat(i.path("claims")).hasSize(2);
    for (JsonNode c : i.path("claims")) {
      assertThat(c.path("needs_review").asBoolean()).isTrue();
      assertThat(c.path("confidence").asDouble()).isIn(0.4, 0.3);
      assertThat(texts(c.path("review_reasons"))).hasSize(1);
    }
    String saraqib = byPlace(get("/api/incidents")).get("Saraqib").path("id").asText();
    JsonNode sure = get("/api/incidents/" + saraqib).path("claims").get(0);
    assertThat(sure.path("confidence").asDouble()).isEqualTo(1.0);
    assertThat(sure.path("needs_review").asBoolean()).isFalse();
  }

  @Test
  void totalsGiveTheShareThatRestsOnIncidentsMarkedForReview() {
    JsonNode t = get("/api/totals");

    assertThat(t.path("sums").path("killed").path("low").asLong()).isEqualTo(60);
    JsonNode review = t.path("needs_review");
    assertThat(review.path("incidents").asInt()).isEqualTo(2);
    assertThat(review.path("sums").path("killed").path("low").asLong()).isEqualTo(46);
    assertThat(review.path("sums").path("killed").path("best").asLong()).isEqualTo(46);
    assertThat(review.path("sums").path("killed").path("high").isNull()).as("Khan Shaykhun's 'at least 12' is open").isTrue();
    for (String query : List.of("", "?region=Idlib", "?region=SY", "?from=2019-11-05", "?type=air/drone%20strike",
        "?region=Idlib&needs_review=true")) {
      IncidentFilter filter = store.resolve(filterOf(query));
      Totals expected = store.totals(filter.needsReview(true));
      JsonNode got = get("/api/totals" + query).path("needs_review");
      assertThat(got.path("incidents").asInt()).as(query).isEqualTo(expected.incidents());
      Totals.Sum killed = expected.sums().get(Measure.KILLED);
      assertThat(got.path("sums").path("killed").path("low").asLong()).as(query).isEqualTo(killed == null ? 0 : killed.low());
    }
    // Per governorate: Hama has nothing marked.
    JsonNode grouped = get("/api/totals?group=region");
    assertThat(grouped.path("needs_review").path("incidents").asInt()).isEqualTo(2);
    for (JsonNode r : grouped.path("regions")) {
      int marked = r.path("needs_review").path("incidents").asInt();
      assertThat(marked).as(r.path("region").asText()).isEqualTo(r.path("region").asText().equals("Idlib") ? 2 : 0);
    }
  }

  private static IncidentFilter filterOf(String query) {
    IncidentFilter f = IncidentFilter.all();
    for (String part : query.replace("?", "").split("&")) {
      String[] kv = part.split("=", 2);
      if (kv.length < 2) {
        continue;
      }
      String v = kv[1].replace("%20", " ");
      f = switch (kv[0]) {
        case "region" -> f.region(v);
        case "from" -> f.from(java.time.LocalDate.parse(v));
        case "type" -> f.type(v);
        case "needs_review" -> f.needsReview(Boolean.parseBoolean(v));
        default -> throw new IllegalArgumentException(part);
      };
    }
    return f;
  }

  @Test
  void exportsCarryTheMarkAndTheReasonsAsText() throws Exception {
    String csv = client.get("/api/export/incidents.csv").body();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    assertThat(rows).hasSize(5);
    Map<String, CSVRecord> byPlace = new TreeMap<>();
    rows.forEach(r -> byPlace.put(r.get("place").isEmpty() ? "-" : r.get("place"), r));
    assertThat(byPlace.get("Kafr Nabl").get("needs_review")).isEqualTo("true");
    assertThat(byPlace.get("Kafr Nabl").get("review_reasons")).isEqualTo(ReviewFixture.SCRIPT + "; " + ReviewFixture.QUOTES);
    assertThat(byPlace.get("Saraqib").get("needs_review")).isEqualTo("false");
    assertThat(byPlace.get("Saraqib").get("review_reasons")).isEmpty();
    // A reason that reads like a formula is written after a quote, so a spreadsheet shows it as text.
    assertThat(byPlace.get("Khan Shaykhun").get("review_reasons")).isEqualTo("'" + ReviewFixture.FORMULA);
    assertThat(client.get("/api/export/incidents.csv?needs_review=true").body().split("\r\n")).hasSize(3);

    JsonNode json = get("/api/export/incidents.json?needs_review=true");
    assertThat(json.path("incidents")).hasSize(2).allMatch(i -> i.path("needs_review").asBoolean());
    assertThat(texts(json.path("incidents").get(0).path("review_reasons"))).containsExactly(ReviewFixture.SCRIPT,
        ReviewFixture.QUOTES);
  }

  @Test
  void aTallySaysHowMuchOfWhatItIsAccountedForRestsOnMarkedIncidents() {
    JsonNode tally = get("/api/tallies").path("tallies").get(0);

    assertThat(tally.path("needs_review").asBoolean()).isFalse();
    JsonNode civilians = tally.path("figures").path("civilians");
    assertThat(civilians.path("accounted").path("low").asLong()).isEqualTo(51);
    assertThat(civilians.path("accounted_in_review").path("low").asLong()).isEqualTo(46);
    assertThat(civilians.path("accounted_in_review").path("incidents").asInt()).isEqualTo(2);
  }

  @Test
  void theOpenApiDocumentDescribesTheNewFields() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(NeedsReviewApiTest.class.getResourceAsStream("/observatory/serve/openapi.json"));
    JsonNode incident = doc.path("components").path("schemas").path("Incident").path("properties");
    assertThat(incident.path("needs_review").path("type").asText()).isEqualTo("boolean");
    assertThat(incident.path("review_reasons").path("type").asText()).isEqualTo("array");
    assertThat(doc.path("components").path("schemas").path("Totals").path("properties").path("needs_review")
        .path("$ref").asText()).isEqualTo("#/components/schemas/ReviewShare");
    for (String path : List.of("/api/incidents", "/api/totals", "/api/export/incidents.csv", "/api/export/incidents.json")) {
      List<String> names = new ArrayList<>();
      doc.path("paths").path(path).path("get").path("parameters").forEach(p -> names.add(p.path("name").asText()));
      assertThat(names).as(path).contains("needs_review");
    }
  }
}
