package observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {
  static final String SENTENCES = "observatory/report/language-sentences.tsv";

  /** A labelled sentence of the test set. */
  record Labelled(String code, String text) {
  }

  static List<Labelled> sentences() throws IOException {
    try (InputStream in = LanguagesTest.class.getClassLoader().getResourceAsStream(SENTENCES)) {
      List<Labelled> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t", 2);
          out.add(new Labelled(cols[0], cols[1]));
        }
      }
      return out;
    }
  }

  @Test
  void everySentenceOfTheTestSetGetsItsLanguage() throws IOException {
    List<String> wrong = new ArrayList<>();
    List<Labelled> all = sentences();
    for (Labelled s : all) {
      String got = Languages.detect(s.text());
      if (!got.equals(s.code())) {
        wrong.add(s.code() + " read as " + got + ": " + s.text());
      }
    }
    assertThat(all).hasSizeGreaterThan(180);
    assertThat(wrong).isEmpty();
  }

  @Test
  void noOtherLanguageIsReadAsArabicOrEnglish() throws IOException {
    for (Labelled s : sentences()) {
      boolean readable = s.code().equals("ar") || s.code().equals("en");
      String got = Languages.detect(s.text());
      if (!readable) {
        assertThat(got).as(s.text()).isNotIn("ar", "en");
      }
    }
  }

  @Test
  void aLatinTextWithoutAnySignAndOtherScriptsAreUndetermined() {
    assertThat(Languages.detect("Idlib: 3 dead")).isEqualTo("en");
    assertThat(Languages.detect("Heftige Gefechte")).isEqualTo("und"); // no word or letter of a known language
    assertThat(Languages.detect("")).isEqualTo("en");
    assertThat(Languages.detect("Обстрел города Идлиб")).isEqualTo("und");
    assertThat(Languages.detect("#إدلب | 3 شهداء")).isEqualTo("ar");
  }

  @Test
  void aReportWithoutADeclaredLanguageGetsTheDetectedOne() {
    assertThat(Report.builder("Les secouristes ont retiré trois corps des décombres.").build().language()).isEqualTo("fr");
    assertThat(Report.builder("قتل مدنيان بقصف مدفعي على البلدة").build().language()).isEqualTo("ar");
    assertThat(Report.builder("Les secouristes ont retiré trois corps.").language("en").build().language()).isEqualTo("en");
    assertThat(Report.builder("Les secouristes ont retiré trois corps.").build().inReadableLanguage()).isFalse();
  }

  @Test
  void anArabicPostInsideEnglishPageFurnitureIsArabic() {
    String post = "Copy link to Tweet Embed Tweet Report Tweet Reply Retweet Like Views "
        + "إصابة ثلاثة مدنيين بقصف مدفعي على القرية";
    assertThat(Languages.detect(post)).isEqualTo("ar");
    String english = "Copy link to Tweet. The civil defence said two were killed in the town and a child was hurt. "
        + "قصف على القرية";
    assertThat(Languages.detect(english)).isEqualTo("en");
  }

  @Test
  void englishCopyNamingPlacesWithForeignLettersStaysEnglish() {
    assertThat(Languages.detect("Turkish shelling hit Ayn al-Arab and Şanlıurfa was put on alert")).isEqualTo("en");
    assertThat(Languages.detect("Strikes near Aʿzāz killed two")).isEqualTo("en");
  }
}
