package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import observatory.generate.Demo;
import observatory.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tallies, series, onset and alerts over real HTTP, on the demo store. */
class TrendsApiTest {
  @TempDir
  static Path dir;
  static Store store;
  static Server server;
  static Fixture.Client client;

  @BeforeAll
  static void start() {
    store = Fixture.store(dir, Demo.reports());
    server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0));
    client = new Fixture.Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void theOnsetOfIdlibIsAnsweredInWordsWithTheIncidentsThatDriveIt() {
    JsonNode v = client.get("/api/onset?region=idlib").json();
    assertThat(v.path("verdict").asText()).isEqualTo("yes");
    assertThat(v.path("region").asText()).isEqualTo("Idlib");
    assertThat(v.path("answer").asText()).startsWith("Yes: violence in Idlib shifted to a higher level on " + v.path("onset").asText());
    assertThat(v.path("driven_by")).isNotEmpty();
    // Judged before the bombardment, with the days up to then only: no escalation yet.
    JsonNode before = client.get("/api/onset?region=Idlib&as_of=2016-10-05").json();
    assertThat(before.path("verdict").asText()).isIn("no", "not_enough_data");
    assertThat(before.path("as_of").asText()).isEqualTo("2016-10-05");
  }

  @Test
  void theSeriesAndTheTallyAgreeWithTheStore() {
    JsonNode days = client.get("/api/series?region=Idlib&from=2016-11-16&to=2016-11-16").json().path("days");
    assertThat(days).hasSize(1);
    assertThat(days.get(0).path("killed").asLong())
        .isEqualTo(store.dailySeries("Idlib", LocalDate.of(2016, 11, 16), LocalDate.of(2016, 11, 16)).get(0).killed());
    JsonNode tally = client.get("/api/tallies?region=Idlib").json().path("tallies").get(0);
    Demo.Tally fact = Demo.facts().tallies().get(0);
    assertThat(tally.path("figures").path("civilians").path("stated").asLong()).isEqualTo(fact.civilians());
    assertThat(tally.path("figures").path("children").path("stated").asLong()).isEqualTo(fact.children());
    assertThat(tally.path("figures").path("civilians").path("share").asDouble()).isBetween(0.0, 1.5);
  }

  @Test
  void alertsNameIdlibOnTheLastDay() {
    JsonNode a = client.get("/api/alerts").json();
    assertThat(a.path("alerts").findValuesAsText("region")).contains("Idlib").doesNotContain("Hama");
  }

  @Test
  void badTrendRequestsAreRefusedInTheOneErrorShape() {
    Fixture.Response noRegion = client.get("/api/onset");
    assertThat(noRegion.status()).isEqualTo(400);
    assertThat(noRegion.json().path("error").path("field").asText()).isEqualTo("region");
    assertThat(client.get("/api/onset?region=Atlantis").status()).isEqualTo(404);
    assertThat(client.get("/api/onset?region=Idlib&metric=rainfall").json().path("error").path("field").asText())
        .isEqualTo("metric");
    Fixture.Response half = client.get("/api/series?region=Idlib&from=2016-10-01");
    assertThat(half.status()).isEqualTo(400);
    assertThat(half.json().path("error").path("field").asText()).isEqualTo("to");
    assertThat(client.get("/api/series?region=Idlib&from=2016-13-01&to=2016-12-01").status()).isEqualTo(400);
    assertThat(client.get("/api/tallies?colour=red").status()).isEqualTo(400);
  }
}
