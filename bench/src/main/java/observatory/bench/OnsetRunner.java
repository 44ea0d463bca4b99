package observatory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import observatory.trend.DailySeries;
import observatory.trend.Onset;
import observatory.trend.OnsetMonitor;
import observatory.trend.OnsetParameters;

/**
 * Onset evaluation at scale: every region's series stepped through day by day, as
 * {@code onset eval} and the as-of semantics do (all detectors updated one day at a time, the
 * latest change read each day). The series are generated with a fixed seed: 300 regions by default, 10
 * years of daily negative-binomial counts (size 1.5), each region's base rate log-uniform between
 * 0.05 and 20 a day, with zero to three escalations (×3 for 30 to 120 days). Generation is not timed.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar observatory.bench.OnsetRunner [--regions 300]
 * [--years 10] [--threads 2] [--rounds 5]}. It prints the best and median round by the wall clock, and the
 * best by CPU time summed over the threads (the figure to trust on a shared machine).
 */
public final class OnsetRunner {
  private OnsetRunner() {
  }

  public static void main(String[] args) throws Exception {
    int regions = 300;
    int years = 10;
    int threads = 2;
    int rounds = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--regions" -> regions = Integer.parseInt(args[i + 1]);
        case "--years" -> years = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> {
          System.err.println("usage: OnsetRunner [--regions N] [--years Y] [--threads T] [--rounds R]; was " + String.join(" ", args));
          System.exit(2);
        }
      }
    }
    List<DailySeries> series = generate(regions, years * 365, 20261125L);
    long days = series.stream().mapToLong(DailySeries::length).sum();
    OnsetParameters p = OnsetParameters.defaults();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(series, p, pool, threads, new AtomicLong());  // warm-up
      long[] nanos = new long[rounds];
      long[] cpu = new long[rounds];
      long alarmDays = 0;
      for (int r = 0; r < rounds; r++) {
        AtomicLong cpuNanos = new AtomicLong();
        long t0 = System.nanoTime();
        alarmDays = run(series, p, pool, threads, cpuNanos);
        nanos[r] = System.nanoTime() - t0;
        cpu[r] = cpuNanos.get();
      }
      java.util.Arrays.sort(nanos);
      java.util.Arrays.sort(cpu);
      System.out.printf(Locale.ROOT, "onset evaluation: %d regions x %d days (%,d region-days), %d threads: wall clock best %,d ms,"
              + " median %,d ms; CPU time best %,d ms (%,.0f region-days per CPU-second); %,d escalations announced%n", regions,
          years * 365, days, threads, nanos[0] / 1_000_000, nanos[rounds / 2] / 1_000_000, cpu[0] / 1_000_000, days / (cpu[0] / 1e9),
          alarmDays);
    } finally {
      pool.shutdown();
    }
  }

  /** Steps every series through all its days; returns the escalations announced. */
  static long run(List<DailySeries> series, OnsetParameters p, ExecutorService pool, int threads, AtomicLong cpuNanos)
      throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int part = t;
      parts.add(pool.submit(() -> {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long alarms = 0;
        for (int i = part; i < series.size(); i += threads) {
          DailySeries s = series.get(i);
          OnsetMonitor m = Onset.monitor(s, p);
          for (int d = 0; d < s.length(); d++) {
            m.add(s.count(d));
            if (m.announced().filter(observatory.trend.Change::escalation).isPresent()) {
              alarms++;
            }
          }
        }
        cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
        return alarms;
      }));
    }
    long total = 0;
    for (Future<Long> f : parts) {
      total += f.get();
    }
    return total;
  }

  static List<DailySeries> generate(int regions, int days, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<DailySeries> out = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      double base = Math.exp(Math.log(0.05) + random.nextDouble() * Math.log(20 / 0.05));
      double[] mean = new double[days];
      java.util.Arrays.fill(mean, base);
      int escalations = random.nextInt(4);
      for (int e = 0; e < escalations; e++) {
        int from = random.nextInt(days);
        int length = 30 + random.nextInt(91);
        for (int d = from; d < Math.min(days, from + length); d++) {
          mean[d] = base * 3;
        }
      }
      long[] counts = new long[days];
      for (int d = 0; d < days; d++) {
        counts[d] = negativeBinomial(random, mean[d], 1.5);
      }
      out.add(new DailySeries("region-" + r, "killed", LocalDate.of(2016, 1, 1), counts));
    }
    return out;
  }

  static long negativeBinomial(SplittableRandom random, double mean, double size) {
    return poisson(random, gamma(random, size) * mean / size);
  }

  private static long poisson(SplittableRandom random, double mean) {
    if (mean > 30) {
      double g = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * g));
    }
    double l = Math.exp(-mean);
    long k = 0;
    double prod = 1;
    do {
      k++;
      prod *= random.nextDouble();
    } while (prod > l);
    return k - 1;
  }

  /** Gamma(shape, 1), Marsaglia and Tsang. */
  private static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      if (Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
