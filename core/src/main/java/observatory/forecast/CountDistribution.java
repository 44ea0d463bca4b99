package observatory.forecast;

import java.util.Arrays;

/**
 * A predictive distribution of a count: negative binomial with a mean and a size r (variance
 * mean + mean² / r), Poisson when the size is infinite, or the empirical distribution of a few past
 * counts. It gives quantiles (the predictive intervals) and the continuous ranked probability score
 * of an outcome, CRPS(F, y) = Σ_k (F(k) − 1{y ≤ k})², the score the VIEWS forecasting challenge uses:
 * the mean absolute error of a point forecast, generalised to a distribution, in the units of the count.
 */
public sealed interface CountDistribution {
  /** The mean count. */
  double mean();

  /** The smallest count k with F(k) ≥ q. */
  long quantile(double q);

  /** The CRPS of the outcome {@code y}: lower is better, 0 for a point mass on the outcome. */
  double crps(long y);

  /** A negative binomial; {@code size} infinite for a Poisson, mean 0 for a point mass at 0. */
  static CountDistribution negativeBinomial(double mean, double size) {
    return new NegativeBinomial(mean, size);
  }

  static CountDistribution poisson(double mean) {
    return new NegativeBinomial(mean, Double.POSITIVE_INFINITY);
  }

  /** The empirical distribution of past counts (each equally likely): the climatology baseline. */
  static CountDistribution empirical(long... counts) {
    return new Empirical(counts);
  }

  /** Negative binomial, summed over its support: the tail beyond F(k) ≥ 1 − 1e-12 adds nothing a score can see. */
  record NegativeBinomial(double mean, double size) implements CountDistribution {
    private static final double TAIL = 1e-12;

    public NegativeBinomial {
      if (!(mean >= 0) || Double.isInfinite(mean)) {
        throw new IllegalArgumentException("a count distribution needs a finite mean of at least 0, was " + mean);
      }
      if (!(size > 0)) {
        throw new IllegalArgumentException("a negative binomial needs a size above 0, was " + size);
      }
    }

    @Override
    public long quantile(double q) {
      if (q <= 0 || q >= 1) {
        throw new IllegalArgumentException("a quantile lies strictly between 0 and 1, was " + q);
      }
      if (mean == 0) {
        return 0;
      }
      Pmf p = new Pmf();
      double cdf = 0;
      for (long k = 0; ; k++) {
        cdf += p.next();
        if (cdf >= q - 1e-12) {
          return k;
        }
      }
    }

    @Override
    public double crps(long y) {
      if (mean == 0) {
        return y;
      }
      Pmf p = new Pmf();
      double cdf = 0;
      double score = 0;
      for (long k = 0; ; k++) {
        cdf += p.next();
        double d = k < y ? cdf : 1 - cdf;
        score += d * d;
        if (k >= y && 1 - cdf < TAIL) {
          return score;
        }
      }
    }

    /** The probabilities of 0, 1, 2, ... in turn, by the ratio of successive terms, in logs so that none underflows on the way. */
    private final class Pmf {
      private long k;
      private double log;
      private final double logStep;
      private final boolean poisson = Double.isInfinite(size);

      Pmf() {
        log = poisson ? -mean : size * Math.log(size / (size + mean));
        logStep = poisson ? Math.log(mean) : Math.log(mean / (size + mean));
      }

      double next() {
        double p = Math.exp(log);
        log += logStep + (poisson ? -Math.log(k + 1) : Math.log((k + size) / (k + 1)));
        k++;
        return p;
      }
    }
  }

  /** The empirical distribution of past counts. */
  record Empirical(long[] counts) implements CountDistribution {
    public Empirical {
      if (counts.length == 0) {
        throw new IllegalArgumentException("an empirical distribution needs at least one count");
      }
      counts = counts.clone();
      Arrays.sort(counts);
    }

    @Override
    public double mean() {
      return Arrays.stream(counts).average().orElseThrow();
    }

    @Override
    public long quantile(double q) {
      return counts[Math.min(counts.length - 1, (int) Math.ceil(q * counts.length) - 1)];
    }

    /** CRPS = E|X − y| − ½ E|X − X'| for X, X' drawn from the counts. */
    @Override
    public double crps(long y) {
      int n = counts.length;
      double toOutcome = 0;
      double spread = 0;
      for (int i = 0; i < n; i++) {
        toOutcome += Math.abs(counts[i] - y);
        // With the counts sorted, Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n + 1) x_i.
        spread += (2.0 * i - n + 1) * counts[i];
      }
      return toOutcome / n - spread / ((double) n * n);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Empirical e && Arrays.equals(counts, e.counts);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
      return "Empirical" + Arrays.toString(counts);
    }
  }
}
