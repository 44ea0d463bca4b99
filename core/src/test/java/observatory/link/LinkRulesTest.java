package observatory.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkRulesTest {
  static final LinkRules RULES = LinkRules.BUNDLED;

  @Test
  void actorsOfOneSideShareIt() {
    assertThat(RULES.commonSide("Russia", "Syrian government")).contains("pro-government");
    assertThat(RULES.commonSide("Russia or Syrian government", "Iran")).contains("pro-government");
    assertThat(RULES.commonSide("Turkey", "opposition")).contains("Turkey and the factions it backs");
    assertThat(RULES.commonSide("HTS", "opposition")).contains("armed opposition");
  }

  @Test
  void actorsOfDifferentSidesShareNone() {
    assertThat(RULES.commonSide("Russia", "opposition")).isEmpty();
    // Both fight beside the opposition's factions, but not on one side with each other.
    assertThat(RULES.commonSide("HTS", "Turkey")).isEmpty();
    // Alternatives across sides ("Russia or HTS") fight on no one side.
    assertThat(RULES.commonSide("Russia or HTS", "Russia")).isEmpty();
    assertThat(RULES.commonSide("an actor no rule names", "Russia")).isEmpty();
  }

  @Test
  void anAirStrikeAndShellingAreConfusedNotACarBomb() {
    assertThat(RULES.confusable("Air/drone strike", "Shelling/artillery/missile attack")).isPresent();
    assertThat(RULES.confusable("Air/drone strike", "Remote explosive/landmine/IED")).isEmpty();
  }

  @Test
  void aMalformedLineIsNamedWithItsNumber() {
    assertThatThrownBy(() -> LinkRules.parse("rules.tsv", List.of("# sides", "side\tpro-government")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rules.tsv line 2").hasMessageContaining("kind<TAB>group<TAB>value");
    assertThatThrownBy(() -> LinkRules.parse("rules.tsv", List.of("alliance\tx\ty")))
        .hasMessageContaining("unknown kind 'alliance'");
  }
}
