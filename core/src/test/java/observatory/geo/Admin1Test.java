package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Admin1Test {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @Test
  void everySyrianGovernorateHasItsCanonicalName() {
    List<String> canonical = List.of("Aleppo", "Damascus", "Daraa", "Deir ez-Zor", "Hama", "Al-Hasakah", "Homs",
        "Idlib", "Latakia", "Quneitra", "Raqqa", "Rif Dimashq", "As-Suwayda", "Tartus");
    for (String name : canonical) {
      Place admin1 = GAZETTEER.admin1(name).orElseThrow(() -> new AssertionError(name));
      assertThat(admin1.name()).isEqualTo(name);
      assertThat(admin1.admin1()).hasValue(name);
      assertThat(admin1.countryCode()).isEqualTo("SY");
      assertThat(admin1.kind()).isEqualTo(Place.Kind.ADMIN1);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Rif-dimashq          | Rif Dimashq
      Rural Damascus       | Rif Dimashq
      Damascus countryside | Rif Dimashq
      ريف دمشق             | Rif Dimashq
      Dimashq              | Damascus
      Ar-Raqqah            | Raqqa
      Hasakeh              | Al-Hasakah
      Sweida               | As-Suwayda
      As-Sweida            | As-Suwayda
      Idleb                | Idlib
      محافظة إدلب          | Idlib
      Deir ez Zor          | Deir ez-Zor
      Dayr az Zawr         | Deir ez-Zor
      Lattakia             | Latakia
      Hamah                | Hama
      Halab                | Aleppo
      Tartous              | Tartus
      """)
  void findsSyrianGovernoratesInAnySpelling(String spelling, String canonical) {
    assertThat(GAZETTEER.admin1(spelling)).map(Place::name).hasValue(canonical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Saada   | Saada
      Sa'dah  | Saada
      Taiz    | Taiz
      Ta'izz  | Taiz
      Sanaa   | Sanaa
      Hodeidah| Hodeidah
      """)
  void findsYemeniGovernoratesByTheirCommonEnglishNames(String spelling, String canonical) {
    Place admin1 = GAZETTEER.admin1(spelling).orElseThrow();
    assertThat(admin1.name()).isEqualTo(canonical);
    assertThat(admin1.countryCode()).isEqualTo("YE");
  }

  @Test
  void findsProvincesOfNeighbours() {
    assertThat(GAZETTEER.admin1("Hatay")).map(Place::countryCode).hasValue("TR");
    assertThat(GAZETTEER.admin1("Nineveh province")).map(Place::countryCode).hasValue("IQ");
  }

  @Test
  void aTownIsNoGovernorate() {
    assertThat(GAZETTEER.admin1("Kafranbel")).isEmpty();
  }

  @Test
  void findsCountriesByNameOrCode() {
    assertThat(GAZETTEER.country("Syria")).map(Place::countryCode).hasValue("SY");
    assertThat(GAZETTEER.country("sy")).map(Place::name).hasValue("Syria");
    assertThat(GAZETTEER.country("اليمن")).map(Place::countryCode).hasValue("YE");
    assertThat(GAZETTEER.country("Idlib")).isEmpty();
  }
}
