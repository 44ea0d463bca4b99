package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import observatory.claim.Count;
import observatory.claim.Span;
import org.junit.jupiter.api.Test;

class ArabicReadersPropertiesTest {

  private static final String[] UNITS = {"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"};
  private static final String[] TENS = {"", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون",
      "تسعون"};
  private static final String[] HUNDREDS = {"", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة",
      "ثمانمئة", "تسعمئة"};

  /** n (1..999,999) in words, masculine, as a news agency writes it. */
  static String words(int n) {
    int thousands = n / 1000;
    int rest = n % 1000;
    String head = switch (thousands) {
      case 0 -> "";
      case 1 -> "ألف";
      case 2 -> "ألفان";
      default -> below(thousands) + (thousands <= 10 ? " آلاف" : " ألف");
    };
    if (rest == 0) {
      return head;
    }
    return head.isEmpty() ? below(rest) : head + " و" + below(rest);
  }

  private static String below(int n) {
    int h = n / 100;
    int r = n % 100;
    String hundreds = HUNDREDS[h];
    String small;
    if (r == 0) {
      small = "";
    } else if (r < 10) {
      small = UNITS[r];
    } else if (r == 10) {
      small = "عشرة";
    } else if (r < 20) {
      small = (r == 11 ? "أحد" : r == 12 ? "اثنا" : UNITS[r - 10]) + " عشر";
    } else {
      small = r % 10 == 0 ? TENS[r / 10] : UNITS[r % 10] + " و" + TENS[r / 10];
    }
    if (hundreds.isEmpty()) {
      return small;
    }
    return small.isEmpty() ? hundreds : hundreds + " و" + small;
  }

  @Property
  void numberWordsRoundTrip(@ForAll @IntRange(min = 3, max = 999_999) int n) {
    String w = words(n);
    String s = "وثقت الفرق " + w + " حالة خلال الحملة";
    List<NumberMention> found = ArabicNumbers.find(s);
    assertThat(found).as("figures in: %s", s).hasSize(1);
    assertThat(found.get(0).count()).isEqualTo(Count.exact(n));
    assertThat(found.get(0).numberSpan().of(s)).isEqualTo(w);
  }

  @Property
  void arabicIndicDigitsReadAsTheirWesternTwins(@ForAll @IntRange(min = 0, max = 1_000_000) int n) {
    StringBuilder indic = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      indic.append((char) ('\u0660' + (c - '0')));
    }
    String s = "قتل " + indic + " شخصاً";
    assertThat(ArabicNumbers.find(s)).extracting(NumberMention::count).containsExactly(Count.exact(n));
  }

  /** Words, digits and signs the readers react to, in any order: no text may make them fail. */
  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> token = Arbitraries.of("أمس", "اليوم", "فجر", "مساء", "ليلة", "يوم", "الخميس", "الاثنين", "منذ",
        "مطلع", "بداية", "العام", "الشهر", "الماضي", "المقبل", "بين", "من", "إلى", "حتى", "و", "خلال", "الـ", "ساعة",
        "الماضية", "أيلول", "تشرين", "كانون", "الأول", "الثاني", "آب", "أكثر", "نحو", "على", "الأقل", "ما", "لا", "يقل",
        "عن", "عشرات", "مئات", "آلاف", "عدد", "عدة", "طفلان", "مدنيين", "اثنين", "ثلاثة", "عشر", "وعشرون", "مئة", "ألف",
        "ألفا", "مليون", "أحد", "واحدة", "18", "٢٠٢٣", "2021", "7", "/", "-", ":", "،", ".", "ـ", "مقتـ.ـل", "%", "(", ")",
        "\n", "قبل", "قليل", "يومين", "أيام", "عام", "2020", "في");
    return token.list().ofMinSize(0).ofMaxSize(400).map(ts -> String.join(" ", ts));
  }

  @Property(tries = 300)
  void anyTextGivesOrderedSpansInsideIt(@ForAll("soup") String text) {
    check(ArabicNumbers.find(text).stream().map(NumberMention::span).toList(), text);
    check(ArabicDates.find(text, Optional.of(LocalDate.of(2023, 3, 1))).stream().map(DateMention::span).toList(), text);
    check(ArabicDates.find(text, Optional.empty()).stream().map(DateMention::span).toList(), text);
  }

  private static void check(List<Span> spans, String text) {
    int last = 0;
    for (Span s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
      last = s.end();
    }
  }

  @Test
  void aDateFarIntoALongTextIsReadWhole() {
    // a day phrase after the 256th token was once cut to a token index that wrapped around
    String filler = "قصفت المدفعية أطراف القرية ".repeat(100);
    String text = filler + "مساء أمس";
    List<DateMention> found = ArabicDates.find(text, Optional.of(LocalDate.of(2023, 3, 1)));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).span().of(text)).isEqualTo("مساء أمس");
  }
}
