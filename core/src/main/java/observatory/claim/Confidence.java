package observatory.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * How far a claim can be taken as extracted, and, when not fully, why: "scope uncertain: a
 * period word and a single place". A claim below {@link #REVIEW_BELOW} is marked for review; the
 * totals that rest on it say so.
 *
 * @param value from 0 (a guess) to 1 (every field read from words that leave no doubt)
 * @param reasons what lowered it, in words an analyst can check against the text; empty when
 *     the value is 1
 */
public record Confidence(double value, List<String> reasons) {
  /** Claims below this are marked for review. */
  public static final double REVIEW_BELOW = 0.5;

  private static final Confidence CERTAIN = new Confidence(1.0, List.of());

  public Confidence {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("a confidence lies between 0 and 1, was " + value);
    }
    reasons = List.copyOf(reasons);
  }

  /** Nothing found that makes the claim doubtful. */
  public static Confidence certain() {
    return CERTAIN;
  }

  /** This confidence lowered by a factor for a reason: {@code lowered(0.5, "scope uncertain: ...")}. */
  public Confidence lowered(double factor, String reason) {
    if (!(factor > 0 && factor <= 1)) {
      throw new IllegalArgumentException("a confidence is lowered by a factor in (0, 1], was " + factor);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a lowered confidence needs its reason");
    }
    List<String> r = new ArrayList<>(reasons);
    if (!r.contains(reason)) {
      r.add(reason);
    }
    return new Confidence(value * factor, r);
  }

  public boolean needsReview() {
    return value < REVIEW_BELOW;
  }
}
