package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import observatory.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code onset}, {@code onset eval}, {@code trend} and {@code alerts}, end to end on files and a store written here. */
class OnsetCommandsTest {
  private static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final int CHANGE = 120;  // North's counts jump on day 120, 2021-05-01
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;


  private Run run(String... args) {
    return Run.of(args);
  }

  /** Two regions over 160 days: South steady around 2 a day, North the same until day 120, then around 10. */
  private Path series() throws IOException {
    StringBuilder sb = new StringBuilder("date,region,killed\n");
    int[] wobble = {1, 3, 2, 0, 4, 2, 2};
    for (int i = 0; i < 160; i++) {
      LocalDate d = START.plusDays(i);
      int south = wobble[i % 7];
      int north = i < CHANGE ? wobble[(i + 3) % 7] : 8 + wobble[i % 7];
      sb.append(d).append(",North,").append(north).append('\n');
      sb.append(d).append(",South,").append(south).append('\n');
    }
    Path f = dir.resolve("series.csv");
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void onsetSaysYesWithTheOnsetDayAndRates() throws IOException {
    Run r = run("onset", "--series", series().toString(), "--region", "North");
    assertThat(r.code()).as(r.err()).isZero();
    // Judged on the last day, 39 days after the jump: the escalation is the latest change, no longer new.
    assertThat(r.out()).startsWith("Yes: the latest change in North is an escalation, which began on 2021-05-01 (interval ")
        .contains("announced on 2021-05-02; the level has held since").contains("Deaths rose from 2.00/day to 11/day")
        .contains("Probability").contains("[quiet] nb_cusum").contains("History: 1 escalations and 0 de-escalations")
        .containsPattern("\n  escalation +2021-05-01 \\(2021-05-01\\.\\.2021-05-01\\), announced 2021-05-02")
        .contains("      nb_cusum: escalation announced");
    Run atOnset = run("onset", "--series", series().toString(), "--region", "North", "--as-of", "2021-05-03");
    assertThat(atOnset.out()).startsWith("Yes: a new escalation in North began on 2021-05-01").contains("announced on 2021-05-02. ")
        .contains("[fired] bocpd");
  }

  @Test
  void onsetAsJsonForMachines() throws IOException {
    Run r = run("onset", "--series", series().toString(), "--region", "north", "--format", "json");
    JsonNode v = JSON.readTree(r.out());
    assertThat(v.path("verdict").asText()).isEqualTo("yes");
    assertThat(v.path("onset").asText()).isEqualTo("2021-05-01");
    assertThat(v.path("rate_after").asDouble()).isGreaterThan(v.path("rate_before").asDouble() * 3);
    assertThat(v.path("evidence")).hasSize(4);
    assertThat(v.path("change").asText()).isEqualTo("escalation");
    assertThat(v.path("detected").asText()).isEqualTo("2021-05-02");
    assertThat(v.path("new").asBoolean()).isFalse();
    assertThat(v.path("history")).hasSize(1);
    assertThat(v.path("history").get(0).path("evidence").findValuesAsText("detector")).contains("change_point", "nb_cusum");
  }

  @Test
  void asOfBeforeTheJumpSaysNo() throws IOException {
    Run r = run("onset", "--series", series().toString(), "--region", "North", "--as-of", "2021-04-30");
    assertThat(r.out()).startsWith("No: no change of level in North as of 2021-04-30");
  }

  @Test
  void alertsListOnlyTheEscalatingRegion() throws IOException {
    Run r = run("alerts", "--series", series().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("as of 2021-06-09").containsPattern("\\n1 +North +escalated, holding +2021-05-01 ")
        .doesNotContain("South");
    Run fresh = run("alerts", "--series", series().toString(), "--as-of", "2021-05-10");
    assertThat(fresh.out()).containsPattern("\\n1 +North +new escalation +2021-05-01 ");
  }

  @Test
  void trendSummarisesTheWeeks() throws IOException {
    Run r = run("trend", "--series", series().toString(), "--region", "South", "--weeks", "3");
    assertThat(r.out()).startsWith("South, killed: 320 from 2021-01-01 to 2021-06-09\n")
        .contains("last 28 days: 2.00/day").contains("weeks: ███").contains("2021-06-03..2021-06-09  14");
  }

  @Test
  void aBadSeriesIsOneLineNamingTheRowAndExitCodeOne() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "date,region,killed\n2021-01-01,North,1\n2021-01-02,North,x\n");
    Run r = run("onset", "--series", f.toString(), "--region", "North");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("observatory: " + f + " line 3: killed 'x' is not a whole number\n");
    Run unknown = run("onset", "--series", series().toString(), "--region", "Aleppo");
    assertThat(unknown.err()).contains("no region 'Aleppo' (it holds North, South)");
  }

  @Test
  void onsetEvalPrintsTheTableAndJson() throws IOException {
    series();
    Path known = dir.resolve("known.csv");
    Files.writeString(known, "file,region,series,metric,onset,alternative,what\nseries.csv,North,,killed,2021-05-01,,the jump\n");
    Run table = run("onset", "eval", "--known", known.toString());
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("North").contains("detected=1/1");
    JsonNode j = JSON.readTree(run("onset", "eval", "--known", known.toString(), "--format", "json").out());
    JsonNode row = j.path("rows").get(0);
    assertThat(row.path("detected").asBoolean()).isTrue();
    assertThat(row.path("onset").asText()).isEqualTo("2021-05-01");
    assertThat(row.path("delay_days").asLong()).isBetween(0L, 14L);
    assertThat(j.has("other_alarm_episodes_per_180_days")).isTrue();
  }

  @Test
  void fromTheStoreTheVerdictNamesTheIncidentsThatDriveIt() {
    String url = "jdbc:sqlite:" + dir.resolve("obs.db");
    try (Store store = Store.open(url)) {
      store.inTransaction(c -> {
        try (PreparedStatement inc = c.prepareStatement("INSERT INTO incidents (id, scope, status, date_from, date_to, place_name,"
                + " admin1, country, sources) VALUES (?, 'single', 'reported', ?, ?, ?, 'Idlib', 'SY', ?)");
             PreparedStatement fig = c.prepareStatement("INSERT INTO incident_figures (incident_id, measure, low, best, high)"
                + " VALUES (?, 'killed', ?, ?, ?)")) {
          for (int day = 0; day < 100; day++) {
            int killed = day < 80 ? (day % 3 == 0 ? 2 : 0) : 12;
            if (killed == 0) {
              continue;
            }
            String id = "inc-" + day;
            String date = START.plusDays(day).toString();
            inc.setString(1, id);
            inc.setString(2, date);
            inc.setString(3, date);
            inc.setString(4, day < 80 ? "Ariha" : "Maarat al-Numan");
            inc.setString(5, "SOHR; AFP");
            inc.executeUpdate();
            fig.setString(1, id);
            fig.setLong(2, killed);
            fig.setLong(3, killed);
            fig.setLong(4, killed);
            fig.executeUpdate();
          }
        }
        return null;
      });
    }
    Run r = run("onset", "--db", url, "--region", "Idlib", "--metric", "killed");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Yes: a new escalation in Idlib began on 2021-03-22")
        .contains("Driven by: inc-80 (2021-03-22, Maarat al-Numan, SOHR; AFP)");
    // The country holds the same incidents: the same verdict, for Syria.
    Run country = run("onset", "--db", url, "--region", "Syria", "--metric", "killed");
    assertThat(country.code()).as(country.err()).isZero();
    assertThat(country.out()).startsWith("Yes: a new escalation in Syria began on 2021-03-22").contains("Driven by: inc-80");
  }
}
