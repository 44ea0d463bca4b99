package observatory.claim;

/**
 * Who a report says did it, as a canonical actor name ("Russia", "Syrian government",
 * "Russia or Syrian government"), and how firmly.
 */
public record Perpetrator(String actor, Attribution attribution) {
  public Perpetrator {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("a perpetrator needs an actor name");
    }
    if (attribution == null) {
      throw new IllegalArgumentException("a perpetrator needs an attribution (stated, suspected or disputed)");
    }
  }
}
