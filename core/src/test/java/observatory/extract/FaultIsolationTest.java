package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import observatory.claim.Claim;
import observatory.claim.PlaceMention;
import observatory.report.Report;
import org.junit.jupiter.api.Test;

/**
 * A fault while reading one sentence (or handling one draft) loses that sentence (or draft)
 * only, and says so in a warning. The faults are injected through {@link Extractor#withProbe}.
 */
class FaultIsolationTest {
  private static final String TEXT = "Air strikes killed 12 people in Kafr Nabl on Sunday, the Syrian Observatory said.\n\n"
      + "Shelling killed five civilians in Douma on Monday, rescuers said.\n\n"
      + "A car bomb killed nine people in Azaz on Tuesday, the monitor said.";
  private static final int DOUMA_SENTENCE = TEXT.indexOf("Shelling");

  private static Report report(String url) {
    Report.Builder b = Report.builder(TEXT).published(LocalDate.of(2019, 5, 8));
    if (url != null) {
      b.url(url);
    }
    return b.build();
  }

  private static List<String> towns(Extraction e) {
    return e.claims().stream().flatMap(c -> c.places().stream()).map(PlaceMention::asWritten).toList();
  }

  /** The probe of a stage that throws at one offset. */
  private static Faults.Probe failing(String stage, int offset) {
    return (s, at) -> {
      if (s.equals(stage) && at == offset) {
        throw new IllegalStateException("injected fault");
      }
    };
  }

  @Test
  void withoutAFaultEverySentenceGivesItsClaim() {
    Extraction e = Extractor.withProbe(Faults.Probe.NONE).extract(report(null));
    assertThat(towns(e)).containsExactly("Kafr Nabl", "Douma", "Azaz");
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void aFaultReadingOneSentencesFiguresLosesThatSentenceOnly() {
    Extraction e = Extractor.withProbe(failing("figures", DOUMA_SENTENCE)).extract(report("https://example.org/a"));
    assertThat(towns(e)).containsExactly("Kafr Nabl", "Azaz");
    assertThat(e.warnings()).singleElement().satisfies(w -> {
      assertThat(w.stage()).isEqualTo("figures");
      assertThat(w.offset()).isEqualTo(DOUMA_SENTENCE);
      assertThat(w.report()).isEqualTo("https://example.org/a");
      assertThat(w.message()).contains("injected fault");
    });
  }

  @Test
  void aFaultReadingOneSentencesPlacesLosesThatSentenceOnly() {
    Extraction e = Extractor.withProbe(failing("places", DOUMA_SENTENCE)).extract(report(null));
    assertThat(towns(e)).containsExactly("Kafr Nabl", "Azaz");
    // No url: the report is named by its content hash.
    assertThat(e.warnings()).singleElement().satisfies(w -> assertThat(w.report()).isEqualTo(Report.contentHash(TEXT)));
  }

  @Test
  void aFaultInACrossSentenceStageLosesTheDraftBeingProcessedOnly() {
    for (String stage : List.of("adoptions", "attribution", "scope", "restatements", "claims")) {
      Extraction e = Extractor.withProbe(failing(stage, DOUMA_SENTENCE)).extract(report(null));
      assertThat(towns(e)).as(stage).containsExactly("Kafr Nabl", "Azaz");
      assertThat(e.warnings()).as(stage).isNotEmpty().allSatisfy(w -> {
        assertThat(w.stage()).isEqualTo(stage);
        assertThat(w.offset()).isEqualTo(DOUMA_SENTENCE);
      });
      assertThat(e.claims()).extracting(Claim::id).as(stage).containsExactly("i1", "i2");
    }
  }

  @Test
  void aFaultOutsideAnySentenceLosesTheReportWithAWarning() {
    Faults.Probe everywhere = (stage, at) -> {
      throw new IllegalStateException("injected fault");
    };
    Extraction e = Extractor.withProbe(everywhere).extract(report(null));
    assertThat(e.claims()).isEmpty();
    assertThat(e.warnings()).isNotEmpty();
  }

  @Test
  void aLostTotalLeavesNoPartPointingAtIt() {
    String text = "Air strikes killed 30 people in total across Idlib province on Sunday, the Observatory said.\n"
        + "Twelve of them were killed in Kafr Nabl and 18 in Maarat al-Numan.";
    Report r = Report.builder(text).published(LocalDate.of(2019, 5, 8)).build();
    Extraction whole = Extractor.standard().extract(r);
    assertThat(whole.claims()).anySatisfy(c -> assertThat(c.partOf()).isPresent());
    Extraction e = Extractor.withProbe(failing("claims", 0)).extract(r);
    assertThat(e.warnings()).isNotEmpty();
    assertThat(e.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.partOf()).isEmpty());
  }
}
