package observatory.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import org.junit.jupiter.api.Test;

class EstimateTest {
  @Test
  void atLeastGivesTheLowAndLeavesTheHighOpen() {
    assertThat(Estimate.of(List.of(Count.of(26, Qualifier.AT_LEAST)))).isEqualTo(new Estimate(26, 26, OptionalLong.empty()));
  }

  @Test
  void disagreeingExactFiguresMakeARangeWithTheMedianRoundedDown() {
    assertThat(Estimate.of(List.of(Count.exact(24), Count.exact(29))))
        .isEqualTo(new Estimate(24, 26, OptionalLong.of(29)));
  }

  @Test
  void oneOutlierDoesNotMoveTheBest() {
    assertThat(Estimate.of(List.of(Count.exact(10), Count.exact(11), Count.exact(90))).best()).isEqualTo(11);
  }

  @Test
  void aRangeSetsTheHigh() {
    assertThat(Estimate.of(List.of(new Count.Range(10, 12)))).isEqualTo(new Estimate(10, 10, OptionalLong.of(12)));
  }

  @Test
  void aboutAloneHasNoFloorSoItsFigureIsTheLow() {
    assertThat(Estimate.of(List.of(Count.of(30, Qualifier.ABOUT)))).isEqualTo(new Estimate(30, 30, OptionalLong.of(30)));
  }
}
