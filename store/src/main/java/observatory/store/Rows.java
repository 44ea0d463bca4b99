package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import observatory.claim.Attribution;
import observatory.claim.Category;
import observatory.claim.Claim;
import observatory.claim.Confidence;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.Evidence;
import observatory.claim.Perpetrator;
import observatory.claim.PlaceMention;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.extract.Extraction;
import observatory.geo.Districts;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import observatory.geo.Resolution;
import observatory.report.Report;

/** Core records to rows and back. Plain JDBC; every statement is portable between the engines. */
final class Rows {
  /** The separator of list values (weapons, sources, governorates) kept in one column. */
  static final String LIST = "; ";
  private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

  private Rows() {
  }

  private static final String INSERT_REPORT = "INSERT INTO reports (id, title, publisher, url, published, language,"
      + " text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  static IngestResult insert(Connection c, Extraction extraction) throws SQLException {
    Report report = extraction.report();
    // ON CONFLICT DO NOTHING (SQLite 3.24+, PostgreSQL 9.5+): a report stored meanwhile by another
    // writer is "already known", not an error.
    int inserted;
    try (PreparedStatement s = c.prepareStatement(INSERT_REPORT + " ON CONFLICT (id) DO NOTHING")) {
      bindReport(s, report);
      inserted = s.executeUpdate();
    }
    if (inserted == 0) {
      return new IngestResult.AlreadyKnown(report.id());
    }
    try (ClaimRows rows = new ClaimRows(c)) {
      IngestResult result = rows.add(extraction);
      rows.execute();
      return result;
    }
  }

  /**
   * Several reports with a handful of round trips: which are known already, then one batch per
   * table. A report stored meanwhile by another writer makes the batch fail (primary key); the
   * caller then stores the reports one by one.
   */
  static List<IngestResult> insertAll(Connection c, List<Extraction> extractions) throws SQLException {
    Set<String> known = new HashSet<>();
    List<String> ids = extractions.stream().map(e -> e.report().id()).distinct().toList();
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM reports WHERE id IN ("
        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        s.setString(i + 1, ids.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          known.add(r.getString(1));
        }
      }
    }
    List<IngestResult> results = new ArrayList<>();
    try (PreparedStatement reports = c.prepareStatement(INSERT_REPORT); ClaimRows rows = new ClaimRows(c)) {
      for (Extraction e : extractions) {
        if (!known.add(e.report().id())) {  // stored before, or earlier in this batch
          results.add(new IngestResult.AlreadyKnown(e.report().id()));
          continue;
        }
        bindReport(reports, e.report());
        reports.addBatch();
        results.add(rows.add(e));
      }
      reports.executeBatch();
      rows.execute();
    }
    return results;
  }

  private static void bindReport(PreparedStatement s, Report report) throws SQLException {
    s.setString(1, report.id());
    s.setString(2, report.title().orElse(null));
    s.setString(3, report.publisher().orElse(null));
    s.setString(4, report.url().orElse(null));
    s.setString(5, report.published().map(LocalDate::toString).orElse(null));
    s.setString(6, report.language());
    s.setString(7, report.text());
    s.setString(8, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
  }

  /** Batched inserts of claims with their places and evidence; {@link #execute} sends them. */
  private static final class ClaimRows implements AutoCloseable {
    private final PreparedStatement claims;
    private final PreparedStatement placeRows;
    private final PreparedStatement evidenceRows;

    ClaimRows(Connection c) throws SQLException {
      claims = c.prepareStatement(
          "INSERT INTO claims (report_id, claim_id, scope, part_of, date, date_from, date_to, date_precision,"
              + " perpetrator, attribution, weapons, sources, event_type, sub_event_type,"
              + " killed, killed_qualifier, killed_low, killed_high,"
              + " civilians_killed, children_killed, women_killed, combatants_killed, wounded,"
              + " admin1, country, geo_precision, confidence, review_reasons," + Qualifiers.COLUMNS + ")"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + Qualifiers.PARAMETERS + ")");
      placeRows = c.prepareStatement(
          "INSERT INTO claim_places (report_id, claim_id, seq, as_written, span_start, span_end, outcome,"
              + " name, geonameid, lat, lon, admin1, admin2, place_precision, admin2_approximate)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      evidenceRows = c.prepareStatement(
          "INSERT INTO evidence (report_id, claim_id, seq, field, span_start, span_end, text)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    IngestResult.Stored add(Extraction extraction) throws SQLException {
      String reportId = extraction.report().id();
      int places = 0;
      int evidence = 0;
      for (Claim claim : extraction.claims()) {
        bindClaim(claims, reportId, claim, extraction.eventType());
        claims.addBatch();
        int seq = 0;
        for (PlaceMention p : claim.places()) {
          bindPlace(placeRows, reportId, claim.id(), seq++, p);
          placeRows.addBatch();
          places++;
        }
        seq = 0;
        for (Evidence e : claim.evidence()) {
          evidenceRows.setString(1, reportId);
          evidenceRows.setString(2, claim.id());
          evidenceRows.setInt(3, seq++);
          evidenceRows.setString(4, lower(e.field()));
          evidenceRows.setInt(5, e.span().start());
          evidenceRows.setInt(6, e.span().end());
          evidenceRows.setString(7, e.text());
          evidenceRows.addBatch();
          evidence++;
        }
      }
      return new IngestResult.Stored(reportId, extraction.claims().size(), places, evidence);
    }

    /** One round trip per table; claims first, as places and evidence refer to them. */
    void execute() throws SQLException {
      claims.executeBatch();
      placeRows.executeBatch();
      evidenceRows.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      try (claims; placeRows; evidenceRows) {
        // closes all three, even when one fails
      }
    }
  }

  private static void bindClaim(PreparedStatement s, String reportId, Claim claim, Optional<EventType> documentType)
      throws SQLException {
    int i = 1;
    s.setString(i++, reportId);
    s.setString(i++, claim.id());
    s.setString(i++, lower(claim.scope()));
    s.setString(i++, claim.partOf().orElse(null));
    When when = claim.when();
    s.setString(i++, when instanceof When.Day d ? d.date().toString() : null);
    s.setString(i++, when instanceof When.Between b ? b.from().map(LocalDate::toString).orElse(null) : null);
    s.setString(i++, when instanceof When.Between b ? b.to().map(LocalDate::toString).orElse(null) : null);
    s.setString(i++, when instanceof When.Day ? lower(DatePrecision.DAY)
        : when instanceof When.Between b ? lower(b.precision()) : null);
    s.setString(i++, claim.perpetrator().map(Perpetrator::actor).orElse(null));
    s.setString(i++, claim.perpetrator().map(p -> p.attribution().label()).orElse(null));
    s.setString(i++, joined(claim.weapons()));
    s.setString(i++, joined(claim.sources()));
    // A claim without its own type takes the document's, as the JSON export does.
    Optional<EventType> type = claim.eventType().or(() -> documentType);
    s.setString(i++, type.map(EventType::type).orElse(null));
    s.setString(i++, type.map(EventType::subType).orElse(null));
    Optional<Count> killed = claim.casualties().killed();
    setLong(s, i++, killed.map(k -> OptionalLong.of(k.figure())).orElse(OptionalLong.empty()));
    s.setString(i++, killed.map(k -> k.qualifier().label()).orElse(null));
    setLong(s, i++, killed.map(Count::low).orElse(OptionalLong.empty()));
    setLong(s, i++, killed.map(Count::high).orElse(OptionalLong.empty()));
    for (Category category : List.of(Category.CIVILIANS, Category.CHILDREN, Category.WOMEN, Category.COMBATANTS)) {
      setLong(s, i++, figure(claim.casualties().killed(category)));
    }
    setLong(s, i++, figure(claim.casualties().wounded()));
    s.setString(i++, admin1(claim));
    s.setString(i++, country(claim));
    Optional<LocationPrecision> precision = claim.locationPrecision();
    if (precision.isPresent()) {
      s.setInt(i++, precision.get().acledGeoPrecision());
    } else {
      s.setNull(i++, Types.INTEGER);
    }
    s.setDouble(i++, claim.confidence().value());
    s.setString(i++, reasons(claim.confidence().reasons()));
    Qualifiers.bind(s, i, claim.casualties());
  }

  private static void bindPlace(PreparedStatement s, String reportId, String claimId, int seq, PlaceMention p)
      throws SQLException {
    s.setString(1, reportId);
    s.setString(2, claimId);
    s.setInt(3, seq);
    s.setString(4, p.asWritten());
    s.setInt(5, p.span().start());
    s.setInt(6, p.span().end());
    Resolution r = p.resolution();
    s.setString(7, r instanceof Resolution.Resolved ? "resolved" : r instanceof Resolution.Ambiguous ? "ambiguous" : "not_found");
    if (r instanceof Resolution.Resolved res) {
      Place place = res.place();
      s.setString(8, place.name());
      setLong(s, 9, place.geonameId());
      s.setDouble(10, place.latitude());
      s.setDouble(11, place.longitude());
      s.setString(12, place.admin1().orElse(null));
      s.setString(13, place.admin2().orElse(null));
      s.setString(14, lower(res.precision()));
      if (place.admin2().isPresent()) {
        s.setInt(15, Districts.isApproximate(place) ? 1 : 0);
      } else {
        s.setNull(15, Types.INTEGER);
      }
    } else {
      s.setNull(8, Types.VARCHAR);
      s.setNull(9, Types.BIGINT);
      s.setNull(10, Types.DOUBLE);
      s.setNull(11, Types.DOUBLE);
      s.setNull(12, Types.VARCHAR);
      s.setNull(13, Types.VARCHAR);
      s.setNull(14, Types.VARCHAR);
      s.setNull(15, Types.INTEGER);
    }
  }

  /** The governorates of the claim's places, else the one its context gives. */
  private static String admin1(Claim claim) {
    Set<String> admin1 = new LinkedHashSet<>();
    claim.places().forEach(p -> p.admin1().ifPresent(admin1::add));
    if (admin1.isEmpty()) {
      claim.region().flatMap(Place::admin1).ifPresent(admin1::add);
    }
    return admin1.isEmpty() ? null : String.join(LIST, admin1);
  }

  private static String country(Claim claim) {
    return claim.places().stream().flatMap(p -> p.place().stream()).map(Place::countryCode)
        .filter(code -> code != null && !code.isBlank()).findFirst()
        .or(() -> claim.region().map(Place::countryCode)).orElse(null);
  }

  static Optional<StoredReport> report(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id, title, publisher, url, published, language, text, ingested_at FROM reports WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredReport(r.getString("id"), text(r, "title"), text(r, "publisher"),
            text(r, "url"), text(r, "published").map(LocalDate::parse), r.getString("language"),
            r.getString("text"), Instant.parse(r.getString("ingested_at"))));
      }
    }
  }

  static List<StoredClaim> claims(Connection c, String reportId) throws SQLException {
    Map<String, List<StoredClaim.StoredPlace>> places = places(c, reportId);
    Map<String, List<Evidence>> evidence = evidence(c, reportId);
    List<StoredClaim> claims = new ArrayList<>();
    // rowid / ctid order is not portable; claims come back in id order ("c1", "c2", ..., "c10" by length first).
    try (PreparedStatement s = c.prepareStatement(
        "SELECT * FROM claims WHERE report_id = ? ORDER BY LENGTH(claim_id), claim_id")) {
      s.setString(1, reportId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString("claim_id");
          claims.add(claim(r, reportId, places.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of())));
        }
      }
    }
    return claims;
  }

  /** The claim on the current row of a query over {@code claims}, with the places and evidence given. */
  static StoredClaim claim(ResultSet r, String reportId, List<StoredClaim.StoredPlace> places, List<Evidence> evidence)
      throws SQLException {
    String attribution = r.getString("attribution");
    String subType = r.getString("sub_event_type");
    return new StoredClaim(reportId, r.getString("claim_id"),
        Scope.valueOf(r.getString("scope").toUpperCase(Locale.ROOT)),
        text(r, "part_of"),
        when(r),
        text(r, "perpetrator").map(actor -> new Perpetrator(actor, attribution(attribution))),
        list(r.getString("weapons")),
        list(r.getString("sources")),
        text(r, "event_type").map(t -> new EventType(t, subType)),
        figures(r),
        text(r, "admin1"),
        text(r, "country"),
        integer(r, "geo_precision"),
        places,
        evidence,
        new Confidence(r.getDouble("confidence"), reasons(r.getString("review_reasons"))));
  }

  /**
   * Reasons as one column holds them: one a line, a reason's own line breaks (which no reason
   * needs) written as spaces; none is NULL.
   */
  static String reasons(List<String> reasons) {
    if (reasons.isEmpty()) {
      return null;
    }
    List<String> lines = new ArrayList<>(reasons.size());
    for (String reason : reasons) {
      lines.add(LINE_BREAKS.matcher(reason).replaceAll(" "));
    }
    return String.join("\n", lines);
  }

  /** The reasons of a column written by {@link #reasons(List)}. */
  static List<String> reasons(String column) {
    return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n", -1));
  }

  private static Map<String, List<StoredClaim.StoredPlace>> places(Connection c, String reportId) throws SQLException {
    Map<String, List<StoredClaim.StoredPlace>> byClaim = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT * FROM claim_places WHERE report_id = ? ORDER BY claim_id, seq")) {
      s.setString(1, reportId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          double lat = r.getDouble("lat");
          boolean noLat = r.wasNull();
          double lon = r.getDouble("lon");
          Optional<StoredClaim.Point> point = noLat || r.wasNull()
              ? Optional.empty() : Optional.of(new StoredClaim.Point(lat, lon));
          byClaim.computeIfAbsent(r.getString("claim_id"), k -> new ArrayList<>()).add(new StoredClaim.StoredPlace(
              r.getString("as_written"),
              Span.of(r.getInt("span_start"), r.getInt("span_end")),
              r.getString("outcome"),
              text(r, "name"),
              number(r, "geonameid"),
              point,
              text(r, "admin1"),
              text(r, "admin2"),
              text(r, "place_precision").map(p -> LocationPrecision.valueOf(p.toUpperCase(Locale.ROOT)))));
        }
      }
    }
    return byClaim;
  }

  private static Map<String, List<Evidence>> evidence(Connection c, String reportId) throws SQLException {
    Map<String, List<Evidence>> byClaim = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT * FROM evidence WHERE report_id = ? ORDER BY claim_id, seq")) {
      s.setString(1, reportId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          byClaim.computeIfAbsent(r.getString("claim_id"), k -> new ArrayList<>()).add(new Evidence(
              Evidence.Field.valueOf(r.getString("field").toUpperCase(Locale.ROOT)),
              Span.of(r.getInt("span_start"), r.getInt("span_end")),
              r.getString("text")));
        }
      }
    }
    return byClaim;
  }

  private static When when(ResultSet r) throws SQLException {
    Optional<LocalDate> day = text(r, "date").map(LocalDate::parse);
    if (day.isPresent()) {
      return new When.Day(day.get());
    }
    Optional<LocalDate> from = text(r, "date_from").map(LocalDate::parse);
    Optional<LocalDate> to = text(r, "date_to").map(LocalDate::parse);
    if (from.isEmpty() && to.isEmpty()) {
      return When.UNKNOWN;
    }
    DatePrecision precision = text(r, "date_precision").map(p -> DatePrecision.valueOf(p.toUpperCase(Locale.ROOT)))
        .orElse(DatePrecision.PERIOD);
    return new When.Between(from, to, precision);
  }

  private static StoredClaim.Figures figures(ResultSet r) throws SQLException {
    Map<Category, Long> killedBy = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      OptionalLong n = number(r, category.label() + "_killed");
      if (n.isPresent()) {
        killedBy.put(category, n.getAsLong());
      }
    }
    return new StoredClaim.Figures(number(r, "killed"), text(r, "killed_qualifier").map(Qualifier::fromLabel),
        number(r, "killed_low"), number(r, "killed_high"), killedBy, number(r, "wounded"), Qualifiers.read(r));
  }

  private static Attribution attribution(String label) {
    for (Attribution a : Attribution.values()) {
      if (a.label().equals(label)) {
        return a;
      }
    }
    return Attribution.STATED;
  }

  private static Optional<String> text(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }

  private static OptionalLong number(ResultSet r, String column) throws SQLException {
    long n = r.getLong(column);
    return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(n);
  }

  private static OptionalInt integer(ResultSet r, String column) throws SQLException {
    int n = r.getInt(column);
    return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(n);
  }

  private static List<String> list(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(LIST, -1));
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(LIST, values);
  }

  private static OptionalLong figure(Optional<Count> count) {
    return count.map(k -> OptionalLong.of(k.figure())).orElse(OptionalLong.empty());
  }

  private static void setLong(PreparedStatement s, int i, OptionalLong value) throws SQLException {
    if (value.isPresent()) {
      s.setLong(i, value.getAsLong());
    } else {
      s.setNull(i, Types.BIGINT);
    }
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
