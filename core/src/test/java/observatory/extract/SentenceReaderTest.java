package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.When;
import observatory.lexicon.LexiconMatch;
import org.junit.jupiter.api.Test;

class SentenceReaderTest {

  @Test
  void aBlankLineStartsANewParagraphAndALineBreakWithinOneDoesToo() {
    List<Sentence> s = StageFixture.of("Jets struck Douma. Rescuers arrived.\n\nShelling hit Harasta.").sentences;
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2);
  }

  @Test
  void lexiconMatchesStayInTheSentenceThatHoldsThem() {
    String text = "Russian warplanes bombed Douma. The Syrian Observatory said barrel bombs fell on Harasta.";
    List<Sentence> s = StageFixture.of(text).sentences;
    assertThat(s.get(0).weapons()).extracting(LexiconMatch::label).containsExactly("air strike");
    assertThat(s.get(0).actors()).extracting(LexiconMatch::label).containsExactly("Russia");
    assertThat(s.get(0).sources()).isEmpty();
    assertThat(s.get(1).weapons()).extracting(LexiconMatch::label).containsExactly("barrel bomb");
    assertThat(s.get(1).sources()).isNotEmpty();
  }

  @Test
  void aSentencesDatesAreReadAgainstThePublicationDate() {
    List<Sentence> s = StageFixture.of("Jets struck Douma on Monday.").sentences;
    assertThat(s.get(0).dates()).singleElement()
        .satisfies(d -> assertThat(d.when()).isEqualTo(new When.Day(StageFixture.PUBLISHED.minusDays(2))));
  }

  @Test
  void aLostSentenceKeepsItsPlaceButSaysNothing() {
    Sentence s = StageFixture.of("Air strikes killed 12 people in Douma on Monday.").sentences.get(0);
    assertThat(s.figures()).isNotEmpty();
    Sentence lost = s.lost();
    assertThat(lost.span()).isEqualTo(s.span());
    assertThat(lost.figures()).isEmpty();
    assertThat(lost.places()).isEmpty();
    assertThat(lost.weapons()).isEmpty();
    assertThat(lost.dates()).isEmpty();
  }
}
