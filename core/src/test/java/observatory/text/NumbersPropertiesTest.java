package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import observatory.claim.Count;
import observatory.claim.Qualifier;

class NumbersPropertiesTest {

  private static NumberMention only(String s) {
    List<NumberMention> all = Numbers.find(s, 0, s.length());
    assertThat(all).as("figures in: %s", s).hasSize(1);
    return all.get(0);
  }

  @Property
  void numberWordsRoundTrip(@ForAll @IntRange(min = 0, max = 999_999) int n,
                            @ForAll boolean british, @ForAll boolean hyphen) {
    String words = EnglishNumbers.words(n, british, hyphen);
    String s = "Rescuers said " + words + " people were killed.";
    NumberMention m = only(s);
    assertThat(m.count()).isEqualTo(Count.exact(n));
    assertThat(m.span().of(s)).isEqualTo(words);
    assertThat(m.numberSpan().of(s)).isEqualTo(words);
  }

  @Property
  void capitalisedNumberWordsOpeningASentenceRoundTrip(@ForAll @IntRange(min = 1, max = 999_999) int n) {
    String words = EnglishNumbers.words(n, true, true);
    String s = Character.toUpperCase(words.charAt(0)) + words.substring(1) + " civilians died.";
    assertThat(only(s).count()).isEqualTo(Count.exact(n));
  }

  @Property
  void digitsWithThousandsSeparatorsRoundTrip(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
    String digits = NumberFormat.getIntegerInstance(Locale.US).format(n);
    String s = "The monitor put the toll at " + digits + " people on its site.";
    NumberMention m = only(s);
    assertThat(m.count()).isEqualTo(Count.exact(n));
    assertThat(m.numberSpan().of(s)).isEqualTo(digits);
  }

  @Property
  void aQualifierSetsTheBoundsOfItsNumber(@ForAll("qualifiers") String phrase,
                                          @ForAll @IntRange(min = 1, max = 1_000_000) int n) {
    Qualifier q = qualifierOf(phrase);
    String number = NumberFormat.getIntegerInstance(Locale.US).format(n);
    String stated = phrase.isEmpty() ? number : phrase + " " + number;
    String s = "Jets killed " + stated + " civilians.";
    NumberMention m = only(s);
    assertThat(m.span().of(s)).isEqualTo(stated);
    assertThat(m.count().qualifier()).isEqualTo(q);
    OptionalLong low = switch (q) {
      case EXACT, AT_LEAST -> OptionalLong.of(n);
      case MORE_THAN -> OptionalLong.of(n + 1L);
      default -> OptionalLong.empty();
    };
    OptionalLong high = switch (q) {
      case EXACT, UP_TO -> OptionalLong.of(n);
      case FEWER_THAN -> OptionalLong.of(n - 1L);
      default -> OptionalLong.empty();
    };
    assertThat(m.count().low()).isEqualTo(low);
    assertThat(m.count().high()).isEqualTo(high);
  }

  @Property
  void rangesKeepBothEnds(@ForAll @IntRange(min = 0, max = 5000) int a, @ForAll @IntRange(min = 0, max = 5000) int d,
                          @ForAll("rangeForms") String form) {
    int b = a + d;
    String s = "Officials said " + form.replace("A", Integer.toString(a)).replace("B", Integer.toString(b))
        + " people died.";
    // a bare year-like end would be read as a year; people follow, so it is a count
    NumberMention m = only(s);
    assertThat(m.count()).isEqualTo(new Count.Range(a, b));
  }

  @Property
  void spansAreExactOffsetsWhateverComesBefore(@ForAll @IntRange(min = 0, max = 200) int pad,
                                               @ForAll @IntRange(min = 1, max = 99_999) int n) {
    String head = "x".repeat(pad) + " ";
    String s = head + "at least " + n + " people died";
    NumberMention m = Numbers.find(s, head.length(), s.length()).get(0);
    assertThat(m.span().start()).isEqualTo(head.length());
    assertThat(m.span().of(s)).isEqualTo("at least " + n);
  }

  @Property
  void yearsAreNeverCounts(@ForAll @IntRange(min = 1900, max = 2100) int year) {
    String s = "The siege began in " + year + " and ended later.";
    assertThat(Numbers.find(s, 0, s.length())).isEmpty();
  }

  @Property
  void anyTextGivesInBoundsNonOverlappingSpans(@ForAll("noisyText") String s) {
    List<NumberMention> all = Numbers.find(s, 0, s.length());
    int end = 0;
    for (NumberMention m : all) {
      assertThat(m.span().start()).isGreaterThanOrEqualTo(end);
      assertThat(m.span().end()).isLessThanOrEqualTo(s.length());
      end = m.span().end();
    }
  }

  @Property
  void anySoupOfNumberWordsGivesNonOverlappingSpans(@ForAll("numberSoup") String s) {
    anyTextGivesInBoundsNonOverlappingSpans(s);
  }

  @Provide
  Arbitrary<String> numberSoup() {
    return Arbitraries.of("a", "one", "twenty", "-", "six", "hundred", "and", "thousand", "million", "billion",
        "dozen", "dozens", "of", "tens", "thousands", "scores", "people", "at", "least", "between", "to", "family",
        "999,999,999,999,999", "1.5", "2016", "12", "October", "%", "$", "half", "few", "several", "handful",
        "couple", "first", ":", "30", "F", "pm").list().ofMaxSize(14).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> qualifiers() {
    return Arbitraries.of("", "at least", "no fewer than", "not less than", "a minimum of", "more than", "over",
        "upwards of", "in excess of", "about", "around", "some", "nearly", "almost", "approximately", "roughly",
        "an estimated", "close to", "up to", "as many as", "fewer than", "less than", "under", "below");
  }

  @Provide
  Arbitrary<String> rangeForms() {
    return Arbitraries.of("A to B", "A-B", "A - B", "between A and B", "A\u2013B");
  }

  @Provide
  Arbitrary<String> noisyText() {
    return Arbitraries.strings().withChars("0123456789,.-:/%$ aeinostAOS\n'\"")
        .withChars('\u2013').ofMaxLength(60);
  }

  private static Qualifier qualifierOf(String phrase) {
    return switch (phrase) {
      case "" -> Qualifier.EXACT;
      case "at least", "no fewer than", "not less than", "a minimum of" -> Qualifier.AT_LEAST;
      case "more than", "over", "upwards of", "in excess of" -> Qualifier.MORE_THAN;
      case "up to", "as many as" -> Qualifier.UP_TO;
      case "fewer than", "less than", "under", "below" -> Qualifier.FEWER_THAN;
      default -> Qualifier.ABOUT;
    };
  }
}
