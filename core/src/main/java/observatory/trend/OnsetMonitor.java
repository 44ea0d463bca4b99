package observatory.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The online change-point detectors of one series, fed one day at a time: what it says after
 * {@link #add(long)} on a day depends on that day and the days before only, so stepping through
 * history gives the answers that were possible on each day, with no hindsight.
 *
 * <p>The series is cut into levels. Two negative-binomial CUSUMs, one tuned to a rise and one to a
 * fall, watch each day against the baseline of the current level (its last days, up to
 * {@link OnsetParameters#baselineDays()}, less a guard). When one crosses its threshold and the
 * low-activity floor is met, a {@link Change} is announced: an escalation or a de-escalation, its
 * onset day and interval from the two-rate likelihood. The detectors then re-arm: the new level
 * starts on the onset day, its baseline is built from its own days, so a further rise is a new
 * escalation and a fall a pause, never hidden by the level before. ACLED's rules and a Bayesian
 * online change-point detector run beside them as evidence.
 */
public final class OnsetMonitor {
  private static final double CHI2_95_HALF = 1.92;  // half the 95% quantile of chi-square(1): a likelihood interval

  private static final double MIN_SIZE = 0.05;  // the most over-dispersed size the CUSUMs accept

  private final String region;
  private final String metric;
  private final LocalDate start;
  private final OnsetParameters p;
  private final Bocpd bayes;

  private long[] x = new long[512];
  private double[] sum = new double[513];    // sum[i]: counts of days [0, i)
  private double[] sq = new double[513];     // sq[i]: squared counts of days [0, i)
  private int[] levelStarts = new int[8];    // the first day of each level, in order
  private int levels = 1;
  private int n;

  // The current level and the CUSUMs watching it
  private int level;            // first day of the current level
  private double up;            // CUSUM statistic for a rise
  private double down;          // CUSUM statistic for a fall
  private boolean pending;      // a CUSUM crossed its threshold; the change waits for the low-activity floor
  private int pendingSince = -1;
  private double mu0 = Double.NaN;   // the baseline, frozen while a change is pending
  private double size = Double.POSITIVE_INFINITY;  // negative-binomial size r; infinite: Poisson
  private boolean judging;      // the current level has enough baseline days to be judged

  private final List<Change> changes = new ArrayList<>();
  private Change announced;     // the change announced on the last day added, if any

  private OnsetMonitor(String region, String metric, LocalDate start, OnsetParameters p) {
    this.region = region;
    this.metric = metric;
    this.start = start;
    this.p = p;
    this.bayes = new Bocpd(p.hazard(), p.maxRunLength());
  }

  /** A monitor whose first day will be {@code start}. */
  public static OnsetMonitor start(String region, String metric, LocalDate start, OnsetParameters p) {
    return new OnsetMonitor(region, metric, start, p);
  }

  /** The days added so far. */
  public int days() {
    return n;
  }

  /** The last day added. */
  public LocalDate asOf() {
    return start.plusDays(n - 1L);
  }

  /** Adds the next day's count and updates every detector. */
  public void add(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative count " + count + " for " + region + " on " + start.plusDays(n));
    }
    if (n == x.length) {
      x = Arrays.copyOf(x, n * 2);
      sum = Arrays.copyOf(sum, n * 2 + 1);
      sq = Arrays.copyOf(sq, n * 2 + 1);
    }
    bayesUpdate(count);
    x[n] = count;
    sum[n + 1] = sum[n] + count;
    sq[n + 1] = sq[n] + (double) count * count;
    n++;
    announced = null;
    cusumUpdate(count);
  }

  // ---------------------------------------------------------------- the level and its CUSUMs

  private void cusumUpdate(long count) {
    int t = n - 1;
    if (n < p.warmUpDays()) {
      return;
    }
    if (!pending) {
      int to = t - p.guardDays();      // exclusive
      int from = Math.max(level, to - p.baselineDays());
      judging = to - from >= p.minBaselineDays();
      if (!judging) {
        return;
      }
      // Half an event added to an empty window keeps the rate positive (a Jeffreys-style floor).
      mu0 = (sum[to] - sum[from] + 0.5) / (to - from);
      size = dispersionSize(to);
    }
    // One day adds at most half a threshold: a single massacre among quiet days is scatter, not a new
    // level; an escalation shows on two days or more.
    up = Math.max(0, up + Math.min(p.threshold() / 2, llr(count, mu0, p.ratio() * mu0, size)));
    down = Math.max(0, down + Math.min(p.fallThreshold() / 2, llr(count, mu0, mu0 / p.ratio(), size)));
    boolean rise = up >= p.threshold();
    if (!rise && down < p.fallThreshold()) {
      if (pending && up == 0 && down == 0) {
        pending = false;
      }
      return;
    }
    if (!pending) {
      pending = true;
      pendingSince = t;
    }
    Estimate e = estimate(rise, t);
    if (e != null && confirmed(rise, e)) {
      announce(rise, e);
      return;
    }
    // Capped at h, the statistic falls back to 0 within days if the rate returns to the baseline.
    up = Math.min(up, p.threshold());
    down = Math.min(down, p.fallThreshold());
    if (t - pendingSince >= p.maxAlarmDays()) {
      pending = false;
      up = 0;
      down = 0;
    }
  }

  /**
   * A rise needs the floor counted within {@code floorDays} of its onset (a creep of a few events over
   * months after an empty spell is not an escalation), and must still be a rise without its largest
   * day (one massacre among quiet days is not a new level; the CUSUM caps a day's weight for the same
   * reason); a fall needs the floor counted in the level it ends.
   */
  private boolean confirmed(boolean rise, Estimate e) {
    if (!rise) {
      return sum[e.onset()] - sum[e.left()] >= p.minEvents();
    }
    if (sum[Math.min(n, e.onset() + p.floorDays())] - sum[e.onset()] < p.minEvents()) {
      return false;
    }
    int days = n - e.onset();
    long largest = 0;
    for (int i = e.onset(); i < n; i++) {
      largest = Math.max(largest, x[i]);
    }
    return days > 1 && (sum[n] - sum[e.onset()] - largest) / (days - 1) > e.before();
  }

  private void announce(boolean rise, Estimate e) {
    int since = Math.max(p.recentDays(), n - e.from());
    double probability = bayes.movedWithin(since, rise, sum, n, p.baselineDays());
    Change.Direction direction = rise ? Change.Direction.ESCALATION : Change.Direction.DEESCALATION;
    // Set before the findings are taken, so that the CUSUM's finding of the day says what it announced.
    announced = new Change(direction, day(e.onset()), day(e.from()), day(e.to()), asOf(), e.before(), e.after(), probability,
        List.of());
    List<Finding> evidence = new ArrayList<>(findings(e.from()));
    evidence.add(changePointFinding(rise, e));
    Change c = new Change(direction, day(e.onset()), day(e.from()), day(e.to()), asOf(), e.before(), e.after(), probability,
        evidence);
    changes.add(c);
    announced = c;
    level = e.onset();
    if (levels == levelStarts.length) {
      levelStarts = Arrays.copyOf(levelStarts, levels * 2);
    }
    levelStarts[levels++] = level;
    up = 0;
    down = 0;
    pending = false;
    judging = false;
  }

  /**
   * The negative-binomial size from the scatter of each day around the mean of the level it belongs
   * to, over the {@code dispersionDays} before {@code to} (exclusive): under a negative binomial, the
   * sum of squares of n days around their own mean m has expectation (n - 1)(m + m^2 / r), so the
   * levels' sums give 1/r. A year of days estimates a dispersion far better than the weeks of a
   * baseline; measured within levels, a change of level is not counted as scatter, as it is in a
   * window's plain variance or around a trailing mean (where every burst looked like extreme
   * scatter and shrank the evidence of the next one). Poisson (infinite) when the days show none.
   */
  private double dispersionSize(int to) {
    int from = Math.max(0, to - p.dispersionDays());
    double num = 0;
    double den = 0;
    for (int k = levels - 1; k >= 0; k--) {
      int a = Math.max(from, levelStarts[k]);
      int b = k + 1 < levels ? Math.min(to, levelStarts[k + 1]) : to;
      if (b - a >= 2) {
        int days = b - a;
        double s = sum[b] - sum[a];
        double m = s / days;
        num += sq[b] - sq[a] - s * m - (days - 1) * m;
        den += (days - 1) * m * m;
      }
      if (levelStarts[k] <= from) {
        break;
      }
    }
    double k = den > 0 ? num / den : 0;
    return k > 0 ? Math.max(MIN_SIZE, 1 / k) : Double.POSITIVE_INFINITY;
  }

  /** The log-likelihood ratio of one day's count: negative binomial (mean mu1 vs mu0, same size), Poisson when size is infinite. */
  static double llr(long x, double mu0, double mu1, double size) {
    if (Double.isInfinite(size)) {
      return x * Math.log(mu1 / mu0) - (mu1 - mu0);
    }
    return x * Math.log(mu1 * (mu0 + size) / (mu0 * (mu1 + size))) + size * Math.log((mu0 + size) / (mu1 + size));
  }

  // ---------------------------------------------------------------- onset day

  /** A change-point estimate: most likely day, interval, the first day of the level before, rates before and after. */
  record Estimate(int onset, int from, int to, int left, double before, double after) {
  }

  /**
   * The most likely first day of a rise (or a fall) within the current level, at most
   * {@code lookbackDays} before {@code anchor}, by the two-rate likelihood over the level's days before
   * and the days after each candidate (negative binomial with the baseline's dispersion); the days
   * whose likelihood lies within 1.92 of the best are its interval (about 95%). Null when no split
   * moves the rate that way.
   */
  Estimate estimate(boolean rise, int anchor) {
    int t = n - 1;
    int first = Math.max(level + 1, anchor - p.lookbackDays());
    int left = Math.max(level, first - p.baselineDays());
    if (first > anchor) {
      return null;
    }
    double best = Double.NEGATIVE_INFINITY;
    int arg = -1;
    double[] ll = new double[anchor - first + 1];
    for (int tau = first; tau <= anchor; tau++) {
      double sb = sum[tau] - sum[left];
      double sa = sum[t + 1] - sum[tau];
      int nb = tau - left;
      int na = t + 1 - tau;
      double l = Double.NEGATIVE_INFINITY;
      if (rise ? sa * nb > sb * na : sa * nb < sb * na) {
        l = segment(sb, nb, size) + segment(sa, na, size);
      }
      ll[tau - first] = l;
      if (l > best) {
        best = l;
        arg = tau;
      }
    }
    if (arg < 0) {
      return null;
    }
    int lo = arg;
    int hi = arg;
    for (int tau = first; tau <= anchor; tau++) {
      if (ll[tau - first] >= best - CHI2_95_HALF) {
        lo = Math.min(lo, tau);
        hi = Math.max(hi, tau);
      }
    }
    int before = Math.max(level, arg - p.baselineDays());
    return new Estimate(arg, lo, hi, before, rate(before, arg), rate(arg, t + 1));
  }

  /** The maximised log-likelihood of a segment with total s over m days, up to terms that do not depend on the split. */
  private static double segment(double s, int m, double size) {
    if (s == 0) {
      return 0;
    }
    double mean = s / m;
    if (Double.isInfinite(size)) {
      return s * Math.log(mean) - s;
    }
    return s * Math.log(mean / (mean + size)) + m * size * Math.log(size / (mean + size));
  }

  private double rate(int from, int to) {
    return to > from ? (sum[to] - sum[from]) / (to - from) : 0;
  }

  // ---------------------------------------------------------------- Bayesian online change points

  private void bayesUpdate(long count) {
    // Over-dispersed counts make a plain Poisson model see a change on every busy day. The counts are
    // divided by the dispersion factor phi = 1 + m / r, m the baseline mean and r the size estimated
    // from a year of residuals (a quasi-Poisson scaling: x / phi has variance equal to its mean).
    double phi = Double.isNaN(mu0) || Double.isInfinite(size) ? 1 : 1 + mu0 / size;
    double scale = 1 / phi;
    // A new run's prior mean: the trailing baseline mean, fixed when the run starts.
    int w = Math.min(n, p.baselineDays());
    double prior = (w == 0 ? Math.max(0.5, count) : (sum[n] - sum[n - w] + 0.5) / w) * scale;
    bayes.update(count * scale, prior);
  }

  /**
   * The posterior probability that the current regime began within the last {@code days} days
   * (its run is at most {@code days} days long); runs beyond the detector's memory count as older.
   */
  public double changeProbabilityWithin(int days) {
    return bayes.changeWithin(days);
  }

  /** The posterior probability of a rise within the last {@code days} days: the runs whose days average more than the baseline before them. */
  public double riseProbabilityWithin(int days) {
    return bayes.movedWithin(days, true, sum, n, p.baselineDays());
  }

  /** The Bayesian detector gives a rise in the last {@code recentDays} at least the required probability. */
  public boolean bayesFires() {
    return riseProbabilityWithin(p.recentDays()) >= p.probability();
  }

  /** lnGamma(a + k) - lnGamma(a), for tests of the predictive. */
  static double lnGammaRatio(double a, double k) {
    return Bocpd.lnGamma(a + k) - Bocpd.lnGamma(a);
  }

  // ---------------------------------------------------------------- verdict

  /** A CUSUM crossed its threshold on the last day added (a change announced or waiting for the floor). */
  public boolean cusumAlarm() {
    return pending || announced != null;
  }

  /** The change announced on the last day added, if any. */
  public Optional<Change> announced() {
    return Optional.ofNullable(announced);
  }

  /** The changes announced so far, oldest first. */
  public List<Change> changes() {
    return List.copyOf(changes);
  }

  /** Whether the latest change so far is an escalation (the verdict is Yes); cheaper than {@link #verdict()}. */
  public boolean escalating() {
    return !changes.isEmpty() && changes.get(changes.size() - 1).escalation();
  }

  /** ACLED's weekly rule fires on the last day added: the last 7 days at least the floor and twice the previous 4 weeks' mean. */
  public boolean weeklyRuleFires() {
    return n >= 7 * (4 + 1) && acledRuleFires(sum[n] - sum[n - 7], previousMean(7, 4), p.weeklyFloor());
  }

  private static boolean acledRuleFires(double last, double previousMean, long floor) {
    return last >= floor && last >= 2 * previousMean;
  }

  /** The mean count of the {@code periods} windows of {@code days} days before the last one. */
  private double previousMean(int days, int periods) {
    return (sum[n - days] - sum[n - days * (periods + 1)]) / periods;
  }

  /** The verdict on the last day added: the latest change, the history, every detector's evidence. */
  public Verdict verdict() {
    LocalDate asOf = asOf();
    if (n < p.warmUpDays()) {
      return new Verdict.NotEnoughData(region, metric, asOf, "the series has " + n + " days up to " + asOf + "; the detectors need "
          + p.warmUpDays() + " (a " + (p.warmUpDays() - p.guardDays()) + "-day baseline and a " + p.guardDays() + "-day guard)");
    }
    List<Finding> evidence = findings();
    if (changes.isEmpty()) {
      return new Verdict.No(region, metric, asOf, evidence);
    }
    Change latest = changes.get(changes.size() - 1);
    return latest.escalation() ? new Verdict.Yes(region, metric, asOf, latest, changes, evidence)
        : new Verdict.Pause(region, metric, asOf, latest, changes, evidence);
  }

  /** Every detector's finding on the last day added; the Bayesian one also for the days since {@code from}. */
  private List<Finding> findings(int from) {
    return List.of(acledWeekly(), acledMonthly(), cusumFinding(), bayesFinding(Math.max(p.recentDays(), n - from)));
  }

  private List<Finding> findings() {
    int from = changes.isEmpty() ? n : (int) java.time.temporal.ChronoUnit.DAYS.between(start, changes.get(changes.size() - 1).intervalFrom());
    return findings(from);
  }

  private LocalDate day(int i) {
    return start.plusDays(i);
  }

  private Finding acledWeekly() {
    return acledFinding("acled_weekly", "week", 7, 4, p.weeklyFloor(), "previous_4_weeks_mean", "needs 5 weeks of data",
        "last 7 days %s vs a weekly mean of %s over the previous 4 weeks (%s; fires at +100%% and at least %d)");
  }

  private Finding acledMonthly() {
    return acledFinding("acled_monthly", "month", 30, 12, p.monthlyFloor(), "previous_12_months_mean", "needs 13 months of data",
        "last 30 days %s vs a 30-day mean of %s over the previous 12 (%s; fires at +100%% and at least %d)");
  }

  /** One of ACLED's rules as evidence: the last window of {@code days} against the mean of the {@code periods} before it. */
  private Finding acledFinding(String detector, String unit, int days, int periods, long floor, String meanKey, String tooShort,
      String summary) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("floor", floor);
    if (n < days * (periods + 1)) {
      v.put(unit, null);
      return new Finding(detector, false, tooShort, v);
    }
    double last = sum[n] - sum[n - days];
    double mean = previousMean(days, periods);
    v.put(unit + "_from", day(n - days).toString());
    v.put(unit, last);
    v.put(meanKey, mean);
    v.put("change", mean == 0 ? null : last / mean - 1);
    return new Finding(detector, acledRuleFires(last, mean, floor), String.format(Locale.ROOT, summary, num(last), num(mean),
        change(last, mean), floor), v);
  }

  private Finding cusumFinding() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("level_since", day(level).toString());
    v.put("statistic_up", up);
    v.put("statistic_down", down);
    v.put("threshold", p.threshold());
    v.put("fall_threshold", p.fallThreshold());
    v.put("baseline_per_day", Double.isNaN(mu0) ? null : mu0);
    v.put("dispersion_size", Double.isInfinite(size) ? null : size);
    v.put("ratio", p.ratio());
    v.put("baseline_days", p.baselineDays());
    v.put("min_baseline_days", p.minBaselineDays());
    v.put("guard_days", p.guardDays());
    v.put("dispersion_days", p.dispersionDays());
    String dispersion = Double.isInfinite(size) ? "Poisson" : "size " + num(size);
    String summary;
    if (announced != null) {
      summary = String.format(Locale.ROOT, "%s announced: the %s CUSUM reached %.2f against a baseline of %s/day (%s)",
          announced.direction().word(), announced.escalation() ? "rise" : "fall",
          announced.escalation() ? p.threshold() : p.fallThreshold(), num(mu0), dispersion);
    } else if (!judging && !pending) {
      summary = String.format(Locale.ROOT, "the level since %s has fewer than %d days of baseline (and a %d-day guard): not judged yet",
          day(level), p.minBaselineDays(), p.guardDays());
    } else {
      summary = String.format(Locale.ROOT, "rise %.2f (threshold %.2f), fall %.2f (threshold %.2f); baseline %s/day since %s, %s,"
              + " watching for ×%s and ÷%s%s", up, p.threshold(), down, p.fallThreshold(), num(mu0), day(level), dispersion,
          num(p.ratio()), num(p.ratio()),
          pending ? "; a change waits for the low-activity floor" : "");
    }
    return new Finding("nb_cusum", announced != null || pending, summary, v);
  }

  private Finding bayesFinding(int since) {
    Map<String, Object> v = new LinkedHashMap<>();
    double recent = riseProbabilityWithin(p.recentDays());
    double sinceP = riseProbabilityWithin(since);
    v.put("recent_days", p.recentDays());
    v.put("probability_recent", recent);
    v.put("since_days", since);
    v.put("probability_since", sinceP);
    v.put("hazard", p.hazard());
    v.put("likeliest_run_days", bayes.likeliestRun());
    return new Finding("bocpd", recent >= p.probability(), String.format(Locale.ROOT,
        "probability %.2f of a rise in the last %d days (fires at %.2f), %.2f in the last %d (hazard 1/%.0f)",
        recent, p.recentDays(), p.probability(), sinceP, since, 1 / p.hazard()), v);
  }

  private Finding changePointFinding(boolean rise, Estimate e) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("onset", day(e.onset()).toString());
    v.put("interval_from", day(e.from()).toString());
    v.put("interval_to", day(e.to()).toString());
    v.put("before_from", day(e.left()).toString());
    v.put("rate_before", e.before());
    v.put("rate_after", e.after());
    v.put("counted_since_onset", sum[n] - sum[e.onset()]);
    v.put("floor", p.minEvents());
    return new Finding("change_point", true, String.format(Locale.ROOT,
        "a %s on %s (likely %s to %s): %s/day from %s, %s/day since", rise ? "rise" : "fall", day(e.onset()), day(e.from()),
        day(e.to()), num(e.before()), day(e.left()), num(e.after())), v);
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String change(double current, double base) {
    return base == 0 ? (current == 0 ? "no change" : "from zero") : String.format(Locale.ROOT, "%+.0f%%", 100 * (current / base - 1));
  }
}
