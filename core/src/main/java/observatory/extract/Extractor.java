package observatory.extract;

import java.util.List;
import java.util.Optional;
import observatory.geo.Gazetteer;
import observatory.report.Report;

/**
 * The front door of extraction: report text in, claims with evidence out. Deterministic and
 * thread-safe; create once and share.
 */
public final class Extractor {
  private final Gazetteer gazetteer;

  private Extractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** An extractor over the bundled gazetteer and lexicons. */
  public static Extractor standard() {
    return new Extractor(Gazetteer.bundled());
  }

  public static Extractor with(Gazetteer gazetteer) {
    return new Extractor(gazetteer);
  }

  public Extraction extract(Report report) {
    return new Extraction(report, List.of(), Optional.empty());
  }
}
