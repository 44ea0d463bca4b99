package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.geo.Gazetteer.Context;
import org.junit.jupiter.api.Test;

/** A monitor's own list of geolocated villages, added to the bundled GAZETTEER. */
class UserPlacesTest {

  private static Place village(String name, String arabic, double lat, double lon, String admin1) {
    return new Place(OptionalLong.empty(), name, List.of(arabic), lat, lon, "SY", Optional.of(admin1),
        Optional.empty(), Place.Kind.POPULATED_PLACE, 0);
  }

  // One village listed once per strike, with coordinates a few hundred metres apart, as such lists do.
  private static final List<Place> STRIKES = List.of(
      village("Kafr Sajna", "كفرسجنة", 35.5781, 36.5764, "Idlib"),
      village("Kafr Sajneh", "كفرسجنة", 35.5802, 36.5740, "Idlib"),
      village("Tal Menes", "تلمنس", 35.6222, 36.7030, "Idlib"),
      village("Al Mansoura", "المنصورة", 36.2900, 37.0300, "Aleppo"),
      village("Qamishli suburb", "", 37.0500, 41.2300, "Al-Hasakah"));

  private static final Gazetteer GAZETTEER = Gazetteer.bundled().with(STRIKES);

  @Test
  void addsAMonitorsVillagesToTheBundledPlaces() {
    assertThat(GAZETTEER.size()).isEqualTo(Gazetteer.bundled().size() + STRIKES.size());
    assertThat(Gazetteer.bundled().resolve("Tal Menes", Context.in("SY"))).isInstanceOf(Resolution.NotFound.class);
    assertThat(GAZETTEER.resolve("Talmenes", Context.in("SY"))).isInstanceOf(Resolution.Resolved.class);
  }

  @Test
  void oneVillageListedTwiceNearbyIsOnePlaceNotAnAmbiguity() {
    Resolution r = GAZETTEER.resolve("Kafar Sajna", Context.in("SY"));
    assertThat(r).isInstanceOfSatisfying(Resolution.Resolved.class,
        resolved -> assertThat(resolved.reason()).contains("taken as one place"));
  }

  @Test
  void theDocumentsGovernorateNowFindsItsOwnMansoura() {
    Context aleppo = new Context(List.of("SY"), List.of("Aleppo"), List.of());
    assertThat(GAZETTEER.resolve("Al-Mansoura", aleppo)).isInstanceOfSatisfying(Resolution.Resolved.class,
        resolved -> assertThat(resolved.place().admin1()).hasValue("Aleppo"));
  }

  @Test
  void governorateSpellingsOfTheListBecomeTheObservatorys() {
    Resolution r = GAZETTEER.resolve("Qamishli suburb", Context.in("SY"));
    assertThat(r).isInstanceOfSatisfying(Resolution.Resolved.class,
        resolved -> assertThat(resolved.place().admin1()).hasValue("Al-Hasakah"));
  }

  @Test
  void theBundledGazetteerIsUnchanged() {
    assertThat(Gazetteer.bundled().resolve("Kafr Sajneh", Context.in("SY"))).isInstanceOf(Resolution.NotFound.class);
  }
}
