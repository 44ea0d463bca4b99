package observatory.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import observatory.trend.Change;
import observatory.trend.OnsetMonitor;
import observatory.trend.OnsetParameters;

/**
 * The statistical targets of the change-point detector, measured on synthetic series with a fixed
 * seed, so that parameters are set from error rates and not from known dates:
 *
 * <ul>
 *   <li>false alarms on null series: negative-binomial daily counts with no change, over a grid of
 *       means (0.2, 1, 5, 20 a day) and sizes (0.5, 1.5, 5: from very to mildly over-dispersed),
 *       {@code --series} series of {@code --years} years per cell: the escalations announced per 180
 *       days (the target: at most one in every cell), and the de-escalations (false pauses);
 *   <li>detection, on the same grid: the share of series in which an escalation is announced within
 *       [−3, +28] days of the change, and the median delay, for five scenarios: a first doubling and
 *       a first tripling on day 400; a doubling of an escalation still on (three times the mean for
 *       80 days, then six times: the baseline holds the first escalation); and an escalation after a
 *       pause (three times the mean for 40 days, 0.3 times for 40, then three times again, or twice
 *       the pause's level).
 * </ul>
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar observatory.bench.OnsetCalibration [--series 10]
 * [--years 10] [--threshold H] [--fall-threshold H] [--baseline DAYS] [--min-baseline DAYS]}; the options override the
 * defaults, to see how the figures move.
 */
public final class OnsetCalibration {
  static final double[] MEANS = {0.2, 1, 5, 20};
  static final double[] SIZES = {0.5, 1.5, 5};
  private static final LocalDate START = LocalDate.of(2000, 1, 1);

  private OnsetCalibration() {
  }

  public static void main(String[] args) {
    int seriesPerCell = 10;
    int years = 10;
    OnsetParameters p = OnsetParameters.defaults();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--series" -> seriesPerCell = Integer.parseInt(args[i + 1]);
        case "--years" -> years = Integer.parseInt(args[i + 1]);
        case "--threshold" -> p = p.withThreshold(Double.parseDouble(args[i + 1]));
        case "--fall-threshold" -> p = p.withFallThreshold(Double.parseDouble(args[i + 1]));
        case "--baseline" -> p = p.withBaselineDays(Integer.parseInt(args[i + 1]));
        case "--min-baseline" -> p = p.withMinBaselineDays(Integer.parseInt(args[i + 1]));
        default -> {
          System.err.println("usage: OnsetCalibration [--series N] [--years Y] [--threshold H] [--fall-threshold H] [--baseline DAYS]"
              + " [--min-baseline DAYS];"
              + " was " + String.join(" ", args));
          System.exit(2);
        }
      }
    }
    System.out.println(p);
    SplittableRandom random = new SplittableRandom(20261125L);
    System.out.println("null series: escalations and de-escalations announced per 180 days");
    System.out.println("mean  size  escalations  de-escalations");
    long escalations = 0;
    long pauses = 0;
    long pooledDays = 0;
    double worst = 0;
    for (double mean : MEANS) {
      for (double size : SIZES) {
        long e = 0;
        long f = 0;
        long days = 0;
        for (int s = 0; s < seriesPerCell; s++) {
          double[] mu = new double[years * 365];
          Arrays.fill(mu, mean);
          long[] n = announcements(draw(random, mu, size), p);
          e += n[0];
          f += n[1];
          days += mu.length - p.warmUpDays();
        }
        escalations += e;
        pauses += f;
        pooledDays += days;
        worst = Math.max(worst, 180.0 * e / days);
        System.out.printf(Locale.ROOT, "%4s  %4s  %11.2f  %14.2f%n", num(mean), num(size), 180.0 * e / days, 180.0 * f / days);
      }
    }
    System.out.printf(Locale.ROOT, "all         %11.2f  %14.2f   (worst cell %.2f escalations per 180 days)%n",
        180.0 * escalations / pooledDays, 180.0 * pauses / pooledDays, worst);
    String[] names = {"first doubling", "first tripling", "doubling of an escalation still on", "tripling after a pause",
        "doubling of a pause's level"};
    System.out.println("detection within [-3, +28] days of the change: share found, median delay (days)");
    System.out.println("scenario                            mean 0.2  mean 1  mean 5  mean 20   all  delay");
    for (int scenario = 0; scenario < names.length; scenario++) {
      int[] found = new int[MEANS.length];
      List<Integer> delays = new ArrayList<>();
      for (int m = 0; m < MEANS.length; m++) {
        for (double size : SIZES) {
          for (int s = 0; s < seriesPerCell; s++) {
            int step = scenario < 2 ? 400 : 480;
            double[] mu = scenario(scenario, MEANS[m], step);
            int d = delay(draw(random, mu, size), step, p);
            if (d >= -3 && d <= 28) {
              found[m]++;
              delays.add(d);
            }
          }
        }
      }
      int perMean = SIZES.length * seriesPerCell;
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-34s", names[scenario]));
      for (int f : found) {
        row.append(String.format(Locale.ROOT, "  %6.2f", f / (double) perMean));
      }
      System.out.println(row.append(String.format(Locale.ROOT, "  %5.2f  %s", delays.size() / (double) (perMean * MEANS.length),
          delays.isEmpty() ? "-" : Integer.toString(median(delays)))));
    }
  }

  /** The daily means of a scenario around its step. */
  static double[] scenario(int scenario, double mean, int step) {
    double[] mu = new double[step + 60];
    Arrays.fill(mu, mean);
    switch (scenario) {
      case 0, 1 -> Arrays.fill(mu, step, mu.length, mean * (scenario == 0 ? 2 : 3));
      case 2 -> {
        Arrays.fill(mu, step - 80, step, mean * 3);
        Arrays.fill(mu, step, mu.length, mean * 6);
      }
      default -> {
        Arrays.fill(mu, step - 80, step - 40, mean * 3);
        Arrays.fill(mu, step - 40, step, mean * 0.3);
        Arrays.fill(mu, step, mu.length, scenario == 3 ? mean * 3 : mean * 0.6);
      }
    }
    return mu;
  }

  /** The escalations and the de-escalations announced on a series. */
  static long[] announcements(long[] counts, OnsetParameters p) {
    OnsetMonitor m = OnsetMonitor.start("null", "killed", START, p);
    long[] n = new long[2];
    for (long c : counts) {
      m.add(c);
      m.announced().ifPresent(ch -> n[ch.escalation() ? 0 : 1]++);
    }
    return n;
  }

  /** Days from the step to the first escalation announced from three days before it; Integer.MIN_VALUE if none. */
  static int delay(long[] counts, int step, OnsetParameters p) {
    OnsetMonitor m = OnsetMonitor.start("step", "killed", START, p);
    for (int d = 0; d < counts.length; d++) {
      m.add(counts[d]);
      if (d >= step - 3 && m.announced().filter(Change::escalation).isPresent()) {
        return d - step;
      }
    }
    return Integer.MIN_VALUE;
  }

  static long[] draw(SplittableRandom random, double[] mean, double size) {
    long[] counts = new long[mean.length];
    for (int d = 0; d < counts.length; d++) {
      counts[d] = OnsetRunner.negativeBinomial(random, mean[d], size);
    }
    return counts;
  }

  private static int median(List<Integer> xs) {
    int[] a = xs.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    return a[a.length / 2];
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
