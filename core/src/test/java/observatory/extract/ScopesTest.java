package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Scope;
import org.junit.jupiter.api.Test;

class ScopesTest {

  private static ScopeDecision only(String text) {
    List<Draft> d = StageFixture.of(text).scoped();
    assertThat(d).as(text).hasSize(1);
    return d.get(0).scope();
  }

  @Test
  void aFigureWithNoCueIsASingleEvent() {
    ScopeDecision s = only("Shelling killed five people in Douma on Monday.");
    assertThat(s.scope()).isEqualTo(Scope.SINGLE);
    assertThat(s.cues()).isEmpty();
    assertThat(s.doubt()).isEmpty();
  }

  @Test
  void aPeriodWordMakesATallyAndTheDecisionNamesIt() {
    ScopeDecision s = only("Regime forces have killed 288 civilians in Idlib province this month, the monitor said.");
    assertThat(s.scope()).isEqualTo(Scope.TALLY);
    assertThat(s.cues()).extracting(ScopeDecision.Cue::role).contains("period");
    assertThat(s.cues()).extracting(ScopeDecision.Cue::words).contains("this month");
    assertThat(s.doubt()).isEmpty();
  }

  @Test
  void aPeriodWordWithASingleTownIsADoubtfulTally() {
    ScopeDecision s = only("Shelling has killed 12 people in the town of Kafr Nabl this month.");
    assertThat(s.scope()).isEqualTo(Scope.TALLY);
    assertThat(s.doubt()).contains("scope uncertain: a period word and a single place");
    assertThat(s.certainty()).isLessThan(observatory.claim.Confidence.REVIEW_BELOW);
  }

  @Test
  void anAggregateWordMakesATotal() {
    ScopeDecision s = only("Air strikes killed 30 people in total across Idlib province on Monday.");
    assertThat(s.scope()).isEqualTo(Scope.TOTAL);
    assertThat(s.cues()).extracting(ScopeDecision.Cue::words).contains("in total");
  }

  @Test
  void aCountOfSeveralPlacesMakesATotal() {
    ScopeDecision s = only("Air strikes killed 30 people in three villages of Idlib province on Monday.");
    assertThat(s.scope()).isEqualTo(Scope.TOTAL);
    assertThat(s.cues()).extracting(ScopeDecision.Cue::role).containsExactly("place-plural");
  }

  @Test
  void aWarWideTollIsBackground() {
    ScopeDecision s = only("The war has killed more than 370,000 people since 2011.");
    assertThat(s.scope()).isEqualTo(Scope.BACKGROUND);
    assertThat(s.cues()).extracting(ScopeDecision.Cue::role).contains("background");
  }

  @Test
  void theScopeCuesAreReadFromTheirDataFile() {
    Cues cues = Cues.standard();
    assertThat(cues.phrases("period")).contains("since", "this month");
    assertThat(cues.phrases("several")).contains("two", "several");
    assertThat(cues.phrases("next-toll")).contains("bringing");
    assertThat(cues.phrases("no such role")).isEmpty();
  }
}
