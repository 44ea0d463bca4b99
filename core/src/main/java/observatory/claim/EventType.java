package observatory.claim;

/**
 * An ACLED event type and sub-event type ("Explosions/Remote violence", "Air/drone strike").
 * The vocabulary lives in the data file {@code observatory/lexicon/acled-types.tsv}.
 */
public record EventType(String type, String subType) {
  public EventType {
    if (type == null || type.isBlank() || subType == null || subType.isBlank()) {
      throw new IllegalArgumentException("an ACLED event type needs a type and a sub-event type");
    }
  }
}
