package observatory.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesCsvTest {
  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    Path f = dir.resolve("series.csv");
    Files.writeString(f, text);
    return f;
  }

  private static SeriesCsv.Selection all() {
    return SeriesCsv.Selection.of(null, null, null);
  }

  @Test
  void readsRegionsAndTheFirstCountColumnByDefault() throws IOException {
    Path f = write("date,region,killed,wounded\n2020-01-01,Idlib,3,1\n2020-01-01,Hama,0,0\n2020-01-02,Idlib,4,2\n2020-01-02,Hama,1,0\n");
    SeriesCsv.SeriesFile file = SeriesCsv.read(f, all());
    assertThat(file.metric()).isEqualTo("killed");
    assertThat(file.regions()).containsExactly("Hama", "Idlib");
    assertThat(file.daily("idlib").counts()).containsExactly(3, 4);
    assertThat(file.daily("Idlib").start()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void aFileWithoutRegionIsOneSeriesNamedByTheCaller() throws IOException {
    Path f = write("date,civilians,total\n2020-01-01,3,5\n2020-01-02,0,1\n");
    SeriesCsv.SeriesFile file = SeriesCsv.read(f, SeriesCsv.Selection.of(null, "total", "Syria"));
    assertThat(file.daily("Syria").counts()).containsExactly(5, 1);
  }

  @Test
  void choosesASubSeries() throws IOException {
    Path f = write("series,date,region,incidents\nall,2020-01-01,Idlib,2\nrr,2020-01-01,Idlib,1\nall,2020-01-02,Idlib,0\nrr,2020-01-02,Idlib,0\n");
    assertThat(SeriesCsv.read(f, SeriesCsv.Selection.of("rr", null, null)).daily("Idlib").counts()).containsExactly(1, 0);
    assertThatThrownBy(() -> SeriesCsv.read(f, all())).hasMessageContaining("several series (all, rr)");
    assertThatThrownBy(() -> SeriesCsv.read(f, SeriesCsv.Selection.of("x", null, null))).hasMessageContaining("no series 'x'");
  }

  @Test
  void aGapIsAnErrorNamingTheLine() throws IOException {
    Path f = write("date,region,killed\n2020-01-01,Idlib,3\n2020-01-04,Idlib,1\n");
    assertThatThrownBy(() -> SeriesCsv.read(f, all())).isInstanceOf(SeriesFormatException.class)
        .hasMessage(f + " line 3: no row for Idlib from 2020-01-02 to 2020-01-03 (a gap; write days with none as 0)");
  }

  @Test
  void aDuplicateDayIsAnErrorNamingTheLine() throws IOException {
    Path f = write("date,region,killed\n2020-01-01,Idlib,3\n2020-01-02,Idlib,1\n2020-01-02,Idlib,1\n");
    assertThatThrownBy(() -> SeriesCsv.read(f, all())).hasMessage(f + " line 4: 2020-01-02 repeated for Idlib (a duplicate day)");
  }

  @Test
  void negativeAndNonNumericCountsAreErrorsNamingTheLine() throws IOException {
    Path neg = write("date,region,killed\n2020-01-01,Idlib,3\n2020-01-02,Idlib,-1\n");
    assertThatThrownBy(() -> SeriesCsv.read(neg, all())).hasMessage(neg + " line 3: killed -1 is negative");
    Path text = write("date,region,killed\n2020-01-01,Idlib,three\n");
    assertThatThrownBy(() -> SeriesCsv.read(text, all())).hasMessage(text + " line 2: killed 'three' is not a whole number");
    Path blank = write("date,region,killed\n2020-01-01,Idlib,\n");
    assertThatThrownBy(() -> SeriesCsv.read(blank, all())).hasMessageContaining("line 2: killed '' is not a whole number (write 0");
  }

  @Test
  void anUnknownOrBlankRegionIsAnError() throws IOException {
    Path f = write("date,region,killed\n2020-01-01,Idlib,3\n");
    assertThatThrownBy(() -> SeriesCsv.read(f, all()).daily("Aleppo")).hasMessage(f + ": no region 'Aleppo' (it holds Idlib)");
    Path blank = write("date,region,killed\n2020-01-01,,3\n");
    assertThatThrownBy(() -> SeriesCsv.read(blank, all())).hasMessage(blank + " line 2: blank region");
  }

  @Test
  void badDatesOrderAndColumnsAreErrors() throws IOException {
    Path date = write("date,region,killed\n01/02/2020,Idlib,3\n");
    assertThatThrownBy(() -> SeriesCsv.read(date, all())).hasMessage(date + " line 2: date '01/02/2020' is not YYYY-MM-DD");
    Path order = write("date,region,killed\n2020-01-02,Idlib,3\n2020-01-01,Idlib,3\n");
    assertThatThrownBy(() -> SeriesCsv.read(order, all())).hasMessageContaining("line 3: 2020-01-01 comes after 2020-01-02");
    Path metric = write("date,region,killed\n2020-01-01,Idlib,3\n");
    assertThatThrownBy(() -> SeriesCsv.read(metric, SeriesCsv.Selection.of(null, "dead", null)))
        .hasMessage(metric + ": no count column 'dead' (it has killed)");
    Path nodate = write("day,killed\n2020-01-01,3\n");
    assertThatThrownBy(() -> SeriesCsv.read(nodate, all())).hasMessageContaining("line 1: no 'date' column");
    Path ragged = write("date,region,killed\n2020-01-01,Idlib\n");
    assertThatThrownBy(() -> SeriesCsv.read(ragged, all())).hasMessageContaining("line 2: 2 columns where the header has 3");
  }
}
