package observatory.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.report.Report;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

  @Test
  void theSameSeedGivesTheSameReports() {
    assertThat(texts(BenchCorpus.generate(30, 7))).isEqualTo(texts(BenchCorpus.generate(30, 7)));
  }

  @Test
  void anotherSeedGivesOtherReports() {
    assertThat(texts(BenchCorpus.generate(30, 7))).doesNotContainAnyElementsOf(texts(BenchCorpus.generate(30, 8)));
  }

  @Test
  void givesAsManyReportsAsAskedOfNewsLengthAndDated() {
    List<Report> reports = BenchCorpus.generate(200, 1);

    assertThat(reports).hasSize(200);
    assertThat(reports).allSatisfy(r -> {
      assertThat(r.text().length()).isBetween(BenchCorpus.MIN_LENGTH, BenchCorpus.MAX_LENGTH);
      assertThat(r.published()).isPresent();
    });
    assertThat(texts(reports)).doesNotHaveDuplicates();
  }

  @Test
  void theFirstReportsOfALargerCorpusAreTheSmallerCorpus() {
    // each report draws from its own split stream, so a corpus grows without reshuffling
    assertThat(texts(BenchCorpus.generate(50, 3)).subList(0, 10)).isEqualTo(texts(BenchCorpus.generate(10, 3)));
  }

  private static List<String> texts(List<Report> reports) {
    return reports.stream().map(Report::text).toList();
  }
}
