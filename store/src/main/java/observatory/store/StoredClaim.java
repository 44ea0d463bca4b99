package observatory.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import observatory.claim.Category;
import observatory.claim.Confidence;
import observatory.claim.Count;
import observatory.claim.EventType;
import observatory.claim.Evidence;
import observatory.claim.Perpetrator;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.geo.LocationPrecision;
import observatory.link.Measure;

/**
 * A claim as stored: the fields of {@link observatory.claim.Claim} flattened as the schema keeps
 * them, with its places and evidence.
 *
 * @param geoPrecision ACLED geo_precision (1 town, 2 near a town or a district, 3 a province)
 * @param confidence as extraction gave it, with the reasons that lowered it; certain for a claim
 *     stored before schema v10
 */
public record StoredClaim(
    String reportId,
    String id,
    Scope scope,
    Optional<String> partOf,
    When when,
    Optional<Perpetrator> perpetrator,
    List<String> weapons,
    List<String> sources,
    Optional<EventType> eventType,
    Figures figures,
    Optional<String> admin1,
    Optional<String> country,
    OptionalInt geoPrecision,
    List<StoredPlace> places,
    List<Evidence> evidence,
    Confidence confidence) {

  public StoredClaim {
    weapons = List.copyOf(weapons);
    sources = List.copyOf(sources);
    places = List.copyOf(places);
    evidence = List.copyOf(evidence);
  }

  /**
   * The casualty figures: killed with its qualifier and bounds; the others as a monitor quotes them.
   *
   * @param stated every figure as its report states it, qualifier included ("at least 9 children");
   *     a category figure stored before schema v3, whose qualifier was not kept, reads as "at least"
   */
  public record Figures(
      OptionalLong killed,
      Optional<Qualifier> killedQualifier,
      OptionalLong killedLow,
      OptionalLong killedHigh,
      Map<Category, Long> killedBy,
      OptionalLong wounded,
      Map<Measure, Count> stated) {
    public Figures {
      killedBy = Map.copyOf(killedBy);
      stated = Map.copyOf(stated);
    }
  }

  /** One place the claim names and what it resolved to ({@code outcome}: resolved, ambiguous, not_found). */
  public record StoredPlace(
      String asWritten,
      Span span,
      String outcome,
      Optional<String> name,
      OptionalLong geonameId,
      Optional<Point> point,
      Optional<String> admin1,
      Optional<String> admin2,
      Optional<LocationPrecision> precision) {
  }

  /** A latitude and longitude in degrees. */
  public record Point(double lat, double lon) {
  }
}
