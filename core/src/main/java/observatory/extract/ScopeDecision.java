package observatory.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import observatory.claim.Scope;
import observatory.claim.Span;

/**
 * Why a draft has its scope: the rule that decided it, the cue words it read (role, span, words),
 * and, where the cues leave the scope genuinely open, the doubt in words a reviewer can check
 * against the text ("scope uncertain: a period word and a single place").
 *
 * @param scope single event, total, tally or war-wide background toll
 * @param rule the rule that decided it, in words
 * @param cues what the rule read in the text; empty when it read numbers or dates only
 * @param doubt why the scope may be wrong, when it may; it lowers the claim's confidence
 * @param certainty the factor it lowers the claim's confidence by: 1 without a doubt
 */
record ScopeDecision(Scope scope, String rule, List<Cue> cues, Optional<String> doubt, double certainty) {

  /** One cue a rule read: its role in {@code scope-cues.tsv} (or what else it was), where, and the words. */
  record Cue(String role, Span span, String words) {
    Cue {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(words, "words");
    }

    static Cue of(String role, Span span, String text) {
      return new Cue(role, span, span.of(text));
    }
  }

  /** What every draft starts as: one event, until a cue says otherwise. */
  static final ScopeDecision SINGLE = new ScopeDecision(Scope.SINGLE, "no cue of a total, a tally or a war-wide toll",
      List.of(), Optional.empty(), 1);

  /** A strike stated with no figure: one event, whatever its words. */
  static final ScopeDecision FIGURELESS = new ScopeDecision(Scope.SINGLE, "a strike stated with no figure is one event",
      List.of(), Optional.empty(), 1);

  ScopeDecision {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(rule, "rule");
    cues = List.copyOf(cues);
    Objects.requireNonNull(doubt, "doubt");
    if (!(certainty > 0 && certainty <= 1) || doubt.isEmpty() != (certainty == 1)) {
      throw new IllegalArgumentException("a scope decision's certainty lies in (0, 1] and is below 1 exactly when it has a"
          + " doubt; was " + certainty + " with doubt " + doubt);
    }
  }

  static ScopeDecision of(Scope scope, String rule, List<Cue> cues) {
    return new ScopeDecision(scope, rule, cues, Optional.empty(), 1);
  }

  /** This decision, doubted: the claim's confidence is lowered by {@code certainty} for the reason {@code why}. */
  ScopeDecision doubted(String why, double certainty) {
    return new ScopeDecision(scope, rule, cues, Optional.of(why), certainty);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(scope.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(rule);
    for (Cue c : cues) {
      b.append("; ").append(c.role()).append(" '").append(c.words()).append("' at ").append(c.span());
    }
    doubt.ifPresent(d -> b.append(" (").append(d).append(')'));
    return b.toString();
  }
}
