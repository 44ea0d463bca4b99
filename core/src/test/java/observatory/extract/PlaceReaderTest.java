package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import org.junit.jupiter.api.Test;

class PlaceReaderTest {

  private static List<PlaceFinder.Candidate> places(String text, int sentence) {
    return StageFixture.of(text).sentences.get(sentence).places();
  }

  @Test
  void aTownAndTheProvinceItLiesInAreBothFound() {
    List<PlaceFinder.Candidate> p = places("Air strikes hit the town of Kafr Nabl in Idlib province.", 0);
    assertThat(p).extracting(c -> c.mention().asWritten()).containsExactly("Kafr Nabl", "Idlib province");
    assertThat(p.get(0).isTown()).isTrue();
    assertThat(p.get(1).level()).isEqualTo(LocationPrecision.ADMIN1);
  }

  @Test
  void aCityNamedLikeItsGovernorateIsTheGovernorateAfterAVillage() {
    List<PlaceFinder.Candidate> p = places("Jets struck al-Naqir, also in Idlib, on Monday.", 0);
    assertThat(p).filteredOn(c -> c.mention().asWritten().equals("Idlib")).singleElement()
        .satisfies(c -> {
          assertThat(c.level()).isEqualTo(LocationPrecision.ADMIN1);
          assertThat(c.mention().place()).map(Place::kind).contains(Place.Kind.ADMIN1);
        });
  }

  @Test
  void theCityOfIdlibStaysTheCity() {
    List<PlaceFinder.Candidate> p = places("Jets struck the city of Idlib on Monday.", 0);
    assertThat(p).singleElement().satisfies(c -> assertThat(c.isTown()).isTrue());
  }

  @Test
  void theProvinceNamedLaterDecidesWhichAmbiguousTownIsMeant() {
    // Ariha is also Jericho: the report's Idlib province makes it the Syrian town.
    List<PlaceFinder.Candidate> p = places("Shelling killed two people in Ariha. The town lies in Idlib province.", 0);
    assertThat(p).singleElement().satisfies(c -> assertThat(c.mention().place()).map(Place::countryCode).contains("SY"));
  }
}
