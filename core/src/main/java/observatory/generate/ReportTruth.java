package observatory.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * What one generated report is known to say.
 *
 * @param id the report's number ("000042"), also its file name
 * @param source the kind of source it is written as: monitor, wire, rescue, state
 * @param incidents the incidents it describes (none for news that is not about violence)
 * @param figures the killed figure it states for each incident, as it states it
 * @param totals the totals it states over several incidents, with the incidents that are their parts
 */
public record ReportTruth(String id, LocalDate published, String source, Kind kind, List<String> incidents,
    List<Stated> figures, List<Total> totals) {

  public ReportTruth {
    incidents = List.copyOf(incidents);
    figures = List.copyOf(figures);
    totals = List.copyOf(totals);
  }

  /** What sort of report it is. */
  public enum Kind {
    /** One incident, published on its day. */
    SINGLE,
    /** One incident, published one to three days after it. */
    LATE,
    /** A total over several incidents of one day and governorate, then each of its parts. */
    ROUNDUP,
    /** Diplomacy or aid: no incident. */
    OTHER
  }

  /** A killed figure as the report states it: "at least 12" is {@code (12, "at least")}. */
  public record Stated(String incident, int killed, String qualifier) {
  }

  /** A total and the incidents it sums; the parts' stated figures add up to it. */
  public record Total(int killed, String qualifier, List<String> parts) {
    public Total {
      parts = List.copyOf(parts);
    }
  }
}
