package observatory.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import observatory.claim.Confidence;
import observatory.link.Incident;

/**
 * Whether an incident is marked for review, and why. The rule (also in the README, "Review"):
 *
 * <ul>
 *   <li>An incident is marked when <b>no claim that supports it is confident</b>: every one of its
 *       claims {@link Confidence#needsReview() needs review}. One claim read with confidence, from
 *       any of its reports, is enough to leave it unmarked: the event is then established by words
 *       that leave no doubt, whatever the other reports' wording.</li>
 *   <li>An analyst's <b>verified</b> clears the mark (someone has checked it against the reports);
 *       so does <b>discounted</b>, which already keeps the incident out of totals. No other
 *       decision does: a corrected figure or date says nothing about the rest of the reading, and
 *       contested is a doubt of the sources, not a check of the extraction.</li>
 *   <li>A marked incident carries the reasons of its claims, each once, in the order of its claims
 *       (the reasons are the words an analyst checks against the text: "scope uncertain: a period
 *       word and a single place"). An unmarked incident carries none; its claims keep their own.</li>
 * </ul>
 *
 * <p>Marks are derived, like statuses: every relink computes them again from the claims and the
 * analysts' decisions, so a relink that moves a confident claim into an incident, or out of it,
 * changes its mark.
 *
 * @param needsReview whether the incident is marked for review
 * @param reasons why, when it is marked: the reasons of its claims; empty otherwise
 */
public record ReviewMark(boolean needsReview, List<String> reasons) {
  private static final ReviewMark NONE = new ReviewMark(false, List.of());

  public ReviewMark {
    reasons = List.copyOf(reasons);
    if (!needsReview && !reasons.isEmpty()) {
      throw new IllegalArgumentException("an incident not marked for review carries no review reasons, was given " + reasons);
    }
  }

  /** Not marked. */
  public static ReviewMark none() {
    return NONE;
  }

  /** Marked, for these reasons. */
  public static ReviewMark needed(List<String> reasons) {
    return new ReviewMark(true, reasons);
  }

  /**
   * The mark of an incident with this status (after the analysts' decisions) whose claims have
   * these confidences, in the order of its claims.
   */
  public static ReviewMark of(Incident.Status status, List<Confidence> claims) {
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("an incident has claims; none given to mark it for review");
    }
    if (status == Incident.Status.VERIFIED || status == Incident.Status.DISCOUNTED) {
      return NONE;
    }
    Set<String> reasons = new LinkedHashSet<>();
    for (Confidence c : claims) {
      if (!c.needsReview()) {
        return NONE;
      }
      reasons.addAll(c.reasons());
    }
    return new ReviewMark(true, new ArrayList<>(reasons));
  }
}
