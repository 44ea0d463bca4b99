package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import observatory.report.Report;
import observatory.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export, opened in a spreadsheet, must not run what a report's publisher wrote. */
class CsvExportTest {
  @TempDir
  Path dir;

  @Test
  void aPublisherNamedLikeAFormulaIsExportedAsText() {
    String hostile = "=HYPERLINK(\"http://example.invalid/x\",\"open\")";
    try (Store store = Fixture.store(dir, List.of())) {
      store.ingest(Fixture.EXTRACTOR.extract(Report.builder("An air strike killed four people in Saraqib on Monday.")
          .publisher(hostile).published(LocalDate.of(2019, 6, 4)).build()));
      store.relink();
      try (Server server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0))) {
        String csv = new Fixture.Client(server).get("/api/export/incidents.csv").body();
        assertThat(csv).contains("'=HYPERLINK(");
        assertThat(csv.split("\r\n")).noneMatch(line -> line.contains(",=") || line.contains(",\"="));
      }
    }
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    assertThat(Api.cell("Syrian Observatory for Human Rights")).isEqualTo("Syrian Observatory for Human Rights");
    assertThat(Api.cell("")).isEmpty();
    assertThat(Api.cell("-1 (a minus)")).isEqualTo("'-1 (a minus)");
    assertThat(Api.cell("@handle")).isEqualTo("'@handle");
  }
}
