package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void foldingMergesArticlesVowelsAndDoubledLetters() {
    assertThat(NameKeys.fold("Deir ez-Zor")).isEqualTo(NameKeys.fold("Deir Ezzor"))
        .isEqualTo(NameKeys.fold("Dayr az Zawr")).isEqualTo(NameKeys.fold("Deir al-Zour"));
    assertThat(NameKeys.fold("Raqqah")).isEqualTo(NameKeys.fold("Raqqa"));
    assertThat(NameKeys.fold("Haydariyeh")).isEqualTo(NameKeys.fold("Haydariya"));
    assertThat(NameKeys.fold("Khan Sheikhoun")).isEqualTo(NameKeys.fold("Khan Shaykhun"));
  }

  @Test
  void foldingMergesTheYOfNisbaEndingsAndTheIBetweenVowels() {
    assertThat(NameKeys.fold("Salamieh")).isEqualTo(NameKeys.fold("Salamiyah"))
        .isEqualTo(NameKeys.fold("Salamiyeh")).isEqualTo(NameKeys.fold("Salamiyya"));
    assertThat(NameKeys.fold("Madaia")).isEqualTo(NameKeys.fold("Madaya")).isEqualTo(NameKeys.fold("Madayya"));
    assertThat(NameKeys.fold("Daraia")).isEqualTo(NameKeys.fold("Darayya"));
  }

  @Test
  void foldingMergesTheNThatIsHeardAsMAndTheGhayn() {
    assertThat(NameKeys.fold("Mambij")).isEqualTo(NameKeys.fold("Manbij"));
    assertThat(NameKeys.fold("Jisr ach-Chougour")).isEqualTo(NameKeys.fold("Jisr ash-Shughur"));
  }

  @Test
  void foldingKeepsDistinctTownsApart() {
    assertThat(NameKeys.fold("Homs")).isNotEqualTo(NameKeys.fold("Hama"));
    assertThat(NameKeys.fold("Harim")).isNotEqualTo(NameKeys.fold("Haram"));
    assertThat(NameKeys.fold("Binnish")).isNotEqualTo(NameKeys.fold("Banias"));
  }

  @Test
  void anArticleAloneIsNotDropped() {
    assertThat(NameKeys.fold("Al")).isEqualTo("al");
  }

  @Test
  void arabicSpellingsOfOneLetterShareAKey() {
    assertThat(NameKeys.fold("إدلب")).isEqualTo(NameKeys.fold("ادلب"));
    assertThat(NameKeys.fold("معرّة النعمان")).isEqualTo(NameKeys.fold("معره نعمان"));
    assertThat(NameKeys.fold("حماة")).isEqualTo(NameKeys.fold("حماه"));
  }

  @Test
  void arabicMarksThatChangeNoLetterAreIgnored() {
    String plain = NameKeys.exact("سراقب");
    assertThat(NameKeys.exact("سَرَاقِب")).isEqualTo(plain); // harakat
    assertThat(NameKeys.exact("سراقـــب")).isEqualTo(plain); // tatweel
    assertThat(NameKeys.exact("سراقـ.ـب")).isEqualTo(plain); // a dot written to dodge filters
    assertThat(NameKeys.exact("سرا*قب")).isEqualTo(plain);
    assertThat(NameKeys.exact("سرا\u200Cقب")).isEqualTo(plain); // zero-width non-joiner
    assertThat(NameKeys.exact("\u200Fسراقب\u200E")).isEqualTo(plain); // direction marks
    assertThat(NameKeys.exact("ﺳﺮاﻗﺐ")).isEqualTo(plain); // presentation forms
  }

  @Test
  void arabicLettersWrittenSeveralWaysShareOneForm() {
    assertThat(NameKeys.exact("أعزاز")).isEqualTo(NameKeys.exact("اعزاز")).isEqualTo(NameKeys.exact("إعزاز"));
    assertThat(NameKeys.exact("بصرى")).isEqualTo(NameKeys.exact("بصري"));
    assertThat(NameKeys.exact("رؤية")).isEqualTo(NameKeys.exact("روية"));
    assertThat(NameKeys.exact("کفر نبل")).isEqualTo(NameKeys.exact("كفر نبل")); // Persian kaf
    assertThat(NameKeys.exact("کۆبانی")).isEqualTo(NameKeys.exact("كوباني")); // Kurdish o and ye
  }

  @Test
  void aLatinTransliterationInBracketsAfterAnArabicNameIsAGloss() {
    assertThat(NameKeys.exact("سراقب (Saraqib)")).isEqualTo(NameKeys.exact("سراقب"));
    assertThat(NameKeys.exact("سراقب [Saraqeb]")).isEqualTo(NameKeys.exact("سراقب"));
    // Latin letters that are part of the name stay.
    assertThat(NameKeys.exact("نقطة K2")).isEqualTo("نقطه k2");
  }

  @Test
  void arabicIndicDigitsAreDigits() {
    assertThat(NameKeys.exact("تل ٣٠٥")).isEqualTo(NameKeys.exact("تل 305")).isEqualTo(NameKeys.exact("تل ۳۰۵"));
  }

  @Test
  void aTaMarbutaEndsAWordWrittenWithoutItsSpace() {
    assertThat(NameKeys.exact("معرةمصرين")).isEqualTo(NameKeys.exact("معرة مصرين"));
  }

  @Test
  void arabicFoldingDropsTheArticleDoubledLettersAndATownWord() {
    assertThat(NameKeys.fold("الباب")).isEqualTo(NameKeys.fold("باب"));
    assertThat(NameKeys.fold("باب بيلا")).isEqualTo(NameKeys.fold("بابيلا"));
    assertThat(NameKeys.fold("قرية سراقب")).isEqualTo(NameKeys.fold("سراقب"));
    assertThat(NameKeys.exact("قرية سراقب")).isNotEqualTo(NameKeys.exact("سراقب"));
    // A word alone is its own name, even when it is "town".
    assertThat(NameKeys.fold("مدينة")).isNotEmpty();
  }

  @Test
  void theArabicSkeletonDropsLongAlefAndWawButNotYa() {
    assertThat(NameKeys.skeleton("سارمين")).isEqualTo(NameKeys.skeleton("سرمين"));
    // The ta marbuta of a word before another (a construct) comes and goes, as in Latin "Maarat" / "Maara".
    assertThat(NameKeys.skeleton("دارة عزة")).isEqualTo(NameKeys.skeleton("دار عزة"));
    // A ya tells a diminutive from its base, often two villages: "مليحة" and "ملحة".
    assertThat(NameKeys.skeleton("مليحة")).isNotEqualTo(NameKeys.skeleton("ملحة"));
    // A final ta marbuta too: "الصفصافة" and "الصفصاف".
    assertThat(NameKeys.skeleton("الصفصافة")).isNotEqualTo(NameKeys.skeleton("الصفصاف"));
  }

  @Test
  void arabicAdjectivesOfOriginGiveTheirNames() {
    assertThat(NameKeys.nisbaBases("الإدلبي")).contains("ادلب");
    assertThat(NameKeys.nisbaBases("الحموية")).contains("حماه");
    assertThat(NameKeys.nisbaBases("درعاوي")).contains("درعا");
    assertThat(NameKeys.nisbaBases("حمص")).isEmpty();
  }

  @Test
  void foldingMergesNoMoreSyrianPlacesThanExactNamesDo() {
    // Measured on the bundled extract: looser keys must not pile distinct Syrian towns together.
    List<GazetteerFiles.PlaceRow> syria = GazetteerFiles.places("places.tsv.gz", GazetteerFiles.resource("places.tsv.gz"))
        .stream().filter(row -> row.countryCode().equals("SY")).toList();
    Map<String, Set<Long>> exact = new HashMap<>();
    Map<String, Set<Long>> fold = new HashMap<>();
    for (GazetteerFiles.PlaceRow row : syria) {
      for (String name : row.alternateNames()) {
        NameKeys.Keys keys = NameKeys.keys(name);
        exact.computeIfAbsent(keys.exact(), k -> new HashSet<>()).add(row.geonameId());
        fold.computeIfAbsent(keys.fold(), k -> new HashSet<>()).add(row.geonameId());
      }
    }
    long sharedExact = exact.values().stream().filter(ids -> ids.size() > 1).count();
    long sharedFold = fold.values().stream().filter(ids -> ids.size() > 1).count();
    assertThat(sharedFold).isLessThanOrEqualTo(sharedExact + 2);
  }
}
