package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnNameTest {

  /**
   * Regression: "Ariha" (the Arabic name of Jericho, and the own name of Ariha in Idlib) resolved
   * to Jericho on population alone, which split incidents in Idlib when linking. A place's own
   * name now weighs more than another's alternate: with no context it is a tie, said as such.
   */
  @Test
  void aNameThatIsOnePlacesOwnAndAnothersAlternateIsNotForcedOntoTheAlternate() {
    Resolution r = Gazetteer.bundled().resolve("Ariha", Gazetteer.Context.NONE);
    boolean jericho = r instanceof Resolution.Resolved res && res.place().countryCode().equals("PS");
    assertThat(jericho).as("resolved %s", r).isFalse();
    assertThat(Gazetteer.bundled().resolve("Ariha", Gazetteer.Context.in("SY")))
        .isInstanceOfSatisfying(Resolution.Resolved.class, res -> assertThat(res.place().admin1()).contains("Idlib"));
  }
}
