package observatory.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.link.ClaimRef;
import observatory.link.LinkClaim;
import observatory.link.Measure;
import org.junit.jupiter.api.Test;

/** The rule that marks an incident contested. */
class ContestTest {
  private static LinkClaim said(String report, String origin, Count killed, String actor) {
    return new LinkClaim(new ClaimRef(report, "c1"), origin, new When.Day(LocalDate.of(2019, 11, 4)), OptionalLong.empty(),
        Optional.empty(), Optional.of("Idlib"), Optional.empty(), List.of(), Optional.ofNullable(actor), Scope.SINGLE,
        Optional.empty(), killed == null ? Map.of() : Map.of(Measure.KILLED, killed));
  }

  @Test
  void farApartFiguresFromTwoSourcesAreADispute() {
    assertThat(Contest.check(List.of(said("a", "SANA", Count.exact(12), null), said("b", "SOHR", Count.exact(40), null))))
        .contains("killed figures disagree: SOHR 40, SANA 12");
  }

  @Test
  void aRisingTollOrAFloorBelowAnotherFigureIsNoDispute() {
    // 29 is exactly twice 12 plus five: not beyond it.
    assertThat(Contest.check(List.of(said("a", "SANA", Count.exact(12), null), said("b", "SOHR", Count.exact(29), null)))).isEmpty();
    assertThat(Contest.check(List.of(said("a", "AFP", Count.of(12, Qualifier.AT_LEAST), null),
        said("b", "SOHR", Count.exact(80), null)))).isEmpty();
    assertThat(Contest.check(List.of(said("a", "AFP", Count.of(100, Qualifier.UP_TO), null),
        said("b", "SOHR", Count.exact(3), null)))).isEmpty();
  }

  @Test
  void oneSourceRevisingItsOwnFigureIsNoDispute() {
    assertThat(Contest.check(List.of(said("a", "SOHR", Count.exact(3), null), said("b", "SOHR", Count.exact(40), null)))).isEmpty();
  }

  @Test
  void perpetratorsWithNoNameInCommonAreADispute() {
    assertThat(Contest.check(List.of(said("a", "SANA", null, "Hayat Tahrir al-Sham"), said("b", "SOHR", null, "Russia"))))
        .contains("perpetrators disagree: SANA blames Hayat Tahrir al-Sham, SOHR blames Russia");
    assertThat(Contest.check(List.of(said("a", "AFP", null, "Russia or Syrian government"),
        said("b", "SOHR", null, "Syrian government")))).isEmpty();
  }
}
