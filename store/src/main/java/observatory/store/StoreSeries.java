package observatory.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import observatory.trend.DailySeries;
import observatory.trend.SeriesSource;

/**
 * The onset detectors' view of the store: a region's daily series of one metric, read with
 * {@link Store#dailySeries} (so {@code series} and {@code onset} count the same incidents: single,
 * not discounted, an incident known only by a period on its first day; totals never). A region is a
 * country (ISO code or English name: {@code Syria}, {@code SY}), a governorate or a district, named
 * as {@link Store#region} reads them. Every region runs over the same days, from the first counted
 * incident in the store to the last, so a region quiet at the end shows zeros rather than ending
 * early. {@link #regions} lists the regions of one level (governorates unless asked otherwise),
 * which alerts rank.
 */
public final class StoreSeries implements SeriesSource {
  /** The metrics a store series can count. */
  public static final List<String> METRICS = List.of("killed", "civilians", "incidents", "strikes");
  private static final String COUNTED = "i.scope = 'single' AND i.status <> 'discounted' AND i.date_from IS NOT NULL";

  private final Store store;
  private final String metric;
  private final ToLongFunction<DailyCount> value;
  private final Region.Level level;
  private final List<String> regions = new ArrayList<>();
  /** The regions of {@link #regions} by their names, so that ranking them all reads no name twice. */
  private final Map<String, Region> listed = new java.util.HashMap<>();
  private LocalDate first;
  private LocalDate last;

  private StoreSeries(Store store, String metric, Region.Level level) {
    this.store = store;
    this.metric = metric;
    this.level = level;
    this.value = switch (metric) {
      case "killed" -> DailyCount::killed;
      case "civilians" -> DailyCount::civilians;
      case "incidents" -> DailyCount::incidents;
      default -> DailyCount::strikes;
    };
  }

  /** The series of {@code metric} (one of {@link #METRICS}) from the store; {@link #regions} lists its governorates. */
  public static StoreSeries of(Store store, String metric) {
    return of(store, metric, Region.Level.GOVERNORATE);
  }

  /** The series of {@code metric} from the store; {@link #regions} lists the regions of {@code level} with counted incidents. */
  public static StoreSeries of(Store store, String metric, Region.Level level) {
    String m = metric.toLowerCase(Locale.ROOT);
    if (!METRICS.contains(m)) {
      throw new IllegalArgumentException("unknown metric '" + metric + "' for a store series (use one of " + String.join(", ", METRICS) + ")");
    }
    StoreSeries s = new StoreSeries(store, m, level);
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
      regions.addAll(names(c));
      return null;
    });
  }

  /** The regions of this series' level with counted incidents, as {@link Region#label} writes them (qualified where two share a name). */
  private List<String> names(java.sql.Connection c) throws java.sql.SQLException {
    String column = switch (level) {
      case COUNTRY -> "i.country, NULL";
      case GOVERNORATE -> "i.admin1, NULL";
      case DISTRICT -> "i.admin2, i.admin1";
    };
    String present = level == Region.Level.DISTRICT ? "i.admin2 IS NOT NULL AND i.admin1 IS NOT NULL"
        : level == Region.Level.COUNTRY ? "i.country IS NOT NULL" : "i.admin1 IS NOT NULL";
    List<Region> found = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT " + column + " FROM incidents i WHERE " + COUNTED
        + " AND " + present);
         ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Region region = switch (level) {
          case COUNTRY -> Region.country(r.getString(1));
          case GOVERNORATE -> Region.governorate(r.getString(1));
          case DISTRICT -> Region.district(r.getString(1), r.getString(2));
        };
        if (seen.add(region.qualifiedLabel())) {
          found.add(region);
        }
      }
    }
    Map<String, Long> perLabel = found.stream().collect(Collectors.groupingBy(Region::label, Collectors.counting()));
    for (Region g : found) {
      listed.put(perLabel.get(g.label()) > 1 ? g.qualifiedLabel() : g.label(), g);
    }
    return listed.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }

  /** The level of the regions {@link #regions} lists. */
  public Region.Level level() {
    return level;
  }

  /**
   * The regions of this series' level with counted incidents, sorted (alerts rank these): the
   * governorates by default; districts as "NAME district" (and ", GOVERNORATE" where two
   * governorates have a district of one name). {@link #daily} takes a region of any level.
   */
  @Override
  public List<String> regions() {
    return List.copyOf(regions);
  }

  @Override
  public DailySeries daily(String region) {
    Region r = find(region);
    List<DailyCount> days = first == null ? List.of() : store.dailySeries(r, first, last);
    if (days.stream().allMatch(d -> d.incidents() == 0)) {
      throw new IllegalArgumentException("no incidents in region '" + region.strip() + "' (" + r.level().word() + " "
          + r.qualifiedLabel() + ") in " + store + (first == null ? " (it holds no dated single incidents)" : ""));
    }
    long[] counts = days.stream().mapToLong(value).toArray();
    return new DailySeries(name(r), metric, first, counts);
  }

  /** The name a series and its verdict carry, one that {@link #daily} and {@link #drivers} read back as the same region. */
  private String name(Region r) {
    if (r.level() != Region.Level.DISTRICT || r.equals(listed.get(r.label()))) {
      return r.label();
    }
    if (r.equals(listed.get(r.qualifiedLabel()))) {
      return r.qualifiedLabel();
    }
    try {
      return store.region(r.label()).equals(r) ? r.label() : r.qualifiedLabel();
    } catch (StoreException sharedName) {
      return r.qualifiedLabel();
    }
  }

  /** The region a name gives; unknown, an {@link IllegalArgumentException} (as {@link SeriesSource#daily} promises) naming it. */
  private Region find(String region) {
    Region known = region == null ? null : listed.get(region);
    if (known != null) {
      return known;
    }
    try {
      return store.region(region);
    } catch (StoreException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public List<Driver> drivers(String region, LocalDate from, LocalDate to, int limit) {
    String value = switch (metric) {
      case "killed", "civilians" -> "COALESCE(f.best, 0)";
      default -> "1";
    };
    String where = metric.equals("strikes")
        ? " AND LOWER(i.sub_event_type) IN ('air/drone strike', 'shelling/artillery/missile attack')" : "";
    Region wanted = find(region);
    String sql = "SELECT i.id, i.date_from, i.place_name, i.sources, " + value + " AS n, COALESCE(k.best, 0) AS k FROM incidents i"
        + " LEFT JOIN incident_figures f ON f.incident_id = i.id AND f.measure = ?"
        + " LEFT JOIN incident_figures k ON k.incident_id = i.id AND k.measure = 'killed'"
        + " WHERE " + COUNTED + " AND " + Regions.condition(wanted, "i") + " AND i.date_from >= ? AND i.date_from <= ?"
        + where + " ORDER BY n DESC, k DESC, i.date_from, i.id";
    return store.inTransaction("read the incidents behind the " + metric + " series", c -> {
      List<Driver> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, metric.equals("civilians") ? "civilians" : "killed");
        int next = Regions.bind(wanted, s, 2);
        s.setString(next, from.toString());
        s.setString(next + 1, to.toString());
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
