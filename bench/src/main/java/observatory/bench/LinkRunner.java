package observatory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import observatory.claim.Count;
import observatory.claim.When;
import observatory.link.LinkClaim;
import observatory.link.LinkSweep;
import observatory.link.Linker;
import observatory.link.Measure;
import observatory.store.Store;

/**
 * Linking at scale: how long the linker takes over a million claims, and how much heap it needs.
 * The claims are synthetic ({@link ClaimStream}: years of events over every governorate, several
 * reports per event, roundups with totals and parts). Prints claims, incidents, seconds and the
 * peak heap; run it with a small {@code -Xmx} to show that the heap does not grow with the claims.
 *
 * <p>Without {@code --db} the claims go straight into the linker's sweep as they are generated
 * (a day at a time). With {@code --db URL} (or {@code --sqlite} for a new file in a temporary
 * folder, {@code --postgres} for a real server started for the run) they are first written into
 * the store, then {@link Store#relink()} is timed: the claims stream back in date order, and the
 * incidents are written in batches, in one transaction.
 *
 * <pre>
 * java -Xmx256m -cp bench/target/benchmarks.jar observatory.bench.LinkRunner --claims 1000000
 * java -Xmx512m -cp bench/target/benchmarks.jar observatory.bench.LinkRunner --claims 1000000 --sqlite
 * </pre>
 */
public final class LinkRunner {
  private LinkRunner() {
  }

