package observatory.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import observatory.claim.Claim;
import observatory.claim.When;
import observatory.extract.Extraction;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.link.LinkClaim;
import observatory.link.Linker;

/**
 * Which stored incidents the claims of a report not yet saved would join, found by the linker
 * itself: the new claims are linked together with the stored claims that could be their candidates
 * (those dated within a day of them, or with overlapping periods; the linker never links across a
 * wider gap), and each new claim's group is read back. A claim that would join an incident is a
 * possible duplicate of it: saving adds a source to that incident, it does not count the event twice.
 *
 * <p>It is a preview: linking after the save runs over all claims and may group a borderline claim
 * differently when other claims compete for it.
 */
public final class LinkPreview {
  private LinkPreview() {
  }

  /**
   * What one new claim would join.
   *
   * @param incidents the stored incidents it would be linked with (empty: a new incident)
   * @param explanation why, in the linker's words
   */
  public record Join(String claimId, List<String> incidents, Optional<String> explanation) {
    public Join {
      incidents = List.copyOf(incidents);
    }
  }

  /** One join per claim of the extraction, in claim order. */
  public static List<Join> of(Store store, Extraction extraction) {
    String reportId = extraction.report().id();
    Optional<LocalDate[]> window = window(extraction);
    return store.inTransaction("preview the links of report " + reportId, c -> {
      List<LinkClaim> claims = new ArrayList<>();
      Map<ClaimRef, String> storedIn = new HashMap<>();
      if (window.isPresent()) {
        String lo = window.get()[0].minusDays(1).toString();
        String hi = window.get()[1].plusDays(1).toString();
        Map<String, IncidentRows.Published> reports = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT c.report_id, r.publisher, r.published FROM claims c"
            + " JOIN reports r ON r.id = c.report_id"
            + " WHERE c.report_id <> ? AND ((c.date >= ? AND c.date <= ?) OR (c.date IS NULL"
            + " AND (c.date_from IS NOT NULL OR c.date_to IS NOT NULL)"
            + " AND COALESCE(c.date_from, '0000-01-01') <= ? AND COALESCE(c.date_to, '9999-12-31') >= ?)"
            + " OR (" + IncidentRows.UNDATED_SINGLE_PUBLISHED + " >= ? AND " + IncidentRows.UNDATED_SINGLE_PUBLISHED + " <= ?))"
            + " ORDER BY c.report_id")) {
          s.setString(1, reportId);
          s.setString(2, lo);
          s.setString(3, hi);
          s.setString(4, hi);
          s.setString(5, lo);
          s.setString(6, lo);
          s.setString(7, hi);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              reports.put(r.getString(1), new IncidentRows.Published(Optional.ofNullable(r.getString(2)),
                  Optional.ofNullable(r.getString(3)).map(LocalDate::parse)));
            }
          }
        }
        for (Map.Entry<String, IncidentRows.Published> report : reports.entrySet()) {
          for (StoredClaim stored : Rows.claims(c, report.getKey())) {
            ClaimRef ref = new ClaimRef(stored.reportId(), stored.id());
            Optional<String> incident = IncidentQueries.incidentOf(c, ref);
            if (incident.isPresent()) {
              storedIn.put(ref, incident.get());
              claims.add(IncidentRows.linkable(stored, report.getValue()));
            }
          }
        }
      }
      for (Claim claim : extraction.claims()) {
        claims.add(LinkClaim.of(extraction.report(), claim, extraction.eventType()));
      }
      Map<String, Join> joins = new LinkedHashMap<>();
      for (Incident incident : Linker.standard().link(claims)) {
        List<String> stored = incident.members().stream().map(m -> storedIn.get(m.ref()))
            .filter(id -> id != null).distinct().sorted().toList();
        for (Incident.Member m : incident.members()) {
          if (m.ref().reportId().equals(reportId) && !storedIn.containsKey(m.ref())) {
            joins.put(m.ref().claimId(), new Join(m.ref().claimId(), stored,
                stored.isEmpty() || m.explanation() == null ? Optional.empty() : Optional.of(m.explanation())));
          }
        }
      }
      List<Join> out = new ArrayList<>();
      for (Claim claim : extraction.claims()) {
        out.add(joins.getOrDefault(claim.id(), new Join(claim.id(), List.of(), Optional.empty())));
      }
      return out;
    });
  }

  /**
   * The first and last day the claims' dates touch, if any claim is placed in time (an undated
   * single claim at its report's publication day and the day before, as the linker places it).
   */
  private static Optional<LocalDate[]> window(Extraction extraction) {
    LocalDate lo = null;
    LocalDate hi = null;
    for (Claim claim : extraction.claims()) {
      List<LocalDate> days = new ArrayList<>();
      if (claim.when() instanceof When.Day d) {
        days.add(d.date());
      } else if (claim.when() instanceof When.Between b) {
        b.from().ifPresent(days::add);
        b.to().ifPresent(days::add);
      } else if (claim.scope() == observatory.claim.Scope.SINGLE && extraction.report().published().isPresent()) {
        days.add(extraction.report().published().get().minusDays(1));
        days.add(extraction.report().published().get());
      }
      for (LocalDate day : days) {
        lo = lo == null || day.isBefore(lo) ? day : lo;
        hi = hi == null || day.isAfter(hi) ? day : hi;
      }
    }
    return lo == null ? Optional.empty() : Optional.of(new LocalDate[] {lo, hi});
  }
}
