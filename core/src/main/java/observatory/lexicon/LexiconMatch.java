package observatory.lexicon;

import observatory.claim.Span;

/**
 * One lexicon entry found in a text.
 *
 * @param span where the words are in the text
 * @param label the canonical value ("air strike", "Syrian government")
 * @param phrase the entry of the data file that matched, as written there ("warplanes")
 */
public record LexiconMatch(Span span, String label, String phrase) {
  public LexiconMatch {
    if (span == null || label == null || label.isBlank() || phrase == null || phrase.isBlank()) {
      throw new IllegalArgumentException("a lexicon match needs a span, a label and a phrase");
    }
  }

  /** The matched words as they are written in {@code text}. */
  public String text(CharSequence text) {
    return span.of(text);
  }
}
