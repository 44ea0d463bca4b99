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
    // Judged on the last day, seven weeks after the bombardment began: the latest change, holding, no longer new.
    assertThat(v.path("answer").asText()).startsWith("Yes: the latest change in Idlib is an escalation, which began on "
        + v.path("onset").asText());
    assertThat(v.path("new").asBoolean()).isFalse();
    assertThat(v.path("history").findValuesAsText("change")).contains("escalation");
    assertThat(v.path("driven_by")).isNotEmpty();
    JsonNode fresh = client.get("/api/onset?region=Idlib&as_of=" + LocalDate.parse(v.path("detected").asText()).plusDays(3)).json();
    assertThat(fresh.path("answer").asText()).startsWith("Yes: a new escalation began in Idlib on " + v.path("onset").asText());
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
  void asOfADayTheSeriesAndTalliesShowNothingAfterIt() {
    JsonNode days = client.get("/api/series?region=Idlib&as_of=2016-11-01").json().path("days");
    assertThat(days.get(days.size() - 1).path("day").asText()).isEqualTo("2016-11-01");
    assertThat(days.get(0).path("day").asText()).isEqualTo(store.dailySeries("Idlib").get(0).day().toString());
    // The monitor's tally (published on 2016-12-08, since 22 October) was not known a week before.
    assertThat(client.get("/api/tallies?region=Idlib&as_of=2016-12-01").json().path("tallies")).isEmpty();
    assertThat(client.get("/api/tallies?region=Idlib&as_of=2016-12-08").json().path("tallies")).hasSize(1);
  }

  @Test
  void aForecastNeedsAYearOfWholeMonthsAndSaysSo() {
    // The demo store holds four months: too little for a forecast, which is an answer with its reason.
    JsonNode f = client.get("/api/forecast?region=Idlib").json();
    assertThat(f.path("forecasts")).isEmpty();
    assertThat(f.path("reason").asText()).contains("whole months").contains("needs 12");
    assertThat(client.get("/api/forecast?region=Idlib&months=4").status()).isEqualTo(400);
    assertThat(client.get("/api/forecast?region=Atlantis").status()).isEqualTo(404);
  }

  @Test
  void alertsNameIdlibOnTheLastDay() {
    JsonNode a = client.get("/api/alerts").json();
    assertThat(a.path("alerts").findValuesAsText("region")).contains("Idlib").doesNotContain("Hama");
  }

  @Test
  void aDistrictHasItsSeriesOnsetAndAlerts() {
    // The demo's Kafr Nabl, Khan Shaykhun and Maarat al-Numan lie in the Ma‘arrat an Nu‘mān district of Idlib.
    JsonNode series = client.get("/api/series?region=Maarrat%20al-Numan").json();
    assertThat(series.path("region").asText()).isEqualTo("Ma‘arrat an Nu‘mān district");
    assertThat(series.path("level").asText()).isEqualTo("district");
    assertThat(series.path("governorate").asText()).isEqualTo("Idlib");
    long district = 0;
    for (JsonNode d : series.path("days")) {
      district += d.path("killed").asLong();
    }
    long governorate = store.dailySeries("Idlib").stream().mapToLong(observatory.store.DailyCount::killed).sum();
    assertThat(district).isPositive().isLessThan(governorate);
    // "Idlib" is the governorate; its district is asked for by name.
    assertThat(client.get("/api/series?region=Idlib").json().path("level").asText()).isEqualTo("governorate");
    assertThat(client.get("/api/series?region=Idlib%20district").json().path("level").asText()).isEqualTo("district");

    JsonNode v = client.get("/api/onset?region=Maarrat%20al-Numan&metric=killed").json();
    assertThat(v.path("verdict").asText()).isEqualTo("yes");
    assertThat(v.path("answer").asText()).startsWith("Yes: a new escalation began in Ma‘arrat an Nu‘mān district on ");
    assertThat(v.path("driven_by")).isNotEmpty();
    for (JsonNode d : v.path("driven_by")) {
      String incident = d.path("incident").asText();
      String itsDistrict = store.inTransaction(c -> {
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT admin2 FROM incidents WHERE id = ?")) {
          s.setString(1, incident);
          try (java.sql.ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
          }
        }
      });
      assertThat(itsDistrict).as(d.toString()).isEqualTo("Ma‘arrat an Nu‘mān");
    }
    JsonNode alerts = client.get("/api/alerts?level=district&metric=killed").json();
    assertThat(alerts.path("level").asText()).isEqualTo("district");
    assertThat(alerts.path("alerts").findValuesAsText("region")).containsExactly("Ma‘arrat an Nu‘mān district");

    Fixture.Response unknown = client.get("/api/onset?region=Jisr%20al-Shughur%20district%2C%20Hama");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("error").path("message").asText())
        .startsWith("unknown region 'Jisr al-Shughur district, Hama': no district named 'Jisr al-Shughur'");
    assertThat(client.get("/api/series?region=Atlantis").status()).isEqualTo(404);
    assertThat(client.get("/api/alerts?level=village").json().path("error").path("field").asText()).isEqualTo("level");
  }

  @Test
  void incidentsTotalsTalliesAndExportsTakeADistrict() {
    String maarrat = "Ma%E2%80%98arrat%20an%20Nu%E2%80%98m%C4%81n";
    JsonNode page = client.get("/api/incidents?limit=1000&region=Maarrat%20al-Numan").json();
    assertThat(page.path("region_filter").path("level").asText()).isEqualTo("district");
    assertThat(page.path("region_filter").path("name").asText()).isEqualTo("Ma‘arrat an Nu‘mān");
    assertThat(page.path("incidents")).isNotEmpty();
    long bestByHand = 0;
    int singles = 0;
    for (JsonNode i : page.path("incidents")) {
      assertThat(i.path("admin2").asText()).isEqualTo("Ma‘arrat an Nu‘mān");
      assertThat(i.path("admin1").asText()).isEqualTo("Idlib");
      // The district seat's own incidents have a stated district; the towns around it the nearest seat's.
      assertThat(i.path("admin2_approximate").asBoolean()).isEqualTo(!i.path("place").asText().equals("Ma‘arrat an Nu‘mān"));
      if (i.path("scope").asText().equals("single") && !i.path("status").asText().equals("discounted")) {
        bestByHand += i.path("figures").path("killed").path("best").asLong();
        singles++;
      }
    }
    // The district's totals are the sum over its single incidents, and less than the governorate's.
    JsonNode totals = client.get("/api/totals?region=district:" + maarrat).json();
    assertThat(totals.path("region_filter").path("label").asText()).isEqualTo("Ma‘arrat an Nu‘mān district");
    assertThat(totals.path("incidents").asInt()).isEqualTo(singles);
    assertThat(totals.path("sums").path("killed").path("best").asLong()).isEqualTo(bestByHand);
    assertThat(client.get("/api/totals?region=Idlib").json().path("sums").path("killed").path("best").asLong())
        .isGreaterThan(bestByHand);

    // The exports select the same incidents and carry the district.
    String csv = client.get("/api/export/incidents.csv?region=Maarrat%20al-Numan").body();
    assertThat(csv.lines().findFirst().orElseThrow()).contains(",admin1,admin2,admin2_approximate,");
    assertThat(csv.lines().count()).isEqualTo(1 + page.path("incidents").size());
    JsonNode exported = client.get("/api/export/incidents.json?region=Maarrat%20al-Numan").json().path("incidents");
    assertThat(exported.size()).isEqualTo(page.path("incidents").size());
    assertThat(exported.findValuesAsText("admin2")).containsOnly("Ma‘arrat an Nu‘mān");

    // A tally names a governorate: the district's are Idlib's, and the answer says so.
    JsonNode tallies = client.get("/api/tallies?region=Maarrat%20al-Numan").json();
    assertThat(tallies.path("tallies")).isEqualTo(client.get("/api/tallies?region=Idlib").json().path("tallies"));
    assertThat(tallies.path("note").asText()).contains("tallies over Idlib");

    // An unknown region is a 400 naming the parameter and the nearest known names, everywhere a filter is read.
    for (String path : java.util.List.of("/api/incidents", "/api/totals", "/api/tallies", "/api/export/incidents.csv")) {
      Fixture.Response bad = client.get(path + "?region=Jisr%20al-Shughur%20district%2C%20Hama");
      assertThat(bad.status()).as(path).isEqualTo(400);
      assertThat(bad.json().path("error").path("field").asText()).isEqualTo("region");
      assertThat(bad.json().path("error").path("message").asText()).startsWith("unknown region 'Jisr al-Shughur district, Hama'")
          .contains("nearest:");
    }
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
