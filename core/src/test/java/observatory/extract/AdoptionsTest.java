package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionsTest {

  @Test
  void aFigureWithoutItsTownTakesTheTownTheNextSentenceNames() {
    StageFixture f = StageFixture.of("Nine people died when jets bombed a village in the north on Monday. "
        + "The raid on Kansafra began at dawn, Russian jets striking the village.");
    assertThat(f.drafts()).singleElement().satisfies(d -> assertThat(d.places()).isEmpty());
    assertThat(f.adopted()).singleElement().satisfies(d -> {
      assertThat(d.places()).extracting(c -> c.mention().asWritten()).containsExactly("Kansafra");
      assertThat(d.statements()).hasSize(2);
      assertThat(d.attackersFrom()).containsExactly(1);
    });
  }

  @Test
  void anEarlierTollTheReportUpdatesIsDropped() {
    StageFixture f = StageFixture.of("Shelling killed 41 people in Douma on Monday. A previous toll had put the number at 36.");
    assertThat(f.drafts()).hasSize(2);
    assertThat(f.adopted()).extracting(Draft::killedFigure).containsExactly(41L);
  }

  @Test
  void aStrikeWithNoFigureIsADraftOfItsOwn() {
    List<Draft> d = StageFixture.of("Warplanes struck the town of Kafr Nabl on Monday.").adopted();
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.figureless()).isTrue();
      assertThat(x.places()).extracting(c -> c.mention().asWritten()).containsExactly("Kafr Nabl");
    });
  }

  @Test
  void aStrikeByAirAndByGroundFireIsTwoDrafts() {
    List<Draft> d = StageFixture.of("Air strikes and artillery shelling hit the town of Kafr Nabl on Monday.").adopted();
    assertThat(d).hasSize(2).allSatisfy(x -> assertThat(x.figureless()).isTrue());
    assertThat(d).extracting(Draft::weapons).containsExactly(List.of("air strike"), List.of("shelling"));
  }

  @Test
  void aSentenceThatDescribesAFiguresEventAgainAddsItsEvidence() {
    List<Draft> d = StageFixture.of("Air strikes killed 12 people in Kafr Nabl on Monday. "
        + "Russian jets bombed Kafr Nabl again at noon, the Syrian Observatory said.").adopted();
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.figureless()).isFalse();
      assertThat(x.statements()).hasSize(2);
      assertThat(x.attackersFrom()).containsExactly(1);
      assertThat(x.sourcesFrom()).containsExactly(1);
    });
  }
}
