package observatory.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import observatory.extract.Extractor;
import observatory.serve.ServeConfig;
import observatory.serve.Server;
import observatory.link.Totals;
import observatory.store.IncidentFilter;
import observatory.store.IncidentQueries;
import observatory.store.Store;
import observatory.store.Summaries;

/**
 * Load on the HTTP API: requests per second and latency percentiles of the incident list and the
 * regional totals, over a SQLite store of generated incidents (written straight into the incident
 * tables, one claim and report row behind each, so that a million takes a minute rather than a
 * relink of a million claims). One incident in ten is marked for review (its claim read with a
 * confidence of 0.4), so that totals carry a review share and "needs review only" has a tenth to list. Each endpoint is driven by {@code --clients} concurrent clients for
 * {@code --seconds} after a warm-up; the store, the server and the clients share the machine.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar observatory.bench.ServeLoadRunner
 * [--incidents 1000000] [--clients 4] [--seconds 20] [--db FILE]}. With {@code --db} naming an
 * existing file, the store is reused and nothing is generated.
 */
public final class ServeLoadRunner {
  private static final String[] REGIONS = {"Idlib", "Aleppo", "Hama", "Homs", "Rif Dimashq", "Damascus", "Daraa",
      "Deir ez-Zor", "Raqqa", "Hasakah", "Latakia", "Tartus", "Quneitra", "As-Suwayda"};
  private static final String[][] TYPES = {
      {"Explosions/Remote violence", "Air/drone strike"}, {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
      {"Battles", "Armed clash"}, {"Violence against civilians", "Attack"},
      {"Explosions/Remote violence", "Remote explosive/landmine/IED"}};
  /** Idlib's districts as the gazetteer names them; the other governorates' incidents lie in their capital's district. */
  private static final String[] IDLIB_DISTRICTS = {"Idlib", "Ma‘arrat an Nu‘mān", "Ḩārim", "Jisr ash Shughūr", "Arīḩā"};
  private static final String[] ACTORS = {"Syrian government", "Russia", "opposition", "ISIS", "Turkey", "US-led coalition"};

  private static final String REASON = "scope uncertain: a period word and a single place (generated)";

  private ServeLoadRunner() {
  }

  public static void main(String[] args) throws Exception {
    int incidents = 1_000_000;
    int clients = 4;
    int seconds = 20;
    Path db = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--incidents" -> incidents = Integer.parseInt(args[i + 1]);
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--db" -> db = Path.of(args[i + 1]);
        default -> {
          System.err.println("usage: ServeLoadRunner [--incidents N] [--clients C] [--seconds S] [--db FILE]");
          System.exit(2);
        }
      }
    }
    if (db == null) {
      db = Files.createTempDirectory("serve-load").resolve("observatory.db");
    }
    boolean reuse = Files.exists(db);
    try (Store store = Store.embedded(db)) {
      if (!reuse) {
        long t0 = System.nanoTime();
        generate(db, incidents);
        System.out.printf(Locale.ROOT, "generated %,d incidents into %s in %.1f s%n", incidents, db,
            (System.nanoTime() - t0) / 1e9);
      } else {
        System.out.println("reusing " + db);
      }
      long t1 = System.nanoTime();
      Summaries.rebuild(store);  // what every relink does; the generator writes the incident tables directly
      System.out.printf(Locale.ROOT, "rebuilt the daily summaries in %.1f s%n", (System.nanoTime() - t1) / 1e9);
      // A fast figure must also be the right one: the district's totals from its summaries against the
      // store's own sum of the incidents it lists.
      IncidentFilter quarter = IncidentFilter.all().region("Maarrat al-Numan").from(LocalDate.of(2016, 10, 1))
          .to(LocalDate.of(2016, 12, 31));
      Totals summarised = IncidentQueries.totals(store, quarter, java.util.Optional.empty());
      Totals summed = store.totals(quarter);
      if (!summarised.equals(summed)) {
        throw new IllegalStateException("district totals from the summaries " + summarised
            + " differ from the incidents' own " + summed);
      }
      Totals reviewSummarised = IncidentQueries.sum(store, quarter, java.util.Optional.empty()).reviewTotal();
      Totals reviewSummed = store.totals(quarter.needsReview(true));
      if (!reviewSummarised.equals(reviewSummed) || reviewSummed.incidents() == 0) {
        throw new IllegalStateException("the review share of the district's totals from the summaries " + reviewSummarised
            + " differs from the marked incidents' own " + reviewSummed);
      }
      System.out.printf(Locale.ROOT, "Maarrat al-Numan, 2016-10-01 to 2016-12-31: %,d incidents, the same totals from"
          + " the summaries and from the incidents%n", summed.incidents());
      try (Server server = Server.start(store, Extractor.standard(), ServeConfig.local(0))) {
        String base = "http://127.0.0.1:" + server.port();
        List<String> paths = List.of(
            "/api/incidents?limit=50",
            "/api/incidents?limit=50&offset=5000",
            "/api/incidents?region=Idlib&limit=50",
            "/api/incidents?region=Idlib&from=2016-10-01&to=2016-12-31&limit=50",
            "/api/totals?region=Idlib&from=2016-10-01&to=2016-12-31",
            "/api/totals?group=region&from=2016-10-01&to=2016-12-31",
            "/api/totals?group=region",
            // A district: its name as people type it, found among the incidents' districts (not the summaries').
            "/api/incidents?region=Maarrat%20al-Numan&limit=50",
            "/api/incidents?region=Maarrat%20al-Numan&from=2016-10-01&to=2016-12-31&limit=50",
            "/api/totals?region=Maarrat%20al-Numan&from=2016-10-01&to=2016-12-31",
            "/api/totals?region=Maarrat%20al-Numan",
            // The incidents marked for review (a tenth), and totals over them alone.
            "/api/incidents?needs_review=true&limit=50",
            "/api/incidents?needs_review=true&region=Idlib&from=2016-10-01&to=2016-12-31&limit=50",
            "/api/totals?needs_review=true&region=Idlib&from=2016-10-01&to=2016-12-31");
        System.out.printf(Locale.ROOT, "%-82s %10s %8s %8s %8s%n", "request (" + clients + " clients, " + seconds + " s)",
            "req/s", "p50 ms", "p99 ms", "max ms");
        for (String path : paths) {
          measure(base + path, clients, Math.max(2, seconds / 5), false);
          double[] r = measure(base + path, clients, seconds, true);
          System.out.printf(Locale.ROOT, "%-82s %10.1f %8.1f %8.1f %8.1f%n", path, r[0], r[1], r[2], r[3]);
        }
      }
    }
  }

  /** Requests per second, p50, p99 and max latency in milliseconds. */
  private static double[] measure(String url, int clients, int seconds, boolean report) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).build();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
          long t = System.nanoTime();
          HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + new String(r.body()));
          }
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = System.nanoTime() - t;
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      for (long l : f.get()) {
        all.add(l);
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    all.sort(null);
    if (all.isEmpty()) {
      return new double[] {0, 0, 0, 0};
    }
    return new double[] {all.size() / elapsed, all.get(all.size() / 2) / 1e6,
        all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.99) - 1)) / 1e6, all.get(all.size() - 1) / 1e6};
  }

  /** Writes {@code n} incidents, each with one claim of its own report (100 claims a report), deterministically. */
  private static void generate(Path db, int n) throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    LocalDate first = LocalDate.of(2012, 1, 1);
    int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - first.toEpochDay());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=OFF");
      }
      c.setAutoCommit(false);
      try (PreparedStatement report = c.prepareStatement("INSERT INTO reports (id, title, publisher, url, published,"
              + " language, text, ingested_at) VALUES (?, ?, ?, NULL, ?, 'en', ?, ?)");
           PreparedStatement claim = c.prepareStatement("INSERT INTO claims (report_id, claim_id, scope, date,"
              + " date_precision, perpetrator, attribution, event_type, sub_event_type, killed, killed_qualifier,"
              + " killed_low, killed_high, civilians_killed, admin1, country, geo_precision, confidence, review_reasons)"
              + " VALUES (?, ?, 'single', ?, 'day', ?, 'stated', ?, ?, ?, 'exact', ?, ?, ?, ?, 'SY', 3, ?, ?)");
           PreparedStatement incident = c.prepareStatement("INSERT INTO incidents (id, scope, status, date_from,"
              + " date_to, admin1, actor, event_type, sub_event_type, sources, country, admin2, admin2_approximate,"
              + " needs_review, review_reasons) VALUES (?, 'single', ?, ?, ?, ?, ?, ?, ?, ?, 'SY', ?, ?, ?, ?)");
           PreparedStatement member = c.prepareStatement("INSERT INTO incident_claims (incident_id, seq, report_id,"
              + " claim_id, explanation) VALUES (?, 0, ?, ?, 'first claim of the incident')");
           PreparedStatement figure = c.prepareStatement("INSERT INTO incident_figures (incident_id, measure, low,"
              + " best, high) VALUES (?, ?, ?, ?, ?)")) {
        String reportId = null;
        for (int i = 0; i < n; i++) {
          if (i % 100 == 0) {
            reportId = String.format(Locale.ROOT, "%064x", i);
            LocalDate published = first.plusDays(random.nextInt(days));
            report.setString(1, reportId);
            report.setString(2, "Generated load report " + i);
            report.setString(3, "Observatory generator (synthetic)");
            report.setString(4, published.toString());
            report.setString(5, "Generated for the load benchmark (synthetic).");
            report.setString(6, "2026-01-01T00:00:00Z");
            report.executeUpdate();
          }
          String day = first.plusDays(random.nextInt(days)).toString();
          String region = REGIONS[Math.min(REGIONS.length - 1, (int) Math.abs(random.nextGaussian() * 4))];
          String[] type = TYPES[random.nextInt(TYPES.length)];
          String actor = ACTORS[random.nextInt(ACTORS.length)];
          long killed = 1 + (long) Math.floor(Math.exp(random.nextDouble() * 4));
          String claimId = "c" + (i % 100 + 1);
          claim.setString(1, reportId);
          claim.setString(2, claimId);
          claim.setString(3, day);
          claim.setString(4, actor);
          claim.setString(5, type[0]);
          claim.setString(6, type[1]);
          claim.setLong(7, killed);
          claim.setLong(8, killed);
          claim.setLong(9, killed);
          claim.setLong(10, killed);
          claim.setString(11, region);
          // From the index, not the random stream: the incidents' other data stay as before review marks.
          // (i / 5): every fifth index is one Idlib district (below), so a tenth of each district is marked.
          boolean doubtful = (i / 5) % 10 == 7;
          claim.setDouble(12, doubtful ? 0.4 : 1.0);
          claim.setString(13, doubtful ? REASON : null);
          claim.addBatch();
          String id = String.format(Locale.ROOT, "inc-%012x", i);
          incident.setString(1, id);
          incident.setString(2, random.nextInt(3) == 0 ? "corroborated" : "reported");
          incident.setString(3, day);
          incident.setString(4, day);
          incident.setString(5, region);
          incident.setString(6, actor);
          incident.setString(7, type[0]);
          incident.setString(8, type[1]);
          incident.setString(9, "Observatory generator (synthetic)");
          // Districts from the index, not the random stream: the governorates' data stay as before districts.
          incident.setString(10, region.equals("Idlib") ? IDLIB_DISTRICTS[i % IDLIB_DISTRICTS.length] : region);
          incident.setInt(11, i % 3 == 0 ? 0 : 1);
          incident.setInt(12, doubtful ? 1 : 0);
          incident.setString(13, doubtful ? REASON : null);
          incident.addBatch();
          member.setString(1, id);
          member.setString(2, reportId);
          member.setString(3, claimId);
          member.addBatch();
          for (String measure : new String[] {"killed", "civilians"}) {
            figure.setString(1, id);
            figure.setString(2, measure);
            figure.setLong(3, killed);
            figure.setLong(4, killed);
            figure.setLong(5, killed);
            figure.addBatch();
          }
          if (i % 10_000 == 9_999 || i == n - 1) {
            claim.executeBatch();
            incident.executeBatch();
            member.executeBatch();
            figure.executeBatch();
            c.commit();
          }
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      c.commit();
    }
  }
}
