package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.geo.LocationPrecision;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.When;
import observatory.link.ClaimRef;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.review.ReviewMark;

/**
 * Reads for a server over a large store: incidents a page at a time, sums per region computed by
 * the database, reports listed without their text. The filters mean what {@link IncidentFilter}
 * says; {@code status} narrows to one incident status ("reported", "corroborated").
 *
 * <p>Pages are ordered as {@link Store#incidents} orders: by first day (else last day), then id,
 * undated last. The order and the region filter use expression indexes of migration V5.
 */
public final class IncidentQueries {
  /** Sorts undated incidents last on both engines (NULL sorts first on SQLite, last on PostgreSQL). */
  private static final String SORT_KEY = "COALESCE(date_from, date_to, '9999-12-31')";

  private IncidentQueries() {
  }

  /**
   * One page of incidents; {@code more} tells whether another page follows. {@code districts} holds
   * the district of each incident of the page that has one; {@code region} the region the filter
   * named, as found (read in the page's own transaction).
   */
  public record Page(List<Incident> incidents, int offset, int limit, boolean more, Map<String, District> districts,
      Optional<Region> region, Map<String, ReviewMark> reviews) {
    public Page {
      incidents = List.copyOf(incidents);
      districts = Map.copyOf(districts);
      reviews = Map.copyOf(reviews);
    }

    /** Whether an incident of the page is marked for review, and why. */
    public ReviewMark review(String incident) {
      return reviews.getOrDefault(incident, ReviewMark.none());
    }
  }

