package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Span;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> split(String s) {
    return Sentences.split(s).stream().map(sp -> sp.of(s)).toList();
  }

  @Test
  void splitsOnFullStopsBeforeCapitals() {
    assertThat(split("Jets struck Ariha. Five people died! Was it Russia? Nobody said."))
        .containsExactly("Jets struck Ariha.", "Five people died!", "Was it Russia?", "Nobody said.");
  }

  @Test
  void doesNotSplitAfterTitlesInitialsAndDottedNames() {
    assertThat(split("Gen. Hassan and Lt. Col. Omar met Mr. J. Smith of the U.S. Army at 5 p.m. Sunday."))
        .hasSize(1);
    assertThat(split("The U.N. envoy spoke on Sept. 12 and e.g. Dr. Ali agreed.")).hasSize(1);
  }

  @Test
  void doesNotSplitDecimalsOrQuotesThatContinue() {
    assertThat(split("About 1.5 million fled. \"Stop!\" he said. Then silence."))
        .containsExactly("About 1.5 million fled.", "\"Stop!\" he said.", "Then silence.");
  }

  @Test
  void lineBreaksAlwaysEndASentence() {
    assertThat(split("Idlib under fire\n\nJets struck the town of Maarat al-Numan\nseven died"))
        .containsExactly("Idlib under fire", "Jets struck the town of Maarat al-Numan", "seven died");
  }

  @Test
  void splitsBeforeDigitsAndOpeningQuotes() {
    assertThat(split("The toll rose. 14 were civilians. \"We ran,\" a witness said."))
        .containsExactly("The toll rose.", "14 were civilians.", "\"We ran,\" a witness said.");
  }

  @Test
  void spansAreTrimmedAndExact() {
    String s = "  First one.   Second one.  ";
    List<Span> spans = Sentences.split(s);
    assertThat(spans).containsExactly(Span.of(2, 12), Span.of(15, 26));
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(Sentences.split("")).isEmpty();
    assertThat(Sentences.split(" \n \n")).isEmpty();
  }

  @net.jqwik.api.Property
  void sentencesAreOrderedTrimmedAndCoverEveryWord(
      @net.jqwik.api.ForAll("prose") String s) {
    List<Span> spans = Sentences.split(s);
    int end = 0;
    StringBuilder covered = new StringBuilder();
    for (Span sp : spans) {
      assertThat(sp.start()).isGreaterThanOrEqualTo(end);
      assertThat(sp.length()).isPositive();
      assertThat(Character.isWhitespace(s.charAt(sp.start()))).isFalse();
      assertThat(Character.isWhitespace(s.charAt(sp.end() - 1))).isFalse();
      assertThat(sp.of(s)).doesNotContain("\n");
      covered.append(sp.of(s));
      end = sp.end();
    }
    assertThat(covered.toString().replaceAll("\\s+", "")).isEqualTo(s.replaceAll("\\s+", ""));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> prose() {
    return net.jqwik.api.Arbitraries.of("Jets", "struck", "Gen.", "U.S.", "1.5", "million", ".", "!", "?", "\"",
        "'", ")", "\n", "\n\n", " ", "J.", "died.", "The", "said:", "p.m.", "12", "etc.", "...")
        .list().ofMaxSize(20).map(l -> String.join(" ", l));
  }
}
