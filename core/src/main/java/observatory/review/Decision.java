package observatory.review;

import java.util.Optional;
import java.util.Set;
import observatory.link.ClaimRef;
import observatory.link.Incident;

/**
 * One analyst's decision, as a fact about claims. Decisions are applied in {@code seq} order: the
 * merges and splits first (they decide which claims form an incident), then the corrections and
 * statuses (they change fields of the incident that holds their claims).
 */
public sealed interface Decision permits Decision.Merge, Decision.Split, Decision.Correct, Decision.SetStatus {

  /** The order in which decisions were taken; later ones win. */
  long seq();

  String reason();

  /** These claims are one incident (must-link): every incident holding one of them is merged. */
  record Merge(long seq, Set<ClaimRef> claims, String reason) implements Decision {
    public Merge {
      claims = Set.copyOf(claims);
      if (claims.size() < 2) {
        throw new IllegalArgumentException("a merge needs two claims or more, was " + claims);
      }
      reason = Decision.required(reason);
    }
  }

  /**
   * The {@code moved} claims are not the event the {@code rest} are (cannot-link): wherever an
   * incident holds claims of both, the moved ones leave it and form an incident of their own.
   */
  record Split(long seq, Set<ClaimRef> moved, Set<ClaimRef> rest, String reason) implements Decision {
    public Split {
      moved = Set.copyOf(moved);
      rest = Set.copyOf(rest);
      if (moved.isEmpty() || rest.isEmpty()) {
        throw new IllegalArgumentException("a split needs claims to move and claims to leave, was " + moved + " / " + rest);
      }
      reason = Decision.required(reason);
    }
  }

  /**
   * A field of the incident that holds these claims (the incident's claims when it was corrected)
   * set to a value; see {@link Decisions#target} for which incident that is after a relink.
   */
  record Correct(long seq, Set<ClaimRef> anchor, Correction correction, String reason) implements Decision {
    public Correct {
      anchor = Decision.anchor(anchor);
      reason = Decision.required(reason);
    }
  }

  /** The status of the incident that holds these claims; empty: back to the derived status. */
  record SetStatus(long seq, Set<ClaimRef> anchor, Optional<Incident.Status> status, String reason) implements Decision {
    public SetStatus {
      anchor = Decision.anchor(anchor);
      reason = Decision.required(reason);
    }
  }

  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a decision needs a reason");
    }
    return reason.strip();
  }

  private static Set<ClaimRef> anchor(Set<ClaimRef> anchor) {
    if (anchor.isEmpty()) {
      throw new IllegalArgumentException("a decision needs the claims it is about");
    }
    return Set.copyOf(anchor);
  }
}
