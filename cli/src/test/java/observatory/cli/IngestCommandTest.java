package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import observatory.report.Report;
import observatory.store.Store;
import observatory.store.StoredReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code observatory ingest}, run in-process on a temporary SQLite store. */
class IngestCommandTest {
  private static final String KAFRANBEL = "Air strikes killed at least 12 people in Kafranbel on Sunday, a monitor said.";
  private static final String HASS = "Six people were killed in shelling on the village of Hass on Monday.";

  @TempDir
  Path dir;


  private Run run(InputStream stdin, String... args) {
    return Run.of(stdin, args);
  }

  private Run run(String... args) {
    return Run.of(args);
  }

  private String db() {
    return "jdbc:sqlite:" + dir.resolve("store/observatory.db");
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  @Test
  void storesEachReportOfAFolderAndSaysHowMany() throws IOException {
    write("in/a.txt", KAFRANBEL);
    write("in/b.txt", HASS);

    Run r = run("ingest", "--db", db(), "--data", dir.resolve("data").toString(), dir.resolve("in").toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("2 new (").contains("0 already known, 0 rejected");
    assertThat(r.err()).isEmpty();
    try (Store store = Store.open(db())) {
      assertThat(store.counts().reports()).isEqualTo(2);
      assertThat(store.counts().claims()).isPositive();
    }
  }

  @Test
  void aReportInArabicIsStoredWithoutClaimsAndSaidToBeUnread() throws IOException {
    Path arabic = write("ar.txt", "قتل ثلاثة مدنيين في قصف مدفعي على قرية في ريف إدلب الجنوبي.");

    Run r = run("ingest", "--db", db(), arabic.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("1 new (0 claims)")
        .contains("not read: " + arabic + ": the report is in Arabic (ar); extraction reads English reports only");
    try (Store store = Store.open(db())) {
      assertThat(store.counts().reports()).isEqualTo(1);
      assertThat(store.counts().claims()).isZero();
    }
    Run extract = run("extract", "--format", "json", arabic.toString());
    assertThat(extract.code()).isZero();
    assertThat(extract.out()).contains("\"language\" : \"ar\"").contains("\"incidents\" : [ ]");
    assertThat(extract.err()).contains(arabic + ": the report is in Arabic (ar)");
  }

  @Test
  void aSecondRunFindsEveryReportAlreadyKnown() throws IOException {
    Path a = write("a.txt", KAFRANBEL);
    run("ingest", "--db", db(), a.toString());

    Run again = run("ingest", "--db", db(), a.toString());

    assertThat(again.code()).isZero();
    assertThat(again.out()).isEqualTo("0 new (0 claims), 1 already known, 0 rejected" + System.lineSeparator());
  }

  @Test
  void rejectedFilesAreNamedWithTheirReasonAndTheOthersStored() throws IOException {
    Path good = write("good.txt", KAFRANBEL);
    Path empty = write("empty.txt", "");
    Path missing = dir.resolve("missing.txt");

    Run r = run("ingest", "--db", db(), empty.toString(), missing.toString(), good.toString());

    assertThat(r.code()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("1 new (" + claimsOf(r) + " claims), 0 already known, 2 rejected");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("linked ");  // what was stored is linked even when other files were rejected
    assertThat(lines.get(2)).startsWith("rejected: " + empty);
    assertThat(lines.get(3)).startsWith("rejected: " + missing);
    assertThat(r.out()).doesNotContain("Exception", "\tat ");
    try (Store store = Store.open(db())) {
      assertThat(store.counts().reports()).isEqualTo(1);
    }
  }

  @Test
  void metadataOptionsApplyToTheReportReadFromStandardInput() {
    Run r = run(new ByteArrayInputStream(KAFRANBEL.getBytes(StandardCharsets.UTF_8)),
        "ingest", "--db", db(), "--publisher", "SOHR", "--published", "2019-03-10",
        "--url", "https://example.org/a", "-");

    assertThat(r.code()).isZero();
    try (Store store = Store.open(db())) {
      StoredReport report = store.report(Report.contentHash(KAFRANBEL)).orElseThrow();
      assertThat(report.publisher()).contains("SOHR");
      assertThat(report.published()).contains(LocalDate.of(2019, 3, 10));
      assertThat(report.url()).contains("https://example.org/a");
      // "on Sunday" resolves against the publication date given.
      assertThat(store.claims(report.id()).get(0).when().toString()).contains("2019-03-10");
    }
  }

  @Test
  void theDefaultStoreIsAFileInTheDataFolder() throws IOException {
    Path a = write("a.txt", KAFRANBEL);
    Path data = dir.resolve("data");

    Run r = run("ingest", "--data", data.toString(), a.toString());

    assertThat(r.code()).isZero();
    assertThat(data.resolve("observatory.db")).isRegularFile();
  }

  @Test
  void aStoreThatCannotBeOpenedIsOneLineAndExitCodeOne() throws IOException {
    Path a = write("a.txt", KAFRANBEL);

    Run r = run("ingest", "--db", "jdbc:mysql://localhost/obs", a.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().toList()).containsExactly(
        "observatory: unsupported database URL 'jdbc:mysql://localhost/obs'; use jdbc:sqlite:FILE (embedded)"
            + " or jdbc:postgresql://HOST/DB?user=U&password=P (shared)");
  }

  @Test
  void progressIsACarriageReturnCounterOnStandardError() throws IOException {
    Path a = write("in/a.txt", KAFRANBEL);
    write("in/b.txt", HASS);

    Run r = run("ingest", "--progress", "--db", db(), a.getParent().toString());

    assertThat(r.err()).contains("\ringest: 0/2").doesNotContain("\n");
  }

  private static String claimsOf(Run r) {
    String first = r.out().lines().findFirst().orElseThrow();
    return first.substring(first.indexOf('(') + 1, first.indexOf(" claims"));
  }
}
