package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicSentencesTest {

  private static List<String> split(String text) {
    return ArabicSentences.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void aFullStopOrQuestionMarkEndsASentenceWithOrWithoutASpaceAfterIt() {
    assertThat(split("قتل مدنيان بقصف مدفعي. وأصيب ثلاثة آخرون؟ نعم"))
        .containsExactly("قتل مدنيان بقصف مدفعي.", "وأصيب ثلاثة آخرون؟", "نعم");
    assertThat(split("من الجنسية السورية.استهدفت الطائرة السيارة"))
        .containsExactly("من الجنسية السورية.", "استهدفت الطائرة السيارة");
  }

  @Test
  void aLineBreakAlwaysEndsOne() {
    assertThat(split("#إدلب\n\nمقتل شاب برصاص قناص")).containsExactly("#إدلب", "مقتل شاب برصاص قناص");
  }

  @Test
  void pointsInsideNumbersDodgedWordsAndAbbreviationsEndNone() {
    assertThat(split("نزوح 2.5 مليون شخص")).hasSize(1);
    assertThat(split("مقتـ.ـل مدني بغـ.ـارة جوية")).hasSize(1);
    assertThat(split("قال د. محمد إن المشفى خرج عن الخدمة")).hasSize(1);
  }

  @Test
  void commasAndSemicolonsEndNone() {
    assertThat(split("قتل مدني، وأصيب آخر؛ بحسب الدفاع المدني")).hasSize(1);
  }

  @Test
  void spansAreTrimmedOffsetsIntoTheText() {
    String text = "  قصف جوي.  غارات أخرى.  ";
    assertThat(ArabicSentences.split(text)).extracting(s -> s.of(text)).containsExactly("قصف جوي.", "غارات أخرى.");
  }
}
