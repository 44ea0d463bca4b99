package observatory.trend;

/**
 * The detectors' parameters. The defaults are set from statistical targets measured on synthetic
 * series ({@code bench} {@code OnsetCalibration}), not fitted to known dates; README "Trend and
 * onset" explains each value.
 *
 * @param baselineDays     days of the trailing window that gives the baseline rate
 * @param guardDays        the most recent days left out of the baseline, so a starting escalation is not absorbed
 * @param dispersionDays   days of the trailing window whose residuals around the baseline give the dispersion
 * @param ratio            the escalation the CUSUM is tuned to detect: rate × ratio (2 = ACLED's +100%)
 * @param threshold        the CUSUM threshold h, calibrated for an in-control run length of a year on null series
 * @param maxAlarmDays     after this long in alarm the new level becomes the baseline
 * @param lookbackDays     how far before the alarm the onset day is searched
 * @param hazard           the Bayesian detector's prior probability of a regime change on any day
 * @param maxRunLength     runs longer than this are merged (the Bayesian detector's memory)
 * @param recentDays       "a change in the last k days": the window of the Bayesian detector's vote
 * @param probability      the posterior probability of a rise in the last {@code recentDays} that makes its vote
 * @param votes            how many of the three detectors must fire together to start an episode
 * @param agreeDays        a detector's firing counts as its vote on that day and the {@code agreeDays - 1} after (1: the same day only)
 * @param minEvents        the low-activity floor: counts since the onset that a Yes needs
 * @param weeklyFloor      ACLED rule floor: the current week must count at least this much
 * @param monthlyFloor     ACLED rule floor: the current month must count at least this much
 */
public record OnsetParameters(int baselineDays, int guardDays, int dispersionDays, double ratio, double threshold,
    int maxAlarmDays, int lookbackDays, double hazard, int maxRunLength, int recentDays, double probability, int votes,
    int agreeDays, long minEvents, long weeklyFloor, long monthlyFloor) {

  public OnsetParameters {
    check(baselineDays >= 14, "baselineDays", baselineDays);
    check(guardDays >= 0, "guardDays", guardDays);
    check(dispersionDays >= baselineDays, "dispersionDays (at least baselineDays)", dispersionDays);
    check(ratio > 1, "ratio", ratio);
    check(threshold > 0, "threshold", threshold);
    check(maxAlarmDays >= 1, "maxAlarmDays", maxAlarmDays);
    check(lookbackDays >= 1, "lookbackDays", lookbackDays);
    check(hazard > 0 && hazard < 1, "hazard", hazard);
    check(maxRunLength > recentDays, "maxRunLength (must exceed recentDays)", maxRunLength);
    check(recentDays >= 1, "recentDays", recentDays);
    check(probability > 0 && probability < 1, "probability", probability);
    check(votes >= 1 && votes <= 3, "votes (1 to 3)", votes);
    check(agreeDays >= 1 && agreeDays <= recentDays, "agreeDays (1 to recentDays)", agreeDays);
    check(minEvents >= 0, "minEvents", minEvents);
    check(weeklyFloor >= 0 && monthlyFloor >= 0, "weeklyFloor/monthlyFloor", weeklyFloor);
  }

  /** The documented defaults. */
  public static OnsetParameters defaults() {
    return new OnsetParameters(56, 7, 365, 2.0, THRESHOLD, 90, 60, 1.0 / 365, 64, 28, 0.5, 3, AGREE_DAYS, 10, 10, 30);
  }

  /**
   * The CUSUM threshold: the h whose CUSUM alone, with its baseline and dispersion estimated as
   * here, raises about one alarm episode a year on null negative-binomial series (pooled over means
   * 0.2 to 20 a day and sizes 0.5 to 5), measured with {@code OnsetCalibration}.
   */
  static final double THRESHOLD = 3.9;

  /** A copy with another CUSUM threshold. */
  public OnsetParameters withThreshold(double h) {
    return new OnsetParameters(baselineDays, guardDays, dispersionDays, ratio, h, maxAlarmDays, lookbackDays, hazard,
        maxRunLength, recentDays, probability, votes, agreeDays, minEvents, weeklyFloor, monthlyFloor);
  }

  /** A copy with another baseline window. */
  public OnsetParameters withBaselineDays(int days) {
    return new OnsetParameters(days, guardDays, Math.max(days, dispersionDays), ratio, threshold, maxAlarmDays, lookbackDays,
        hazard, maxRunLength, recentDays, probability, votes, agreeDays, minEvents, weeklyFloor, monthlyFloor);
  }

  /** How long a detector's firing stands as its vote; see README "Trend and onset". */
  static final int AGREE_DAYS = 1;

  /** A copy in which a detector's firing stands as its vote for {@code days} days. */
  public OnsetParameters withAgreeDays(int days) {
    return new OnsetParameters(baselineDays, guardDays, dispersionDays, ratio, threshold, maxAlarmDays, lookbackDays, hazard,
        maxRunLength, recentDays, probability, votes, days, minEvents, weeklyFloor, monthlyFloor);
  }

  /** A copy that needs {@code votes} detectors out of three. */
  public OnsetParameters withVotes(int votes) {
    return new OnsetParameters(baselineDays, guardDays, dispersionDays, ratio, threshold, maxAlarmDays, lookbackDays, hazard,
        maxRunLength, recentDays, probability, votes, agreeDays, minEvents, weeklyFloor, monthlyFloor);
  }

  /** The days a series needs before any verdict: the baseline window and its guard. */
  public int warmUpDays() {
    return baselineDays + guardDays;
  }

  private static void check(boolean ok, String name, Object value) {
    if (!ok) {
      throw new IllegalArgumentException("onset parameter " + name + " = " + value + " is out of range");
    }
  }
}
