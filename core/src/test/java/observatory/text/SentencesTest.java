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
}
