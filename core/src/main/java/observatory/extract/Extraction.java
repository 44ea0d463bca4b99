package observatory.extract;

import java.util.List;
import java.util.Optional;
import observatory.claim.Claim;
import observatory.claim.EventType;
import observatory.report.Report;

/**
 * What extraction found in one report: its claims (totals before or after their parts, each
 * part pointing to its total) and the document's main ACLED event type, which a text has
 * even when it states no casualties (a protest, an arrest, an agreement).
 */
public record Extraction(Report report, List<Claim> claims, Optional<EventType> eventType) {
  public Extraction {
    claims = List.copyOf(claims);
  }
}
