package observatory.lexicon;

import observatory.claim.Span;

public record LexiconMatch(Span span, String label, String phrase) {
}
