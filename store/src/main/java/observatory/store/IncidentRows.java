package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import observatory.claim.Confidence;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.When;
import observatory.geo.LocationPrecision;
import observatory.link.ClaimRef;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.LinkClaim;
import observatory.link.LinkSweep;
import observatory.link.Linker;
import observatory.link.Measure;
import observatory.link.PlaceName;
import observatory.review.Decision;
import observatory.review.Decisions;
import observatory.review.ReviewMark;

/** The incident tables: recomputing them from the stored claims, and reading them back. */
final class IncidentRows {
  private IncidentRows() {
  }

  /** Incidents written per round trip of batched inserts. */
  static final int BATCH = 500;
  /** Rows PostgreSQL sends per round trip of the claim cursor (without it, the driver reads them all at once). */
  static final int FETCH = 2000;

  /** An undated single claim's report's publication day, where the linker places it (see {@link LinkClaim#published}). */
  static final String UNDATED_SINGLE_PUBLISHED =
      "CASE WHEN c.date IS NULL AND c.date_from IS NULL AND c.date_to IS NULL AND c.scope = 'single' THEN r.published END";

  /**
   * The claims in the order the linker sweeps them (by earliest date, an undated single claim by
   * its report's publication day, see {@link LinkSweep#ORDER}), each with its report's publisher and
   * publication day, the first place it resolved to at town precision, the first place it names
   * that did not resolve, and the districts of its resolved places (the least and greatest, equal
   * when they agree).
   */
  private static final String CLAIMS_BY_DATE = "SELECT c.*, r.publisher AS report_publisher, r.published AS report_published,"
      + " p.name AS town_name, p.geonameid AS town_id, p.as_written AS town_written, u.as_written AS unresolved_written,"
      + " d.district_low, d.district_high, d.district_admin1_low, d.district_admin1_high, d.district_approximate"
      + " FROM claims c JOIN reports r ON r.id = c.report_id"
      + " LEFT JOIN claim_places p ON p.report_id = c.report_id AND p.claim_id = c.claim_id AND p.seq ="
      + " (SELECT MIN(q.seq) FROM claim_places q WHERE q.report_id = c.report_id AND q.claim_id = c.claim_id"
      + " AND q.outcome = 'resolved' AND q.geonameid IS NOT NULL AND q.name IS NOT NULL"
      + " AND q.place_precision IN ('place', 'near_place'))"
      + " LEFT JOIN claim_places u ON u.report_id = c.report_id AND u.claim_id = c.claim_id AND u.seq ="
      + " (SELECT MIN(q.seq) FROM claim_places q WHERE q.report_id = c.report_id AND q.claim_id = c.claim_id"
      + " AND q.outcome <> 'resolved')"
      + " LEFT JOIN (SELECT q.report_id, q.claim_id, MIN(q.admin2) AS district_low, MAX(q.admin2) AS district_high,"
      + " MIN(q.admin1) AS district_admin1_low, MAX(q.admin1) AS district_admin1_high,"
      + " MAX(CASE WHEN q.admin2_approximate = 0 THEN 0 ELSE 1 END) AS district_approximate"
      + " FROM claim_places q WHERE q.outcome = 'resolved' AND q.admin2 IS NOT NULL AND q.admin1 IS NOT NULL"
      + " GROUP BY q.report_id, q.claim_id) d ON d.report_id = c.report_id AND d.claim_id = c.claim_id"
      + " ORDER BY COALESCE(c.date, c.date_from, " + UNDATED_SINGLE_PUBLISHED + ", ''), c.report_id, c.claim_id";


  /** Recomputes the incident tables, with every analyst decision applied (see {@link #relink(Connection, Function)}). */
  static Store.LinkSummary relink(Connection c) throws SQLException {
    return relink(c, List::of);
  }

