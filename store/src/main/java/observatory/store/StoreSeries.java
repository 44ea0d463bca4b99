package observatory.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import observatory.trend.DailySeries;
import observatory.trend.SeriesSource;

/**
 * Daily series per governorate from the stored incidents: the best estimate of killed or civilians
 * killed, the number of incidents, or of air and artillery strikes, per day. Single-day incidents
 * with a governorate count; aggregates (totals, tallies) never do, so no total is added to its parts,
 * and an incident spanning several days is left out rather than guessed onto one of them. Every
 * region runs from the first stored incident day to the last, days without incidents as zeros.
 *
 * <p>A stopgap over the incident tables until {@code Store.dailySeries} lands; the trend code sees
 * only {@link SeriesSource}, so swapping it is local.
 */
public final class StoreSeries implements SeriesSource {
  /** The metrics a store series can count. */
  public static final List<String> METRICS = List.of("killed", "civilians", "incidents", "strikes");
  private static final String STRIKES = "'Air/drone strike', 'Shelling/artillery/missile attack'";

  private final Store store;
  private final String metric;
  private final Map<String, TreeMap<LocalDate, Long>> byRegion = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private LocalDate first;
  private LocalDate last;

  private StoreSeries(Store store, String metric) {
    this.store = store;
    this.metric = metric;
  }

  /** Reads the series of {@code metric} (one of {@link #METRICS}) from the store, one query for all regions. */
  public static StoreSeries of(Store store, String metric) {
    String m = metric.toLowerCase(Locale.ROOT);
    if (!METRICS.contains(m)) {
      throw new IllegalArgumentException("unknown metric '" + metric + "' for a store series (use one of " + String.join(", ", METRICS) + ")");
    }
    StoreSeries s = new StoreSeries(store, m);
    s.load();
    return s;
  }

  private void load() {
    String value = switch (metric) {
      case "killed", "civilians" -> "COALESCE(f.best, 0)";
      default -> "1";
    };
    String where = metric.equals("strikes") ? " AND i.sub_event_type IN (" + STRIKES + ")" : "";
    String sql = "SELECT i.date_from, i.admin1, " + value + " AS n FROM incidents i"
        + " LEFT JOIN incident_figures f ON f.incident_id = i.id AND f.measure = ?"
        + " WHERE i.scope = 'single' AND i.date_from IS NOT NULL AND i.date_from = i.date_to AND i.admin1 IS NOT NULL" + where;
    store.inTransaction("read the daily " + metric + " series", c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, metric.equals("civilians") ? "civilians" : "killed");
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            LocalDate day = LocalDate.parse(r.getString(1));
            byRegion.computeIfAbsent(r.getString(2), k -> new TreeMap<>()).merge(day, r.getLong(3), Long::sum);
          }
        }
      }
      // Every metric spans the days of all counted incidents, so a region quiet at the end shows zeros.
      try (PreparedStatement s = c.prepareStatement("SELECT MIN(date_from), MAX(date_from) FROM incidents"
          + " WHERE scope = 'single' AND date_from = date_to AND admin1 IS NOT NULL");
           ResultSet r = s.executeQuery()) {
        if (r.next() && r.getString(1) != null) {
          first = LocalDate.parse(r.getString(1));
          last = LocalDate.parse(r.getString(2));
        }
      }
      return null;
    });
  }

  @Override
  public List<String> regions() {
    return List.copyOf(byRegion.keySet());
  }

  @Override
  public DailySeries daily(String region) {
    TreeMap<LocalDate, Long> days = byRegion.get(region.strip());
    if (days == null) {
      throw new IllegalArgumentException("no incidents in region '" + region + "' in " + store
          + (byRegion.isEmpty() ? " (it holds no dated single incidents)" : " (regions: " + String.join(", ", regions()) + ")"));
    }
    long[] counts = new long[(int) ChronoUnit.DAYS.between(first, last) + 1];
    days.forEach((d, n) -> counts[(int) ChronoUnit.DAYS.between(first, d)] += n);
    String name = byRegion.keySet().stream().filter(k -> k.equalsIgnoreCase(region.strip())).findFirst().orElse(region);
    return new DailySeries(name, metric, first, counts);
  }

  @Override
  public List<Driver> drivers(String region, LocalDate from, LocalDate to, int limit) {
    String value = switch (metric) {
      case "killed", "civilians" -> "COALESCE(f.best, 0)";
      default -> "1";
    };
    String where = metric.equals("strikes") ? " AND i.sub_event_type IN (" + STRIKES + ")" : "";
    String sql = "SELECT i.id, i.date_from, i.place_name, i.sources, " + value + " AS n, COALESCE(f.best, 0) AS k FROM incidents i"
        + " LEFT JOIN incident_figures f ON f.incident_id = i.id AND f.measure = ?"
        + " WHERE i.scope = 'single' AND i.date_from = i.date_to AND LOWER(i.admin1) = ? AND i.date_from >= ? AND i.date_from <= ?"
        + where + " ORDER BY n DESC, k DESC, i.date_from, i.id";
    return store.inTransaction("read the incidents behind the " + metric + " series", c -> {
      List<Driver> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, metric.equals("civilians") ? "civilians" : "killed");
        s.setString(2, region.strip().toLowerCase(Locale.ROOT));
        s.setString(3, from.toString());
        s.setString(4, to.toString());
        s.setMaxRows(limit);
        try (ResultSet r = s.executeQuery()) {
          while (r.next() && out.size() < limit) {
            out.add(new Driver(r.getString(1), LocalDate.parse(r.getString(2)),
                r.getString(3) == null ? "" : r.getString(3), r.getString(4), r.getLong(5)));
          }
        }
      }
      return out;
    });
  }
}
