package observatory.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import observatory.trend.DailySeries;
import observatory.trend.Onset;
import observatory.trend.OnsetMonitor;
import observatory.trend.OnsetParameters;

/**
 * The statistical targets of the onset detectors, measured on synthetic series with a fixed seed,
 * so that parameters are set from error rates and not from known dates:
 *
 * <ul>
 *   <li>false alarms on null series: negative-binomial daily counts with no change, over a grid of
 *       means (0.2, 1, 5, 20 a day) and sizes (0.5, 1.5, 5: from very to mildly over-dispersed),
 *       {@code --series} series of {@code --years} years per cell; for each detector (the CUSUM alone,
 *       ACLED's weekly rule alone, the Bayesian detector alone) and for the verdict, the episodes
 *       (a run of alarm days) that start per 365 days, i.e. 365 / ARL0;
 *   <li>detection of a doubling (the shift the CUSUM is designed for) and of a tripling: the same
 *       grid, the mean stepping up on day 400 for ever; the share of series whose verdict turns Yes
 *       within 28 days of the step, and the median delay of those;
 *   <li>the same for a second escalation: 40 days at three times the mean, then 40 at half of it (a
 *       lull, such as a truce), then the step on day 480, when the trailing baseline still holds the
 *       first escalation.
 * </ul>
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar observatory.bench.OnsetCalibration [--series 10]
 * [--years 10] [--threshold H] [--baseline DAYS] [--votes V] [--agree DAYS]}; the options override the defaults,
 * to see how the figures move.
 */
public final class OnsetCalibration {
  static final double[] MEANS = {0.2, 1, 5, 20};
  static final double[] SIZES = {0.5, 1.5, 5};

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
        case "--baseline" -> p = p.withBaselineDays(Integer.parseInt(args[i + 1]));
        case "--votes" -> p = p.withVotes(Integer.parseInt(args[i + 1]));
        case "--agree" -> p = p.withAgreeDays(Integer.parseInt(args[i + 1]));
        default -> {
          System.err.println("usage: OnsetCalibration [--series N] [--years Y] [--threshold H] [--baseline DAYS] [--votes V] [--agree DAYS]; was "
              + String.join(" ", args));
          System.exit(2);
        }
      }
    }
    System.out.println(p);
    SplittableRandom random = new SplittableRandom(20261125L);
    System.out.println("null series: alarm episodes per 365 days (365 / ARL0)");
    System.out.println("mean  size   cusum  weekly  bayes  verdict");
    long[] pooled = new long[4];
    long pooledDays = 0;
    for (double mean : MEANS) {
      for (double size : SIZES) {
        long[] episodes = new long[4];
        long days = 0;
        for (int s = 0; s < seriesPerCell; s++) {
          long[] counts = draw(random, years * 365, mean, mean, Integer.MAX_VALUE, size);
          days += counts.length - p.warmUpDays();
          long[] e = nullEpisodes(counts, p);
          for (int k = 0; k < 4; k++) {
            episodes[k] += e[k];
            pooled[k] += e[k];
          }
        }
        pooledDays += days;
        System.out.printf(Locale.ROOT, "%4s  %4s  %6.2f  %6.2f  %5.2f  %7.2f%n", num(mean), num(size),
            365.0 * episodes[0] / days, 365.0 * episodes[1] / days, 365.0 * episodes[2] / days, 365.0 * episodes[3] / days);
      }
    }
    System.out.printf(Locale.ROOT, "all         %6.2f  %6.2f  %5.2f  %7.2f   (verdict: %.2f per 180 days)%n",
        365.0 * pooled[0] / pooledDays, 365.0 * pooled[1] / pooledDays, 365.0 * pooled[2] / pooledDays,
        365.0 * pooled[3] / pooledDays, 180.0 * pooled[3] / pooledDays);
    for (int scenario = 0; scenario < 4; scenario++) {
      double ratio = scenario % 2 == 0 ? 2 : 3;
      boolean second = scenario >= 2;
      int step = second ? 480 : 400;
      System.out.printf(Locale.ROOT, "%s x%s on day %d: share found within 28 days, median delay (days)%n",
          second ? "second escalation (after x3 for 40 days and x0.5 for 40)," : "step", num(ratio), step);
      System.out.println("mean  size  found  delay");
      int found = 0;
      int total = 0;
      List<Integer> allDelays = new ArrayList<>();
      for (double mean : MEANS) {
        for (double size : SIZES) {
          List<Integer> delays = new ArrayList<>();
          for (int s = 0; s < seriesPerCell; s++) {
            long[] counts = draw(random, step + 60, mean, mean * ratio, step, size);
            if (second) {
              for (int d = 400; d < 480; d++) {
                counts[d] = OnsetRunner.negativeBinomial(random, d < 440 ? mean * 3 : mean * 0.5, size);
              }
            }
            int d = delay(counts, step, p);
            if (d >= 0 && d <= 28) {
              delays.add(d);
            }
          }
          found += delays.size();
          total += seriesPerCell;
          allDelays.addAll(delays);
          System.out.printf(Locale.ROOT, "%4s  %4s  %5.2f  %s%n", num(mean), num(size), delays.size() / (double) seriesPerCell,
              delays.isEmpty() ? "-" : Integer.toString(median(delays)));
        }
      }
      System.out.printf(Locale.ROOT, "all         %5.2f  %s%n", found / (double) total, allDelays.isEmpty() ? "-" : median(allDelays));
    }
  }

  /** Episodes of the CUSUM, the weekly rule, the Bayesian detector and the verdict on a series with no change. */
  static long[] nullEpisodes(long[] counts, OnsetParameters p) {
    OnsetMonitor m = OnsetMonitor.start("null", "killed", LocalDate.of(2000, 1, 1), p);
    long[] episodes = new long[4];
    boolean[] before = new boolean[4];
    for (long c : counts) {
      m.add(c);
      boolean[] now = {m.cusumAlarm(), m.weeklyRuleFires(), m.bayesFires(), m.escalating()};
      for (int k = 0; k < 4; k++) {
        if (now[k] && !before[k]) {
          episodes[k]++;
        }
        before[k] = now[k];
      }
    }
    return episodes;
  }

  /** Days from the step to the start of the first verdict episode on or after it (an episode already running does not count); -1 if none. */
  static int delay(long[] counts, int step, OnsetParameters p) {
    OnsetMonitor m = OnsetMonitor.start("step", "killed", LocalDate.of(2000, 1, 1), p);
    boolean before = false;
    for (int d = 0; d < counts.length; d++) {
      m.add(counts[d]);
      boolean now = m.escalating();
      if (d >= step && now && !before) {
        return d - step;
      }
      before = now;
    }
    return -1;
  }

  static long[] draw(SplittableRandom random, int days, double before, double after, int step, double size) {
    long[] counts = new long[days];
    for (int d = 0; d < days; d++) {
      counts[d] = OnsetRunner.negativeBinomial(random, d < step ? before : after, size);
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
