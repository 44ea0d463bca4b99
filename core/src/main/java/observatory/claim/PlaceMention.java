package observatory.claim;

import java.util.Optional;
import observatory.geo.Place;
import observatory.geo.Resolution;

/** A place as a report writes it, where it is written, and what it resolved to. */
public record PlaceMention(String asWritten, Span span, Resolution resolution) {
  public PlaceMention {
    if (asWritten == null || asWritten.isBlank() || span == null || resolution == null) {
      throw new IllegalArgumentException("a place mention needs its words, its span and a resolution");
    }
  }

  public Optional<Place> place() {
    return resolution instanceof Resolution.Resolved r ? Optional.of(r.place()) : Optional.empty();
  }

  /** The governorate, where the place resolved to one. */
  public Optional<String> admin1() {
    return place().flatMap(Place::admin1);
  }
}