  public static void main(String[] args) throws Exception {
    long claims = 1_000_000;
    long seed = 11;
    String url = null;
    boolean postgres = false;
    boolean sqlite = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--claims" -> claims = Long.parseLong(value(args, ++i));
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        case "--db" -> url = value(args, ++i);
        case "--postgres" -> postgres = true;
        case "--sqlite" -> sqlite = true;
        default -> usage("unknown option '" + args[i] + "'");
      }
    }
    if (url == null && !postgres && !sqlite) {
      inMemory(claims, seed);
      return;
    }
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = null;
    Path dir = null;
    try {
      if (postgres) {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        url = server.getJdbcUrl("postgres", "postgres");
      } else if (sqlite) {
        dir = Files.createTempDirectory("observatory-link-bench");
        url = "jdbc:sqlite:" + dir.resolve("observatory.db");
      }
      throughStore(url, claims, seed);
    } finally {
      if (server != null) {
        server.close();
      }
      if (dir != null) {
        // A million claims make a file of a gigabyte: the run's own temporary database goes.
        try (var files = Files.walk(dir)) {
          for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private static void inMemory(long claims, long seed) {
    long[] linkNanos = {0};
    long[] incidents = {0};
    LinkSweep counting = Linker.standard().sweep(incident -> incidents[0]++);  // counted, not kept
    // Claims of a day's events may be dated a day either side: hold two days back to feed them in order.
    TreeMap<Long, List<LinkClaim>> pending = new TreeMap<>();
    resetPeaks();
    double cpu = cpuSeconds();
    long start = System.nanoTime();
    new ClaimStream(claims, seed).forEachReport(claims, report -> {
      for (LinkClaim c : report.claims()) {
        pending.computeIfAbsent(earliest(c), k -> new ArrayList<>()).add(c);
      }
      long today = earliest(report.claims().get(0));
      while (!pending.isEmpty() && pending.firstKey() < today - 2) {
        List<LinkClaim> day = pending.pollFirstEntry().getValue();
        day.sort(LinkSweep.ORDER);
        long t = System.nanoTime();
        day.forEach(counting::add);
        linkNanos[0] += System.nanoTime() - t;
      }
    });
    long t = System.nanoTime();
    for (List<LinkClaim> day : pending.values()) {
      day.sort(LinkSweep.ORDER);
      day.forEach(counting::add);
    }
    counting.finish();
    linkNanos[0] += System.nanoTime() - t;
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "link (in memory): %,d claims into %,d incidents in %.1f s (%.1f s in the linker,"
            + " the rest generating claims; %.1f s of CPU in all); %,d pairs compared in full%n",
        counting.claims(), incidents[0], seconds, linkNanos[0] / 1e9, cpuSeconds() - cpu, counting.compared());
    printHeap();
  }

  private static long earliest(LinkClaim c) {
    return c.when() instanceof When.Day d ? d.date().toEpochDay()
        : c.when() instanceof When.Between b ? b.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE) : Long.MIN_VALUE;
  }

  private static void throughStore(String url, long claims, long seed) {
    try (Store store = Store.open(url)) {
      String engine = store.engine() == Store.Engine.SQLITE ? "SQLite" : "PostgreSQL";
      long start = System.nanoTime();
      List<ClaimStream.Report> chunk = new ArrayList<>();
      long[] stored = {0};
      new ClaimStream(claims, seed).forEachReport(claims, report -> {
        chunk.add(report);
        if (chunk.size() >= 5000) {
          stored[0] += write(store, chunk);
          chunk.clear();
        }
      });
      stored[0] += write(store, chunk);
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "store: %,d synthetic claims written into %s in %.1f s%n", stored[0], engine,
          loadSeconds);

      resetPeaks();
      double cpu = cpuSeconds();
      long linkStart = System.nanoTime();
      Store.LinkSummary linked = store.relink();
      double seconds = (System.nanoTime() - linkStart) / 1e9;
      System.out.printf(Locale.ROOT, "relink (%s): %,d claims into %,d incidents (%,d corroborated) in %.1f s"
              + " (%.1f s of CPU in this process)%n", engine,
          linked.claims(), linked.incidents(), linked.corroborated(), seconds, cpuSeconds() - cpu);
      printHeap();
    }
  }

  /** The reports and claims of a chunk as rows, in one transaction; returns the claims written. */
  private static long write(Store store, List<ClaimStream.Report> reports) {
    return store.inTransaction("write synthetic claims", c -> {
      long n = 0;
      String now = Instant.now().toString();
      try (PreparedStatement r = c.prepareStatement(
              "INSERT INTO reports (id, publisher, language, text, ingested_at) VALUES (?, ?, 'en', ?, ?)");
           PreparedStatement s = c.prepareStatement("INSERT INTO claims (report_id, claim_id, scope, part_of, date,"
              + " date_from, date_to, date_precision, perpetrator, attribution, weapons, sources, event_type,"
              + " sub_event_type, killed, killed_qualifier, killed_low, killed_high, children_killed, admin1, country)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SY')");
           PreparedStatement p = c.prepareStatement("INSERT INTO claim_places (report_id, claim_id, seq, as_written,"
              + " span_start, span_end, outcome, name, geonameid, admin1, place_precision)"
              + " VALUES (?, ?, 0, ?, 0, 1, 'resolved', ?, ?, ?, 'place')")) {
        for (ClaimStream.Report report : reports) {
          r.setString(1, report.id());
          r.setString(2, ClaimStream.PUBLISHER);
          r.setString(3, "synthetic report " + report.id());
          r.setString(4, now);
          r.addBatch();
        }
        r.executeBatch();
        for (ClaimStream.Report report : reports) {
          for (LinkClaim claim : report.claims()) {
            bind(s, report.id(), claim);
            s.addBatch();
            if (claim.placeId().isPresent()) {
              p.setString(1, report.id());
              p.setString(2, claim.ref().claimId());
              p.setString(3, claim.placeName().orElseThrow());
              p.setString(4, claim.placeName().orElseThrow());
              p.setLong(5, claim.placeId().getAsLong());
              p.setString(6, claim.admin1().orElse(null));
              p.addBatch();
            }
            n++;
          }
        }
        s.executeBatch();
        p.executeBatch();
      }
      return n;
    });
  }

  private static void bind(PreparedStatement s, String reportId, LinkClaim claim) throws SQLException {
    s.setString(1, reportId);
    s.setString(2, claim.ref().claimId());
    s.setString(3, claim.scope().name().toLowerCase(Locale.ROOT));
    s.setString(4, claim.partOf().orElse(null));
    When when = claim.when();
    s.setString(5, when instanceof When.Day d ? d.date().toString() : null);
    s.setString(6, when instanceof When.Between b ? b.from().map(LocalDate::toString).orElse(null) : null);
    s.setString(7, when instanceof When.Between b ? b.to().map(LocalDate::toString).orElse(null) : null);
    s.setString(8, when instanceof When.Day ? "day" : when instanceof When.Between ? "period" : null);
    s.setString(9, claim.actor().orElse(null));
    s.setString(10, claim.actor().isPresent() ? "stated" : null);
    s.setString(11, claim.weapons().isEmpty() ? null : String.join("; ", claim.weapons()));
    s.setString(12, claim.origin());
    s.setString(13, claim.eventType().map(t -> t.type()).orElse(null));
    s.setString(14, claim.eventType().map(t -> t.subType()).orElse(null));
    Count killed = claim.figures().get(Measure.KILLED);
    setLong(s, 15, killed == null ? null : killed.figure());
    s.setString(16, killed == null ? null : killed.qualifier().label());
    setLong(s, 17, killed == null || killed.low().isEmpty() ? null : killed.low().getAsLong());
    setLong(s, 18, killed == null || killed.high().isEmpty() ? null : killed.high().getAsLong());
    Count children = claim.figures().get(Measure.CHILDREN);
    setLong(s, 19, children == null ? null : children.figure());
    s.setString(20, claim.admin1().orElse(null));
  }

  private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, value);
    }
  }

  /** CPU seconds this process has used so far (all threads): on a shared machine, wall time overstates the work. */
  static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  /**
   * Samples the heap every 20 ms on a daemon thread: the most used at any moment (garbage
   * included, so at most -Xmx) and the most still live after a collection (what the run holds).
   */
  private static final class HeapWatch {
    private static volatile long peakUsed;
    private static volatile long peakLive;
    private static Thread thread;

    static synchronized void reset() {
      peakUsed = 0;
      peakLive = 0;
      if (thread == null) {
        thread = new Thread(() -> {
          while (true) {
            sample();
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              return;
            }
          }
        }, "heap-watch");
        thread.setDaemon(true);
        thread.start();
      }
    }

    static void sample() {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long live = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
          live += pool.getCollectionUsage().getUsed();
        }
      }
      peakUsed = Math.max(peakUsed, used);
      peakLive = Math.max(peakLive, live);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    HeapWatch.reset();
  }

  /** The peak heap of the run, sampled, and the heap allowed. */
  private static void printHeap() {
    HeapWatch.sample();
    System.out.printf(Locale.ROOT, "peak heap: %,d MB used, %,d MB live after a collection (max heap -Xmx %,d MB)%n",
        HeapWatch.peakUsed >> 20, HeapWatch.peakLive >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage("option '" + args[i - 1] + "' needs a value");
    }
    return args[i];
  }

  private static void usage(String fault) {
    System.err.println("LinkRunner: " + fault);
    System.err.println("usage: LinkRunner [--claims N] [--seed S] [--db URL | --sqlite | --postgres]");
    System.exit(2);
  }
}
