package observatory.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicLexiconTest {

  private static List<String> labels(Lexicon lexicon, String text) {
    return lexicon.find(text).stream().map(LexiconMatch::label).toList();
  }

  private static List<String> spans(Lexicon lexicon, String text) {
    return lexicon.find(text).stream().map(m -> m.text(text)).toList();
  }

  @Test
  void aConjunctionOrPrepositionWrittenOntoTheFirstWordIsReadOffAndLeftOutOfTheSpan() {
    String text = "استهدفت والغارات الجوية بلدة، ثم قصفت بغارة جوية أخرى";
    assertThat(labels(Lexicons.weapons(), text)).containsExactly("air strike", "air strike");
    assertThat(spans(Lexicons.weapons(), text)).containsExactly("الغارات الجوية", "غارة جوية");
    String actor = "في قصف لقوات النظام على القرية";
    assertThat(spans(Lexicons.actors(), actor)).containsExactly("قوات النظام");
    assertThat(labels(Lexicons.actors(), actor)).containsExactly("Syrian government");
  }

  @Test
  void aPrepositionSharingItsLamWithTheArticleStaysInTheSpan() {
    String text = "قصف مدفعي للاحتلال التركي وللنظام";
    assertThat(spans(Lexicons.actors(), text)).containsExactly("للاحتلال التركي", "للنظام");
  }

  @Test
  void theArticleIsOptionalOnEveryWord() {
    assertThat(labels(Lexicons.weapons(), "قصف مدفعي على الأطراف")).containsExactly("shelling");
    assertThat(labels(Lexicons.weapons(), "القصف المدفعي على الأطراف")).containsExactly("shelling");
    assertThat(labels(Lexicons.weapons(), "وللطيران الحربي حضور دائم")).containsExactly("air strike");
    assertThat(labels(Lexicons.weapons(), "طيران حربي يحلق فوق المدينة")).containsExactly("air strike");
  }

  @Test
  void lettersSpeltSeveralWaysAndMarksMatchAlike() {
    assertThat(labels(Lexicons.weapons(), "قصف طائرة مسيّرة")).containsExactly("air strike");
    assertThat(labels(Lexicons.weapons(), "قصف طائره مسيره")).containsExactly("air strike");
    assertThat(labels(Lexicons.actors(), "قصف الإحتلال التركي")).containsExactly("Turkey");
    assertThat(labels(Lexicons.actors(), "قُوَّاتُ النِّظَامِ")).containsExactly("Syrian government");
  }

  @Test
  void wordsBrokenToDodgeFiltersAreReadWhole() {
    assertThat(labels(Lexicons.weapons(), "غـ.ـارات جـ.ـوية على المخيم")).containsExactly("air strike");
    assertThat(labels(Lexicons.actors(), "قصف الاحـ ـتـ ـلال التركي")).containsExactly("Turkey");
    assertThat(labels(Lexicons.actors(), "عناصر تحـ ـرير الشـ ـام")).containsExactly("HTS");
  }

  @Test
  void theLongestPhraseWins() {
    assertThat(labels(Lexicons.actors(), "مقاتلو الجيش السوري الحر")).containsExactly("opposition");
    assertThat(labels(Lexicons.actors(), "جنود الجيش السوري")).containsExactly("Syrian government");
    assertThat(labels(Lexicons.weapons(), "استهدفتها مسيرة انتحارية")).containsExactly("air strike");
    assertThat(labels(Lexicons.weapons(), "برصاص قناص")).containsExactly("sniper");
    assertThat(labels(Lexicons.actors(), "الطيران الحربي الروسي")).containsExactly("Russia");
  }

  @Test
  void actorsByTheirArabicNames() {
    String text = "اشتباكات بين قسد وتنظيم الدولة، وقصف لحزب الله والميليشيات الإيرانية، وغارات للتحالف الدولي "
        + "والطيران الإسرائيلي، وهجوم لهيئة تحرير الشام";
    assertThat(labels(Lexicons.actors(), text)).containsExactly("SDF", "ISIS", "pro-government militia",
        "pro-government militia", "US-led coalition", "Israel", "HTS");
  }

  @Test
  void sourcesByTheirArabicNames() {
    String text = "وقال الدفاع المدني إن فرقه انتشلت الجثث، بحسب المرصد السوري لحقوق الإنسان ووكالة سانا";
    assertThat(labels(Lexicons.sources(), text)).containsExactly("White Helmets",
        "Syrian Observatory for Human Rights", "SANA");
    assertThat(spans(Lexicons.sources(), text).get(0)).isEqualTo("الدفاع المدني");
  }

  @Test
  void wholeWordsOnly() {
    // "النظامي" (regular) is not "النظام" (the regime); "بلدة" is no ب + "لدة"
    assertThat(labels(Lexicons.actors(), "الجيش النظامي في بلدة مجاورة")).isEmpty();
    assertThat(labels(Lexicons.weapons(), "قصفٌ على قرية")).isEmpty();
  }

  @Test
  void aDataFileMayMixArabicAndEnglishRows() {
    Lexicon mixed = Lexicon.fromLines("mixed", List.of("air strike\tair strike(s)", "air strike\tغارات جوية",
        "shelling\tالقصف المدفعي"));
    assertThat(labels(mixed, "air strikes and غارات جوية and قصف مدفعي")).containsExactly("air strike", "air strike",
        "shelling");
  }

  @Test
  void anArabicPhraseWithAndWithoutItsArticleIsOnePhrase() {
    // the two rows name the same phrase, so a second label for it is refused
    try {
      Lexicon.fromLines("conflict", List.of("shelling\tالقصف المدفعي", "bombing\tقصف مدفعي"));
      org.junit.jupiter.api.Assertions.fail("expected a conflict");
    } catch (LexiconFormatException e) {
      assertThat(e.getMessage()).contains("already labelled 'shelling'");
    }
  }
}
