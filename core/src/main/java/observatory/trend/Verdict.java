package observatory.trend;

import java.time.LocalDate;
import java.util.List;

/** The answer to "has an escalation started here, and since when?" on one day, with what was known that day. */
public sealed interface Verdict {
  String region();

  String metric();

  LocalDate asOf();

  /** Each detector's finding; empty when there was not enough data to run them. */
  List<Finding> evidence();

  /**
   * An escalation: the most likely onset day and its interval (about 95%, from the change-point
   * likelihood), the mean daily counts before and after it, and the Bayesian detector's highest
   * probability during the episode that the rate changed since the interval's first day (or in the
   * last four weeks, when the interval began later).
   */
  record Yes(String region, String metric, LocalDate asOf, LocalDate onset, LocalDate intervalFrom, LocalDate intervalTo,
      double rateBefore, double rateAfter, double probability, List<Finding> evidence) implements Verdict {
    public Yes {
      evidence = List.copyOf(evidence);
      if (intervalFrom.isAfter(onset) || intervalTo.isBefore(onset)) {
        throw new IllegalArgumentException("onset " + onset + " outside its interval " + intervalFrom + ".." + intervalTo);
      }
    }

    /** After over before; infinite when nothing was counted before. */
    public double ratio() {
      return rateBefore == 0 ? Double.POSITIVE_INFINITY : rateAfter / rateBefore;
    }
  }

  record No(String region, String metric, LocalDate asOf, List<Finding> evidence) implements Verdict {
    public No {
      evidence = List.copyOf(evidence);
    }
  }

  record NotEnoughData(String region, String metric, LocalDate asOf, String reason) implements Verdict {
    @Override
    public List<Finding> evidence() {
      return List.of();
    }
  }
}
