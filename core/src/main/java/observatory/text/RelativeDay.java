package observatory.text;

import java.util.OptionalInt;
import observatory.claim.Span;

/**
 * A date said relative to the event the report just dated, not to its publication: "a day
 * earlier", "that day", "the previous night", "two days later".
 *
 * @param span the words
 * @param days how many days after the event just dated (negative: before); empty when the words
 *     say no number ("days earlier")
 */
public record RelativeDay(Span span, OptionalInt days) {
  public RelativeDay {
    if (span == null || days == null) {
      throw new IllegalArgumentException("a relative day needs its words and a number of days (or empty)");
    }
  }
}
