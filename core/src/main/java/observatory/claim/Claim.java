package observatory.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import observatory.geo.Place;

/**
 * One incident as one report states it. Build with {@link #builder(String)}.
 *
 * @param id the claim's id within its report ("c1", "c2", ...)
 * @param partOf the id of the total (in the same report) that this claim is a part of
 * @param region the governorate (or country) the claim lies in, from its places or, where its
 *     village is not in the gazetteer, from the document's context ("in the southern Idlib countryside")
 * @param sources who reports it ("Syrian Observatory for Human Rights", "witness (AFP)")
 * @param evidence the spans that support each field; at least the statement itself
 * @param confidence how far the claim can be taken as extracted, with the reasons that lowered it
 */
public record Claim(
    String id,
    When when,
    List<PlaceMention> places,
    Optional<Perpetrator> perpetrator,
    List<String> weapons,
    Optional<EventType> eventType,
    Casualties casualties,
    List<String> sources,
    Scope scope,
    Optional<String> partOf,
    Optional<Place> region,
    List<Evidence> evidence,
    Confidence confidence) {

  public Claim {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a claim needs an id");
    }
    places = List.copyOf(places);
    weapons = List.copyOf(weapons);
    sources = List.copyOf(sources);
    evidence = List.copyOf(evidence);
    if (confidence == null) {
      throw new IllegalArgumentException("claim " + id + " needs a confidence (Confidence.certain() when nothing is in doubt)");
    }
    if (partOf.isPresent() && partOf.get().equals(id)) {
      throw new IllegalArgumentException("claim " + id + " cannot be a part of itself");
    }
  }

  public boolean isAggregate() {
    return scope.isAggregate();
  }

  /**
   * How precisely the claim is located: the finest precision among its resolved places, else the
   * governorate (or country) its context gives.
   */
  public Optional<observatory.geo.LocationPrecision> locationPrecision() {
    Optional<observatory.geo.LocationPrecision> best = places.stream()
        .map(PlaceMention::resolution)
        .filter(r -> r instanceof observatory.geo.Resolution.Resolved)
        .map(r -> ((observatory.geo.Resolution.Resolved) r).precision())
        .min(java.util.Comparator.naturalOrder());
    if (best.isPresent()) {
      return best;
    }
    return region.map(r -> r.kind() == Place.Kind.COUNTRY ? observatory.geo.LocationPrecision.COUNTRY
        : observatory.geo.LocationPrecision.ADMIN1);
  }

  /** The evidence for one field, in text order. */
  public List<Evidence> evidence(Evidence.Field field) {
    return evidence.stream().filter(e -> e.field() == field).toList();
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.when = when;
    b.places.addAll(places);
    b.perpetrator = perpetrator;
    b.weapons.addAll(weapons);
    b.eventType = eventType;
    b.casualties = casualties;
    b.sources.addAll(sources);
    b.scope = scope;
    b.partOf = partOf;
    b.region = region;
    b.evidence.addAll(evidence);
    b.confidence = confidence;
    return b;
  }

  /** Collects the fields of a claim as extraction finds them. */
  public static final class Builder {
    private final String id;
    private When when = When.UNKNOWN;
    private final List<PlaceMention> places = new ArrayList<>();
    private Optional<Perpetrator> perpetrator = Optional.empty();
    private final LinkedHashSet<String> weapons = new LinkedHashSet<>();
    private Optional<EventType> eventType = Optional.empty();
    private Casualties casualties = Casualties.NONE;
    private final LinkedHashSet<String> sources = new LinkedHashSet<>();
    private Scope scope = Scope.SINGLE;
    private Optional<String> partOf = Optional.empty();
    private Optional<Place> region = Optional.empty();
    private final List<Evidence> evidence = new ArrayList<>();
    private Confidence confidence = Confidence.certain();

    private Builder(String id) {
      this.id = id;
    }

    public Builder when(When when) {
      this.when = when;
      return this;
    }

    public Builder place(PlaceMention place) {
      this.places.add(place);
      return this;
    }

    public Builder places(List<PlaceMention> places) {
      this.places.clear();
      this.places.addAll(places);
      return this;
    }

    public Builder perpetrator(Perpetrator perpetrator) {
      this.perpetrator = Optional.ofNullable(perpetrator);
      return this;
    }

    public Builder weapon(String weapon) {
      this.weapons.add(weapon);
      return this;
    }

    public Builder eventType(EventType eventType) {
      this.eventType = Optional.ofNullable(eventType);
      return this;
    }

    public Builder casualties(Casualties casualties) {
      this.casualties = casualties;
      return this;
    }

    public Builder source(String source) {
      this.sources.add(source);
      return this;
    }

    public Builder scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    public Builder partOf(String totalId) {
      this.partOf = Optional.ofNullable(totalId);
      return this;
    }

    public Builder region(Place region) {
      this.region = Optional.ofNullable(region);
      return this;
    }

    public Builder evidence(Evidence evidence) {
      if (!this.evidence.contains(evidence)) {
        this.evidence.add(evidence);
      }
      return this;
    }

    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    public Claim build() {
      List<Evidence> sorted = new ArrayList<>(evidence);
      sorted.sort((a, b) -> a.span().compareTo(b.span()));
      return new Claim(id, when, places, perpetrator, List.copyOf(weapons), eventType, casualties,
          List.copyOf(sources), scope, partOf, region, sorted, confidence);
    }
  }
}
