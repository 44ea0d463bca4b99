package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.link.LinkClaim;
import observatory.review.Correction;
import observatory.review.Decision;
import observatory.review.Decisions;

/** The decisions and audit_log tables: analysts' decisions stored, read back and applied; the audit trail. */
final class DecisionRows {
  private DecisionRows() {
  }

  /** The linker's incidents after every stored decision. */
  static List<Decisions.Reviewed> apply(Connection c, List<Incident> linked, List<LinkClaim> claims) throws SQLException {
    Map<ClaimRef, LinkClaim> byRef = new HashMap<>();
    claims.forEach(claim -> byRef.put(claim.ref(), claim));
    return Decisions.apply(linked, byRef, load(c));
  }

  static List<Decision> load(Connection c) throws SQLException {
    Map<Long, Map<String, Set<ClaimRef>>> claims = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT decision_seq, role, report_id, claim_id FROM decision_claims");
         ResultSet r = s.executeQuery()) {
      while (r.next()) {
        claims.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).computeIfAbsent(r.getString(2), k -> new HashSet<>())
            .add(new ClaimRef(r.getString(3), r.getString(4)));
      }
    }
    List<Decision> decisions = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT seq, kind, field, value, reason FROM decisions ORDER BY seq");
         ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long seq = r.getLong(1);
        Map<String, Set<ClaimRef>> roles = claims.getOrDefault(seq, Map.of());
        Set<ClaimRef> anchor = roles.getOrDefault("anchor", Set.of());
        String reason = r.getString(5);
        decisions.add(switch (r.getString(2)) {
          case "merge" -> new Decision.Merge(seq, anchor, reason);
          case "split" -> new Decision.Split(seq, roles.getOrDefault("moved", Set.of()), roles.getOrDefault("rest", Set.of()), reason);
          case "correct" -> new Decision.Correct(seq, anchor, Correction.stored(r.getString(3), r.getString(4)), reason);
          case "status" -> new Decision.SetStatus(seq, anchor, status(r.getString(4)), reason);
          default -> throw new SQLException("decision " + seq + " has an unknown kind '" + r.getString(2) + "'");
        });
      }
    }
    return decisions;
  }

  /** A stored status value: a status's label, or "derived" for none. */
  static Optional<Incident.Status> status(String value) {
    return value.equals("derived") ? Optional.empty() : Optional.of(Incident.Status.valueOf(value.toUpperCase(Locale.ROOT)));
  }

  /** Stores a decision and the claims it is about (role to claims); returns its seq. */
  static long record(Connection c, String kind, String field, String value, String reason, String by, Instant at,
      Map<String, ? extends Iterable<ClaimRef>> claims) throws SQLException {
    long seq = next(c, "decisions");
    try (PreparedStatement s = c.prepareStatement("INSERT INTO decisions (seq, kind, field, value, reason, decided_by,"
        + " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, seq);
      s.setString(2, kind);
      s.setString(3, field);
      s.setString(4, value);
      s.setString(5, reason);
      s.setString(6, by);
      s.setString(7, at.toString());
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO decision_claims (decision_seq, role, report_id, claim_id) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<String, ? extends Iterable<ClaimRef>> role : claims.entrySet()) {
        for (ClaimRef ref : role.getValue()) {
          s.setLong(1, seq);
          s.setString(2, role.getKey());
          s.setString(3, ref.reportId());
          s.setString(4, ref.claimId());
          s.addBatch();
        }
      }
      s.executeBatch();
    }
    return seq;
  }

  static AuditEntry audit(Connection c, long decision, String by, Instant at, String action, String incident,
      Optional<String> field, String before, String after, String reason) throws SQLException {
    long seq = next(c, "audit_log");
    try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (seq, at, by_whom, action, incident_id, field,"
        + " before_value, after_value, reason, decision_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, seq);
      s.setString(2, at.toString());
      s.setString(3, by);
      s.setString(4, action);
      s.setString(5, incident);
      s.setString(6, field.orElse(null));
      s.setString(7, before);
      s.setString(8, after);
      s.setString(9, reason);
      s.setLong(10, decision);
      s.executeUpdate();
    }
    return new AuditEntry(seq, at, by, action, incident, field, before, after, reason, decision);
  }

  /**
   * The audit log, oldest first. With an incident: the entries that name it (as the incident
   * changed, or among the incidents a merge or split made or unmade), and those whose decision is
   * about one of its claims (so the history follows the claims when ids change).
   */
  static List<AuditEntry> audit(Connection c, Optional<String> incident) throws SQLException {
    // A merge or split names the incidents it made and unmade in before and after.
    String sql = "SELECT * FROM audit_log" + (incident.isEmpty() ? ""
        : " WHERE incident_id = ? OR before_value LIKE ? OR after_value LIKE ? OR decision_seq IN"
        + " (SELECT d.decision_seq FROM decision_claims d JOIN incident_claims i"
        + " ON i.report_id = d.report_id AND i.claim_id = d.claim_id WHERE i.incident_id = ?)") + " ORDER BY seq";
    Map<Long, AuditEntry> entries = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (incident.isPresent()) {
        String id = incident.get().strip();
        String named = "%" + id.replace("%", "").replace("_", "") + " (%";
        s.setString(1, id);
        s.setString(2, named);
        s.setString(3, named);
        s.setString(4, id);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.put(r.getLong("seq"), new AuditEntry(r.getLong("seq"), Instant.parse(r.getString("at")),
              r.getString("by_whom"), r.getString("action"), r.getString("incident_id"),
              Optional.ofNullable(r.getString("field")), r.getString("before_value"), r.getString("after_value"),
              r.getString("reason"), r.getLong("decision_seq")));
        }
      }
    }
    return List.copyOf(entries.values());
  }

  /** The next seq of a table. Writers take turns (one transaction each), so max + 1 does not collide. */
  private static long next(Connection c, String table) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table);
         ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
