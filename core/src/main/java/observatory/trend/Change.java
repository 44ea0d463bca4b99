package observatory.trend;

import java.time.LocalDate;
import java.util.List;

/**
 * One change of level in a region's series, as the detectors announced it on the day they could:
 * an escalation (a rise) or a de-escalation (a fall: a pause, a truce, a ceasefire that holds). The
 * onset is the most likely first day of the new level, with an interval of about 95% from the
 * change-point likelihood; the rates are the mean daily counts of the level before and of the days
 * since the onset up to the day of detection; the probability is the Bayesian detector's that the
 * rate moved that way since the interval's first day; the evidence is every detector's finding on
 * the day of detection.
 */
public record Change(Direction direction, LocalDate onset, LocalDate intervalFrom, LocalDate intervalTo, LocalDate detected,
    double rateBefore, double rateAfter, double probability, List<Finding> evidence) {

  /** Which way the level moved. */
  public enum Direction {
    ESCALATION("escalation"),
    DEESCALATION("de-escalation");

    private final String word;

    Direction(String word) {
      this.word = word;
    }

    /** The word used in text and JSON. */
    public String word() {
      return word;
    }
  }

  public Change {
    evidence = List.copyOf(evidence);
    if (intervalFrom.isAfter(onset) || intervalTo.isBefore(onset)) {
      throw new IllegalArgumentException("onset " + onset + " outside its interval " + intervalFrom + ".." + intervalTo);
    }
    if (detected.isBefore(onset)) {
      throw new IllegalArgumentException("a change detected on " + detected + " before its onset " + onset);
    }
  }

  /** After over before; infinite when nothing was counted before. */
  public double ratio() {
    return rateBefore == 0 ? Double.POSITIVE_INFINITY : rateAfter / rateBefore;
  }

  public boolean escalation() {
    return direction == Direction.ESCALATION;
  }
}
