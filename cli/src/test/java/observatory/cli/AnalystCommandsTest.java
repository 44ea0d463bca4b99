package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code incident merge|split|correct|status}, {@code audit}, {@code tallies} and {@code series} on a real SQLite store. */
class AnalystCommandsTest {
  // One strike told by two publishers, a strike in another town, and a monitor's tally.
  private static final String MONITOR = "Air strikes killed at least 12 people in Kafranbel on Sunday, a monitor said.";
  private static final String WIRE = "Fourteen people were killed in air strikes on Kafr Nabl on Sunday.";
  private static final String SARAQIB = "Shelling killed three people in the town of Saraqib in Idlib on Saturday, residents said.";
  private static final String TALLY = "The Syrian Network for Human Rights said it had documented 288 civilians, including"
      + " 93 children, killed in Idlib between 1 March and 10 March.";

  private static final String KAFR_NABL = "2019-03-10";
  private static final String SARAQIB_DAY = "2019-03-09";

  @TempDir
  Path dir;


  private Run run(String... args) {
    return Run.of(args);
  }

  private String db() {
    return "jdbc:sqlite:" + dir.resolve("store/observatory.db");
  }

  private void ingest(String name, String text, String publisher) throws IOException {
    Path p = dir.resolve("in/" + name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    Run r = run("ingest", "--db", db(), "--data", dir.resolve("data").toString(), "--publisher", publisher,
        "--published", "2019-03-11", p.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
  }

  private JsonNode incidents() throws IOException {
    return new ObjectMapper().readTree(run("incidents", "--db", db(), "--format", "json").out());
  }

  @BeforeEach
  void reports() throws IOException {
    ingest("monitor.txt", MONITOR, "SOHR");
    ingest("wire.txt", WIRE, "AFP");
    ingest("saraqib.txt", SARAQIB, "Enab Baladi");
    ingest("tally.txt", TALLY, "SNHR");
  }

  /** The single incident of a day: Saraqib on 2019-03-09, Kafr Nabl on 2019-03-10. */
  private String single(String day) throws IOException {
    for (JsonNode i : incidents()) {
      if (i.get("scope").asText().equals("single") && i.get("date").asText().equals(day)) {
        return i.get("id").asText();
      }
    }
    throw new AssertionError("no incident on " + day + " in " + incidents());
  }

  @Test
  void correctStatusAndAuditOnTheCommandLine() throws IOException {
    String id = single(KAFR_NABL);

    Run corrected = run("incident", "correct", id, "--field", "killed", "--value", "14/16/20", "--reason",
        "hospital list", "--by", "rania", "--db", db());
    Run discounted = run("incident", "status", id, "discounted", "--reason", "duplicate of an older strike", "--by", "omar",
        "--db", db());

    assertThat(corrected.code()).as(corrected.err()).isZero();
    assertThat(corrected.out()).contains("rania correct " + id + " killed: 14/14/14 -> 14/16/20 (hospital list)");
    assertThat(discounted.out()).contains("omar status " + id + " status: corroborated -> discounted");
    Run audit = run("audit", "--incident", id, "--db", db());
    assertThat(audit.out().lines()).hasSize(2);
    assertThat(run("show", id, "--db", db()).out()).contains("discounted", "status:  duplicate of an older strike",
        "killed: low 14, best 16, high 20");
    // Discounted: out of the totals, which now hold Saraqib only.
    assertThat(run("totals", "--db", db(), "--format", "json").out()).contains("\"best\" : 3", "\"discounted_left_out\" : 1");
    assertThat(run("totals", "--db", db()).out()).contains("; 1 discounted left out");
    // Relinking keeps both decisions.
    run("link", "--db", db());
    assertThat(run("show", id, "--db", db()).out()).contains("discounted", "killed: low 14, best 16, high 20");
  }

  @Test
  void mergeAndSplitOnTheCommandLine() throws IOException {
    String kafrNabl = single(KAFR_NABL);
    String saraqib = single(SARAQIB_DAY);
    String ref = null;
    for (JsonNode i : incidents()) {
      if (i.get("id").asText().equals(saraqib)) {
        JsonNode c = i.get("claims").get(0);
        ref = c.get("report").asText().substring(0, 12) + ":" + c.get("claim").asText();
      }
    }

    Run merged = run("incident", "merge", kafrNabl, saraqib, "--reason", "one attack", "--db", db());

    assertThat(merged.code()).as(merged.err()).isZero();
    assertThat(merged.out()).contains(" merge " + kafrNabl + ": " + kafrNabl + " (2 claims) + " + saraqib + " (1 claim) -> ");
    String id = merged.out().replaceAll("(?s).*-> (inc-[0-9a-f]+) .*", "$1");
    assertThat(incidents().findValuesAsText("id")).contains(id).doesNotContain(kafrNabl, saraqib);

    Run split = run("incident", "split", id, "--claims", ref, "--reason", "two attacks after all", "--db", db());

    assertThat(split.code()).as(split.err()).isZero();
    assertThat(single(SARAQIB_DAY)).isEqualTo(saraqib);
    assertThat(run("audit", "--db", db()).out().lines()).hasSize(2);
  }

  @Test
  void aChangeToAnUnknownIncidentOrFieldIsOneLineAndExitCodeOne() throws IOException {
    String id = single(KAFR_NABL);

    Run unknownIncident = run("incident", "correct", "inc-000000000000", "--field", "date", "--value", "2019-03-09",
        "--reason", "typo", "--db", db());
    Run unknownField = run("incident", "correct", id, "--field", "colour", "--value", "red", "--reason", "x", "--db", db());
    Run noReason = run("incident", "status", id, "verified", "--db", db());

    assertThat(unknownIncident.code()).isEqualTo(1);
    assertThat(unknownIncident.err()).startsWith("observatory: no incident 'inc-000000000000'").hasLineCount(1);
    assertThat(unknownField.code()).isEqualTo(1);
    assertThat(unknownField.err()).contains("unknown field 'colour'").hasLineCount(1);
    assertThat(noReason.code()).isEqualTo(2);
    assertThat(noReason.err()).contains("--reason");
    assertThat(run("audit", "--db", db()).out()).isEqualTo("(no changes)\n");
  }

  @Test
  void talliesSayHowMuchOfATallyTheIncidentsAccountFor() throws IOException {
    Run r = run("tallies", "--db", db(), "--region", "Idleb");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Idlib, 2019-03-01..2019-03-10",
        "civilians: incidents account for 0 of 288 (0%)",
        "killed: incidents account for 17 of ");
    assertThat(run("tallies", "--db", db(), "--region", "Hama").out()).isEqualTo("(no tallies)\n");
    assertThat(run("tallies", "--db", db(), "--region", "Atlantis").err())
        .startsWith("observatory: unknown region 'Atlantis'");
  }

  @Test
  void seriesPrintsEveryDayAsCsv() {
    Run r = run("series", "--region", "Idlib", "--from", "2019-03-08", "--to", "2019-03-11", "--format", "csv", "--db", db());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        day,incidents,killed,civilians,air_strikes,shelling
        2019-03-08,0,0,0,0,0
        2019-03-09,1,3,0,0,1
        2019-03-10,1,14,0,1,0
        2019-03-11,0,0,0,0,0
        """);
    assertThat(run("series", "--region", "Idlib", "--db", db(), "--format", "csv").out().lines()).hasSize(3);
    // The governorate by its GeoNames admin1 code, and the whole country.
    assertThat(run("series", "--region", "SY.12", "--from", "2019-03-08", "--to", "2019-03-11", "--format", "csv",
        "--db", db()).out()).isEqualTo(r.out());
    assertThat(run("series", "--region", "Syria", "--from", "2019-03-08", "--to", "2019-03-11", "--format", "csv",
        "--db", db()).out()).isEqualTo(r.out());
  }
}
