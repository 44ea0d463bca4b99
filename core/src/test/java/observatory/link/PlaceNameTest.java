package observatory.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNameTest {
  @Test
  void spellingsOfOneNameAreOnePlace() {
    assertThat(PlaceName.of("Haas").sameAs(PlaceName.of("Hass"))).isTrue();
    assertThat(PlaceName.of("Atareb").sameAs(PlaceName.of("al-Atarib"))).isTrue();
    // A letter apart in names of five letters or more: a vowel written or not.
    assertThat(PlaceName.of("Sarqib").sameAs(PlaceName.of("Saraqib"))).isTrue();
    assertThat(PlaceName.of("Kansafra").sameAs(PlaceName.of("Kinsafra"))).isTrue();
  }

  @Test
  void differentNamesAreDifferentPlaces() {
    assertThat(PlaceName.of("Kansafra").sameAs(PlaceName.of("Hazano"))).isFalse();
    assertThat(PlaceName.of("Kafr Lata").sameAs(PlaceName.of("Kafr Naha"))).isFalse();
    // Short names must match whole: one letter is too much of them.
    assertThat(PlaceName.of("Has").sameAs(PlaceName.of("Hish"))).isFalse();
  }

  @Test
  void aNameWithoutAKeyMatchesNothing() {
    assertThat(new PlaceName("’", "").sameAs(new PlaceName("’", ""))).isFalse();
  }
}
