package observatory.text;

import observatory.claim.Span;
import observatory.claim.When;

public record DateMention(Span span, When when) {
}
