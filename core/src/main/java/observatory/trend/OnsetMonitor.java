package observatory.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The online onset detectors of one series, fed one day at a time: what it says after
 * {@link #add(long)} on a day depends on that day and the days before only, so stepping through
 * history gives the answers that were possible on each day, with no hindsight.
 *
 * <p>Three detectors run side by side and vote: ACLED's weekly tracker rule, a negative-binomial
 * CUSUM whose baseline is frozen while it alarms, and a Bayesian online change-point detector
 * (Adams and MacKay 2007, Poisson–Gamma). An episode starts on a day when at least
 * {@link OnsetParameters#votes()} of the three fire and the counts since the estimated onset reach the
 * low-activity floor; it lasts until all three are quiet. The onset day and its interval come from the
 * two-rate change-point likelihood.
 */
public final class OnsetMonitor {
  private static final double CHI2_95_HALF = 1.92;  // half the 95% quantile of chi-square(1): a likelihood interval
  private static final int MIN_LOCAL_DAYS = 7;       // a day's residual counts once its local mean has a week behind it

  private final String region;
  private final String metric;
  private final LocalDate start;
  private final OnsetParameters p;

  private long[] x = new long[512];
  private double[] sum = new double[513];    // sum[i]: counts of days [0, i)
  private double[] resid = new double[513];  // resid[i]: over days [0, i), (x - m)^2 / (1 + 1/w) - m, m the day's trailing mean
  private double[] msq = new double[513];    // msq[i]: over days [0, i), m^2
  private int n;

  // CUSUM state
  private double s;
  private int runStart = -1;
  private boolean alarm;
  private int alarmDay = -1;
  private double mu0;
  private double size;  // negative-binomial size r; infinite: Poisson
  private double lastMu0 = Double.NaN;
  private double lastSize = Double.NaN;

  // The verdict's state: an episode (started on enough votes, ended when none), its onset estimate
  private boolean episode;
  private int episodeStart = -1;
  private Estimate current;
  private double bestProbability;
  private int lastCusum = -1;   // the last day each detector fired
  private int lastWeekly = -1;
  private int lastBayes = -1;

  // Bayesian online change-point state: log posterior of the run length r (observations in the current run)
  private final double[] mass;     // normalised
  private final double[] shape;    // each run's posterior Gamma shape
  private final double[] lgShape;  // lnGamma of it, so a day's predictive needs one lnGamma per run
  private final double[] nextShape;
  private final double[] nextLgShape;
  private final double[] scratch;
  private final double[] logRatioTerm;  // log(b/(b+1)), b = b0 + r, b0 = 1
  private final double[] logBPlus1;     // log(b+1)
  private int maxRun;                   // the largest run length with mass

  private OnsetMonitor(String region, String metric, LocalDate start, OnsetParameters p) {
    this.region = region;
    this.metric = metric;
    this.start = start;
    this.p = p;
    int r = p.maxRunLength();
    mass = new double[r + 2];
    shape = new double[r + 2];
    lgShape = new double[r + 2];
    nextShape = new double[r + 1];
    nextLgShape = new double[r + 1];
    scratch = new double[r + 1];
    logRatioTerm = new double[r + 1];
    logBPlus1 = new double[r + 1];
    for (int i = 0; i <= r; i++) {
      double b = 1.0 + i;
      logRatioTerm[i] = Math.log(b / (b + 1));
      logBPlus1[i] = Math.log(b + 1);
    }
    mass[0] = 1;
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
      resid = Arrays.copyOf(resid, n * 2 + 1);
      msq = Arrays.copyOf(msq, n * 2 + 1);
    }
    bayesUpdate(count);
    x[n] = count;
    sum[n + 1] = sum[n] + count;
    residual(count);
    n++;
    cusumUpdate(count);
    vote();
  }

  /**
   * The day's contribution to the dispersion estimate: its squared residual around its own trailing
   * baseline mean m (the window the CUSUM would judge it against), less m. Under a negative binomial
   * with size r, E[(x - m)^2] = (1 + 1/w)(m + m^2 / r) when m is the mean of w earlier days, so
   * the sums over a window give 1/r = sum(residual) / sum(m^2). Residuals around a moving local mean
   * do not count a change of level as scatter, which a window's plain variance does.
   */
  private void residual(long count) {
    int to = n - p.guardDays();
    int from = Math.max(0, to - p.baselineDays());
    int w = to - from;
    double r = 0;
    double m2 = 0;
    if (w >= MIN_LOCAL_DAYS) {
      double m = (sum[to] - sum[from]) / w;
      double d = count - m;
      r = d * d / (1 + 1.0 / w) - m;
      m2 = m * m;
    }
    resid[n + 1] = resid[n] + r;
    msq[n + 1] = msq[n] + m2;
  }

  /**
   * The detectors' votes on the day: an episode starts when enough fire and the counts since the
   * estimated onset reach the low-activity floor, and ends when none fires (a hysteresis, so one
   * escalation is one episode even when a detector falls silent for a day).
   */
  private void vote() {
    if (n < p.warmUpDays()) {
      return;
    }
    int today = n - 1;
    boolean weekly = weeklyRuleFires();
    if (alarm) {
      lastCusum = today;
    }
    if (weekly) {
      lastWeekly = today;
    }
    // The Bayesian vote is the costly one (a sum over run lengths): it is read on the days it can
    // change the outcome, which gives the same verdicts as reading it every day.
    boolean needBayes = p.agreeDays() > 1
        || (episode ? !alarm && !weekly : standing(lastCusum, today) + standing(lastWeekly, today) + 1 >= p.votes());
    boolean bayes = needBayes && bayesFires();
    if (bayes) {
      lastBayes = today;
    }
    if (episode) {
      if (!alarm && !weekly && !bayes) {
        episode = false;
        current = null;
        bestProbability = 0;
        return;
      }
    } else {
      // Detectors look at the data through different windows (a day's CUSUM step, a week's sum, a run
      // posterior), so one escalation makes them fire days apart: a firing stands as a vote for agreeDays.
      int votes = standing(lastCusum, today) + standing(lastWeekly, today) + standing(lastBayes, today);
      if (votes < p.votes()) {
        return;
      }
      Estimate e = estimate(n - 1);
      if (sum[n] - sum[e.onset()] < p.minEvents()) {
        return;
      }
      episode = true;
      episodeStart = n - 1;
    }
    current = estimate(alarm ? Math.min(alarmDay, episodeStart) : episodeStart);
    bestProbability = Math.max(bestProbability, riseProbabilityWithin(Math.max(p.recentDays(), n - current.from())));
  }

  private int standing(int lastFired, int today) {
    return lastFired >= 0 && today - lastFired < p.agreeDays() ? 1 : 0;
  }

  // ---------------------------------------------------------------- CUSUM

  private void cusumUpdate(long count) {
    int t = n - 1;
    if (n < p.warmUpDays()) {
      return;
    }
    if (!alarm) {
      int to = t - p.guardDays();      // exclusive
      int from = to - p.baselineDays();
      if (from < 0) {
        return;
      }
      double w = p.baselineDays();
      // Half an event added to an empty window keeps the rate positive (a Jeffreys-style floor).
      mu0 = (sum[to] - sum[from] + 0.5) / w;
      size = dispersionSize(to);
      lastMu0 = mu0;
      lastSize = size;
    }
    double llr = llr(count, mu0, p.ratio() * mu0, size);
    double next = Math.max(0, s + llr);
    if (s == 0 && next > 0) {
      runStart = t;
    }
    s = next;
    if (!alarm && s >= p.threshold()) {
      alarm = true;
      alarmDay = t;
    }
    if (alarm) {
      // Capped at h, the statistic falls back to 0 within days once the rate is back to baseline.
      s = Math.min(s, p.threshold());
      if (s == 0 || t - alarmDay >= p.maxAlarmDays()) {
        alarm = false;
        s = 0;
        runStart = -1;
      }
    }
  }

  /**
   * The negative-binomial size from the residuals of the {@code dispersionDays} before {@code to}
   * (exclusive): a year of days estimates a dispersion far better than the 28 of a baseline, where a
   * ceasefire's empty weeks next to a few busy days look like extreme scatter. Poisson (infinite)
   * when the residuals show none.
   */
  private double dispersionSize(int to) {
    int from = Math.max(0, to - p.dispersionDays());
    double b = msq[to] - msq[from];
    double k = b > 0 ? (resid[to] - resid[from]) / b : 0;
    return k > 0 ? Math.max(0.05, 1 / k) : Double.POSITIVE_INFINITY;
  }

  /** The log-likelihood ratio of one day's count: negative binomial (mean mu1 vs mu0, same size), Poisson when size is infinite. */
  static double llr(long x, double mu0, double mu1, double size) {
    if (Double.isInfinite(size)) {
      return x * Math.log(mu1 / mu0) - (mu1 - mu0);
    }
    return x * Math.log(mu1 * (mu0 + size) / (mu0 * (mu1 + size))) + size * Math.log((mu0 + size) / (mu1 + size));
  }

  /** The CUSUM is in alarm on the last day added. */
  public boolean cusumAlarm() {
    return alarm;
  }

  /** ACLED's weekly rule fires on the last day added: the last 7 days at least the floor and twice the previous 4 weeks' mean. */
  public boolean weeklyRuleFires() {
    return n >= 7 * (4 + 1) && acledRuleFires(sum[n] - sum[n - 7], previousMean(7, 4), p.weeklyFloor());
  }

  /** ACLED's rule: the last window counts at least the floor and twice the mean of the windows before it. */
  private static boolean acledRuleFires(double last, double previousMean, long floor) {
    return last >= floor && last >= 2 * previousMean;
  }

  /** The mean count of the {@code periods} windows of {@code days} days before the last one. */
  private double previousMean(int days, int periods) {
    return (sum[n - days] - sum[n - days * (periods + 1)]) / periods;
  }

  /** The Bayesian detector gives a rise in the last {@code recentDays} at least the required probability. */
  public boolean bayesFires() {
    return riseProbabilityWithin(p.recentDays()) >= p.probability();
  }

  // ---------------------------------------------------------------- Bayesian online change points

  private void bayesUpdate(long count) {
    // Over-dispersed counts make a plain Poisson model see a change on every busy day. The counts are
    // divided by the dispersion factor phi = 1 + m / r, m the baseline mean and r the size estimated
    // from a year of residuals (a quasi-Poisson scaling: x / phi has variance equal to its mean), so
    // the Poisson–Gamma model sees effective counts.
    double phi = Double.isNaN(lastMu0) || Double.isInfinite(lastSize) ? 1 : 1 + lastMu0 / lastSize;
    double scale = 1 / phi;
    double k = count * scale;
    // A new run's prior: Gamma(shape mu b0, rate b0) with b0 = 1 day and mu the trailing baseline
    // mean, fixed when the run starts; each run then keeps its own posterior shape.
    int w = Math.min(n, p.baselineDays());
    double prior = (w == 0 ? Math.max(0.5, count) : (sum[n] - sum[n - w] + 0.5) / w) * scale;
    shape[0] = prior;
    lgShape[0] = lnGamma(prior);
    int top = maxRun;
    // Log predictive of the day under each run (negative binomial), less the factor common to all.
    double best = Double.NEGATIVE_INFINITY;
    for (int r = 0; r <= top; r++) {
      double a = shape[r];
      if (mass[r] == 0) {
        scratch[r] = Double.NEGATIVE_INFINITY;
        nextShape[r] = a;
        nextLgShape[r] = lgShape[r];
        continue;
      }
      double lp = a * logRatioTerm[r] - k * logBPlus1[r];
      if (k > 0) {
        double ak = a + k;
        double lg = lnGamma(ak);
        lp += lg - lgShape[r];
        nextShape[r] = ak;
        nextLgShape[r] = lg;
      } else {
        nextShape[r] = a;
        nextLgShape[r] = lgShape[r];
      }
      scratch[r] = lp;
      best = Math.max(best, lp);
    }
    // Growth (no change) and change point, in linear space scaled by the best predictive.
    double total = 0;
    for (int r = 0; r <= top; r++) {
      double joint = mass[r] * Math.exp(scratch[r] - best);  // a run without mass has -infinity: 0
      scratch[r] = joint;
      total += joint;
    }
    int memory = p.maxRunLength();
    int newTop = Math.min(top + 1, memory);
    double grow = 1 - p.hazard();
    // Runs longer than the memory merge into the longest, which keeps its last days' shape.
    double overflow = top + 1 > memory ? scratch[top] * grow : 0;
    int moved = Math.min(top + 1, memory);  // runs 0..moved-1 grow by a day
    for (int r = moved - 1; r >= 0; r--) {
      mass[r + 1] = scratch[r] * grow;
    }
    System.arraycopy(nextShape, 0, shape, 1, moved);
    System.arraycopy(nextLgShape, 0, lgShape, 1, moved);
    mass[newTop] += overflow;
    mass[0] = total * p.hazard();
    double inv = 1 / total;
    for (int r = 0; r <= newTop; r++) {
      mass[r] *= inv;
    }
    maxRun = newTop;
  }

  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  /** lnGamma(z) for z > 0: Stirling's series (error below 1e-9) after shifting z to at least 7. */
  static double lnGamma(double z) {
    double product = 1;
    while (z < 7) {
      product *= z;
      z += 1;
    }
    double zi = 1 / z;
    double zi2 = zi * zi;
    double lg = (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + zi * (1.0 / 12 - zi2 * (1.0 / 360 - zi2 / 1260));
    return product == 1 ? lg : lg - Math.log(product);
  }

  /** lnGamma(a + k) - lnGamma(a), for tests of the predictive. */
  static double lnGammaRatio(double a, double k) {
    return lnGamma(a + k) - lnGamma(a);
  }

  /** The longest run that began within the last {@code days} days; the merged longest run stands for every older start. */
  private int longestRunWithin(int days) {
    int last = Math.min(days, maxRun);
    return maxRun == p.maxRunLength() && last == maxRun ? last - 1 : last;
  }

  /**
   * The posterior probability that the current regime began within the last {@code days} days
   * (its run is at most {@code days} days long); runs beyond the detector's memory count as older.
   */
  public double changeProbabilityWithin(int days) {
    double prob = 0;
    int last = longestRunWithin(days);
    for (int r = 0; r <= last; r++) {
      prob += mass[r];
    }
    return Math.min(1, Math.max(0, prob));
  }

  /**
   * The posterior probability that the current regime began within the last {@code days} days at a
   * higher rate than before it: the runs of at most that length whose days average more than the
   * baseline window before them. A fall (a ceasefire after a busy month) is a change but not an
   * escalation, and is left out.
   */
  public double riseProbabilityWithin(int days) {
    double prob = 0;
    int last = longestRunWithin(days);
    for (int r = 1; r <= last; r++) {
      if (mass[r] == 0) {
        continue;
      }
      int from = n - r;
      int w = Math.min(from, p.baselineDays());
      // The run's mean above the mean of the w days before it, without dividing: after / r > before / w.
      double run = sum[n] - sum[from];
      if (w == 0 ? run > 0 : run * w > (sum[from] - sum[from - w]) * r) {
        prob += mass[r];
      }
    }
    return Math.min(1, Math.max(0, prob));
  }

  /** The most probable run length: days since the most likely change (or since the detector's memory). */
  int likeliestRunLength() {
    int arg = 0;
    for (int r = 1; r <= maxRun; r++) {
      if (mass[r] > mass[arg]) {
        arg = r;
      }
    }
    return arg;
  }

  // ---------------------------------------------------------------- onset day

  /** The change-point estimate of an alarm: most likely day, interval, rates before and after. */
  record Estimate(int onset, int from, int to, double before, double after) {
  }

  /**
   * The most likely onset day on or before {@code anchor} (the day the CUSUM alarmed or the episode
   * started), at most {@code lookbackDays} earlier, by the two-rate likelihood over the days before
   * and after each candidate day (negative binomial with the baseline's dispersion), with the days
   * whose likelihood lies within 1.92 of the best as its interval (about 95%).
   */
  Estimate estimate(int anchor) {
    int t = n - 1;
    int alarmDay = anchor;
    int first = Math.max(1, alarmDay - p.lookbackDays());
    int left = Math.max(0, first - p.baselineDays());
    double best = Double.NEGATIVE_INFINITY;
    int arg = -1;
    double[] ll = new double[alarmDay - first + 1];
    for (int tau = first; tau <= alarmDay; tau++) {
      double sb = sum[tau] - sum[left];
      double sa = sum[t + 1] - sum[tau];
      int nb = tau - left;
      int na = t + 1 - tau;
      double l = Double.NEGATIVE_INFINITY;
      if (sa / na > sb / nb) {
        l = segment(sb, nb, size) + segment(sa, na, size);
      }
      ll[tau - first] = l;
      if (l > best) {
        best = l;
        arg = tau;
      }
    }
    if (arg < 0) {
      arg = runStart >= 0 && runStart <= alarmDay ? runStart : alarmDay;
      return new Estimate(arg, arg, arg, rate(Math.max(0, arg - p.baselineDays()), arg), rate(arg, t + 1));
    }
    int lo = arg;
    int hi = arg;
    for (int tau = first; tau <= alarmDay; tau++) {
      if (ll[tau - first] >= best - CHI2_95_HALF) {
        lo = Math.min(lo, tau);
        hi = Math.max(hi, tau);
      }
    }
    return new Estimate(arg, lo, hi, rate(Math.max(0, arg - p.baselineDays()), arg), rate(arg, t + 1));
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

  // ---------------------------------------------------------------- verdict

  /** Whether the verdict on the last day added is Yes; cheaper than {@link #verdict()}, same rule. */
  public boolean escalating() {
    return episode;
  }

  /** The verdict on the last day added, with every detector's evidence. */
  public Verdict verdict() {
    LocalDate asOf = asOf();
    if (n < p.warmUpDays()) {
      return new Verdict.NotEnoughData(region, metric, asOf, "the series has " + n + " days up to " + asOf + "; the detectors need "
          + p.warmUpDays() + " (an " + p.baselineDays() + "-day baseline and a " + p.guardDays() + "-day guard)");
    }
    List<Finding> evidence = new ArrayList<>();
    evidence.add(acledWeekly());
    evidence.add(acledMonthly());
    Estimate e = current;
    evidence.add(cusumFinding());
    int since = e == null ? p.recentDays() : Math.max(p.recentDays(), n - e.from());
    evidence.add(bayesFinding(since));
    if (escalating()) {
      return new Verdict.Yes(region, metric, asOf, day(e.onset()), day(e.from()), day(e.to()), e.before(), e.after(),
          bestProbability, evidence);
    }
    return new Verdict.No(region, metric, asOf, evidence);
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
    v.put("statistic", s);
    v.put("threshold", p.threshold());
    v.put("baseline_per_day", lastMu0);
    v.put("dispersion_size", Double.isInfinite(lastSize) ? null : lastSize);
    v.put("ratio", p.ratio());
    v.put("baseline_days", p.baselineDays());
    v.put("guard_days", p.guardDays());
    v.put("dispersion_days", p.dispersionDays());
    String dispersion = Double.isInfinite(lastSize) ? "Poisson" : "size " + num(lastSize);
    String summary;
    if (alarm) {
      v.put("alarm_since", day(alarmDay).toString());
      summary = String.format(Locale.ROOT, "alarm since %s against a frozen baseline of %s/day (%s)",
          day(alarmDay), num(lastMu0), dispersion);
    } else {
      summary = String.format(Locale.ROOT, "statistic %.2f below the threshold %.2f (baseline %s/day, %s, watching for ×%s)",
          s, p.threshold(), num(lastMu0), dispersion, num(p.ratio()));
    }
    return new Finding("nb_cusum", alarm, summary, v);
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
    v.put("likeliest_run_days", likeliestRunLength());
    return new Finding("bocpd", recent >= p.probability(), String.format(Locale.ROOT,
        "probability %.2f of a rise in the last %d days (fires at %.2f), %.2f in the last %d (hazard 1/%.0f)",
        recent, p.recentDays(), p.probability(), sinceP, since, 1 / p.hazard()), v);
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String change(double current, double base) {
    return base == 0 ? (current == 0 ? "no change" : "from zero") : String.format(Locale.ROOT, "%+.0f%%", 100 * (current / base - 1));
  }
}
