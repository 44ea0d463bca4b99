package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Evidence;
import observatory.claim.Qualifier;
import org.junit.jupiter.api.Test;

class RestatementsTest {

  @Test
  void aLedeAndItsDetailAreOneDraftWithTheEvidenceOfBoth() {
    StageFixture f = StageFixture.of("Air strikes killed 17 people in Idlib province on Monday. "
        + "Rescuers said at least 17 people were killed in the town of Kafr Nabl.");
    assertThat(f.attributed()).hasSize(2);
    List<Draft> merged = f.merged();
    assertThat(merged).singleElement().satisfies(d -> {
      assertThat(d.statements()).hasSize(2);
      // the town beats the province; "at least 17" is the careful statement
      assertThat(d.places()).extracting(c -> c.mention().asWritten()).containsExactly("Kafr Nabl");
      assertThat(d.killed().count().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    });
  }

  @Test
  void twoSourcesFiguresForOneEventAreOneDraftWithTheOtherFigureAsEvidence() {
    StageFixture f = StageFixture.of("State media said a car bomb killed six people in Azaz on Monday. "
        + "The Syrian Observatory put the toll from the car bomb in Azaz at three.");
    List<Draft> merged = f.merged();
    assertThat(merged).singleElement().satisfies(d -> {
      assertThat(d.killedFigure()).isEqualTo(6);
      assertThat(d.extra()).extracting(Evidence::field).containsExactly(Evidence.Field.KILLED);
    });
  }

  @Test
  void figuresOfTwoTownsStayTwoDrafts() {
    StageFixture f = StageFixture.of("Shelling killed five people in Douma on Monday. "
        + "Shelling also killed five people in Harasta on Monday.");
    assertThat(f.merged()).hasSize(2);
  }
}
