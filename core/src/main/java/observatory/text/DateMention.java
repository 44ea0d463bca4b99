package observatory.text;

import observatory.claim.Span;
import observatory.claim.When;

/** A date phrase of a text ("on Sunday", "between 22 October and today") and what it resolves to. */
public record DateMention(Span span, When when) {
  public DateMention {
    if (span == null || when == null) {
      throw new IllegalArgumentException("a date mention needs a span and a when (use When.UNKNOWN)");
    }
  }
}
