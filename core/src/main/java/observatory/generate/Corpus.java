package observatory.generate;

import java.util.List;

/** Generated reports, in order of publication, with the incidents they describe and what each says. */
public record Corpus(long seed, List<GeneratedReport> reports, List<Incident> incidents, List<ReportTruth> truth) {
  public Corpus {
    reports = List.copyOf(reports);
    incidents = List.copyOf(incidents);
    truth = List.copyOf(truth);
    if (reports.size() != truth.size()) {
      throw new IllegalArgumentException(reports.size() + " reports but " + truth.size() + " truth entries");
    }
  }
}
