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

/** {@code link}, {@code incidents}, {@code totals} and {@code show} on a temporary SQLite store. */
class IncidentCommandsTest {
  // One strike told by two publishers, spelled two ways; and a strike elsewhere the same day.
  private static final String MONITOR = "Air strikes killed at least 12 people in Kafranbel on Sunday, a monitor said.";
  private static final String WIRE = "Fourteen people were killed in air strikes on Kafr Nabl on Sunday.";

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

  @BeforeEach
  void twoReportsOfOneStrike() throws IOException {
    ingest("monitor.txt", MONITOR, "SOHR");
    ingest("wire.txt", WIRE, "AFP");
  }

  @Test
  void ingestLinksAndIncidentsListsOneCorroboratedIncident() throws IOException {
    Run r = run("incidents", "--db", db(), "--format", "json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode incidents = new ObjectMapper().readTree(r.out());
    assertThat(incidents).hasSize(1);
    JsonNode i = incidents.get(0);
    assertThat(i.get("status").asText()).isEqualTo("corroborated");
    assertThat(i.get("date").asText()).isEqualTo("2019-03-10");
    // "at least 12" and "fourteen": 14 satisfies both, so low, best and high are all 14.
    assertThat(i.get("figures").get("killed").get("low").asLong()).isEqualTo(14);
    assertThat(i.get("figures").get("killed").get("best").asLong()).isEqualTo(14);
    assertThat(i.get("figures").get("killed").get("high").asLong()).isEqualTo(14);
    assertThat(i.get("claims")).hasSize(2);
  }

  @Test
  void tableAndFiltersSelectByRegionAndPeriod() {
    assertThat(run("incidents", "--db", db(), "--region", "Idlib").out()).contains("corroborated", "Kafranbel");
    assertThat(run("incidents", "--db", db(), "--region", "Hama").out()).isEqualTo("(no incidents)\n");
    assertThat(run("incidents", "--db", db(), "--from", "2019-03-11").out()).isEqualTo("(no incidents)\n");
  }

  @Test
  void totalsSumIncidentsNotClaims() throws IOException {
    Run r = run("totals", "--db", db(), "--format", "json");

    JsonNode totals = new ObjectMapper().readTree(r.out());
    assertThat(totals.get("incidents").asInt()).isEqualTo(1);
    assertThat(totals.get("sums").get("killed").get("best").asLong()).isEqualTo(14);  // the median 13 lies below the low 14
  }

  @Test
  void showPrintsTheClaimsTheirReportsAndEvidence() throws IOException {
    String id = new ObjectMapper().readTree(run("incidents", "--db", db(), "--format", "json").out()).get(0).get("id").asText();

    Run r = run("show", "--db", db(), id);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("incident " + id, "SOHR", "AFP", "linked:", "evidence:", "Kafranbel");
  }

  @Test
  void anUnknownIncidentIsNamedInTheError() {
    Run r = run("show", "--db", db(), "inc-000000000000");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no incident 'inc-000000000000'");
  }

  @Test
  void linkRecomputesAndSaysWhatItMade() {
    Run r = run("link", "--db", db());

    assertThat(r.out()).isEqualTo("linked 2 claims into 1 incidents (1 corroborated)" + System.lineSeparator());
  }
}
