package observatory.trend;

/**
 * The Bayesian online change-point detector (Adams and MacKay 2007) on daily counts, Poisson–Gamma:
 * the posterior of the run length (days since the last change), updated one day at a time. Counts
 * arrive divided by the dispersion factor (a quasi-Poisson scaling), so over-dispersed counts do not
 * look like a change on every busy day. Runs longer than the memory merge into the longest.
 */
final class Bocpd {
  private final double hazard;
  private final int memory;
  private final double[] mass;     // normalised
  private final double[] shape;    // each run's posterior Gamma shape
  private final double[] lgShape;  // lnGamma of it, so a day's predictive needs one lnGamma per run
  private final double[] nextShape;
  private final double[] nextLgShape;
  private final double[] scratch;
  private final double[] logRatioTerm;  // log(b/(b+1)), b = b0 + r, b0 = 1
  private final double[] logBPlus1;     // log(b+1)
  private int maxRun;                   // the largest run length with mass

  Bocpd(double hazard, int memory) {
    this.hazard = hazard;
    this.memory = memory;
    mass = new double[memory + 2];
    shape = new double[memory + 2];
    lgShape = new double[memory + 2];
    nextShape = new double[memory + 1];
    nextLgShape = new double[memory + 1];
    scratch = new double[memory + 1];
    logRatioTerm = new double[memory + 1];
    logBPlus1 = new double[memory + 1];
    for (int i = 0; i <= memory; i++) {
      double b = 1.0 + i;
      logRatioTerm[i] = Math.log(b / (b + 1));
      logBPlus1[i] = Math.log(b + 1);
    }
    mass[0] = 1;
  }

  /**
   * Adds a day: {@code k} is the count divided by the dispersion factor, {@code prior} the mean (on
   * the same scale) of a new run's Gamma prior, whose weight is one day (a weak empirical-Bayes prior).
   */
  void update(double k, double prior) {
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
    int newTop = Math.min(top + 1, memory);
    double grow = 1 - hazard;
    // Runs longer than the memory merge into the longest, which keeps its last days' shape.
    double overflow = top + 1 > memory ? scratch[top] * grow : 0;
    int moved = Math.min(top + 1, memory);  // runs 0..moved-1 grow by a day
    for (int r = moved - 1; r >= 0; r--) {
      mass[r + 1] = scratch[r] * grow;
    }
    System.arraycopy(nextShape, 0, shape, 1, moved);
    System.arraycopy(nextLgShape, 0, lgShape, 1, moved);
    mass[newTop] += overflow;
    mass[0] = total * hazard;
    double inv = 1 / total;
    for (int r = 0; r <= newTop; r++) {
      mass[r] *= inv;
    }
    maxRun = newTop;
  }

  /** The longest run that began within the last {@code days} days; the merged longest run stands for every older start. */
  private int longestRunWithin(int days) {
    int last = Math.min(days, maxRun);
    return maxRun == memory && last == maxRun ? last - 1 : last;
  }

  /** The posterior probability that the current regime began within the last {@code days} days. */
  double changeWithin(int days) {
    double prob = 0;
    int last = longestRunWithin(days);
    for (int r = 0; r <= last; r++) {
      prob += mass[r];
    }
    return clamp(prob);
  }

  /**
   * The posterior probability that the current regime began within the last {@code days} days and
   * moved the rate the given way: the runs of at most that length whose days average more (a rise)
   * or less (a fall) than the {@code window} days before them. {@code sum[i]} is the count of the
   * first {@code i} days, {@code n} the days so far.
   */
  double movedWithin(int days, boolean rise, double[] sum, int n, int window) {
    double prob = 0;
    int last = longestRunWithin(days);
    for (int r = 1; r <= last; r++) {
      if (mass[r] == 0) {
        continue;
      }
      int from = n - r;
      int w = Math.min(from, window);
      if (w == 0) {
        continue;
      }
      // The run's mean against the mean of the w days before it, without dividing: after / r vs before / w.
      double after = (sum[n] - sum[from]) * w;
      double before = (sum[from] - sum[from - w]) * r;
      if (rise ? after > before : after < before) {
        prob += mass[r];
      }
    }
    return clamp(prob);
  }

  /** The most probable run length: days since the most likely change (or since the detector's memory). */
  int likeliestRun() {
    int arg = 0;
    for (int r = 1; r <= maxRun; r++) {
      if (mass[r] > mass[arg]) {
        arg = r;
      }
    }
    return arg;
  }

  private static double clamp(double p) {
    return Math.min(1, Math.max(0, p));
  }

  static double lnGamma(double z) {
    return LogGamma.of(z);
  }
}
