package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.geo.Gazetteer.Context;
import observatory.geo.Resolution.Ambiguous;
import observatory.geo.Resolution.NotFound;
import observatory.geo.Resolution.Resolved;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final long MAARAT_AL_NUMAN = 167611;
  private static final long KAFRANBEL = 168661;
  private static final long DEIR_EZ_ZOR = 170794;
  private static final long KHAN_SHAYKHUN = 168325;
  private static final long AL_MAYADIN = 173480;
  private static final long ALBU_KAMAL = 174448;
  private static final long IDLIB_CITY = 169389;

  private static Resolved resolved(String name) {
    return resolved(name, Context.NONE);
  }

  private static Resolved resolved(String name, Context context) {
    Resolution resolution = GAZETTEER.resolve(name, context);
    assertThat(resolution).as(name).isInstanceOf(Resolved.class);
    return (Resolved) resolution;
  }

  private static long geonameId(String name) {
    return resolved(name).place().geonameId().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Maarat al-Numan", "Ma'arrat an-Nu'man", "Marat al Numan", "Maarrat al-Nu'man",
      "Maaret Al-Numan", "Maara Nuaman", "Ma‘arrat an Nu‘mān", "معرة النعمان"})
  void resolvesOneTownWrittenManyWays(String spelling) {
    assertThat(geonameId(spelling)).isEqualTo(MAARAT_AL_NUMAN);
    assertThat(resolved(spelling).precision()).isEqualTo(LocationPrecision.PLACE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kafranbel", "Kafr Nabl", "Kafr Nubl", "كفرنبل"})
  void resolvesKafranbelAsKafrNabl(String spelling) {
    assertThat(geonameId(spelling)).isEqualTo(KAFRANBEL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Deir ez-Zor", "Deir Ezzor", "Deir al-Zor", "Dayr az Zawr", "Deir el-Zour", "دير الزور"})
  void resolvesDeirEzZorSpellingsToTheCity(String spelling) {
    Resolved r = resolved(spelling);
    assertThat(r.place().geonameId()).hasValue(DEIR_EZ_ZOR);
    assertThat(r.place().admin1()).hasValue("Deir ez-Zor");
  }

  @Test
  void aGovernorateOfACountryTheReportDoesNotNameIsTakenOnlyByItsOwnName() {
    // In a report on Yemen, "al-Raqah" (a village GeoNames lacks) was Syria's Raqqa governorate.
    Context yemen = new Context(List.of("YE"), List.of(), List.of());
    assertThat(GAZETTEER.resolve("al-Raqah", yemen)).isInstanceOf(Resolution.NotFound.class);
    assertThat(resolved("Raqqa", yemen).place().admin1()).hasValue("Raqqa");
    assertThat(resolved("al-Raqah").place().admin1()).hasValue("Raqqa");
  }

  @Test
  void kurdishNamesOfNorthEasternTownsResolveInBothScripts() {
    // GeoNames has "Kobani" but not كوباني, nor Serêkaniyê for Ras al-Ain: alternate-names.tsv adds them.
    assertThat(geonameId("كوباني")).isEqualTo(172256L);
    assertThat(geonameId("Kobani")).isEqualTo(172256L);
    assertThat(geonameId("Serekaniye")).isEqualTo(165509L);
    assertThat(geonameId("سري كانيه")).isEqualTo(165509L);
    assertThat(geonameId("ديرك")).isEqualTo(173530L);
    assertThat(resolved("قامشلو").place().admin1()).hasValue("Al-Hasakah");
  }

  @Test
  void resolvesTransliterationsOfEasternTowns() {
    assertThat(geonameId("Khan Sheikhoun")).isEqualTo(KHAN_SHAYKHUN);
    assertThat(geonameId("Khan Shaykhun")).isEqualTo(KHAN_SHAYKHUN);
    assertThat(geonameId("Al-Mayadin")).isEqualTo(AL_MAYADIN);
    assertThat(geonameId("Mayadeen")).isEqualTo(AL_MAYADIN);
    assertThat(geonameId("al-Bukamal")).isEqualTo(ALBU_KAMAL);
    assertThat(geonameId("Abu Kamal")).isEqualTo(ALBU_KAMAL);
    assertThat(geonameId("Albu Kamal")).isEqualTo(ALBU_KAMAL);
  }

  @Test
  void twoSuransInDifferentGovernoratesAreAmbiguousWithoutContext() {
    // GeoNames has a Suran in Hama (pop. 30,716) and one north of Aleppo whose population it
    // does not know: nothing says which one a report means.
    Resolution r = GAZETTEER.resolve("Suran", Context.NONE);
    assertThat(r).isInstanceOf(Ambiguous.class);
    assertThat(((Ambiguous) r).candidates()).extracting(p -> p.admin1().orElseThrow())
        .containsExactlyInAnyOrder("Hama", "Aleppo");
  }

  @Test
  void theDocumentsGovernoratePicksOneOfTwoSurans() {
    Context aleppo = new Context(List.of("SY"), List.of("Aleppo"), List.of());
    Context hama = new Context(List.of("SY"), List.of("Hama province"), List.of());
    assertThat(resolved("Suran", aleppo).place().admin1()).hasValue("Aleppo");
    assertThat(resolved("Suran", hama).place().admin1()).hasValue("Hama");
    assertThat(resolved("Suran", aleppo).reason()).contains("in Aleppo");
  }

  @Test
  void aPlaceAlreadyResolvedNearbyPicksOneOfTwoSurans() {
    Place azaz = resolved("Azaz").place();
    Resolved r = resolved("Suran", new Context(List.of(), List.of(), List.of(azaz)));
    assertThat(r.place().admin1()).hasValue("Aleppo");
    assertThat(r.reason()).contains("nearest to places already resolved");
  }

  @Test
  void bareIdlibIsTheCityAndItsReasonNamesTheGovernorate() {
    Resolved r = resolved("Idlib");
    assertThat(r.place().geonameId()).hasValue(IDLIB_CITY);
    assertThat(r.place().kind()).isEqualTo(Place.Kind.POPULATED_PLACE);
    assertThat(r.precision()).isEqualTo(LocationPrecision.PLACE);
    assertThat(r.reason()).contains("Idlib governorate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Idlib province", "Idlib governorate", "the Idlib countryside",
      "southern Idlib countryside", "rural Idlib", "Rif Idlib", "Idleb province", "ريف إدلب الجنوبي",
      "the countryside of Idlib"})
  void idlibAsAnAreaIsTheGovernorate(String phrase) {
    Resolved r = resolved(phrase);
    assertThat(r.place().kind()).isEqualTo(Place.Kind.ADMIN1);
    assertThat(r.place().name()).isEqualTo("Idlib");
    assertThat(r.precision()).isEqualTo(LocationPrecision.ADMIN1);
  }

  @Test
  void idlibCityIsTheTown() {
    assertThat(resolved("Idlib city").place().geonameId()).hasValue(IDLIB_CITY);
  }

  @Test
  void directionsBeforeAGovernorateNameMeanTheGovernorate() {
    assertThat(resolved("northern Hama").place().kind()).isEqualTo(Place.Kind.ADMIN1);
    assertThat(resolved("Hama's northern countryside").place().name()).isEqualTo("Hama");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Damascus countryside", "Rural Damascus", "Rif Dimashq", "Rif-dimashq",
      "eastern Ghouta", "Eastern Ghouta", "the southern Damascus countryside", "ريف دمشق"})
  void damascusCountrysideAndGhoutaAreRifDimashq(String phrase) {
    Resolved r = resolved(phrase);
    assertThat(r.place().name()).isEqualTo("Rif Dimashq");
    assertThat(r.precision()).isEqualTo(LocationPrecision.ADMIN1);
  }

  @Test
  void damascusAloneIsTheCapital() {
    Resolved r = resolved("Damascus");
    assertThat(r.place().kind()).isEqualTo(Place.Kind.POPULATED_PLACE);
    assertThat(r.place().admin1()).hasValue("Damascus");
  }

  @ParameterizedTest
  @ValueSource(strings = {"the Saraqeb countryside", "Saraqeb area", "eastern Saraqeb", "the outskirts of Saraqeb"})
  void theAreaAroundATownIsNearThatTown(String phrase) {
    Resolved r = resolved(phrase);
    assertThat(r.place().name()).isEqualTo("Sarāqib");
    assertThat(r.precision()).isEqualTo(LocationPrecision.NEAR_PLACE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Syria", "Yemen", "Iraq", "سوريا", "Syrian Arab Republic"})
  void countriesResolveToACountry(String name) {
    Resolved r = resolved(name);
    assertThat(r.place().kind()).isEqualTo(Place.Kind.COUNTRY);
    assertThat(r.precision()).isEqualTo(LocationPrecision.COUNTRY);
  }

  @Test
  void northernSyriaIsTheCountry() {
    assertThat(resolved("northern Syria").place().countryCode()).isEqualTo("SY");
  }

  @Test
  void placesInSyriaCarryTheObservatorysGovernorateNames() {
    assertThat(resolved("Raqqa").place().admin1()).hasValue("Raqqa");
    assertThat(resolved("Douma").place().admin1()).hasValue("Rif Dimashq");
    assertThat(resolved("Qamishli").place().admin1()).hasValue("Al-Hasakah");
    assertThat(resolved("Shahba").place().admin1()).hasValue("As-Suwayda");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ra's al-Ayn", "Ra’s al-‘Ayn", "Ras el-Ain", "Ra's al 'Ayn"})
  void theApostropheOfRasIsNotAPossessive(String spelling) {
    assertThat(resolved(spelling, Context.in("SY")).place().admin1()).hasValue("Al-Hasakah");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Badia of Deir Ezzor", "the Deir Ezzor desert", "the eastern Deir ez-Zor Badia"})
  void aGovernoratesDesertIsTheGovernorateAsAnArea(String phrase) {
    Resolved r = resolved(phrase, Context.in("SY"));
    assertThat(r.place().admin1()).hasValue("Deir ez-Zor");
    assertThat(r.precision()).isEqualTo(LocationPrecision.ADMIN1);
  }

  @Test
  void aTownsDesertIsNearTheTown() {
    Resolved r = resolved("the Palmyra desert", Context.in("SY"));
    assertThat(r.place().admin1()).hasValue("Homs");
    assertThat(r.precision()).isEqualTo(LocationPrecision.NEAR_PLACE);
  }

  @Test
  void aMadeUpNameIsNotFound() {
    assertThat(GAZETTEER.resolve("Blorfington Heights", Context.NONE)).isInstanceOf(NotFound.class);
    assertThat(GAZETTEER.resolve("  ", Context.NONE)).isInstanceOf(NotFound.class);
  }

  @Test
  void aLooseMatchAbroadIsNotTakenForAPlaceInTheDocumentsCountry() {
    // Not in cities500's Syria; a spelling-variant key finds a town in Iraq.
    assertThat(GAZETTEER.resolve("al-Aziziyeh", Context.in("SY"))).isInstanceOf(NotFound.class);
  }

  @Test
  void theDocumentsCountryAdmitsLooserSpellings() {
    // "Arbin" for 'Irbin: without a country a hamza-initial vowel alone is too little to go on.
    assertThat(resolved("Arbin", Context.in("SY")).place().admin1()).hasValue("Rif Dimashq");
  }

  @Test
  void anExactNameAbroadStillResolvesInASyrianDocument() {
    Resolved r = resolved("Beirut", Context.in("SY"));
    assertThat(r.place().countryCode()).isEqualTo("LB");
    assertThat(r.reason()).contains("outside the document's countries");
  }

  @Test
  void aVillageNamedInAnotherGovernorateIsNotTakenForTheOneInTheDocuments() {
    // Several Syrian villages are called al-Mansoura; cities500 knows only the one in Raqqa.
    Context aleppo = new Context(List.of("SY"), List.of("Aleppo"), List.of());
    assertThat(GAZETTEER.resolve("Al-Mansoura", aleppo)).isInstanceOf(NotFound.class);
    assertThat(resolved("Al-Mansoura", new Context(List.of("SY"), List.of("Raqqa"), List.of())).place().admin1())
        .hasValue("Raqqa");
  }

  @Test
  void aLargeTownInAnotherGovernorateIsTakenByItsExactName() {
    Context hama = new Context(List.of("SY"), List.of("Hama"), List.of());
    Resolved r = resolved("Damascus", hama);
    assertThat(r.place().admin1()).hasValue("Damascus");
    assertThat(r.reason()).contains("outside the document's governorates");
  }

  @Test
  void aSkeletonMatchMustAlsoBeSpeltAlike() {
    // "Kahtan" shares the consonants k-h-t-n with al-Qahtaniyah, a different name.
    assertThat(GAZETTEER.resolve("Kahtan", Context.in("SY"))).isInstanceOf(NotFound.class);
  }

  @Test
  void bundledIsLoadedOnce() {
    assertThat(Gazetteer.bundled()).isSameAs(GAZETTEER);
    assertThat(GAZETTEER.size()).isGreaterThan(3000);
  }

  @Test
  void resolvesFromManyThreadsAtOnce() throws Exception {
    List<String> names = List.of("Kafranbel", "Maara Nuaman", "Idlib province", "Suran", "eastern Ghouta", "Syria");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Resolution>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String name = names.get(i % names.size());
        futures.add(pool.submit(() -> Gazetteer.bundled().resolve(name, Context.NONE)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(GAZETTEER.resolve(names.get(i % names.size()), Context.NONE));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reasonsSayHowTheNameMatched() {
    assertThat(resolved("Kafranbel").reason()).startsWith("exact name match");
    assertThat(resolved("Maaret Al-Numan").reason()).startsWith("spelling-variant match");
    assertThat(resolved("Maara Nuaman").reason()).startsWith("consonant-skeleton match");
  }
}
