package observatory.geo;

import java.util.List;

/** How a place name resolved against the gazetteer. */
public sealed interface Resolution permits Resolution.Resolved, Resolution.Ambiguous, Resolution.NotFound {

  /** The name as it was looked up. */
  String name();

  /** One place, with how precisely it locates the event and why it was chosen. */
  record Resolved(String name, Place place, LocationPrecision precision, String reason) implements Resolution {
  }

  /** Several places fit equally well; no guess is forced. */
  record Ambiguous(String name, List<Place> candidates) implements Resolution {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /** No gazetteer entry fits. */
  record NotFound(String name) implements Resolution {
  }
}
