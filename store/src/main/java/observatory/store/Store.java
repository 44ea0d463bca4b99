package observatory.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import observatory.extract.Extraction;
import observatory.link.Incident;
import observatory.link.Linker;
import observatory.link.Totals;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The observatory's database: one schema on SQLite (embedded, one file) or PostgreSQL (shared),
 * chosen by the JDBC URL. Opening migrates the schema to the current version. A store holds one
 * connection; its methods are safe to call from several threads (they take turns). Close it when
 * done; closing twice is harmless.
 *
 * <pre>{@code
 * try (Store store = Store.open("jdbc:sqlite:observatory-data/observatory.db")) {
 *   IngestResult result = store.ingest(extractor.extract(report));
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
  /** The engines the schema runs on. */
  public enum Engine { SQLITE, POSTGRESQL }

  static final String MIGRATIONS = "classpath:observatory/store/migration";

  // Flyway logs through java.util.logging when nothing else is on the class path; its INFO lines
  // ("Successfully validated 1 migration") are noise on a command line. Held so the level sticks.
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final String url;
  private final Engine engine;
  private final Connection connection;
  private boolean closed;

  private Store(String url, Engine engine, Connection connection) {
    this.url = url;
    this.engine = engine;
    this.connection = connection;
  }

  /** Opens the store a JDBC URL names: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB}. */
  public static Store open(String jdbcUrl) {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new StoreException("no database URL given; use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      String file = jdbcUrl.substring("jdbc:sqlite:".length());
      int query = file.indexOf('?');
      String path = query < 0 ? file : file.substring(0, query);
      if (path.isBlank() || path.equals(":memory:") || path.startsWith("file::memory:")) {
        throw new StoreException("'" + jdbcUrl + "': an in-memory SQLite database is not supported;"
            + " name a file, as in jdbc:sqlite:observatory-data/observatory.db");
      }
      createParent(Path.of(path), jdbcUrl);
      return connect(jdbcUrl, Engine.SQLITE);
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return connect(jdbcUrl, Engine.POSTGRESQL);
    }
    throw new StoreException("unsupported database URL '" + jdbcUrl
        + "'; use jdbc:sqlite:FILE (embedded) or jdbc:postgresql://HOST/DB?user=U&password=P (shared)");
  }

  /** The embedded store in one SQLite file, created (with its folder) when missing. */
  public static Store embedded(Path file) {
    return open("jdbc:sqlite:" + file);
  }

  /** A PostgreSQL store; the URL may carry {@code user} and {@code password} parameters. */
  public static Store postgres(String url) {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new StoreException("'" + url + "' is not a PostgreSQL JDBC URL; expected jdbc:postgresql://HOST/DB");
    }
    return open(url);
  }

  private static void createParent(Path file, String url) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder of the database '" + url + "'", e);
    }
  }

  private static Store connect(String url, Engine engine) {
    boolean rebuilt = migrate(url);
    Properties props = new Properties();
    if (engine == Engine.SQLITE) {
      props.setProperty("foreign_keys", "true");  // off by default in SQLite
      props.setProperty("busy_timeout", "10000");  // wait for another writer instead of failing at once
      // Write-ahead log: a killed process leaves every committed report and nothing half-written
      // (see IngestDurabilityTest), and a commit costs one log append instead of a journal round
      // trip. synchronous=NORMAL syncs at checkpoints: a power cut may lose the last reports
      // ingested, never corrupt the file; ingesting them again is harmless (same content hash).
      props.setProperty("journal_mode", "WAL");
      props.setProperty("synchronous", "NORMAL");
      // 64 MB of page cache instead of SQLite's 2 MB: a relink writes each claim's incident row and
      // checks its foreign key against the claims table; with a large store those lookups would
      // otherwise read the same pages from the operating system again and again.
      props.setProperty("cache_size", "-65536");
    } else {
      // Batched inserts go as multi-row INSERTs: one statement per batch instead of one per row.
      props.setProperty("reWriteBatchedInserts", "true");
    }
    try {
      Connection c = DriverManager.getConnection(url, props);
      c.setAutoCommit(false);
      Store store = new Store(url, engine, c);
      if (rebuilt) {
        store.relink();  // schema v3 recreated the (derived) incident tables
      }
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + redacted(url), e);
    }
  }

  /**
   * Brings the schema to the current version; a database already there is left as it is. True when
   * a store made before schema v3 had its incident tables recreated, and needs relinking.
   */
  private static boolean migrate(String url) {
    try {
      MigrateResult result = Flyway.configure(Store.class.getClassLoader())
          .dataSource(url, null, null)
          .locations(MIGRATIONS)
          .load()
          .migrate();
      return result.initialSchemaVersion != null && result.migrations.stream().anyMatch(m -> "3".equals(m.version));
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the schema of " + redacted(url), e);
    }
  }

  /** The URL without its password, for messages. */
  static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  public Engine engine() {
    return engine;
  }

  /** Work done with the store's connection inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * An {@link SQLException} comes out as a {@link StoreException} naming {@code what}.
   */
  public synchronized <T> T inTransaction(String what, Work<T> work) {
    if (closed) {
      throw new StoreException("cannot " + what + ": the store " + redacted(url) + " is closed");
    }
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(e);
      throw new StoreException("cannot " + what, e);
    } catch (RuntimeException | Error e) {
      rollback(e);
      throw e;
    }
  }

  /** Runs {@code work} in one transaction; see {@link #inTransaction(String, Work)}. */
  public <T> T inTransaction(Work<T> work) {
    return inTransaction("run a transaction on " + redacted(url), work);
  }

  private void rollback(Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Stores a report with all its claims, places and evidence in one transaction. A report already
   * stored (same content hash) changes nothing and comes back as {@link IngestResult.AlreadyKnown}.
   * On failure nothing of the report is stored.
   */
  public IngestResult ingest(Extraction extraction) {
    String id = extraction.report().id();
    return inTransaction("store report " + id, c -> Rows.insert(c, extraction));
  }

  /**
   * Stores several reports in one transaction (group commit: one commit, one sync to disk, and a
   * few batched statements for the lot). Each report stays all or nothing: when anything in the
   * batch fails (a faulty report, a check the database defers to the commit, a report another
   * writer stored meanwhile), the batch is rolled back and each report stored in its own
   * transaction, so only a faulty report is refused, with its reason, and nothing of it is kept.
   * A process killed before the commit loses the batch, never part of a report; ingesting again
   * stores it.
   *
   * @return what became of each report, in the order given
   */
  public List<Batched> ingestAll(List<Extraction> extractions) {
    if (extractions.isEmpty()) {
      return List.of();
    }
    try {
      return inTransaction("store " + extractions.size() + " reports",
          c -> Rows.insertAll(c, extractions).stream().map(r -> (Batched) new Batched.Done(r)).toList());
    } catch (RuntimeException batch) {  // a StoreException, or a fault in one report's data
      List<Batched> out = new ArrayList<>(extractions.size());
      for (Extraction extraction : extractions) {
        try {
          out.add(new Batched.Done(ingest(extraction)));
        } catch (StoreException e) {
          out.add(new Batched.Failed(extraction.report().id(), e));
        }
      }
      return out;
    }
  }

  /** What became of one report of {@link #ingestAll}: stored (or already known), or refused with the reason. */
  public sealed interface Batched {
    /** The report's id (its content hash). */
    String reportId();

    /** Stored, or found already stored. */
    record Done(IngestResult result) implements Batched {
      @Override
      public String reportId() {
        return result.reportId();
      }
    }

    /** Not stored; nothing of it is in the store. */
    record Failed(String reportId, StoreException error) implements Batched {
    }
  }

  /** The stored report with this id (content hash). */
  public Optional<StoredReport> report(String id) {
    return inTransaction("read report " + id, c -> Rows.report(c, id));
  }

  /** The claims of a report in the order they were stored, each with its places and evidence. */
  public List<StoredClaim> claims(String reportId) {
    return inTransaction("read the claims of report " + reportId, c -> Rows.claims(c, reportId));
  }

  /**
   * Recomputes all incidents from all stored claims, in one transaction: the incident tables are
   * emptied and refilled with what {@link Linker} makes of the claims. Deterministic: the same
   * claims give the same incidents, with the same ids. The claims stream through the linker in date
   * order and the incidents are written in batches, so memory does not grow with the store; a
   * failure (or a killed process) leaves the previous incidents as they were.
   */
  public LinkSummary relink() {
    return inTransaction("link the stored claims into incidents", c -> IncidentRows.relink(c, List::of));
  }

  /** What a relink made: how many claims it read, incidents it wrote, and of those how many have two sources or more. */
  public record LinkSummary(int claims, int incidents, int corroborated) {
  }

  /**
   * The filter with the region it names found (see {@link IncidentFilter}): what a command or an
   * endpoint shows as the region it read; an unknown name is a {@link StoreException} naming the
   * nearest known regions.
   */
  public IncidentFilter resolve(IncidentFilter filter) {
    return inTransaction("find the region " + filter.regionName().orElse(""), filter::resolved);
  }

  /** The incidents the filter selects, ordered by date then id (undated last). */
  public List<Incident> incidents(IncidentFilter filter) {
    return inTransaction("read incidents", c -> IncidentRows.incidents(c, filter));
  }

  /** The incident with this id. */
  public Optional<Incident> incident(String id) {
    return inTransaction("read incident " + id, c -> IncidentRows.incident(c, id));
  }

  /**
   * Sums of the selected incidents per measure; totals and tallies are kept out, so a total is
   * never added to its parts (see {@link Totals}), and so are discounted incidents. The part of
   * these sums that rests on incidents marked for review is {@code totals(filter.needsReview(true))}.
   */
  public Totals totals(IncidentFilter filter) {
    return Totals.of(incidents(filter).stream().filter(i -> i.status() != Incident.Status.DISCOUNTED).toList());
  }

  // The analyst's hand: each change is a durable decision about claims, applied by every relink,
  // and an audit entry. A refused change (ReviewException) changes nothing.

  /** Merges two incidents into one; see {@link observatory.review.Decisions}. */
  public AuditEntry merge(String incident, String other, String reason, String by) {
    return inTransaction("merge incidents " + incident + " and " + other, c -> Analyst.merge(c, incident, other, reason, by));
  }

  /** Moves the named claims (REPORT:CLAIM, the report id or its start) out of an incident into a new one. */
  public AuditEntry split(String incident, List<String> claims, String reason, String by) {
    return inTransaction("split incident " + incident, c -> Analyst.split(c, incident, claims, reason, by));
  }

  /** Sets a field of an incident (see {@link observatory.review.Correction#FIELDS}). */
  public AuditEntry correct(String incident, String field, String value, String reason, String by) {
    return inTransaction("correct incident " + incident, c -> Analyst.correct(c, incident, field, value, reason, by));
  }

  /** Sets the status of an incident: verified, contested, discounted, or derived (the sources' own). */
  public AuditEntry setStatus(String incident, String status, String reason, String by) {
    return inTransaction("set the status of incident " + incident, c -> Analyst.status(c, incident, status, reason, by));
  }

  /** The audit log, oldest first; with an incident, the changes to it and to its claims. */
  public List<AuditEntry> audit(Optional<String> incident) {
    return inTransaction("read the audit log", c -> DecisionRows.audit(c, incident));
  }

  /** Why an incident has its status, when that needs saying: the disagreement found, or the analyst's reason. */
  public Optional<String> statusReason(String incident) {
    return inTransaction("read incident " + incident, c -> IncidentRows.statusReason(c, incident));
  }

  /**
   * Each monitor's tally (a claim of scope tally) the filter's region and period select, with how
   * much of it the documented single incidents account for; see {@link TallyAccount}.
   */
  public List<TallyAccount> tallies(IncidentFilter filter) {
    return inTransaction("read tallies", c -> Tallies.of(c, filter));
  }

  /**
   * The region a person names: a country (name or ISO code), a governorate or a district of the
   * store's incidents, in any case and common spelling; "NAME district" or {@code district:NAME}
   * when a governorate has the name too (see {@link Regions} for the rules). An unknown name is a
   * {@link StoreException} naming it and the nearest known names.
   */
  public Region region(String name) {
    return inTransaction("find the region " + name, c -> Regions.resolve(c, name));
  }

  /**
   * Per day from {@code from} to {@code to}, both included, in a region (see {@link #region}):
   * single incidents that are not discounted, their killed and civilians killed (best), and air and
   * artillery strikes. Days without incidents are zeros.
   */
  public List<DailyCount> dailySeries(String region, LocalDate from, LocalDate to) {
    return inTransaction("read the daily series of " + region, c -> Series.daily(c, Regions.resolve(c, region), from, to));
  }

  /** The daily series of a region from its first incident's day to its last's; empty when it has none. */
  public List<DailyCount> dailySeries(String region) {
    return inTransaction("read the daily series of " + region, c -> Series.daily(c, Regions.resolve(c, region)));
  }

  /** The daily series of a region from {@code from} to {@code to}, both included; see {@link #dailySeries(String, LocalDate, LocalDate)}. */
  public List<DailyCount> dailySeries(Region region, LocalDate from, LocalDate to) {
    return inTransaction("read the daily series of " + region.label(), c -> Series.daily(c, region, from, to));
  }

  /** The daily series of a region from its first incident's day to its last's; empty when it has none. */
  public List<DailyCount> dailySeries(Region region) {
    return inTransaction("read the daily series of " + region.label(), c -> Series.daily(c, region));
  }

  /** How many rows each table holds. */
  public Counts counts() {
    return inTransaction("count rows", c -> new Counts(count(c, "reports"), count(c, "claims"),
        count(c, "claim_places"), count(c, "evidence")));
  }

  /** Row counts of the tables, for tests and summaries. */
  public record Counts(long reports, long claims, long places, long evidence) {
  }

  private static long count(Connection c, String table) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table);
         ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Closes the connection; safe to call more than once. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + redacted(url), e);
    }
  }

  @Override
  public String toString() {
    return "Store[" + redacted(url) + "]";
  }
}
