package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import observatory.generate.CorpusWriter;
import observatory.generate.Generator;
import observatory.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process (SIGKILL, no chance to clean up) in the middle of a run, then checks
 * that the database holds whole reports only and that ingesting again completes without a
 * duplicate report, claim or incident.
 */
class IngestDurabilityTest {

  @Test
  void aKilledIngestLeavesWholeReportsAndASecondRunCompletesWithoutDuplicates(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    CorpusWriter.write(Generator.generate(400, 3), corpus);
    Path db = dir.resolve("observatory.db");
    String url = "jdbc:sqlite:" + db;

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "observatory.cli.Main",
        "ingest", corpus.resolve("reports").toString(), "--db", url, "--no-progress"));
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    long stored = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (stored < 30 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      stored = count(url, "reports");
    }
    assertThat(child.isAlive()).as("the ingest was still running when killed (log: %s)",
        Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
    child.destroyForcibly(); // SIGKILL
    child.waitFor(10, TimeUnit.SECONDS);

    long reports = count(url, "reports");
    assertThat(reports).isBetween(1L, 399L);
    // One transaction per report: no claim without its report, and every stored report holds all
    // the claims the extractor finds in it, not some of them.
    assertThat(count(url, "claims c where not exists (select 1 from reports r where r.id = c.report_id)")).isZero();
    observatory.extract.Extractor extractor = observatory.extract.Extractor.standard();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select r.text, r.published, (select count(*) from claims k where k.report_id = r.id) "
            + "from reports r")) {
      while (r.next()) {
        observatory.report.Report report = observatory.report.Report.builder(r.getString(1))
            .published(r.getString(2) == null ? null : java.time.LocalDate.parse(r.getString(2))).build();
        assertThat(r.getLong(3)).isEqualTo(extractor.extract(report).claims().size());
      }
    }

    StringWriter out = new StringWriter();
    int code = Main.execute(new String[] {"ingest", corpus.resolve("reports").toString(), "--db", url},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), new ByteArrayInputStream(new byte[0]));

    // The generator may write the same short text twice; a report is its text.
    long distinct;
    try (var files = Files.list(corpus.resolve("reports"))) {
      distinct = files.map(f -> observatory.report.ReportReader.standard().read(f).id()).distinct().count();
    }
    assertThat(code).as(out.toString()).isZero();
    assertThat(out.toString()).contains((distinct - reports) + " new").contains((400 - (distinct - reports)) + " already known");
    assertThat(count(url, "reports")).isEqualTo(distinct);
    assertThat(count(url, "claims")).isEqualTo(count(url, "(select distinct report_id, claim_id from claims) d"));
    assertThat(count(url, "incident_claims")).isEqualTo(count(url, "claims"));
    try (Store store = Store.open(url)) {
      assertThat(store.counts().reports()).isEqualTo(distinct);
    }
  }

  private static long count(String url, String from) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select count(*) from " + from)) {
        return r.next() ? r.getLong(1) : 0;
      } catch (SQLException e) {
        if (attempt >= 50 || !(String.valueOf(e.getMessage()).contains("locked") || String.valueOf(e.getMessage()).contains("busy")
            || String.valueOf(e.getMessage()).contains("no such table"))) {
          if (String.valueOf(e.getMessage()).contains("no such table") && attempt >= 50) {
            return 0;
          }
          if (!String.valueOf(e.getMessage()).contains("no such table")) {
            throw e;
          }
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
