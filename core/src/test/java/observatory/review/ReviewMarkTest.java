package observatory.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import observatory.claim.Confidence;
import observatory.link.Incident;
import org.junit.jupiter.api.Test;

/** The rule that marks an incident for review. */
class ReviewMarkTest {
  private static final Confidence SCOPE = Confidence.certain().lowered(0.4, "scope uncertain: a period word and a single place");
  private static final Confidence PLACE = Confidence.certain().lowered(0.3, "place uncertain: two towns of that name");
  // Lowered, but not below the line: a reason, and no review.
  private static final Confidence SLIGHT = Confidence.certain().lowered(0.8, "date from the publication day");

  @Test
  void anIncidentNoneOfWhoseClaimsIsConfidentIsMarkedWithTheirReasonsOnceEach() {
    ReviewMark mark = ReviewMark.of(Incident.Status.CORROBORATED, List.of(SCOPE, PLACE, SCOPE));

    assertThat(mark.needsReview()).isTrue();
    assertThat(mark.reasons()).containsExactly("scope uncertain: a period word and a single place",
        "place uncertain: two towns of that name");
  }

  @Test
  void oneConfidentClaimAmongThreeLeavesTheIncidentUnmarked() {
    assertThat(ReviewMark.of(Incident.Status.CORROBORATED, List.of(SCOPE, Confidence.certain(), PLACE)))
        .isEqualTo(ReviewMark.none());
    // A claim lowered a little is still confident.
    assertThat(ReviewMark.of(Incident.Status.REPORTED, List.of(SCOPE, SLIGHT)).needsReview()).isFalse();
  }

  @Test
  void verifiedAndDiscountedClearTheMarkAndNoOtherStatusDoes() {
    for (Incident.Status status : Incident.Status.values()) {
      boolean cleared = status == Incident.Status.VERIFIED || status == Incident.Status.DISCOUNTED;
      assertThat(ReviewMark.of(status, List.of(SCOPE)).needsReview()).as(status.label()).isEqualTo(!cleared);
    }
  }

  @Test
  void anUnmarkedIncidentCarriesNoReasons() {
    assertThatThrownBy(() -> new ReviewMark(false, List.of("why")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[why]");
    assertThatThrownBy(() -> ReviewMark.of(Incident.Status.REPORTED, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none given");
  }
}
