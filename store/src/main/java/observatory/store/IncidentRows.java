package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.When;
import observatory.geo.LocationPrecision;
import observatory.link.ClaimRef;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.LinkClaim;
import observatory.link.Linker;
import observatory.link.Measure;
import observatory.review.Decisions;

/** The incident tables: recomputing them from the stored claims, and reading them back. */
final class IncidentRows {
  private IncidentRows() {
  }

  static Store.LinkSummary relink(Connection c) throws SQLException {
    Map<String, Optional<String>> publishers = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, publisher FROM reports ORDER BY id");
         ResultSet r = s.executeQuery()) {
      while (r.next()) {
        publishers.put(r.getString("id"), Optional.ofNullable(r.getString("publisher")));
      }
    }
    List<LinkClaim> claims = new ArrayList<>();
    Map<ClaimRef, String> countries = new HashMap<>();
    for (Map.Entry<String, Optional<String>> report : publishers.entrySet()) {
      for (StoredClaim claim : Rows.claims(c, report.getKey())) {
        claims.add(linkable(claim, report.getValue()));
        claim.country().ifPresent(country -> countries.put(new ClaimRef(claim.reportId(), claim.id()), country));
      }
    }
    // The analysts' decisions, applied to what the linker makes (observatory.review.Decisions).
    List<Decisions.Reviewed> reviewed = DecisionRows.apply(c, Linker.standard().link(claims), claims);
    List<Incident> incidents = reviewed.stream().map(Decisions.Reviewed::incident).toList();

    for (String table : List.of("incident_figures", "incident_claims", "incidents")) {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table)) {
        s.executeUpdate();
      }
    }
    try (PreparedStatement inc = c.prepareStatement("INSERT INTO incidents (id, scope, status, date_from, date_to,"
            + " place_name, geonameid, admin1, actor, event_type, sub_event_type, sources, status_reason, country)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement member = c.prepareStatement("INSERT INTO incident_claims"
            + " (incident_id, seq, report_id, claim_id, explanation) VALUES (?, ?, ?, ?, ?)");
         PreparedStatement figure = c.prepareStatement("INSERT INTO incident_figures"
            + " (incident_id, measure, low, best, high) VALUES (?, ?, ?, ?, ?)")) {
      for (Decisions.Reviewed reviewedIncident : reviewed) {
        Incident i = reviewedIncident.incident();
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
        inc.setString(13, reviewedIncident.statusReason().orElse(null));
        inc.setString(14, i.members().stream().map(m -> countries.get(m.ref())).filter(x -> x != null).findFirst().orElse(null));
        inc.executeUpdate();
        int seq = 0;
        for (Incident.Member m : i.members()) {
          member.setString(1, i.id());
          member.setInt(2, seq++);
          member.setString(3, m.ref().reportId());
          member.setString(4, m.ref().claimId());
          member.setString(5, m.explanation());
          member.addBatch();
        }
        member.executeBatch();
        for (Map.Entry<Measure, Estimate> f : new java.util.TreeMap<>(i.figures()).entrySet()) {
          figure.setString(1, i.id());
          figure.setString(2, f.getKey().label());
          figure.setLong(3, f.getValue().low());
          figure.setLong(4, f.getValue().best());
          setLong(figure, 5, f.getValue().high());
          figure.addBatch();
        }
        figure.executeBatch();
      }
    }
    int corroborated = (int) incidents.stream().filter(i -> i.sources().size() >= 2).count();
    Summaries.rebuild(c);
    return new Store.LinkSummary(claims.size(), incidents.size(), corroborated);
  }

  /**
   * The linker's view of a stored claim, every figure with its qualifier (category figures stored
   * before schema v3 read as floors, "at least", which never invents an upper bound).
   */
  static LinkClaim linkable(StoredClaim claim, Optional<String> publisher) {
    Map<Measure, Count> figures = claim.figures().stated();
    Optional<StoredClaim.StoredPlace> town = claim.places().stream()
        .filter(p -> p.outcome().equals("resolved") && p.geonameId().isPresent() && p.name().isPresent())
        .filter(p -> p.precision().map(x -> x == LocationPrecision.PLACE || x == LocationPrecision.NEAR_PLACE).orElse(false))
        .findFirst();
    Optional<String> admin1 = claim.admin1().map(a -> a.split(Rows.LIST, -1)[0]);
    String origin = !claim.sources().isEmpty() ? claim.sources().get(0) : publisher.orElse("report " + claim.reportId());
    return new LinkClaim(new ClaimRef(claim.reportId(), claim.id()), origin, claim.when(),
        town.map(StoredClaim.StoredPlace::geonameId).orElse(OptionalLong.empty()),
        town.flatMap(StoredClaim.StoredPlace::name), admin1, claim.eventType(), claim.weapons(),
        claim.perpetrator().map(p -> p.actor()), claim.scope(), claim.partOf(), figures);
  }

  static List<Incident> incidents(Connection c, IncidentFilter filter) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT * FROM incidents WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    filter.region().ifPresent(r -> {
      sql.append(" AND LOWER(admin1) = ?");
      args.add(r.toLowerCase(Locale.ROOT));
    });
    filter.from().ifPresent(d -> {
      sql.append(" AND COALESCE(date_to, date_from) >= ?");
      args.add(d.toString());
    });
    filter.to().ifPresent(d -> {
      sql.append(" AND COALESCE(date_from, date_to) <= ?");
      args.add(d.toString());
    });
    filter.actor().ifPresent(a -> {
      sql.append(" AND LOWER(actor) LIKE ?");
      args.add("%" + a.toLowerCase(Locale.ROOT) + "%");
    });
    filter.type().ifPresent(t -> {
      sql.append(" AND (LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)");
      args.add(t.toLowerCase(Locale.ROOT));
      args.add(t.toLowerCase(Locale.ROOT));
    });
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
