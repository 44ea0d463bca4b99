package observatory.trend;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Synthetic daily counts with a fixed seed: Poisson, and negative binomial as a Gamma–Poisson mixture. */
final class Draws {
  private final SplittableRandom random;

  Draws(long seed) {
    random = new SplittableRandom(seed);
  }

  long poisson(double mean) {
    if (mean > 30) {
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
    }
    double l = Math.exp(-mean);
    long k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  /** Negative binomial with this mean and size (variance mean + mean^2 / size). */
  long negativeBinomial(double mean, double size) {
    return poisson(gamma(size) * mean / size);
  }

  private double gaussian() {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang. */
  private double gamma(double shape) {
    if (shape < 1) {
      return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = gaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /**
   * A series of levels: {@code spec} alternates a number of days and the mean over them, e.g.
   * {@code 200, 2.0, 80, 6.0} is 200 days at 2 a day then 80 at 6 (negative binomial with {@code size},
   * Poisson when it is infinite).
   */
  DailySeries levels(String region, LocalDate start, double size, double... spec) {
    int days = 0;
    for (int i = 0; i < spec.length; i += 2) {
      days += (int) spec[i];
    }
    long[] counts = new long[days];
    int d = 0;
    for (int i = 0; i < spec.length; i += 2) {
      for (int k = 0; k < (int) spec[i]; k++, d++) {
        counts[d] = Double.isInfinite(size) ? poisson(spec[i + 1]) : negativeBinomial(spec[i + 1], size);
      }
    }
    return new DailySeries(region, "killed", start, counts);
  }

  /** A series whose mean steps from {@code before} to {@code after} on day {@code change}. */
  DailySeries step(String region, LocalDate start, int days, int change, double before, double after, double size) {
    long[] counts = new long[days];
    for (int i = 0; i < days; i++) {
      double mean = i < change ? before : after;
      counts[i] = Double.isInfinite(size) ? poisson(mean) : negativeBinomial(mean, size);
    }
    return new DailySeries(region, "killed", start, counts);
  }
}
