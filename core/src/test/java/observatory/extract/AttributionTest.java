package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Attribution;
import org.junit.jupiter.api.Test;

class AttributionTest {

  @Test
  void theAttackerNamedBeforeTheFigureIsItsPerpetrator() {
    List<Draft> d = StageFixture.of("Russian warplanes killed 12 people in Douma, the Syrian Observatory said.").attributed();
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.perpetrator().actor()).isEqualTo("Russia");
      assertThat(x.perpetrator().attribution()).isEqualTo(Attribution.STATED);
      assertThat(x.sources()).isNotEmpty();
      assertThat(x.perpetratorSpans()).isNotEmpty();
    });
  }

  @Test
  void eachFigureTakesTheAttackerOfItsOwnClause() {
    List<Draft> d = StageFixture.of("Regime forces killed 129 civilians this month, while Russian forces killed 58.").attributed();
    assertThat(d).extracting(x -> x.perpetrator().actor()).containsExactly("Syrian government", "Russia");
  }

  @Test
  void anAdoptedSentenceNamesThePerpetratorWhenItsOwnDoesNot() {
    List<Draft> d = StageFixture.of("Nine people died when a village in the north was bombed on Monday. "
        + "The raid on Kansafra by Russian jets began at dawn.").attributed();
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.attackersFrom()).containsExactly(1);
      assertThat(x.perpetrator().actor()).isEqualTo("Russia");
    });
  }

  @Test
  void aSuspectedAttackerIsSuspected() {
    List<Draft> d = StageFixture.of("Suspected Russian warplanes killed nine people in Azaz on Monday.").attributed();
    assertThat(d).singleElement().satisfies(x -> assertThat(x.perpetrator().attribution()).isEqualTo(Attribution.SUSPECTED));
  }

  @Test
  void aSourceNamedInTheSentenceBeforeReportsTheFigure() {
    List<Draft> d = StageFixture.of("The Syrian Observatory for Human Rights reported the attack. "
        + "Shelling killed four people in Harasta on Monday.").attributed();
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.sources()).containsExactly("Syrian Observatory for Human Rights");
      assertThat(x.sourceSpans()).isEmpty(); // borrowed from another sentence: no evidence of its own
    });
  }
}
