package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Category;
import observatory.claim.When;
import org.junit.jupiter.api.Test;

class DraftMakerTest {

  @Test
  void eachKilledFigureOfASentenceIsADraftWithItsOwnClauseAndPlace() {
    List<Draft> d = StageFixture.of("Air strikes killed 26 people in Kafr Nabl, and 38 in Maarat al-Numan, on Monday.").drafts();
    assertThat(d).extracting(Draft::killedFigure).containsExactly(26L, 38L);
    assertThat(d).extracting(x -> x.places().get(0).mention().asWritten()).containsExactly("Kafr Nabl", "Maarat al-Numan");
    assertThat(d).allSatisfy(x -> {
      assertThat(x.when()).isEqualTo(new When.Day(StageFixture.PUBLISHED.minusDays(2)));
      assertThat(x.weapons()).containsExactly("air strike");
    });
  }

  @Test
  void theWoundedJoinTheKilledOfTheirStatement() {
    List<Draft> d = StageFixture.of("Shelling killed five people and wounded 20 others in Douma.").drafts();
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.killedFigure()).isEqualTo(5);
      assertThat(x.wounded().count().figure()).isEqualTo(20);
    });
  }

  @Test
  void aPartStatedInTheNextSentenceJoinsTheFigureBefore() {
    List<Draft> d = StageFixture.of("Air strikes killed 18 people in Douma on Monday. Among the dead were nine children.").drafts();
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.killed().components()).singleElement()
          .satisfies(c -> assertThat(c.category()).contains(Category.CHILDREN));
      assertThat(x.statements()).hasSize(2);
    });
  }

  @Test
  void attributionIsLeftToItsOwnStage() {
    List<Draft> d = StageFixture.of("Russian warplanes killed 12 people in Douma, the Syrian Observatory said.").drafts();
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.perpetrator()).isNull();
      assertThat(x.sources()).isEmpty();
    });
  }

  @Test
  void aSeparateAttackIsMarkedSo() {
    List<Draft> d = StageFixture.of("In a separate attack, shelling killed four people in Harasta.").drafts();
    assertThat(d).singleElement().satisfies(x -> assertThat(x.separate()).isTrue());
  }
}