  /**
   * Empties the incident tables and refills them with what the linker makes of the stored claims,
   * within the caller's transaction. The claims stream from the database in date order through
   * {@link LinkSweep}, and each incident the sweep finishes is written in batches: memory depends
   * on the claims within a few days of each other, not on the size of the store.
   *
   * <p>The analysts' decisions ({@link Decisions}) are applied to what the linker makes. An
   * incident none of whose claims a decision names is reviewed alone (its derived status, such as
   * contested) and written at once; the incidents holding a claim that a decision names are kept
   * aside until the sweep ends, because a merge may join incidents months apart, and are then
   * reviewed together. Memory for those grows with the decisions, not with the store.
   * {@code each} sees every reviewed incident before it is written (a seam for tests).
   */
  static Store.LinkSummary relink(Connection c, Function<Incident, List<Incident>> each) throws SQLException {
    List<Decision> decisions = DecisionRows.load(c);
    Set<ClaimRef> decided = new HashSet<>();
    for (Decision d : decisions) {
      decided.addAll(claimsOf(d));
    }
    for (String table : List.of("incident_figures", "incident_claims", "incidents")) {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table)) {
        s.executeUpdate();
      }
    }
    // On SQLite the secondary indexes of the incident tables are dropped while they are refilled
    // and made again at the end, in the same transaction: one sort each instead of an insert per row.
    List<String> indexes = dropSecondaryIndexes(c);
    Map<ClaimRef, LinkClaim> window = new HashMap<>();
    Map<ClaimRef, Where> wheres = new HashMap<>();
    // The confidences of the claims that need review (the others are confident): few, and only within reach.
    Map<ClaimRef, Confidence> doubts = new HashMap<>();
    List<Incident> heldIncidents = new ArrayList<>();
    Map<ClaimRef, LinkClaim> heldClaims = new HashMap<>();
    Map<ClaimRef, Where> heldWheres = new HashMap<>();
    Map<ClaimRef, Confidence> heldDoubts = new HashMap<>();
    try (IncidentWriter writer = new IncidentWriter(c);
         PreparedStatement s = c.prepareStatement(CLAIMS_BY_DATE)) {
      s.setFetchSize(FETCH);
      LinkSweep sweep = Linker.standard().sweep(linked -> {
        Map<ClaimRef, LinkClaim> own = new HashMap<>();
        Map<ClaimRef, Where> ownWheres = new HashMap<>();
        Map<ClaimRef, Confidence> ownDoubts = new HashMap<>();
        boolean touched = false;
        for (Incident.Member m : linked.members()) {
          own.put(m.ref(), window.remove(m.ref()));
          Where where = wheres.remove(m.ref());
          if (where != null) {
            ownWheres.put(m.ref(), where);
          }
          Confidence doubt = doubts.remove(m.ref());
          if (doubt != null) {
            ownDoubts.put(m.ref(), doubt);
          }
          touched |= decided.contains(m.ref());
        }
        if (touched) {
          heldIncidents.add(linked);
          heldClaims.putAll(own);
          heldWheres.putAll(ownWheres);
          heldDoubts.putAll(ownDoubts);
          return;
        }
        write(writer, Decisions.apply(List.of(linked), own, List.of()), ownWheres, ownDoubts, each);
      });
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String reportId = r.getString("report_id");
          StoredClaim claim = Rows.claim(r, reportId, List.of(), List.of());
          long townId = r.getLong("town_id");
          Optional<Town> town = r.wasNull() ? Optional.empty()
              : Optional.of(new Town(townId, r.getString("town_name"), r.getString("town_written")));
          LinkClaim linkable = linkable(claim, town, Optional.ofNullable(r.getString("unresolved_written")),
              new Published(Optional.ofNullable(r.getString("report_publisher")),
                  Optional.ofNullable(r.getString("report_published")).map(LocalDate::parse)));
          window.put(linkable.ref(), linkable);
          Where where = new Where(claim.country(), ClaimDistrict.of(r));
          if (where.country().isPresent() || where.district().isPresent()) {
            wheres.put(linkable.ref(), where);
          }
          if (claim.confidence().needsReview()) {
            doubts.put(linkable.ref(), claim.confidence());
          }
          sweep.add(linkable);
        }
      }
      sweep.finish();
      write(writer, Decisions.apply(heldIncidents, heldClaims, decisions), heldWheres, heldDoubts, each);
      writer.flush();
      for (String index : indexes) {
        try (Statement create = c.createStatement()) {
          create.execute(index);
        }
      }
      Summaries.rebuild(c);
      return new Store.LinkSummary(Math.toIntExact(sweep.claims()), writer.incidents, writer.corroborated);
    } catch (UncheckedSql e) {
      throw e.getCause();
    }
  }

  private static final List<String> INCIDENT_TABLES = List.of("incidents", "incident_claims", "incident_figures");

  /**
   * On SQLite, drops the indexes of the incident tables that no key or constraint needs (whatever
   * migrations made them) and returns the statements that make them again. Not on PostgreSQL,
   * where dropping an index locks the table against the readers a shared install has.
   */
  private static List<String> dropSecondaryIndexes(Connection c) throws SQLException {
    if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite")) {
      return List.of();
    }
    String query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (?, ?, ?)";
    Map<String, String> found = new java.util.LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < INCIDENT_TABLES.size(); i++) {
        s.setString(i + 1, INCIDENT_TABLES.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.put(r.getString(1), r.getString(2));
        }
      }
    }
    for (String name : found.keySet()) {
      try (Statement drop = c.createStatement()) {
        drop.execute("DROP INDEX " + name);
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * Writes the incidents after the decisions, each with its country, district and review mark
   * ({@link ReviewMark}, from the confidences of its claims: {@code doubts} holds those that need
   * review, any other claim is confident).
   */
  private static void write(IncidentWriter writer, List<Decisions.Reviewed> reviewed, Map<ClaimRef, Where> wheres,
      Map<ClaimRef, Confidence> doubts, Function<Incident, List<Incident>> each) {
    for (Decisions.Reviewed r : reviewed) {
      for (Incident i : each.apply(r.incident())) {
        Optional<String> country = i.members().stream().map(m -> wheres.get(m.ref())).filter(x -> x != null)
            .flatMap(w -> w.country().stream()).findFirst();
        ReviewMark mark = ReviewMark.of(i.status(), i.members().stream()
            .map(m -> doubts.getOrDefault(m.ref(), Confidence.certain())).toList());
        writer.add(i, r.statusReason(), country, District.of(i, wheres), mark);
      }
    }
  }

  /** What a claim says of where its incident lies, beyond what the linker reads: its country and its district. */
  record Where(Optional<String> country, Optional<ClaimDistrict> district) {
  }

  /**
   * The district a claim's resolved places lie in: one (they all agree, or one place has a
   * district and the others none) or several (they disagree). A claim whose places have no
   * district has none.
   */
  sealed interface ClaimDistrict {
    record One(District district) implements ClaimDistrict {
    }

    record Several() implements ClaimDistrict {
    }

    /** From the district columns of {@link #CLAIMS_BY_DATE}. */
    static Optional<ClaimDistrict> of(ResultSet r) throws SQLException {
      String low = r.getString("district_low");
      if (low == null) {
        return Optional.empty();
      }
      String admin1 = r.getString("district_admin1_low");
      if (!low.equals(r.getString("district_high")) || !admin1.equals(r.getString("district_admin1_high"))) {
        return Optional.of(new Several());
      }
      return Optional.of(new One(new District(low, admin1, r.getInt("district_approximate") != 0)));
    }
  }

  /**
   * An incident's district (admin2) and the governorate it lies in; approximate when a claim's
   * place got its district from the nearest district seat rather than from its gazetteer entry.
   */
  record District(String name, String governorate, boolean approximate) {
    /**
     * The district every claim of the incident that has one agrees on. None when two claims (or two
     * places of one claim) disagree, when no claim has one, when it lies outside the incident's
     * governorate (an analyst corrected the governorate), or when an analyst corrected the place
     * (its gazetteer id is then dropped, and the claims' places no longer speak for it).
     */
    static Optional<District> of(Incident incident, Map<ClaimRef, Where> wheres) {
      if (incident.placeName().isPresent() && incident.placeId().isEmpty()) {
        return Optional.empty();
      }
      String name = null;
      String governorate = null;
      boolean approximate = false;
      for (Incident.Member m : incident.members()) {
        Where where = wheres.get(m.ref());
        if (where == null || where.district().isEmpty()) {
          continue;
        }
        if (!(where.district().get() instanceof ClaimDistrict.One one)) {
          return Optional.empty();
        }
        District d = one.district();
        if (name == null) {
          name = d.name();
          governorate = d.governorate();
        } else if (!name.equals(d.name()) || !governorate.equalsIgnoreCase(d.governorate())) {
          return Optional.empty();
        }
        approximate |= d.approximate();
      }
      if (name == null || incident.admin1().isEmpty() || !incident.admin1().get().equalsIgnoreCase(governorate)) {
        return Optional.empty();
      }
      return Optional.of(new District(name, incident.admin1().get(), approximate));
    }
  }

  /** Every claim a decision names. */
  private static Set<ClaimRef> claimsOf(Decision d) {
    Set<ClaimRef> refs = new HashSet<>();
    if (d instanceof Decision.Merge m) {
      refs.addAll(m.claims());
    } else if (d instanceof Decision.Split sp) {
      refs.addAll(sp.moved());
      refs.addAll(sp.rest());
    } else if (d instanceof Decision.Correct co) {
      refs.addAll(co.anchor());
    } else if (d instanceof Decision.SetStatus st) {
      refs.addAll(st.anchor());
    }
    return refs;
  }

  /** An {@link SQLException} thrown from inside the sweep's callback, unwrapped by {@link #relink}. */
  private static final class UncheckedSql extends RuntimeException {
    UncheckedSql(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /** The place a claim resolved to at town precision, and how its report wrote it. */
  record Town(long geonameId, String name, String asWritten) {
  }

  /** Who published a claim's report, and on which day, when known. */
  record Published(Optional<String> publisher, Optional<LocalDate> day) {
  }

  /** Batched inserts of incidents, their claims and their figures. */
  private static final class IncidentWriter implements AutoCloseable {
    private final PreparedStatement inc;
    private final PreparedStatement member;
    private final PreparedStatement figure;
    private int pending;
    int incidents;
    int corroborated;

    IncidentWriter(Connection c) throws SQLException {
      inc = c.prepareStatement("INSERT INTO incidents (id, scope, status, date_from, date_to,"
          + " place_name, geonameid, admin1, actor, event_type, sub_event_type, sources, status_reason, country,"
          + " admin2, admin2_approximate, needs_review, review_reasons)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      member = c.prepareStatement("INSERT INTO incident_claims"
          + " (incident_id, seq, report_id, claim_id, explanation) VALUES (?, ?, ?, ?, ?)");
      figure = c.prepareStatement("INSERT INTO incident_figures"
          + " (incident_id, measure, low, best, high) VALUES (?, ?, ?, ?, ?)");
    }

    void add(Incident i, Optional<String> statusReason, Optional<String> country, Optional<District> district,
        ReviewMark review) {
      try {
        inc.setString(1, i.id());
        inc.setString(2, i.aggregate() ? "aggregate" : "single");
        inc.setString(3, i.status().label());
        inc.setString(4, from(i.when()).map(LocalDate::toString).orElse(null));
        inc.setString(5, to(i.when()).map(LocalDate::toString).orElse(null));
        inc.setString(6, i.placeName().orElse(null));
        setLong(inc, 7, i.placeId());
        inc.setString(8, i.admin1().orElse(null));
        inc.setString(9, i.actor().orElse(null));
        inc.setString(10, i.eventType().map(EventType::type).orElse(null));
        inc.setString(11, i.eventType().map(EventType::subType).orElse(null));
        inc.setString(12, String.join(Rows.LIST, i.sources()));
        inc.setString(13, statusReason.orElse(null));
        inc.setString(14, country.orElse(null));
        inc.setString(15, district.map(District::name).orElse(null));
        if (district.isPresent()) {
          inc.setInt(16, district.get().approximate() ? 1 : 0);
        } else {
          inc.setNull(16, Types.INTEGER);
        }
        inc.setInt(17, review.needsReview() ? 1 : 0);
        inc.setString(18, Rows.reasons(review.reasons()));
        inc.addBatch();
        int seq = 0;
        for (Incident.Member m : i.members()) {
          member.setString(1, i.id());
          member.setInt(2, seq++);
          member.setString(3, m.ref().reportId());
          member.setString(4, m.ref().claimId());
          member.setString(5, m.explanation());
          member.addBatch();
        }
        for (Map.Entry<Measure, Estimate> f : new TreeMap<>(i.figures()).entrySet()) {
          figure.setString(1, i.id());
          figure.setString(2, f.getKey().label());
          figure.setLong(3, f.getValue().low());
          figure.setLong(4, f.getValue().best());
          setLong(figure, 5, f.getValue().high());
          figure.addBatch();
        }
        incidents++;
        if (i.sources().size() >= 2) {
          corroborated++;
        }
        if (++pending >= BATCH) {
          flush();
        }
      } catch (SQLException e) {
        throw new UncheckedSql(e);
      }
    }

    /** Sends the pending rows, incidents first (their claims and figures refer to them). */
    void flush() {
      try {
        inc.executeBatch();
        member.executeBatch();
        figure.executeBatch();
        pending = 0;
      } catch (SQLException e) {
        throw new UncheckedSql(e);
      }
    }

    @Override
    public void close() throws SQLException {
      try (inc; member; figure) {
        // closes all three, even when one fails
      }
    }
  }

  /**
   * The linker's view of a stored claim, every figure with its qualifier (category figures stored
   * before schema v3 read as floors, "at least", which never invents an upper bound).
   */
  static LinkClaim linkable(StoredClaim claim, Published report) {
    Optional<Town> town = claim.places().stream()
        .filter(p -> p.outcome().equals("resolved") && p.geonameId().isPresent() && p.name().isPresent())
        .filter(p -> p.precision().map(x -> x == LocationPrecision.PLACE || x == LocationPrecision.NEAR_PLACE).orElse(false))
        .findFirst().map(p -> new Town(p.geonameId().getAsLong(), p.name().get(), p.asWritten()));
    Optional<String> unresolved = claim.places().stream().filter(p -> !p.outcome().equals("resolved"))
        .map(StoredClaim.StoredPlace::asWritten).findFirst();
    return linkable(claim, town, unresolved, report);
  }

  /**
   * The linker's view of a stored claim whose town and first unresolved place name (see {@link
   * #linkable(StoredClaim, Published)}) are known.
   */
  static LinkClaim linkable(StoredClaim claim, Optional<Town> town, Optional<String> unresolved, Published report) {
    Map<Measure, Count> figures = claim.figures().stated();
    Optional<String> admin1 = claim.admin1().map(a -> a.split(Rows.LIST, -1)[0]);
    String origin = !claim.sources().isEmpty() ? claim.sources().get(0)
        : report.publisher().orElse("report " + claim.reportId());
    return new LinkClaim(new ClaimRef(claim.reportId(), claim.id()), origin, claim.when(),
        town.map(t -> OptionalLong.of(t.geonameId())).orElse(OptionalLong.empty()),
        town.map(Town::name), admin1, claim.eventType(), claim.weapons(),
        claim.perpetrator().map(p -> p.actor()), claim.scope(), claim.partOf(), figures, report.day(),
        town.map(Town::asWritten).or(() -> unresolved).map(PlaceName::of));
  }

  static List<Incident> incidents(Connection c, IncidentFilter filter) throws SQLException {
    filter = filter.resolved(c);
    List<String> parts = new ArrayList<>();
    List<String> args = new ArrayList<>();
    IncidentQueries.filterConditions(filter, parts, args);
    filter.from().ifPresent(d -> {
      parts.add("COALESCE(date_to, date_from) >= ?");
      args.add(d.toString());
    });
    filter.to().ifPresent(d -> {
      parts.add("COALESCE(date_from, date_to) <= ?");
      args.add(d.toString());
    });
    StringBuilder sql = new StringBuilder("SELECT * FROM incidents WHERE 1 = 1");
    parts.forEach(part -> sql.append(" AND ").append(part));
    List<Incident> incidents = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setString(i + 1, args.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          incidents.add(incident(c, r));
        }
      }
    }
    // NULL dates sort first on SQLite and last on PostgreSQL: order in Java, as the linker does.
    incidents.sort(Comparator.comparing((Incident i) -> from(i.when()).or(() -> to(i.when())).orElse(LocalDate.MAX))
        .thenComparing(Incident::id));
    return incidents;
  }

  static Optional<Incident> incident(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT * FROM incidents WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(incident(c, r)) : Optional.empty();
      }
    }
  }

  static Optional<String> statusReason(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT status_reason FROM incidents WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
      }
    }
  }

  private static Incident incident(Connection c, ResultSet r) throws SQLException {
    String id = r.getString("id");
    Optional<LocalDate> from = Optional.ofNullable(r.getString("date_from")).map(LocalDate::parse);
    Optional<LocalDate> to = Optional.ofNullable(r.getString("date_to")).map(LocalDate::parse);
    When when = from.isPresent() && from.equals(to) ? new When.Day(from.get())
        : from.isEmpty() && to.isEmpty() ? When.UNKNOWN : new When.Between(from, to, DatePrecision.PERIOD);
    long geonameId = r.getLong("geonameid");
    OptionalLong placeId = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(geonameId);
    String type = r.getString("event_type");
    String subType = r.getString("sub_event_type");
    Optional<EventType> eventType = type == null || subType == null ? Optional.empty() : Optional.of(new EventType(type, subType));
    String sources = r.getString("sources");
    return new Incident(id, members(c, id), figures(c, id),
        sources.isEmpty() ? List.of() : List.of(sources.split(Rows.LIST, -1)),
        Incident.Status.valueOf(r.getString("status").toUpperCase(Locale.ROOT)), when, placeId,
        Optional.ofNullable(r.getString("place_name")), Optional.ofNullable(r.getString("admin1")),
        Optional.ofNullable(r.getString("actor")), eventType, r.getString("scope").equals("aggregate"));
  }

  private static List<Incident.Member> members(Connection c, String id) throws SQLException {
    List<Incident.Member> members = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT report_id, claim_id, explanation FROM incident_claims WHERE incident_id = ? ORDER BY seq")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          members.add(new Incident.Member(new ClaimRef(r.getString(1), r.getString(2)), r.getString(3)));
        }
      }
    }
    return members;
  }

  private static Map<Measure, Estimate> figures(Connection c, String id) throws SQLException {
    Map<Measure, Estimate> figures = new EnumMap<>(Measure.class);
    try (PreparedStatement s = c.prepareStatement(
        "SELECT measure, low, best, high FROM incident_figures WHERE incident_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long low = r.getLong(2);
          long best = r.getLong(3);
          long high = r.getLong(4);
          OptionalLong open = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(high);
          figures.put(Measure.fromLabel(r.getString(1)), new Estimate(low, best, open));
        }
      }
    }
    return figures;
  }

  private static Optional<LocalDate> from(When when) {
    return when instanceof When.Day d ? Optional.of(d.date()) : when instanceof When.Between b ? b.from() : Optional.empty();
  }

  private static Optional<LocalDate> to(When when) {
    return when instanceof When.Day d ? Optional.of(d.date()) : when instanceof When.Between b ? b.to() : Optional.empty();
  }

  private static void setLong(PreparedStatement s, int i, OptionalLong value) throws SQLException {
    if (value.isPresent()) {
      s.setLong(i, value.getAsLong());
    } else {
      s.setNull(i, Types.BIGINT);
    }
  }
}
