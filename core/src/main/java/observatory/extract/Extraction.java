package observatory.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import observatory.claim.Claim;
import observatory.claim.EventType;
import observatory.report.Report;

/**
 * What extraction found in one report: its claims (totals before or after their parts, each
 * part pointing to its total), the document's main ACLED event type, which a text has even when
 * it states no casualties (a protest, an arrest, an agreement), and the warnings of the parts of
 * the text extraction could not read.
 */
public record Extraction(Report report, List<Claim> claims, Optional<EventType> eventType, List<Warning> warnings) {
  public Extraction {
    claims = List.copyOf(claims);
    warnings = List.copyOf(warnings);
  }

  /** An extraction that read the whole report. */
  public Extraction(Report report, List<Claim> claims, Optional<EventType> eventType) {
    this(report, claims, eventType, List.of());
  }

  /**
   * A part of a report that extraction lost to a fault (a bug, or a text no rule foresaw): the
   * rest of the report was read as usual.
   *
   * @param report the report's url when it has one, else its content hash
   * @param offset the character offset where the lost sentence (or draft) starts
   * @param stage the extraction stage that failed ("figures", "places", "restatements", ...)
   * @param message what went wrong
   */
  public record Warning(String report, int offset, String stage, String message) {
    public Warning {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(message, "message");
    }

    /** One line: "REPORT: STAGE failed at offset N (MESSAGE); that part is left out". */
    @Override
    public String toString() {
      return report + ": " + stage + " failed at offset " + offset + " (" + message + "); that part is left out";
    }
  }
}
