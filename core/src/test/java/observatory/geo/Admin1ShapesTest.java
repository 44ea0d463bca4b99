package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class Admin1ShapesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @Test
  void findsTheGovernorateOfAPoint() {
    assertThat(GAZETTEER.admin1At(35.6135, 36.5607)).map(Place::name).hasValue("Idlib"); // Kafranbel
    assertThat(GAZETTEER.admin1At(36.2021, 37.1343)).map(Place::name).hasValue("Aleppo");
    assertThat(GAZETTEER.admin1At(33.8938, 35.5018)).map(Place::countryCode).hasValue("LB"); // Beirut
  }

  @Test
  void damascusIsNotTakenForTheRifDimashqAroundIt() {
    // Rif Dimashq's outline encloses Damascus; holes are not kept, so the smaller area must win.
    assertThat(GAZETTEER.admin1At(33.5102, 36.2913)).map(Place::name).hasValue("Damascus");
    assertThat(GAZETTEER.admin1At(33.5700, 36.4000)).map(Place::name).hasValue("Rif Dimashq"); // Douma
  }

  @Test
  void aPointAtSeaIsInNoGovernorate() {
    assertThat(GAZETTEER.admin1At(34.5, 34.0)).isEmpty();
  }

  @Test
  void aUserPlaceWithoutGovernorateGetsTheOneItLiesIn() {
    Place village = new Place(OptionalLong.empty(), "Tal Menes", List.of(), 35.6222, 36.7030, "SY",
        Optional.empty(), Optional.empty(), Place.Kind.POPULATED_PLACE, 0);
    Resolution r = GAZETTEER.with(List.of(village)).resolve("Talmenes", Gazetteer.Context.in("SY"));
    assertThat(r).isInstanceOfSatisfying(Resolution.Resolved.class,
        resolved -> assertThat(resolved.place().admin1()).hasValue("Idlib"));
  }
}
