package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import observatory.geo.Gazetteer.Context;
import observatory.geo.Resolution.NotFound;
import observatory.geo.Resolution.Resolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Place names written in Arabic script, as Arabic reports and social-media posts write them. */
class ArabicNamesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final Context SYRIA = Context.in("SY");
  private static final long ARMANAZ = 172988;
  private static final long MAARAT_MISRIN = 167605;
  private static final long BINNISH = 171451;
  private static final long WADI_AL_UYUN = 162706;
  private static final long KAFR_TAKHARIM = 168629;
  private static final long KUWAYRIS_SHARQI = 167713;
  private static final long BARRI_SHARQI = 171757;
  private static final long HOMS_CITY = 169577;
  private static final long SALQIN = 164898;

  private static Resolved resolved(String name) {
    Resolution resolution = GAZETTEER.resolve(name, SYRIA);
    assertThat(resolution).as(name).isInstanceOf(Resolved.class);
    return (Resolved) resolution;
  }

  private static long geonameId(String name) {
    return resolved(name).place().geonameId().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"أرمناز", "ارمناز", "إرمناز", "آرمناز", "أَرْمَنَاز", "أرمنـــاز", "أرمـ.ـناز", "أرم\u200Cناز",
      "\u200Fأرمناز\u200E", "وأرمناز", "بأرمناز", "وبأرمناز", "فأرمناز", "لأرمناز", "مدينة أرمناز", "بلدة أرمناز",
      "وبلدة أرمناز", "ﺃﺭﻣﻨﺎﺯ"})
  void resolvesOneTownWrittenManyWaysInArabic(String spelling) {
    assertThat(geonameId(spelling)).isEqualTo(ARMANAZ);
    assertThat(resolved(spelling).precision()).isEqualTo(LocationPrecision.PLACE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"معرة مصرين", "معره مصرين", "معرتمصرين", "معرةمصرين", "ومعرة مصرين", "بمعرة مصرين",
      "معرة مصريـن", "معرة مصرين\u064B"})
  void resolvesATwoWordNameWithItsTaMarbutaWrittenEitherWay(String spelling) {
    assertThat(geonameId(spelling)).isEqualTo(MAARAT_MISRIN);
  }

  @Test
  void aNameWithTheArticleMatchesItWrittenWithoutAndTheOtherWayRound() {
    // GeoNames writes "جسر الشغور"; reports also write "جسر شغور".
    assertThat(resolved("جسر شغور").place().name()).isEqualTo("Jisr ash Shughūr");
    assertThat(resolved("والجسر الشغور").place().name()).isEqualTo("Jisr ash Shughūr");
    assertThat(resolved("السلقين").place().geonameId()).hasValue(SALQIN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"بنش", "وادي العيون", "كفر تخاريم"})
  void aNameThatBeginsWithAPrefixLetterIsNotStripped(String name) {
    Resolved r = resolved(name);
    assertThat(r.place().geonameId().orElseThrow()).isIn(BINNISH, WADI_AL_UYUN, KAFR_TAKHARIM);
    assertThat(r.reason()).doesNotContain("prefix");
  }

  @Test
  void aPrefixIsTakenOffOnlyWhenTheNameAsWrittenIsUnknown() {
    // "وبنش" is "and Binnish": و taken off, then the whole "بنش" is a known name; "نش" is never tried.
    assertThat(geonameId("وبنش")).isEqualTo(BINNISH);
    assertThat(resolved("وبنش").reason()).contains("read without the prefix", "'بنش'");
    assertThat(NameKeys.withoutProclitics("بنش")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ريف حمص", "ريف حمص الشمالي", "ريف حمص الشمالي الغربي", "ريف حمص الشرقية", "بريف حمص",
      "في ريف حمص", "وريف حمص الجنوبي", "محافظة حمص", "بمحافظة حمص", "حمص وريفها", "الريف الحمصي",
      "الريف الحمصي الغربي", "ريف محافظة حمص"})
  void anArabicAreaPhraseResolvesToTheGovernorateAtAdmin1(String phrase) {
    Resolved r = resolved(phrase);
    assertThat(r.place().kind()).isEqualTo(Place.Kind.ADMIN1);
    assertThat(r.place().name()).isEqualTo("Homs");
    assertThat(r.precision()).isEqualTo(LocationPrecision.ADMIN1);
  }

  @Test
  void adjectivesOfGovernoratesNamedIrregularlyAreRead() {
    assertThat(resolved("الريف الحموي").place().name()).isEqualTo("Hama");
    assertThat(resolved("الريف الرقاوي").place().name()).isEqualTo("Raqqa");
    assertThat(resolved("الريف الطرطوسي").place().name()).isEqualTo("Tartus");
  }

  @ParameterizedTest
  @ValueSource(strings = {"مدينة حمص", "بمدينة حمص", "حمص المدينة"})
  void theCityWordNamesTheCityNotTheGovernorate(String phrase) {
    Resolved r = resolved(phrase);
    assertThat(r.place().geonameId()).hasValue(HOMS_CITY);
    assertThat(r.precision()).isEqualTo(LocationPrecision.PLACE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"محيط سلقين", "أطراف سلقين", "طريق سلقين", "ناحية سلقين", "مخيم سلقين", "شمال سلقين",
      "طريق بلدة سلقين"})
  void anAreaAroundATownIsNearThatTown(String phrase) {
    Resolved r = resolved(phrase);
    assertThat(r.place().geonameId()).hasValue(SALQIN);
    assertThat(r.precision()).isEqualTo(LocationPrecision.NEAR_PLACE);
  }

  @Test
  void aVillageWhoseNameEndsInADirectionIsThatVillage() {
    // Not "the east of Kuwayris": the village's own name is "كويرس شرقي".
    assertThat(geonameId("كويرس شرقي")).isEqualTo(KUWAYRIS_SHARQI);
    assertThat(resolved("كويرس شرقي").precision()).isEqualTo(LocationPrecision.PLACE);
    assertThat(geonameId("برّي الشرقي")).isEqualTo(BARRI_SHARQI);
  }

  @Test
  void aNeighbourhoodNamedLikeATownIsNotThatTown() {
    // Cities have neighbourhoods named after towns far away; only a gazetteer entry of that name will do.
    assertThat(GAZETTEER.resolve("حي سلقين", SYRIA)).isInstanceOf(NotFound.class);
  }

  @Test
  void aMonitorsVillageListedAsVillageOfXMatchesAReportsX() {
    Place village = new Place(OptionalLong.empty(), "Tell Zarzur", List.of("قرية تل زرزور"), 35.81, 36.52, "SY",
        java.util.Optional.empty(), java.util.Optional.empty(), Place.Kind.POPULATED_PLACE, 0);
    Gazetteer withVillage = GAZETTEER.with(List.of(village));
    for (String written : List.of("تل زرزور", "قرية تل زرزور", "وتل زرزور", "بقرية تل زرزور")) {
      Resolution r = withVillage.resolve(written, SYRIA);
      assertThat(r).as(written).isInstanceOf(Resolved.class);
      assertThat(((Resolved) r).place().name()).isEqualTo("Tell Zarzur");
      assertThat(((Resolved) r).place().admin1()).hasValue("Idlib");
    }
  }

  @Test
  void candidatesOfAPrefixedNameAreThoseOfTheName() {
    assertThat(GAZETTEER.candidates("وبأرمناز")).extracting(p -> p.geonameId().orElseThrow()).containsExactly(ARMANAZ);
  }

  @Test
  void governoratesAndCountriesAreFoundWithAPrefixWrittenOntoThem() {
    assertThat(GAZETTEER.admin1("بحماة")).map(Place::name).hasValue("Hama");
    assertThat(GAZETTEER.country("بسوريا")).map(Place::countryCode).hasValue("SY");
  }

  @Test
  void aShortRemainderIsNotANameOfItsOwn() {
    // "بحر" (sea) must not become "حر"; forms under three letters are never tried.
    assertThat(NameKeys.withoutProclitics("بحر")).isEmpty();
    assertThat(NameKeys.withoutProclitics("وبحمص")).containsExactly("بحمص", "حمص");
    assertThat(NameKeys.withoutProclitics("للرقة")).contains("الرقه");
    assertThat(NameKeys.withoutProclitics("Binnish")).isEmpty();
  }
}
