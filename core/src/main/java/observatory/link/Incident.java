package observatory.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.EventType;
import observatory.claim.When;

/**
 * One real-world event reconciled from the claims of the reports that describe it.
 *
 * @param members the claims, each with the explanation of the link that brought it in
 * @param aggregate whether this is a total over several events or a period (kept out of sums)
 * @param sources the independent origins of its claims, sorted
 */
public record Incident(
    String id,
    List<Member> members,
    Map<Measure, Estimate> figures,
    List<String> sources,
    Status status,
    When when,
    OptionalLong placeId,
    Optional<String> placeName,
    Optional<String> admin1,
    Optional<String> actor,
    Optional<EventType> eventType,
    boolean aggregate) {

  public Incident {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no claims");
    }
    members = List.copyOf(members);
    figures = Map.copyOf(figures);
    sources = List.copyOf(sources);
  }

  /** How well an incident is established. */
  public enum Status {
    /** One independent source. */
    REPORTED,
    /** Two or more independent sources. */
    CORROBORATED,
    /** Checked and confirmed by an analyst. */
    VERIFIED,
    /** Its sources disagree (figures or perpetrators; see observatory.review.Contest), or an analyst says so. */
    CONTESTED,
    /** Set aside by an analyst (a duplicate, a hoax, not violence): kept out of totals and series. */
    DISCOUNTED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A claim of the incident and why it belongs there. */
  public record Member(ClaimRef ref, String explanation) {
  }

  public Optional<Estimate> estimate(Measure measure) {
    return Optional.ofNullable(figures.get(measure));
  }
}
