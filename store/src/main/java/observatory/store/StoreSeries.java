package observatory.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import observatory.trend.DailySeries;
import observatory.trend.SeriesSource;

/**
 * The onset detectors' view of the store: a region's daily series of one metric, read with
 * {@link Store#dailySeries} (so {@code series} and {@code onset} count the same incidents: single,
 * not discounted, an incident known only by a period on its first day; totals never). A region is a
 * governorate (any case) or a country (ISO code or English name: {@code Syria}, {@code SY}). Every
 * region runs over the same days, from the first counted incident in the store to the last, so a
 * region quiet at the end shows zeros rather than ending early.
 */
public final class StoreSeries implements SeriesSource {
  /** The metrics a store series can count. */
  public static final List<String> METRICS = List.of("killed", "civilians", "incidents", "strikes");
  private static final String COUNTED = "i.scope = 'single' AND i.status <> 'discounted' AND i.date_from IS NOT NULL";

  private final Store store;
  private final String metric;
  private final ToLongFunction<DailyCount> value;
  private final List<String> governorates = new ArrayList<>();
  private LocalDate first;
  private LocalDate last;

  private StoreSeries(Store store, String metric) {
    this.store = store;
    this.metric = metric;
    this.value = switch (metric) {
      case "killed" -> DailyCount::killed;
      case "civilians" -> DailyCount::civilians;
      case "incidents" -> DailyCount::incidents;
      default -> DailyCount::strikes;
    };
  }

  /** The series of {@code metric} (one of {@link #METRICS}) from the store. */
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
    store.inTransaction("read the span of the daily series", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT MIN(i.date_from), MAX(i.date_from) FROM incidents i WHERE " + COUNTED);
           ResultSet r = s.executeQuery()) {
        if (r.next() && r.getString(1) != null) {
          first = LocalDate.parse(r.getString(1));
          last = LocalDate.parse(r.getString(2));
        }
      }
      TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT i.admin1 FROM incidents i WHERE " + COUNTED
          + " AND i.admin1 IS NOT NULL ORDER BY i.admin1");
           ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      governorates.addAll(names);
      return null;
    });
  }

  /** The governorates with counted incidents (alerts rank these); {@link #daily} also takes a country. */
  @Override
  public List<String> regions() {
    return List.copyOf(governorates);
  }

  @Override
  public DailySeries daily(String region) {
    List<DailyCount> days = first == null ? List.of() : store.dailySeries(region, first, last);
    if (days.stream().allMatch(d -> d.incidents() == 0)) {
      throw new IllegalArgumentException("no incidents in region '" + region.strip() + "' in " + store
          + (governorates.isEmpty() ? " (it holds no dated single incidents)"
              : " (governorates: " + String.join(", ", governorates) + "; or a country, by name or ISO code)"));
    }
    long[] counts = days.stream().mapToLong(value).toArray();
    String name = governorates.stream().filter(g -> g.equalsIgnoreCase(region.strip())).findFirst().orElse(region.strip());
    return new DailySeries(name, metric, first, counts);
  }

  @Override
  public List<Driver> drivers(String region, LocalDate from, LocalDate to, int limit) {
    String value = switch (metric) {
      case "killed", "civilians" -> "COALESCE(f.best, 0)";
      default -> "1";
    };
    String where = metric.equals("strikes")
        ? " AND LOWER(i.sub_event_type) IN ('air/drone strike', 'shelling/artillery/missile attack')" : "";
    String sql = "SELECT i.id, i.date_from, i.place_name, i.sources, " + value + " AS n, COALESCE(k.best, 0) AS k FROM incidents i"
        + " LEFT JOIN incident_figures f ON f.incident_id = i.id AND f.measure = ?"
        + " LEFT JOIN incident_figures k ON k.incident_id = i.id AND k.measure = 'killed'"
        + " WHERE " + COUNTED + " AND " + Regions.condition("i") + " AND i.date_from >= ? AND i.date_from <= ?"
        + where + " ORDER BY n DESC, k DESC, i.date_from, i.id";
    return store.inTransaction("read the incidents behind the " + metric + " series", c -> {
      List<Driver> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, metric.equals("civilians") ? "civilians" : "killed");
        s.setString(2, Regions.admin1Parameter(region));
        s.setString(3, Regions.countryParameter(region));
        s.setString(4, from.toString());
        s.setString(5, to.toString());
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
