package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code series}, {@code trend}, {@code onset} and {@code alerts} for a district, end to end: reports
 * written here (quiet weeks in the two districts of Idlib the reports name, then three strikes a day
 * in the Ma‘arrat an Nu‘mān district from 22 March 2021) are ingested and linked by the command line.
 * Air strikes and shelling take turns by day: a town struck on two days running by one weapon with
 * a like toll would rightly be read as one event told with two dates.
 */
class DistrictCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final String MAARRAT = "Ma‘arrat an Nu‘mān";

  @TempDir
  static Path dir;
  private static String db;

  @BeforeAll
  static void ingestReports() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    String[] towns = {"Kafr Nabl", "Khan Shaykhun", "Maarat al-Numan"};
    int n = 0;
    for (int day = 0; day < 100; day++) {
      LocalDate date = START.plusDays(day);
      int strikes = day < 80 ? (day % 4 == 0 ? 1 : 0) : 3;
      for (int k = 0; k < strikes; k++) {
        write(reports.resolve(String.format(Locale.ROOT, "%04d.json", n++)), "Monitor " + k, date.plusDays(1),
            (day % 2 == 0 ? "An air strike" : "Artillery shelling") + " killed " + (2 + k) + " people in " + towns[(day + k) % 3] + " in the southern Idlib countryside on "
                + date.format(DAY_MONTH_YEAR) + ", the monitor said.");
      }
      if (day % 5 == 0) {
        write(reports.resolve(String.format(Locale.ROOT, "%04d.json", n++)), "Local activists", date.plusDays(1),
            "Government shelling killed 2 people in Saraqib on " + date.format(DAY_MONTH_YEAR) + ", local activists said.");
      }
    }
    db = "jdbc:sqlite:" + dir.resolve("districts.db");
    Run r = Run.of("ingest", reports.toString(), "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static void write(Path file, String publisher, LocalDate published, String text) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("text", text);
    o.put("publisher", publisher);
    o.put("published", published.toString());
    o.put("language", "en");
    Files.writeString(file, o.toString());
  }

  @Test
  void seriesOfADistrictCountsOnlyItsIncidents() {
    Run district = Run.of("series", "--region", "Maarrat al-Numan", "--from", "2021-03-21", "--to", "2021-03-23",
        "--format", "csv", "--db", db);
    assertThat(district.code()).as(district.err()).isZero();
    assertThat(district.out().lines()).containsExactly("day,incidents,killed,civilians,air_strikes,shelling",
        "2021-03-21,0,0,0,0,0", "2021-03-22,3,9,0,3,0", "2021-03-23,3,9,0,0,3");
    // Saraqib's shelling on 22 March is in the Idlib district, and in the governorate with the strikes.
    Run idlibDistrict = Run.of("series", "--region", "Idlib district", "--from", "2021-03-22", "--to", "2021-03-22",
        "--format", "csv", "--db", db);
    assertThat(idlibDistrict.out().lines()).containsExactly("day,incidents,killed,civilians,air_strikes,shelling",
        "2021-03-22,1,2,0,0,1");
    Run governorate = Run.of("series", "--region", "Idlib", "--from", "2021-03-22", "--to", "2021-03-22",
        "--format", "csv", "--db", db);
    assertThat(governorate.out().lines()).containsExactly("day,incidents,killed,civilians,air_strikes,shelling",
        "2021-03-22,4,11,0,3,1");
  }

  @Test
  void theOnsetOfADistrictSaysWhenAndWhichIncidentsDriveIt() throws IOException {
    Run r = Run.of("onset", "--region", "maarrat al-numan district", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Yes: a new escalation in " + MAARRAT + " district began on 2021-03-2").contains("Driven by: inc-")
        .doesNotContain("Sarāqib");
    JsonNode v = JSON.readTree(Run.of("onset", "--region", "Maarrat al-Numan", "--db", db, "--format", "json").out());
    assertThat(v.path("region").asText()).isEqualTo(MAARRAT + " district");
    assertThat(v.path("driven_by").size()).isEqualTo(5);
    for (JsonNode d : v.path("driven_by")) {
      assertThat(d.path("place").asText()).isIn("Kafranbel", "Khān Shaykhūn", MAARRAT);
    }
    Run quiet = Run.of("onset", "--region", "district:Idlib", "--db", db);
    assertThat(quiet.out()).startsWith("No: no change of level in Idlib district");
  }

  @Test
  void trendOfADistrict() {
    Run r = Run.of("trend", "--region", "Maarrat al-Numan", "--weeks", "2", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith(MAARRAT + " district, incidents: ");
  }

  @Test
  void alertsRankDistrictsWhenAsked() {
    Run districts = Run.of("alerts", "--level", "district", "--db", db);
    assertThat(districts.code()).as(districts.err()).isZero();
    assertThat(districts.out()).contains("1     " + MAARRAT + " district").doesNotContain("Idlib district");
    // By default the governorates: Idlib holds the escalating district.
    Run governorates = Run.of("alerts", "--db", db);
    assertThat(governorates.out()).contains("1     Idlib ");
    Run bad = Run.of("alerts", "--level", "village", "--db", db);
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).startsWith("observatory: unknown level 'village'");
  }

  @Test
  void anUnknownDistrictIsOneLineNamingItAndTheNearestNames() {
    for (String command : new String[] {"series", "onset", "trend"}) {
      Run r = Run.of(command, "--region", "Jisr al-Shughur district", "--db", db);
      assertThat(r.code()).as(command).isEqualTo(1);
      assertThat(r.errLines()).as(command).singleElement().asString()
          .startsWith("observatory: unknown region 'Jisr al-Shughur district': no district named 'Jisr al-Shughur'")
          .contains("nearest: ");
    }
  }

  @Test
  void incidentsAndTotalsOfADistrictAreItsOwnAndShowTheirDistrict() throws IOException {
    Run list = Run.of("incidents", "--region", "Maarrat al-Numan", "--from", "2021-03-22", "--to", "2021-03-22", "--db", db);
    assertThat(list.code()).as(list.err()).isZero();
    // A header, its rule and the three strikes of the day; Saraqib (the Idlib district) is not among them.
    assertThat(list.out().lines()).hasSize(5).doesNotContain("Sarāqib");
    assertThat(list.out().lines().toList().get(0)).contains("district");
    // Kafr Nabl's district is the nearest seat's; Maarrat an Nu'man is the seat.
    assertThat(list.out()).contains(MAARRAT + " (nearest district seat)");
    JsonNode json = JSON.readTree(Run.of("incidents", "--region", "Maarrat al-Numan", "--from", "2021-03-22", "--to",
        "2021-03-22", "--format", "json", "--db", db).out());
    assertThat(json.size()).isEqualTo(3);
    for (JsonNode i : json) {
      assertThat(i.path("admin2").asText()).isEqualTo(MAARRAT);
      assertThat(i.path("admin2_approximate").asBoolean()).isEqualTo(!i.path("place").asText().equals(MAARRAT));
    }

    // The district's totals sum its incidents, as the series does: 2 + 3 + 4 killed on the day.
    Run totals = Run.of("totals", "--region", "district:Maarrat al-Numan", "--from", "2021-03-22", "--to", "2021-03-22",
        "--format", "json", "--db", db);
    assertThat(totals.code()).as(totals.err()).isZero();
    JsonNode t = JSON.readTree(totals.out());
    assertThat(t.path("incidents").asInt()).isEqualTo(3);
    assertThat(t.path("sums").path("killed").path("best").asLong()).isEqualTo(9);
    assertThat(t.path("region").path("level").asText()).isEqualTo("district");
    Run table = Run.of("totals", "--region", "Idlib district", "--from", "2021-03-22", "--to", "2021-03-22", "--db", db);
    assertThat(table.out()).startsWith("Idlib district, Idlib: 1 incidents summed;");
    // The governorate, from its summaries: both districts.
    JsonNode governorate = JSON.readTree(Run.of("totals", "--region", "Idlib", "--from", "2021-03-22", "--to", "2021-03-22",
        "--format", "json", "--db", db).out());
    assertThat(governorate.path("sums").path("killed").path("best").asLong()).isEqualTo(11);
  }

  @Test
  void anUnknownRegionIsOneLineNamingTheNearest() {
    Run r = Run.of("incidents", "--region", "Maarat al-Nuaman district, Hama", "--db", db);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("observatory: unknown region 'Maarat al-Nuaman district, Hama'").contains(MAARRAT);
    Run totals = Run.of("totals", "--region", "Harim district", "--db", db);
    assertThat(totals.code()).isEqualTo(1);
    assertThat(totals.err()).startsWith("observatory: unknown region 'Harim district'").contains("nearest: Idlib district");
  }

  @Test
  void talliesOfADistrictAreThoseOfItsGovernorateAndSaySo() {
    Run r = Run.of("tallies", "--region", "Maarrat al-Numan", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("(tallies name governorates, not districts: these are the tallies over Idlib");
  }
}
