package observatory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import com.sun.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import observatory.extract.Extractor;
import observatory.report.Report;

/**
 * End-to-end extraction throughput: generates {@code N} reports ({@link BenchCorpus}), warms the
 * extractor up, then extracts every report once and prints documents per second per core, MB/s
 * and claims per document, ending with one summary line:
 * {@code extract: 2,345 docs/s per core (1 thread, 10,000 docs, 21.4 MB)}.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar observatory.bench.ThroughputRunner
 * [--docs 10000] [--threads 1] [--warmup-seconds 5] [--seed 42]}. With {@code --threads T} the
 * reports are split between T threads sharing one extractor, and "per core" divides by T.
 *
 * <p>The summary divides by wall-clock time, which other processes on a shared machine inflate;
 * the {@code docs/CPU-s} line divides by the CPU time of the extracting threads instead, which
 * they do not (JIT and GC threads are not counted in it); a second {@code docs/CPU-s} line divides by
 * the CPU time of the whole process over the same section, which counts them (garbage made by
 * extraction shows there).
 */
public final class ThroughputRunner {
  private ThroughputRunner() {
  }

  /** What to run. */
  record Options(int docs, int threads, double warmupSeconds, long seed, java.util.Optional<java.nio.file.Path> texts) {
    Options {
      if (docs < 1) {
        throw new IllegalArgumentException("--docs must be at least 1, was " + docs);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
      }
      if (warmupSeconds < 0) {
        throw new IllegalArgumentException("--warmup-seconds must be 0 or more, was " + warmupSeconds);
      }
    }

    static Options parse(String... args) {
      int docs = 10_000;
      int threads = 1;
      double warmup = 5;
      long seed = 42;
      java.util.Optional<java.nio.file.Path> texts = java.util.Optional.empty();
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(flag + " needs a value; usage: " + USAGE);
        }
        String value = args[++i];
        try {
          switch (flag) {
            case "--docs" -> docs = Integer.parseInt(value.replace("_", "").replace(",", ""));
            case "--threads" -> threads = Integer.parseInt(value);
            case "--warmup-seconds" -> warmup = Double.parseDouble(value);
            case "--seed" -> seed = Long.parseLong(value);
            case "--texts" -> texts = java.util.Optional.of(java.nio.file.Path.of(value));
            default -> throw new IllegalArgumentException("unknown option '" + flag + "'; usage: " + USAGE);
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(flag + " takes a number, was '" + value + "'; usage: " + USAGE, e);
        }
      }
      return new Options(docs, threads, warmup, seed, texts);
    }
  }

  static final String USAGE = "ThroughputRunner [--docs N] [--threads T] [--warmup-seconds S] [--seed L] [--texts DIR]";

  /** What one measured pass found. */
  record Result(int docs, int threads, long bytes, long claims, long nanos, long cpuNanos, long processCpuNanos) {
    double docsPerSecondPerCore() {
      return docs / seconds() / threads;
    }

    double docsPerCpuSecond() {
      return docs / (cpuNanos / 1e9);
    }

    /** Documents per CPU-second of the whole process: the extracting threads plus JIT and GC. */
    double docsPerProcessCpuSecond() {
      return docs / (processCpuNanos / 1e9);
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds();
    }

    double claimsPerDoc() {
      return (double) claims / docs;
    }

    private double seconds() {
      return nanos / 1e9;
    }

    String summary() {
      return String.format(Locale.ROOT, "extract: %,d docs/s per core (%d thread%s, %,d docs, %.1f MB)",
          Math.round(docsPerSecondPerCore()), threads, threads == 1 ? "" : "s", docs, bytes / 1e6);
    }
  }

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Result result = run(options);
    System.out.printf(Locale.ROOT, "time:        %.2f s%n", result.nanos() / 1e9);
    System.out.printf(Locale.ROOT, "docs/s/core: %,.0f (wall clock)%n", result.docsPerSecondPerCore());
    System.out.printf(Locale.ROOT, "docs/CPU-s:  %,.0f (CPU time of the extracting thread%s)%n",
        result.docsPerCpuSecond(), result.threads() == 1 ? "" : "s");
    System.out.printf(Locale.ROOT, "docs/CPU-s:  %,.0f (CPU time of the whole process, JIT and GC included)%n",
        result.docsPerProcessCpuSecond());
    System.out.printf(Locale.ROOT, "MB/s:        %.2f (total, %d thread%s)%n", result.megabytesPerSecond(),
        result.threads(), result.threads() == 1 ? "" : "s");
    System.out.printf(Locale.ROOT, "claims/doc:  %.2f%n", result.claimsPerDoc());
    System.out.println(result.summary());
  }

  static Result run(Options options) {
    List<Report> reports = options.texts().isPresent() ? readTexts(options.texts().get(), options.docs())
        : BenchCorpus.generate(options.docs(), options.seed());
    long bytes = 0;
    for (Report report : reports) {
      bytes += report.text().getBytes(StandardCharsets.UTF_8).length;
    }
    Extractor extractor = Extractor.standard();
    warmUp(extractor, reports, options.warmupSeconds());
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long processCpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    Pass pass = options.threads() == 1 ? extractAll(extractor, reports) : extractInParallel(extractor, reports,
        options.threads());
    long nanos = System.nanoTime() - start;
    long processCpuNanos = os.getProcessCpuTime() - processCpuStart;
    return new Result(reports.size(), options.threads(), bytes, pass.claims(), nanos, pass.cpuNanos(), processCpuNanos);
  }

  /**
   * Real reports instead of generated ones: every file of the folder (text, HTML or annotated
   * JSON), taken round and round until there are {@code docs} of them.
   */
  static List<Report> readTexts(java.nio.file.Path dir, int docs) {
    List<Report> files = new java.util.ArrayList<>();
    try (var paths = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path p : paths.sorted().toList()) {
        if (java.nio.file.Files.isRegularFile(p)) {
          files.add(observatory.report.ReportReader.standard().read(p));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + dir, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--texts " + dir + " holds no report");
    }
    List<Report> out = new java.util.ArrayList<>(docs);
    for (int i = 0; i < docs; i++) {
      out.add(files.get(i % files.size()));
    }
    return out;
  }

  /** Claims found and CPU time spent by the threads that found them. */
  private record Pass(long claims, long cpuNanos) {
    Pass plus(Pass other) {
      return new Pass(claims + other.claims, cpuNanos + other.cpuNanos);
    }
  }

  /** Runs the extractor over the reports, round and round, until the time is up (at least once). */
  private static void warmUp(Extractor extractor, List<Report> reports, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    int i = 0;
    do {
      extractor.extract(reports.get(i++ % reports.size()));
    } while (System.nanoTime() < end);
  }

  private static Pass extractAll(Extractor extractor, List<Report> reports) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long claims = 0;
    for (Report report : reports) {
      claims += extractor.extract(report).claims().size();
    }
    return new Pass(claims, threads.getCurrentThreadCpuTime() - cpuStart);
  }

  private static Pass extractInParallel(Extractor extractor, List<Report> reports, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Pass>> parts = new ArrayList<>();
      int chunk = (reports.size() + threads - 1) / threads;
      for (int from = 0; from < reports.size(); from += chunk) {
        List<Report> part = reports.subList(from, Math.min(reports.size(), from + chunk));
        parts.add(pool.submit(() -> extractAll(extractor, part)));
      }
      Pass total = new Pass(0, 0);
      for (Future<Pass> part : parts) {
        total = total.plus(part.get());
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
