package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;

/** Monitors' tallies and the share of them documented incidents account for; see {@link TallyAccount}. */
final class Tallies {
  private Tallies() {
  }

  static List<TallyAccount> of(Connection c, IncidentFilter unresolved) throws SQLException {
    IncidentFilter filter = unresolved.resolved(c);
    Set<String> reports = new LinkedHashSet<>();
    try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT report_id FROM claims WHERE scope = 'tally' ORDER BY report_id");
         ResultSet r = s.executeQuery()) {
      while (r.next()) {
        reports.add(r.getString(1));
      }
    }
    List<TallyAccount> accounts = new ArrayList<>();
    for (String reportId : reports) {
      StoredReport report = Rows.report(c, reportId).orElseThrow();
      for (StoredClaim claim : Rows.claims(c, reportId)) {
        if (claim.scope() != Scope.TALLY) {
          continue;
        }
        TallyAccount account = account(c, claim, report);
        if (selected(account, filter)) {
          accounts.add(account);
        }
      }
    }
    accounts.sort(java.util.Comparator.comparing((TallyAccount a) -> a.from().orElse(LocalDate.MAX))
        .thenComparing(TallyAccount::claim));
    return accounts;
  }

  private static boolean selected(TallyAccount a, IncidentFilter f) {
    if (f.region().isPresent()) {
      Region region = f.region().get();
      // A monitor's tally names governorates (or a country), never districts: a district selects the
      // tallies over its governorate, which may cover more than the district.
      String name = region.level() == Region.Level.DISTRICT ? region.governorate().get() : region.name();
      boolean named = a.regions().stream().anyMatch(r -> r.equalsIgnoreCase(name));
      if (!named && !(region.level() == Region.Level.COUNTRY && a.country().equals(Optional.of(region.name())))) {
        return false;
      }
    }
    // The period overlaps the filter's; an open end overlaps everything on that side.
    if (f.from().isPresent() && a.to().isPresent() && a.to().get().isBefore(f.from().get())) {
      return false;
    }
    return !(f.to().isPresent() && a.from().isPresent() && a.from().get().isAfter(f.to().get()));
  }

  private static TallyAccount account(Connection c, StoredClaim claim, StoredReport report) throws SQLException {
    Optional<LocalDate> from;
    Optional<LocalDate> to;
    if (claim.when() instanceof When.Day d) {
      from = Optional.of(d.date());
      to = from;
    } else if (claim.when() instanceof When.Between b) {
      from = b.from();
      to = b.to().or(report::published);  // "since 22 October": up to the report
    } else {
      from = Optional.empty();
      to = Optional.empty();
    }
    List<String> admin1 = claim.admin1().map(a -> List.of(a.split(Rows.LIST, -1))).orElse(List.of());
    List<String> regions = !admin1.isEmpty() ? admin1 : claim.country().map(List::of).orElse(List.of());
    ClaimRef ref = new ClaimRef(claim.reportId(), claim.id());
    Optional<String> unaccountable = regions.isEmpty() ? Optional.of("the tally names no region")
        : from.isEmpty() ? Optional.of("the tally's period has no start")
        : to.isEmpty() ? Optional.of("the tally's period has no end and its report no date") : Optional.empty();
    Set<String> marked = new java.util.HashSet<>();
    List<Incident> incidents = unaccountable.isPresent() ? List.of()
        : incidents(c, admin1, admin1.isEmpty() ? regions.get(0) : "", from.get(), to.get(), marked);
    Set<Measure> stated = claim.figures().stated().keySet();
    Map<Measure, Totals.Sum> accounted = statedOnly(Totals.of(incidents), stated);
    Map<Measure, Totals.Sum> inReview = statedOnly(Totals.of(incidents.stream().filter(i -> marked.contains(i.id()))
        .toList()), stated);
    return new TallyAccount(ref, report.publisher(), claim.sources(), from, to, regions, claim.country(), claim.figures().stated(),
        incidents.size(), accounted, unaccountable, inReview, claim.confidence());
  }

  private static Map<Measure, Totals.Sum> statedOnly(Totals totals, Set<Measure> stated) {
    Map<Measure, Totals.Sum> out = new EnumMap<>(Measure.class);
    stated.forEach(m -> {
      Totals.Sum sum = totals.sums().get(m);
      if (sum != null) {
        out.put(m, sum);
      }
    });
    return out;
  }

  /**
   * Single, not discounted incidents in these governorates (or this country) dated wholly within the
   * period; the ids of those marked for review go into {@code marked}.
   */
  private static List<Incident> incidents(Connection c, List<String> admin1, String country, LocalDate from, LocalDate to,
      Set<String> marked) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT id, needs_review FROM incidents WHERE scope = 'single' AND status <> 'discounted'"
        + " AND date_from >= ? AND date_to <= ? AND ");
    if (admin1.isEmpty()) {
      sql.append("country = ?");
    } else {
      sql.append("LOWER(admin1) IN (").append("?, ".repeat(admin1.size() - 1)).append("?)");
    }
    List<String> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql.append(" ORDER BY id").toString())) {
      s.setString(1, from.toString());
      s.setString(2, to.toString());
      if (admin1.isEmpty()) {
        s.setString(3, country);
      } else {
        for (int i = 0; i < admin1.size(); i++) {
          s.setString(3 + i, admin1.get(i).toLowerCase(Locale.ROOT));
        }
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
          if (r.getInt(2) == 1) {
            marked.add(r.getString(1));
          }
        }
      }
    }
    List<Incident> incidents = new ArrayList<>();
    for (String id : ids) {
      incidents.add(IncidentRows.incident(c, id).orElseThrow());
    }
    return incidents;
  }
}
