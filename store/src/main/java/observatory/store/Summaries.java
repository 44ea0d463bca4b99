package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import observatory.link.Totals;

/**
 * The per-day, per-governorate summary of the incidents (tables of V6__summaries.sql), and the
 * same per district (V9__district_summaries.sql): regional totals read it instead of every incident. It holds the incidents of one day that are not
 * discounted; periods and undated incidents are summed from the incident tables and added. It is
 * rebuilt at the end of every relink, in the relink's transaction, with the governorates and
 * districts the incidents lie in (incident_regions of V8, which {@link Regions} reads names from).
 * Beside every count and sum it keeps the same over the incidents marked for review (V10), so that a
 * total read from it says how much of it rests on them, as one summed incident by incident does.
 */
public final class Summaries {
  static final String NOT_ONE_DAY = "(date_from IS NULL OR date_to IS NULL OR date_from <> date_to)";

  private Summaries() {
  }

  /** Rebuilds the summary from the incident tables, in one transaction (for stores written by other means). */
  public static void rebuild(Store store) {
    store.inTransaction("rebuild the incident summaries", c -> {
      rebuild(c);
      return null;
    });
  }

  /** Rebuilds the summary inside the caller's transaction. */
  static void rebuild(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM incident_regions");
      s.executeUpdate("INSERT INTO incident_regions (admin1, admin2)"
          + " SELECT DISTINCT admin1, admin2 FROM incidents WHERE admin1 IS NOT NULL");
      for (String table : List.of("incident_day_figures", "incident_days", "incident_month_figures", "incident_months",
          "incident_district_day_figures", "incident_district_days", "incident_district_month_figures",
          "incident_district_months")) {
        s.executeUpdate("DELETE FROM " + table);
      }
      // One pass over the incidents, per district (NULL: none); the governorates' rows are the sums of their
      // districts' rows, and the months the sums of their days, so every table holds the same incidents.
      // Beside each sum, the same over the incidents marked for review (V10).
      s.executeUpdate("INSERT INTO incident_district_days (day, admin1, admin1_key, admin2, singles, aggregates,"
          + " review_singles, review_aggregates)"
          + " SELECT date_from, admin1, LOWER(admin1), admin2, SUM(CASE WHEN scope = 'single' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN scope = 'aggregate' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN scope = 'single' AND needs_review = 1 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN scope = 'aggregate' AND needs_review = 1 THEN 1 ELSE 0 END) FROM incidents"
          + " WHERE date_from = date_to AND status <> 'discounted' GROUP BY date_from, admin1, admin2");
      s.executeUpdate("INSERT INTO incident_district_day_figures (day, admin1, admin1_key, admin2, measure, low, best, high,"
          + " open_highs, incidents, review_low, review_best, review_high, review_open_highs, review_incidents)"
          + " SELECT i.date_from, i.admin1, LOWER(i.admin1), i.admin2, f.measure, SUM(f.low),"
          + " SUM(f.best), SUM(f.high), SUM(CASE WHEN f.high IS NULL THEN 1 ELSE 0 END), COUNT(*),"
          + " SUM(CASE WHEN i.needs_review = 1 THEN f.low ELSE 0 END), SUM(CASE WHEN i.needs_review = 1 THEN f.best ELSE 0 END),"
          + " SUM(CASE WHEN i.needs_review = 1 THEN COALESCE(f.high, 0) ELSE 0 END),"
          + " SUM(CASE WHEN i.needs_review = 1 AND f.high IS NULL THEN 1 ELSE 0 END), SUM(i.needs_review)"
          + " FROM incidents i JOIN incident_figures f ON f.incident_id = i.id"
          + " WHERE i.scope = 'single' AND i.date_from = i.date_to AND i.status <> 'discounted'"
          + " GROUP BY i.date_from, i.admin1, i.admin2, f.measure");
      s.executeUpdate("INSERT INTO incident_days (day, admin1, admin1_key, singles, aggregates, review_singles,"
          + " review_aggregates) SELECT day, admin1, admin1_key, SUM(singles), SUM(aggregates), SUM(review_singles),"
          + " SUM(review_aggregates) FROM incident_district_days GROUP BY day, admin1, admin1_key");
      s.executeUpdate("INSERT INTO incident_day_figures (day, admin1, admin1_key, measure, low, best, high, open_highs,"
          + " incidents, " + REVIEW_FIGURES + ") SELECT day, admin1, admin1_key, measure, SUM(low), SUM(best), SUM(high),"
          + " SUM(open_highs), SUM(incidents), " + REVIEW_FIGURE_SUMS + " FROM incident_district_day_figures"
          + " GROUP BY day, admin1, admin1_key, measure");
      for (String level : List.of("incident_", "incident_district_")) {
        String admin2 = level.equals("incident_") ? "" : ", admin2";
        s.executeUpdate("INSERT INTO " + level + "months (month, admin1, admin1_key" + admin2 + ", singles, aggregates,"
            + " review_singles, review_aggregates) SELECT SUBSTR(day, 1, 7), admin1, admin1_key" + admin2 + ", SUM(singles),"
            + " SUM(aggregates), SUM(review_singles), SUM(review_aggregates) FROM "
            + level + "days GROUP BY SUBSTR(day, 1, 7), admin1, admin1_key" + admin2);
        s.executeUpdate("INSERT INTO " + level + "month_figures (month, admin1, admin1_key" + admin2 + ", measure, low,"
            + " best, high, open_highs, incidents, " + REVIEW_FIGURES + ") SELECT SUBSTR(day, 1, 7), admin1, admin1_key"
            + admin2 + ", measure, SUM(low), SUM(best), SUM(high), SUM(open_highs), SUM(incidents), " + REVIEW_FIGURE_SUMS
            + " FROM " + level + "day_figures GROUP BY SUBSTR(day, 1, 7), admin1, admin1_key" + admin2 + ", measure");
      }
    }
  }

  /** The review columns of the figure summaries (V10), and their sums over finer rows. */
  private static final String REVIEW_FIGURES = "review_low, review_best, review_high, review_open_highs, review_incidents";
  private static final String REVIEW_FIGURE_SUMS = "SUM(review_low), SUM(review_best), SUM(review_high),"
      + " SUM(review_open_highs), SUM(review_incidents)";

  /** A part of the period read from one summary table: days or months, both bounds included (absent: open). */
  private record Piece(String unit, String column, Optional<String> first, Optional<String> last) {
  }

  /** The period as whole months, and the days at its edges that do not fill a month. */
  static List<Piece> pieces(IncidentFilter filter) {
    Optional<java.time.LocalDate> from = filter.from();
    Optional<java.time.LocalDate> to = filter.to();
    Optional<java.time.YearMonth> firstMonth = from.map(d -> d.getDayOfMonth() == 1
        ? java.time.YearMonth.from(d) : java.time.YearMonth.from(d).plusMonths(1));
    Optional<java.time.YearMonth> lastMonth = to.map(d -> d.equals(java.time.YearMonth.from(d).atEndOfMonth())
        ? java.time.YearMonth.from(d) : java.time.YearMonth.from(d).minusMonths(1));
    List<Piece> pieces = new ArrayList<>();
    if (firstMonth.isPresent() && lastMonth.isPresent() && firstMonth.get().isAfter(lastMonth.get())) {
      pieces.add(new Piece("day", "day", from.map(Object::toString), to.map(Object::toString)));
      return pieces;
    }
    pieces.add(new Piece("month", "month", firstMonth.map(Object::toString), lastMonth.map(Object::toString)));
    if (from.isPresent() && from.get().getDayOfMonth() != 1) {
      pieces.add(new Piece("day", "day", Optional.of(from.get().toString()),
          Optional.of(java.time.YearMonth.from(from.get()).atEndOfMonth().toString())));
    }
    if (to.isPresent() && !to.get().equals(java.time.YearMonth.from(to.get()).atEndOfMonth())) {
      pieces.add(new Piece("day", "day", Optional.of(to.get().withDayOfMonth(1).toString()),
          Optional.of(to.get().toString())));
    }
    return pieces;
  }

  /**
   * Sums per governorate of the incidents a filter with no actor and no event type selects, not
   * discounted: what {@link IncidentQueries#totalsByRegion} answers from the incident tables. A
   * governorate (or no region) reads the governorate tables, a district the district tables (V9).
   */
  static Map<Optional<String>, Totals> totalsByRegion(Connection c, IncidentFilter unresolved) throws SQLException {
    return sums(c, unresolved).all();
  }

  /**
   * {@link #totalsByRegion}, with the part of each region's sums that rests on incidents marked for
   * review (the summaries' review columns, V10).
   */
  static RegionSums sums(Connection c, IncidentFilter unresolved) throws SQLException {
    IncidentFilter filter = unresolved.resolved(c);
    if (filter.actor().isPresent() || filter.type().isPresent()) {
      throw new IllegalArgumentException("the summaries know no actor or event type; read the incidents");
    }
    if (filter.regionName().isPresent() || filter.region().map(r -> r.level() == Region.Level.COUNTRY).orElse(false)) {
      throw new IllegalArgumentException("the summaries are per governorate or district (found), not " + filter.region()
          .map(Region::qualifiedLabel).orElse("'" + filter.regionName().orElse("") + "'") + "; read the incidents");
    }
    Optional<Region> district = filter.region().filter(r -> r.level() == Region.Level.DISTRICT);
    String tables = district.isPresent() ? "incident_district_" : "incident_";
    RegionSums sums = new RegionSums(filter.needsReview());
    for (Piece piece : pieces(filter)) {
      List<String> args = new ArrayList<>();
      String where = where(filter, piece, args);
      try (PreparedStatement s = c.prepareStatement("SELECT admin1, SUM(singles), SUM(aggregates), SUM(review_singles),"
          + " SUM(review_aggregates) FROM " + tables + piece.unit() + "s" + where + " GROUP BY admin1")) {
        bind(s, args);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            sums.count(Optional.ofNullable(r.getString(1)), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("SELECT admin1, measure, SUM(low), SUM(best), SUM(high),"
          + " SUM(open_highs), SUM(incidents), " + REVIEW_FIGURE_SUMS + " FROM " + tables + piece.unit() + "_figures"
          + where + " GROUP BY admin1, measure")) {
        bind(s, args);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            figure(sums, r);
          }
        }
      }
    }
    // Periods and undated incidents, from the incident tables (the partial index incidents_not_one_day).
    List<String> restArgs = new ArrayList<>();
    StringBuilder rest = new StringBuilder(" WHERE " + NOT_ONE_DAY + " AND status <> 'discounted'"
        + (filter.needsReview() ? " AND needs_review = 1" : ""));
    filter.governorateKey().ifPresent(r -> {
      // "|| ''": the same value, but not the expression of incidents_by_region_day, so the planner keeps
      // to the small partial index incidents_not_one_day rather than every incident of the region.
      rest.append(" AND LOWER(admin1) || '' = ?");
      restArgs.add(r);
    });
    district.ifPresent(r -> {
      // The same for incidents_by_admin2: a district holds many one-day incidents and few periods.
      rest.append(" AND admin2 || '' = ? AND LOWER(admin1) || '' = ?");
      restArgs.add(r.name());
      restArgs.add(r.governorate().get().toLowerCase(Locale.ROOT));
    });
    filter.from().ifPresent(d -> {
      // The incident tables' rule: a dated incident that ends on or after the first day.
      rest.append(" AND COALESCE(date_to, date_from) >= ?");
      restArgs.add(d.toString());
    });
    filter.to().ifPresent(d -> {
      rest.append(" AND COALESCE(date_from, date_to, '9999-12-31') <= ?");
      restArgs.add(d.toString());
    });
    try (PreparedStatement s = c.prepareStatement("SELECT admin1, SUM(CASE WHEN scope = 'single' THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN scope = 'aggregate' THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN scope = 'single' AND needs_review = 1 THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN scope = 'aggregate' AND needs_review = 1 THEN 1 ELSE 0 END)"
        + " FROM incidents" + rest + " GROUP BY admin1")) {
      bind(s, restArgs);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          sums.count(Optional.ofNullable(r.getString(1)), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("SELECT i.admin1, f.measure, " + FIGURE_SUMS
        + " FROM (SELECT id, admin1, needs_review FROM incidents" + rest
        + " AND scope = 'single') i JOIN incident_figures f ON f.incident_id = i.id GROUP BY i.admin1, f.measure")) {
      bind(s, restArgs);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          figure(sums, r);
        }
      }
    }
    return sums;
  }

  /**
   * The sums of one measure over incidents {@code i} joined with their figures {@code f}, all and
   * those marked for review, in the columns {@link #figure} reads after the region and the measure.
   */
  static final String FIGURE_SUMS = "SUM(f.low), SUM(f.best), SUM(f.high), SUM(CASE WHEN f.high IS NULL THEN 1 ELSE 0 END),"
      + " COUNT(*), SUM(CASE WHEN i.needs_review = 1 THEN f.low ELSE 0 END),"
      + " SUM(CASE WHEN i.needs_review = 1 THEN f.best ELSE 0 END),"
      + " SUM(CASE WHEN i.needs_review = 1 THEN COALESCE(f.high, 0) ELSE 0 END),"
      + " SUM(CASE WHEN i.needs_review = 1 AND f.high IS NULL THEN 1 ELSE 0 END), SUM(i.needs_review)";

  /** Adds a row of region, measure and the ten sums of {@link #FIGURE_SUMS} (or of the summary columns) to {@code sums}. */
  static void figure(RegionSums sums, ResultSet r) throws SQLException {
    long[] all = new long[5];
    long[] review = new long[5];
    for (int k = 0; k < 5; k++) {
      all[k] = r.getLong(3 + k);
      review[k] = r.getLong(8 + k);
    }
    sums.figure(Optional.ofNullable(r.getString(1)), r.getString(2), all, review);
  }

  private static String where(IncidentFilter filter, Piece piece, List<String> args) {
    List<String> parts = new ArrayList<>();
    filter.governorateKey().ifPresent(r -> {
      parts.add("admin1_key = ?");
      args.add(r);
    });
    filter.region().filter(r -> r.level() == Region.Level.DISTRICT).ifPresent(r -> {
      parts.add("admin2 = ?");
      args.add(r.name());
      parts.add("admin1_key = ?");
      args.add(r.governorate().get().toLowerCase(Locale.ROOT));
    });
    piece.first().ifPresent(d -> {
      parts.add(piece.column() + " >= ?");
      args.add(d);
    });
    piece.last().ifPresent(d -> {
      parts.add(piece.column() + " <= ?");
      args.add(d);
    });
    return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
  }

  private static void bind(PreparedStatement s, List<String> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      s.setString(i + 1, args.get(i));
    }
  }
}
