package observatory.text;

import observatory.claim.Count;
import observatory.claim.Span;

/**
 * A figure found in text. {@code span} covers the qualifier and the number ("at least 26",
 * "a family of five", "between 10 and 12"); {@code numberSpan} covers only the number words
 * ("26", "five", "10 and 12").
 */
public record NumberMention(Span span, Span numberSpan, Count count) {
  public NumberMention {
    if (span == null || numberSpan == null || count == null) {
      throw new IllegalArgumentException("a number mention needs a span, a number span and a count");
    }
    if (!span.contains(numberSpan)) {
      throw new IllegalArgumentException("number span " + numberSpan + " lies outside mention span " + span);
    }
  }
}
