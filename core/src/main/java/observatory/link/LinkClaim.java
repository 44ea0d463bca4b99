package observatory.link;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.Claim;
import observatory.claim.EventType;
import observatory.claim.PlaceMention;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.geo.Place;
import observatory.geo.Resolution;
import observatory.report.Report;

/**
 * What the linker needs to know of one claim: the fields it blocks and scores on, and the figures
 * it reconciles. Build it from a {@link Claim} with {@link #of}, or from stored rows.
 *
 * @param origin who vouches for the claim, for independence: the first source the claim names
 *     ("Syrian Observatory for Human Rights"), else the report's publisher, else the report itself
 * @param placeId the gazetteer id of the place the claim resolved to, when it resolved to a town
 * @param admin1 the governorate the claim lies in, from its place or the report's context
 * @param published the day its report was published, when known: a claim that states no date of
 *     its own is taken to tell of that day or the day before (see {@link Linker})
 * @param named the town or village the claim names, as written: its town's name when it resolved
 *     to one, else the first name the gazetteer could not resolve (a village it does not hold, or a
 *     name it could not choose for)
 */
public record LinkClaim(
    ClaimRef ref,
    String origin,
    When when,
    OptionalLong placeId,
    Optional<String> placeName,
    Optional<String> admin1,
    Optional<EventType> eventType,
    List<String> weapons,
    Optional<String> actor,
    Scope scope,
    Optional<String> partOf,
    Map<Measure, observatory.claim.Count> figures,
    Optional<LocalDate> published,
    Optional<PlaceName> named) {

  public LinkClaim {
    if (ref == null || origin == null || origin.isBlank() || when == null || scope == null) {
      throw new IllegalArgumentException("a claim to link needs a reference, an origin, a date (or When.UNKNOWN) and a scope");
    }
    if (placeId.isPresent() && placeName.isEmpty()) {
      throw new IllegalArgumentException("claim " + ref + ": a resolved place needs its name");
    }
    weapons = List.copyOf(weapons);
    figures = figures.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(figures));
  }

  /** A claim whose report's publication day and place names the linker is not told. */
  public LinkClaim(ClaimRef ref, String origin, When when, OptionalLong placeId, Optional<String> placeName,
      Optional<String> admin1, Optional<EventType> eventType, List<String> weapons, Optional<String> actor, Scope scope,
      Optional<String> partOf, Map<Measure, observatory.claim.Count> figures) {
    this(ref, origin, when, placeId, placeName, admin1, eventType, weapons, actor, scope, partOf, figures,
        Optional.empty(), Optional.empty());
  }

  /** The linker's view of a claim of a report; {@code documentType} stands in when the claim has no type. */
  public static LinkClaim of(Report report, Claim claim, Optional<EventType> documentType) {
    String origin = !claim.sources().isEmpty() ? claim.sources().get(0) : report.publisher().orElse("report " + report.id());
    Optional<PlaceMention> townMention = claim.places().stream()
        .filter(m -> m.place().filter(p -> p.kind() == Place.Kind.POPULATED_PLACE && p.geonameId().isPresent()).isPresent())
        .findFirst();
    Optional<Place> town = townMention.flatMap(PlaceMention::place);
    Optional<String> admin1 = claim.places().stream().map(PlaceMention::admin1).flatMap(Optional::stream).findFirst()
        .or(() -> claim.region().flatMap(Place::admin1));
    Optional<String> named = townMention.map(PlaceMention::asWritten)
        .or(() -> claim.places().stream().filter(m -> !(m.resolution() instanceof Resolution.Resolved))
            .map(PlaceMention::asWritten).findFirst());
    Map<Measure, observatory.claim.Count> figures = new EnumMap<>(Measure.class);
    claim.casualties().killed().ifPresent(k -> figures.put(Measure.KILLED, k));
    claim.casualties().killedBy().forEach((category, count) -> figures.put(Measure.of(category), count));
    claim.casualties().wounded().ifPresent(w -> figures.put(Measure.WOUNDED, w));
    return new LinkClaim(new ClaimRef(report.id(), claim.id()), origin, claim.when(),
        town.map(p -> p.geonameId()).orElse(OptionalLong.empty()), town.map(Place::name), admin1,
        claim.eventType().or(() -> documentType), claim.weapons(),
        claim.perpetrator().map(p -> p.actor()), claim.scope(), claim.partOf(), figures,
        report.published(), named.map(PlaceName::of));
  }

  /** The killed figure a monitor would quote, when stated. */
  OptionalLong killed() {
    observatory.claim.Count k = figures.get(Measure.KILLED);
    return k == null ? OptionalLong.empty() : OptionalLong.of(k.figure());
  }

  /**
   * Whether the linker may place this claim in time: it states a date or a period, or it is a
   * single event in a report whose publication day is known.
   */
  boolean placedInTime() {
    return !(when instanceof When.Unknown) || undatedButPublished();
  }

  /** A single event without a date of its own, in a report published on a known day. */
  boolean undatedButPublished() {
    return when instanceof When.Unknown && scope == Scope.SINGLE && published.isPresent();
  }
}
