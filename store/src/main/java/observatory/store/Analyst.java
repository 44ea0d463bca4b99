package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.review.Correction;

/**
 * The analyst's changes: each checks its input against the incidents as stored, records a durable
 * decision about claims, recomputes the incidents (so the decision is applied exactly as every later
 * relink will apply it) and writes the audit entry. Runs inside one transaction: a refused change
 * changes nothing.
 */
final class Analyst {
  private Analyst() {
  }

  static AuditEntry merge(Connection c, String first, String second, String reason, String by) throws SQLException {
    checkWho(reason, by);
    Incident a = incident(c, first);
    Incident b = incident(c, second);
    if (a.id().equals(b.id())) {
      throw new ReviewException("cannot merge incident " + a.id() + " with itself; name two incidents");
    }
    if (a.aggregate() != b.aggregate()) {
      Incident total = a.aggregate() ? a : b;
      throw new ReviewException("cannot merge " + a.id() + " and " + b.id() + ": " + total.id()
          + " is a total or tally and the other a single event; merging would add a total to its parts");
    }
    Set<ClaimRef> claims = new LinkedHashSet<>(refs(a));
    claims.addAll(refs(b));
    Instant at = now();
    long decision = DecisionRows.record(c, "merge", null, null, reason.strip(), by, at, Map.of("anchor", claims));
    IncidentRows.relink(c);
    Incident merged = holder(c, refs(a).get(0));
    return DecisionRows.audit(c, decision, by, at, "merge", a.id(), Optional.empty(),
        describe(a) + " + " + describe(b), describe(merged), reason.strip());
  }

  static AuditEntry split(Connection c, String id, List<String> claimTexts, String reason, String by) throws SQLException {
    checkWho(reason, by);
    Incident incident = incident(c, id);
    if (claimTexts.isEmpty()) {
      throw new ReviewException("no claims given to split off " + incident.id() + "; name them as REPORT:CLAIM, one of: "
          + String.join(", ", refs(incident).stream().map(Analyst::name).toList()));
    }
    Set<ClaimRef> moved = new LinkedHashSet<>();
    for (String text : claimTexts) {
      moved.add(claim(incident, text));
    }
    List<ClaimRef> rest = refs(incident).stream().filter(r -> !moved.contains(r)).toList();
    if (rest.isEmpty()) {
      throw new ReviewException("cannot split all the claims of " + incident.id() + " off: nothing would be left;"
          + " name the claims that are another event");
    }
    Instant at = now();
    long decision = DecisionRows.record(c, "split", null, null, reason.strip(), by, at,
        Map.of("moved", moved, "rest", rest));
    IncidentRows.relink(c);
    Incident left = holder(c, rest.get(0));
    Incident out = holder(c, moved.iterator().next());
    return DecisionRows.audit(c, decision, by, at, "split", incident.id(), Optional.empty(), describe(incident),
        describe(left) + " + " + describe(out), reason.strip());
  }

  static AuditEntry correct(Connection c, String id, String field, String value, String reason, String by)
      throws SQLException {
    checkWho(reason, by);
    Incident incident = incident(c, id);
    Correction correction;
    try {
      correction = Correction.parse(field, value, incident);
    } catch (IllegalArgumentException e) {
      throw new ReviewException("cannot correct " + incident.id() + ": " + e.getMessage());
    }
    String name = field.strip().toLowerCase(Locale.ROOT);
    String before = Correction.current(name, incident);
    Instant at = now();
    long decision = DecisionRows.record(c, "correct", correction.field(), correction.value(), reason.strip(), by, at,
        Map.of("anchor", refs(incident)));
    IncidentRows.relink(c);
    Incident after = holder(c, refs(incident).get(0));
    return DecisionRows.audit(c, decision, by, at, "correct", incident.id(), Optional.of(name), before,
        Correction.current(name, after), reason.strip());
  }

  /** The statuses an analyst sets; "derived" goes back to the one the sources give. */
  static final List<String> SETTABLE = List.of("verified", "contested", "discounted", "derived");

  static AuditEntry status(Connection c, String id, String status, String reason, String by) throws SQLException {
    checkWho(reason, by);
    Incident incident = incident(c, id);
    String value = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    if (!SETTABLE.contains(value)) {
      throw new ReviewException("cannot set the status of " + incident.id() + " to '" + status + "': an analyst sets "
          + String.join(", ", SETTABLE.subList(0, 3)) + ", or 'derived' for the status its sources give"
          + " (reported, corroborated or contested)");
    }
    Instant at = now();
    long decision = DecisionRows.record(c, "status", "status", value, reason.strip(), by, at,
        Map.of("anchor", refs(incident)));
    IncidentRows.relink(c);
    Incident after = holder(c, refs(incident).get(0));
    return DecisionRows.audit(c, decision, by, at, "status", incident.id(), Optional.of("status"),
        incident.status().label(), after.status().label(), reason.strip());
  }

  private static void checkWho(String reason, String by) {
    if (reason == null || reason.isBlank()) {
      throw new ReviewException("no reason given; every change needs one (--reason \"...\")");
    }
    if (by == null || by.isBlank()) {
      throw new ReviewException("no analyst named; say who makes the change (--by NAME)");
    }
  }

  private static Incident incident(Connection c, String id) throws SQLException {
    if (id == null || id.isBlank()) {
      throw new ReviewException("no incident named; give an id from 'observatory incidents'");
    }
    return IncidentRows.incident(c, id.strip()).orElseThrow(() -> new ReviewException("no incident '" + id.strip()
        + "'; list them with 'observatory incidents' (ids change when claims regroup; 'observatory audit' shows the changes)"));
  }

  /** The claim a text names among the incident's: REPORT:CLAIM, REPORT the full id or its start. */
  private static ClaimRef claim(Incident incident, String text) {
    String t = text.strip();
    int colon = t.lastIndexOf(':');
    List<ClaimRef> found = new ArrayList<>();
    if (colon > 0) {
      String report = t.substring(0, colon);
      String claim = t.substring(colon + 1);
      refs(incident).stream().filter(r -> r.reportId().startsWith(report) && r.claimId().equals(claim)).forEach(found::add);
    }
    if (found.size() != 1) {
      throw new ReviewException("claim '" + t + "' " + (found.isEmpty() ? "is not in" : "names more than one claim of")
          + " incident " + incident.id() + "; its claims are " + String.join(", ", refs(incident).stream().map(Analyst::name).toList()));
    }
    return found.get(0);
  }

  private static String name(ClaimRef r) {
    return r.toString();
  }

  private static List<ClaimRef> refs(Incident i) {
    return i.members().stream().map(Incident.Member::ref).toList();
  }

  private static Incident holder(Connection c, ClaimRef ref) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT incident_id FROM incident_claims WHERE report_id = ? AND claim_id = ?")) {
      s.setString(1, ref.reportId());
      s.setString(2, ref.claimId());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("claim " + ref + " is in no incident after relinking");
        }
        return IncidentRows.incident(c, r.getString(1)).orElseThrow();
      }
    }
  }

  private static String describe(Incident i) {
    return i.id() + " (" + i.members().size() + (i.members().size() == 1 ? " claim)" : " claims)");
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