  /**
   * Sums per governorate (see {@link #totalsByRegion}) and the region the filter named, as found;
   * {@code reviewByRegion} the part of each region's sums that rests on incidents marked for review
   * (the same regions, zeros where none is marked).
   */
  public record Summed(Optional<Region> region, Map<Optional<String>, Totals> byRegion,
      Map<Optional<String>, Totals> reviewByRegion) {
    public Summed {
      byRegion = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRegion));
      reviewByRegion = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reviewByRegion));
    }

    /** The sums over all the regions. */
    public Totals total() {
      return combined(byRegion.values());
    }

    /** The part of {@link #total()} that rests on incidents marked for review. */
    public Totals reviewTotal() {
      return combined(reviewByRegion.values());
    }

    /** The part of a region's sums that rests on incidents marked for review. */
    public Totals review(Optional<String> region) {
      return reviewByRegion.getOrDefault(region, new Totals(0, 0, Map.of()));
    }
  }

  /** The incidents of one page: at most {@code limit} from {@code offset}, in date order. */
  public static Page page(Store store, IncidentFilter unresolved, Optional<String> status, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("a page needs offset >= 0 and limit >= 1, was offset "
          + offset + ", limit " + limit);
    }
    return store.inTransaction("read a page of incidents", c -> {
      IncidentFilter filter = unresolved.resolved(c);
      Where where;
      if (filter.from().isEmpty()) {
        Where w = where(filter, status);
        where = new Where("SELECT id FROM incidents" + w.sql + " ORDER BY " + SORT_KEY + ", id LIMIT ? OFFSET ?", w.args);
      } else {
        Where w = select(filter, status, "id, " + SORT_KEY + " AS k", "id, date_from AS k", null);
        where = new Where(w.sql + " ORDER BY k, id LIMIT ? OFFSET ?", w.args);
      }
      List<String> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(where.sql)) {
        int n = where.bind(s);
        s.setInt(n++, limit + 1);
        s.setInt(n, offset);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getString(1));
          }
        }
      }
      boolean more = ids.size() > limit;
      Map<String, District> districts = new HashMap<>();
      Map<String, ReviewMark> reviews = new HashMap<>();
      return new Page(load(c, more ? ids.subList(0, limit) : ids, districts, reviews), offset, limit, more, districts,
          filter.region(), reviews);
    });
  }

  /**
   * The sums of the selected incidents per governorate (an empty region: incidents with none), as
   * {@link Totals#of} computes them: aggregates (totals, tallies) are counted apart, never summed.
   */
  public static Map<Optional<String>, Totals> totalsByRegion(Store store, IncidentFilter filter, Optional<String> status) {
    return sum(store, filter, status).byRegion();
  }

  /** {@link #totalsByRegion} with the region the filter named, found in the same transaction. */
  public static Summed sum(Store store, IncidentFilter filter, Optional<String> status) {
    return store.inTransaction("sum incidents by region", c -> {
      IncidentFilter f = filter.resolved(c);
      // The summaries are per governorate and per district: a country is summed from the incident tables.
      boolean summarised = f.actor().isEmpty() && f.type().isEmpty() && status.isEmpty()
          && f.region().map(r -> r.level() != Region.Level.COUNTRY).orElse(true);
      RegionSums sums = summarised ? Summaries.sums(c, f) : sums(c, f, status);
      return new Summed(f.region(), sums.all(), sums.review());
    });
  }

  /** {@link #totalsByRegion(Store, IncidentFilter, Optional)} read from the incident tables, whatever the filter. */
  static Map<Optional<String>, Totals> totalsByRegion(Connection c, IncidentFilter unresolved, Optional<String> status)
      throws SQLException {
    return sums(c, unresolved, status).all();
  }

  /** The sums of {@link #totalsByRegion(Connection, IncidentFilter, Optional)} with their part marked for review. */
  static RegionSums sums(Connection c, IncidentFilter unresolved, Optional<String> status) throws SQLException {
    IncidentFilter filter = unresolved.resolved(c);
    RegionSums sums = new RegionSums(filter.needsReview());
    // Discounted incidents stay out of totals, as in Store.totals.
    Where where = select(filter, status, "admin1, scope, needs_review", "admin1, scope, needs_review",
        "status <> 'discounted'");
    try (PreparedStatement s = c.prepareStatement("SELECT admin1, scope, COUNT(*), SUM(needs_review) FROM (" + where.sql
        + ") t GROUP BY admin1, scope")) {
      where.bind(s);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          boolean single = r.getString(2).equals("single");
          long n = r.getLong(3);
          long marked = r.getLong(4);
          sums.count(Optional.ofNullable(r.getString(1)), single ? n : 0, single ? 0 : n, single ? marked : 0,
              single ? 0 : marked);
        }
      }
    }
    Where joined = select(filter, status, "id, admin1, needs_review", "id, admin1, needs_review",
        "scope = 'single' AND status <> 'discounted'");
    try (PreparedStatement s = c.prepareStatement("SELECT i.admin1, f.measure, " + Summaries.FIGURE_SUMS
        + " FROM (" + joined.sql + ") i JOIN incident_figures f ON f.incident_id = i.id"
        + " GROUP BY i.admin1, f.measure")) {
      joined.bind(s);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Summaries.figure(sums, r);
        }
      }
    }
    return sums;
  }

  /** The sums over all selected incidents; the same figures as {@code Totals.of(store.incidents(filter))}. */
  public static Totals totals(Store store, IncidentFilter filter, Optional<String> status) {
    return combined(totalsByRegion(store, filter, status).values());
  }

  /** The sums of several regions' totals as one (the regions do not overlap). */
  public static Totals combined(java.util.Collection<Totals> byRegion) {
    int incidents = 0;
    int left = 0;
    Map<Measure, long[]> acc = new EnumMap<>(Measure.class);  // low, best, high, open, count
    for (Totals t : byRegion) {
      incidents += t.incidents();
      left += t.aggregatesLeftOut();
      t.sums().forEach((m, sum) -> {
        long[] a = acc.computeIfAbsent(m, k -> new long[5]);
        a[0] += sum.low();
        a[1] += sum.best();
        if (sum.high().isPresent()) {
          a[2] += sum.high().getAsLong();
        } else {
          a[3] = 1;
        }
        a[4] += sum.incidents();
      });
    }
    Map<Measure, Totals.Sum> sums = new EnumMap<>(Measure.class);
    acc.forEach((m, a) -> sums.put(m, new Totals.Sum(a[0], a[1],
        a[3] == 1 ? OptionalLong.empty() : OptionalLong.of(a[2]), (int) a[4])));
    return new Totals(incidents, left, sums);
  }

  /** The governorates that incidents lie in, sorted. */
  public static List<String> regions(Store store) {
    return store.inTransaction("list the regions of incidents", c -> {
      List<String> regions = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT DISTINCT admin1 FROM incidents WHERE admin1 IS NOT NULL ORDER BY admin1");
           ResultSet r = s.executeQuery()) {
        while (r.next()) {
          regions.add(r.getString(1));
        }
      }
      return regions;
    });
  }

  /** The incident a stored claim belongs to, if it has been linked. */
  public static Optional<String> incidentOf(Store store, ClaimRef claim) {
    return store.inTransaction("find the incident of claim " + claim, c -> incidentOf(c, claim));
  }

  static Optional<String> incidentOf(Connection c, ClaimRef claim) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT incident_id FROM incident_claims WHERE report_id = ? AND claim_id = ?")) {
      s.setString(1, claim.reportId());
      s.setString(2, claim.claimId());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Where each incident lies, as precisely as its claims resolved: the finest resolved place among
   * its claims' places (a town before a district before a governorate). Incidents whose claims
   * resolved no place are absent.
   */
  public record Location(double lat, double lon, LocationPrecision precision, String name) {
  }

  public static Map<String, Location> locations(Store store, List<String> incidentIds) {
    Map<String, Location> out = new LinkedHashMap<>();
    if (incidentIds.isEmpty()) {
      return out;
    }
    return store.inTransaction("locate incidents", c -> {
      for (int from = 0; from < incidentIds.size(); from += 500) {
        List<String> ids = incidentIds.subList(from, Math.min(incidentIds.size(), from + 500));
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT ic.incident_id, p.lat, p.lon, p.place_precision, p.name"
            + " FROM incident_claims ic JOIN claim_places p ON p.report_id = ic.report_id AND p.claim_id = ic.claim_id"
            + " WHERE ic.incident_id IN (" + marks + ") AND p.outcome = 'resolved' AND p.lat IS NOT NULL"
            + " AND p.place_precision IS NOT NULL ORDER BY ic.incident_id, ic.seq, p.seq")) {
          for (int i = 0; i < ids.size(); i++) {
            s.setString(i + 1, ids.get(i));
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              Location l = new Location(r.getDouble(2), r.getDouble(3),
                  LocationPrecision.valueOf(r.getString(4).toUpperCase(Locale.ROOT)), r.getString(5));
              out.merge(r.getString(1), l, (a, b) -> b.precision().ordinal() < a.precision().ordinal() ? b : a);
            }
          }
        }
      }
      return out;
    });
  }

  /**
   * An incident's district (admin2) and its governorate; approximate when a claim's place got it
   * from the nearest district seat, not from its gazetteer entry (see README, Regions and districts).
   */
  public record District(String name, String governorate, boolean approximate) {
    /** As people read it: "Ma‘arrat an Nu‘mān", with " (nearest district seat)" when approximate. */
    public String label() {
      return approximate ? name + " (nearest district seat)" : name;
    }
  }

  /** The district of each of these incidents that has one (see {@link District}); the others are absent. */
  public static Map<String, District> districts(Store store, List<String> incidentIds) {
    Map<String, District> out = new HashMap<>();
    if (incidentIds.isEmpty()) {
      return out;
    }
    return store.inTransaction("read the districts of incidents", c -> {
      for (int from = 0; from < incidentIds.size(); from += 500) {
        List<String> ids = incidentIds.subList(from, Math.min(incidentIds.size(), from + 500));
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT id, admin2, admin1, admin2_approximate FROM incidents"
            + " WHERE id IN (" + marks + ") AND admin2 IS NOT NULL AND admin1 IS NOT NULL")) {
          bindAll(s, ids);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              // NULL (not known to be stated) reads as approximate, as V7 says.
              boolean approximate = r.getInt(4) != 0 || r.wasNull();
              out.put(r.getString(1), new District(r.getString(2), r.getString(3), approximate));
            }
          }
        }
      }
      return out;
    });
  }

  /** Whether each of these incidents is marked for review, and why; unmarked incidents are absent. */
  public static Map<String, ReviewMark> reviews(Store store, List<String> incidentIds) {
    Map<String, ReviewMark> out = new HashMap<>();
    if (incidentIds.isEmpty()) {
      return out;
    }
    return store.inTransaction("read the review marks of incidents", c -> {
      for (int from = 0; from < incidentIds.size(); from += 500) {
        List<String> ids = incidentIds.subList(from, Math.min(incidentIds.size(), from + 500));
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT id, review_reasons FROM incidents"
            + " WHERE id IN (" + marks + ") AND needs_review = 1")) {
          bindAll(s, ids);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.put(r.getString(1), ReviewMark.needed(Rows.reasons(r.getString(2))));
            }
          }
        }
      }
      return out;
    });
  }

  /** A stored report without its text, for lists. */
  public record ReportSummary(String id, Optional<String> title, Optional<String> publisher,
      Optional<String> url, Optional<String> published, String ingestedAt, int claims) {
  }

  /** Stored reports, the most recently ingested first; at most {@code limit} from {@code offset}. */
  public static List<ReportSummary> reports(Store store, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("a page needs offset >= 0 and limit >= 1, was offset "
          + offset + ", limit " + limit);
    }
    return store.inTransaction("list reports", c -> {
      List<ReportSummary> reports = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.title, r.publisher, r.url, r.published,"
          + " r.ingested_at, (SELECT COUNT(*) FROM claims c WHERE c.report_id = r.id)"
          + " FROM reports r ORDER BY r.ingested_at DESC, r.id LIMIT ? OFFSET ?")) {
        s.setInt(1, limit);
        s.setInt(2, offset);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            reports.add(new ReportSummary(r.getString(1), Optional.ofNullable(r.getString(2)),
                Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4)),
                Optional.ofNullable(r.getString(5)), r.getString(6), r.getInt(7)));
          }
        }
      }
      return reports;
    });
  }

  /**
   * The incidents with these ids, in this order, read in three queries (not three per incident):
   * the same records {@link Store#incident} reads one at a time.
   */
  static List<Incident> load(Connection c, List<String> ids) throws SQLException {
    return load(c, ids, new HashMap<>(), new HashMap<>());
  }

  /**
   * {@link #load(Connection, List)}, putting the district of each incident that has one into {@code
   * districts}, and the mark of each incident marked for review into {@code reviews}.
   */
  static List<Incident> load(Connection c, List<String> ids, Map<String, District> districts,
      Map<String, ReviewMark> reviews) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    Map<String, List<Incident.Member>> members = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT incident_id, report_id, claim_id, explanation"
        + " FROM incident_claims WHERE incident_id IN (" + marks + ") ORDER BY incident_id, seq")) {
      bindAll(s, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          members.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new Incident.Member(new ClaimRef(r.getString(2), r.getString(3)), r.getString(4)));
        }
      }
    }
    Map<String, Map<Measure, Estimate>> figures = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT incident_id, measure, low, best, high"
        + " FROM incident_figures WHERE incident_id IN (" + marks + ")")) {
      bindAll(s, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long high = r.getLong(5);
          OptionalLong open = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(high);
          figures.computeIfAbsent(r.getString(1), k -> new EnumMap<>(Measure.class))
              .put(Measure.fromLabel(r.getString(2)), new Estimate(r.getLong(3), r.getLong(4), open));
        }
      }
    }
    Map<String, Incident> byId = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT * FROM incidents WHERE id IN (" + marks + ")")) {
      bindAll(s, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString("id");
          Optional<LocalDate> from = Optional.ofNullable(r.getString("date_from")).map(LocalDate::parse);
          Optional<LocalDate> to = Optional.ofNullable(r.getString("date_to")).map(LocalDate::parse);
          When when = from.isPresent() && from.equals(to) ? new When.Day(from.get())
              : from.isEmpty() && to.isEmpty() ? When.UNKNOWN : new When.Between(from, to, DatePrecision.PERIOD);
          long geonameId = r.getLong("geonameid");
          OptionalLong placeId = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(geonameId);
          String type = r.getString("event_type");
          String subType = r.getString("sub_event_type");
          Optional<EventType> eventType = type == null || subType == null ? Optional.empty()
              : Optional.of(new EventType(type, subType));
          String sources = r.getString("sources");
          String admin2 = r.getString("admin2");
          if (admin2 != null && r.getString("admin1") != null) {
            int approximate = r.getInt("admin2_approximate");
            districts.put(id, new District(admin2, r.getString("admin1"), approximate != 0 || r.wasNull()));
          }
          if (r.getInt("needs_review") == 1) {
            reviews.put(id, ReviewMark.needed(Rows.reasons(r.getString("review_reasons"))));
          }
          byId.put(id, new Incident(id, members.getOrDefault(id, List.of()), figures.getOrDefault(id, Map.of()),
              sources.isEmpty() ? List.of() : List.of(sources.split(Rows.LIST, -1)),
              Incident.Status.valueOf(r.getString("status").toUpperCase(Locale.ROOT)), when, placeId,
              Optional.ofNullable(r.getString("place_name")), Optional.ofNullable(r.getString("admin1")),
              Optional.ofNullable(r.getString("actor")), eventType, r.getString("scope").equals("aggregate")));
        }
      }
    }
    List<Incident> out = new ArrayList<>();
    for (String id : ids) {
      Incident i = byId.get(id);
      if (i != null) {
        out.add(i);
      }
    }
    return out;
  }

  private static void bindAll(PreparedStatement s, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      s.setString(i + 1, values.get(i));
    }
  }

  /** A WHERE clause and its arguments, in order. */
  private record Where(String sql, List<String> args) {
    int bind(PreparedStatement s) throws SQLException {
      int i = 1;
      for (String a : args) {
        s.setString(i++, a);
      }
      return i;
    }
  }

  /**
   * The filter's region, actor, event type and review mark as SQL conditions on the incidents table,
   * with their arguments. "needs_review = 1" is written as a literal, so that SQLite reads the few
   * marked incidents from the partial index incidents_needing_review (V10).
   */
  static void filterConditions(IncidentFilter filter, List<String> parts, List<String> args) {
    if (filter.needsReview()) {
      parts.add("needs_review = 1");
    }
    filter.region().ifPresent(r -> {
      parts.add(Regions.condition(r, "incidents"));
      args.addAll(Regions.args(r));
    });
    filter.actor().ifPresent(a -> {
      parts.add("LOWER(actor) LIKE ?");
      args.add("%" + a.toLowerCase(Locale.ROOT) + "%");
    });
    filter.type().ifPresent(t -> {
      parts.add("(LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)");
      args.add(t.toLowerCase(Locale.ROOT));
      args.add(t.toLowerCase(Locale.ROOT));
    });
  }

  /** The filter's terms but its first day, which {@link #select} applies so that an index serves it. */
  private static Where where(IncidentFilter filter, Optional<String> status, String... more) {
    List<String> parts = new ArrayList<>();
    List<String> args = new ArrayList<>();
    if (filter.regionName().isPresent()) {
      throw new IllegalStateException("the filter's region '" + filter.regionName().get() + "' was not resolved");
    }
    filterConditions(filter, parts, args);
    filter.to().ifPresent(d -> {
      // The sort key of the day indexes: the same set as COALESCE(date_from, date_to) <= d, since
      // undated incidents sort after every real day.
      parts.add(SORT_KEY + " <= ?");
      args.add(d.toString());
    });
    status.ifPresent(s -> {
      parts.add("status = ?");
      args.add(s.toLowerCase(Locale.ROOT));
    });
    for (String m : more) {
      if (m != null) {
        parts.add(m);
      }
    }
    return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), args);
  }

  /**
   * The selected incidents as a SELECT of {@code columns} (one more condition optional). A first day
   * {@code from} keeps incidents that end on or after it: those that start on or after it (a range
   * of the day index) and, UNION ALL, the periods that start before and reach it (the partial index
   * incidents_spanning of V5). {@code spanningColumns} are the columns of the second part, where the
   * sort key is date_from.
   */
  private static Where select(IncidentFilter filter, Optional<String> status, String columns,
      String spanningColumns, String extra) {
    if (filter.from().isEmpty()) {
      Where w = where(filter, status, extra);
      return new Where("SELECT " + columns + " FROM incidents" + w.sql, w.args);
    }
    String from = filter.from().get().toString();
    Where starting = where(filter, status, extra, SORT_KEY + " >= ?", "COALESCE(date_from, date_to) IS NOT NULL");
    Where spanning = where(filter, status, extra, "date_to > date_from", "date_to >= ?", "date_from < ?");
    List<String> args = new ArrayList<>(starting.args);
    args.add(from);
    args.addAll(spanning.args);
    args.add(from);
    args.add(from);
    return new Where("SELECT " + columns + " FROM incidents" + starting.sql
        + " UNION ALL SELECT " + spanningColumns + " FROM incidents" + spanning.sql, args);
  }

}
