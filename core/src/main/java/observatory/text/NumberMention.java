package observatory.text;

import observatory.claim.Count;
import observatory.claim.Span;

public record NumberMention(Span span, Span numberSpan, Count count) {
}
