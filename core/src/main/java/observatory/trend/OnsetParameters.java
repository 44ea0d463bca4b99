package observatory.trend;

/**
 * The detectors' parameters. The defaults are set from statistical targets measured on synthetic
 * series ({@code bench} {@code OnsetCalibration}), not fitted to known dates; README "Trend and
 * onset" explains each value.
 *
 * @param baselineDays     the longest trailing window of the current level that gives the baseline rate
 * @param minBaselineDays  the days of a new level the baseline needs before the next change can be detected
 * @param guardDays        the most recent days left out of the baseline, so a starting change is not absorbed
 * @param dispersionDays   days of the trailing window whose residuals around the baseline give the dispersion
 * @param ratio            the change the CUSUMs are tuned to detect: rate × ratio up, rate / ratio down (2 = ACLED's +100%)
 * @param threshold        the rise CUSUM's threshold h, calibrated on null series
 * @param fallThreshold    the fall CUSUM's threshold: higher, since a false pause makes the return to the usual level look like an escalation
 * @param maxAlarmDays     an alarm that the low-activity floor keeps unconfirmed this long is dropped
 * @param lookbackDays     how far before the alarm the onset day is searched
 * @param hazard           the Bayesian detector's prior probability of a regime change on any day
 * @param maxRunLength     runs longer than this are merged (the Bayesian detector's memory)
 * @param recentDays       "a change in the last k days": the window of the Bayesian detector's finding
 * @param probability      the posterior probability of a rise in the last {@code recentDays} at which the Bayesian finding fires
 * @param minEvents        the low-activity floor: counts after the onset that an escalation needs, and before it that a de-escalation needs
 * @param floorDays        an escalation must reach the floor within this many days of its onset
 * @param weeklyFloor      ACLED rule floor: the current week must count at least this much
 * @param monthlyFloor     ACLED rule floor: the current month must count at least this much
 */
public record OnsetParameters(int baselineDays, int minBaselineDays, int guardDays, int dispersionDays, double ratio,
    double threshold, double fallThreshold, int maxAlarmDays, int lookbackDays, double hazard, int maxRunLength, int recentDays,
    double probability, long minEvents, int floorDays, long weeklyFloor, long monthlyFloor) {

  public OnsetParameters {
    check(baselineDays >= 14, "baselineDays", baselineDays);
    check(minBaselineDays >= 7 && minBaselineDays <= baselineDays, "minBaselineDays (7 to baselineDays)", minBaselineDays);
    check(guardDays >= 0, "guardDays", guardDays);
    check(dispersionDays >= baselineDays, "dispersionDays (at least baselineDays)", dispersionDays);
    check(ratio > 1, "ratio", ratio);
    check(threshold > 0, "threshold", threshold);
    check(fallThreshold > 0, "fallThreshold", fallThreshold);
    check(maxAlarmDays >= 1, "maxAlarmDays", maxAlarmDays);
    check(lookbackDays >= 1, "lookbackDays", lookbackDays);
    check(hazard > 0 && hazard < 1, "hazard", hazard);
    check(maxRunLength > recentDays, "maxRunLength (must exceed recentDays)", maxRunLength);
    check(recentDays >= 1, "recentDays", recentDays);
    check(probability > 0 && probability < 1, "probability", probability);
    check(minEvents >= 0, "minEvents", minEvents);
    check(floorDays >= 1, "floorDays", floorDays);
    check(weeklyFloor >= 0 && monthlyFloor >= 0, "weeklyFloor/monthlyFloor", weeklyFloor);
  }

  /** The documented defaults. */
  public static OnsetParameters defaults() {
    return new OnsetParameters(BASELINE_DAYS, MIN_BASELINE_DAYS, 7, 365, 2.0, THRESHOLD, FALL_THRESHOLD, 90, 60, 1.0 / 365, 64, 28,
        0.5, 10, 28, 10, 30);
  }

  /** The baseline window: see README "Trend and onset" for the short and long windows compared. */
  static final int BASELINE_DAYS = 112;

  /** The days of a new level before the next change can be detected. */
  static final int MIN_BASELINE_DAYS = 14;

  /**
   * The rise CUSUM's threshold: with the baseline and dispersion estimated as here, the re-arming
   * detector announces well under one escalation per 180 days in every cell of the null grid
   * (negative-binomial series, means 0.2 to 20 a day, sizes 0.5 to 5), measured with {@code OnsetCalibration}.
   */
  static final double THRESHOLD = 3.9;

  /** The fall CUSUM's threshold: see README "Trend and onset" (false pauses measured on the null grid). */
  static final double FALL_THRESHOLD = 5.0;

  /** A copy with another rise threshold (the fall threshold keeps its ratio to it). */
  public OnsetParameters withThreshold(double h) {
    return copy(baselineDays, minBaselineDays, guardDays, h, fallThreshold * h / threshold);
  }

  /** A copy with another fall threshold. */
  public OnsetParameters withFallThreshold(double h) {
    return copy(baselineDays, minBaselineDays, guardDays, threshold, h);
  }

  /** A copy with another baseline window (the minimum shortened to fit). */
  public OnsetParameters withBaselineDays(int days) {
    return copy(days, Math.min(minBaselineDays, days), guardDays, threshold, fallThreshold);
  }

  /** A copy in which a new level needs {@code days} days of baseline before the next change. */
  public OnsetParameters withMinBaselineDays(int days) {
    return copy(baselineDays, days, guardDays, threshold, fallThreshold);
  }

  /** A copy with another guard. */
  public OnsetParameters withGuardDays(int days) {
    return copy(baselineDays, minBaselineDays, days, threshold, fallThreshold);
  }

  private OnsetParameters copy(int baseline, int minBaseline, int guard, double h, double fallH) {
    return new OnsetParameters(baseline, minBaseline, guard, Math.max(baseline, dispersionDays), ratio, h, fallH, maxAlarmDays,
        lookbackDays, hazard, maxRunLength, recentDays, probability, minEvents, floorDays, weeklyFloor, monthlyFloor);
  }

  /**
   * The days a series needs before any verdict: eight weeks of baseline (every weekday eight times)
   * and the guard; the first level's baseline then grows to {@code baselineDays}.
   */
  public int warmUpDays() {
    return Math.min(baselineDays, FIRST_BASELINE_DAYS) + guardDays;
  }

  static final int FIRST_BASELINE_DAYS = 56;

  private static void check(boolean ok, String name, Object value) {
    if (!ok) {
      throw new IllegalArgumentException("onset parameter " + name + " = " + value + " is out of range");
    }
  }
}
