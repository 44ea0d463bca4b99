package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Scope;
import observatory.claim.When;
import org.junit.jupiter.api.Test;

class TotalsTest {

  @Test
  void thePartsAfterATotalArePartsOfItAndInheritItsAttacker() {
    List<Draft> d = StageFixture.of("Russian air strikes killed 30 people in total across Idlib province on Monday. "
        + "Twelve were killed in Kafr Nabl and 18 in Maarat al-Numan.").linked();
    assertThat(d).hasSize(3);
    Draft total = d.get(0);
    assertThat(total.scopeKind()).isEqualTo(Scope.TOTAL);
    assertThat(d.subList(1, 3)).allSatisfy(p -> {
      assertThat(p.partOf()).hasValue(total.key());
      assertThat(p.perpetrator()).isEqualTo(total.perpetrator());
      assertThat(p.when()).isEqualTo(total.when());
    });
  }

  @Test
  void partsThatExceedTheTotalAreNotItsParts() {
    List<Draft> d = StageFixture.of("Air strikes killed 10 people in total across Idlib province on Monday. "
        + "Twelve were killed in Kafr Nabl.").linked();
    assertThat(d).allSatisfy(p -> assertThat(p.partOf()).isEmpty());
  }

  @Test
  void theFiguresAfterATallyCountOverItsPeriodWithADoubt() {
    List<Draft> d = StageFixture.of("The network documented the killing of 211 civilians between 1 April and 30 April.\n\n"
        + "Regime forces killed 129 of them, while Russian forces killed 58.").linked();
    assertThat(d.get(0).scopeKind()).isEqualTo(Scope.TALLY);
    assertThat(d.subList(1, d.size())).isNotEmpty().allSatisfy(p -> {
      assertThat(p.scopeKind()).isEqualTo(Scope.TALLY);
      assertThat(p.when()).isInstanceOf(When.Between.class);
      assertThat(p.scope().doubt()).contains("scope uncertain: the period of the tally before it, by position alone");
    });
  }
}
