package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import observatory.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast over real HTTP, on a store of two and a half years of incidents in three governorates. */
class ForecastApiTest {
  private static final LocalDate START = LocalDate.of(2018, 1, 1);

  @TempDir
  static Path dir;
  static Store store;
  static Server server;
  static Fixture.Client client;

  @BeforeAll
  static void start() {
    store = Store.open("jdbc:sqlite:" + dir.resolve("obs.db"));
    store.inTransaction(c -> {
      try (PreparedStatement inc = c.prepareStatement("INSERT INTO incidents (id, scope, status, date_from, date_to, place_name,"
              + " admin1, country, sources) VALUES (?, 'single', 'reported', ?, ?, 'somewhere', ?, 'SY', 'SOHR')");
           PreparedStatement fig = c.prepareStatement("INSERT INTO incident_figures (incident_id, measure, low, best, high)"
              + " VALUES (?, 'killed', 2, 2, 2)")) {
        String[] governorates = {"Idlib", "Hama", "Aleppo"};
        for (int day = 0; day < 900; day++) {
          for (int g = 0; g < governorates.length; g++) {
            // Idlib busier in its second year; the others steady, every few days.
            int every = g == 0 ? (day > 365 ? 1 : 2) : 3 + g;
            if (day % every != 0) {
              continue;
            }
            String id = governorates[g] + "-" + day;
            inc.setString(1, id);
            inc.setString(2, START.plusDays(day).toString());
            inc.setString(3, START.plusDays(day).toString());
            inc.setString(4, governorates[g]);
            inc.executeUpdate();
            fig.setString(1, id);
            fig.executeUpdate();
          }
        }
      }
      return null;
    });
    server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0));
    client = new Fixture.Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void aRegionIsForecastForTheMonthsAfterItsLastWholeMonthWithIntervals() {
    JsonNode f = client.get("/api/forecast?region=Idlib&as_of=2020-03-15").json();
    assertThat(f.path("origin").asText()).isEqualTo("2020-02");
    assertThat(f.path("forecasts").findValuesAsText("month")).containsExactly("2020-03", "2020-04", "2020-05");
    for (JsonNode m : f.path("forecasts")) {
      // Idlib counts one incident a day: about 30 a month.
      assertThat(m.path("mean").asDouble()).as(m.toString()).isBetween(20.0, 40.0);
      assertThat(m.path("low90").asLong()).isLessThanOrEqualTo(m.path("median").asLong());
      assertThat(m.path("high90").asLong()).isGreaterThanOrEqualTo(m.path("median").asLong());
    }
    assertThat(f.path("last_12_months")).hasSize(12);
    assertThat(f.path("models").get(0).path("coefficients").has("log1p_last_month")).isTrue();
    JsonNode killed = client.get("/api/forecast?region=Hama&metric=killed&months=1").json();
    assertThat(killed.path("metric").asText()).isEqualTo("killed");
    assertThat(killed.path("forecasts")).hasSize(1);
    // As of a day, the forecast reads no later month: the same as of the last day of February.
    assertThat(client.get("/api/forecast?region=Idlib&as_of=2020-02-29").json().path("forecasts"))
        .isEqualTo(f.path("forecasts"));
  }
}
