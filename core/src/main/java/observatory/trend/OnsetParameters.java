package observatory.trend;

/**
 * The detectors' parameters. The defaults are set from the statistics, not fitted to known dates;
 * README "Trend and onset" explains each value.
 *
 * @param baselineDays     days of the trailing window that gives the baseline rate and dispersion
 * @param guardDays        the most recent days left out of the baseline, so a starting escalation is not absorbed
 * @param ratio            the escalation the CUSUM is tuned to detect: rate × ratio (2 = ACLED's +100%)
 * @param arlDays          in-control average run length the CUSUM threshold is set for (h = ln arlDays)
 * @param maxAlarmDays     after this long in alarm the new level becomes the baseline
 * @param lookbackDays     how far before the alarm the onset day is searched
 * @param hazard           the Bayesian detector's prior probability of a regime change on any day
 * @param maxRunLength     runs longer than this are merged (the Bayesian detector's memory)
 * @param recentDays       "a change in the last k days"
 * @param probability      the posterior probability of a change since the onset interval that a Yes needs
 * @param minEvents        the low-activity floor: counts since the onset that a Yes needs
 * @param weeklyFloor      ACLED rule floor: the current week must count at least this much
 * @param monthlyFloor     ACLED rule floor: the current month must count at least this much
 */
public record OnsetParameters(int baselineDays, int guardDays, double ratio, double arlDays, int maxAlarmDays,
    int lookbackDays, double hazard, int maxRunLength, int recentDays, double probability, long minEvents,
    long weeklyFloor, long monthlyFloor) {

  public OnsetParameters {
    check(baselineDays >= 14, "baselineDays", baselineDays);
    check(guardDays >= 0, "guardDays", guardDays);
    check(ratio > 1, "ratio", ratio);
    check(arlDays > 1, "arlDays", arlDays);
    check(maxAlarmDays >= 1, "maxAlarmDays", maxAlarmDays);
    check(lookbackDays >= 1, "lookbackDays", lookbackDays);
    check(hazard > 0 && hazard < 1, "hazard", hazard);
    check(maxRunLength > recentDays, "maxRunLength (must exceed recentDays)", maxRunLength);
    check(recentDays >= 1, "recentDays", recentDays);
    check(probability > 0 && probability < 1, "probability", probability);
    check(minEvents >= 0, "minEvents", minEvents);
    check(weeklyFloor >= 0 && monthlyFloor >= 0, "weeklyFloor/monthlyFloor", weeklyFloor);
  }

  /** The documented defaults. */
  public static OnsetParameters defaults() {
    return new OnsetParameters(56, 7, 2.0, 365, 90, 60, 1.0 / 365, 64, 28, 0.5, 10, 10, 30);
  }

  /** The CUSUM threshold: an in-control run length of at least e^h days (Lorden's bound). */
  public double threshold() {
    return Math.log(arlDays);
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
