package observatory.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import observatory.claim.Span;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final Lexicon WEAPONS = Lexicon.fromLines("test-weapons", List.of(
      "# a comment line",
      "",
      "air strike\tair strike(s)   # trailing comment",
      "air strike\traids by * warplanes",
      "air strike\twarplanes",
      "barrel bomb\tbarrel bomb(s)",
      "car bomb\tcar bomb",
      "suicide bombing\tsuicide car bomb",
      "bombing\t=IED"));

  private static List<String> labels(Lexicon lexicon, String text) {
    return lexicon.find(text, 0, text.length()).stream().map(LexiconMatch::label).toList();
  }

  @Test
  void matchesSpacedHyphenatedAndRunTogetherForms() {
    assertThat(labels(WEAPONS, "an air strike, two air-strikes and three airstrikes"))
        .containsExactly("air strike", "air strike", "air strike");
  }

  @Test
  void isCaseInsensitiveAndReportsTheEntryAndTheSpan() {
    String text = "Several AIR STRIKES hit the town.";
    LexiconMatch m = WEAPONS.find(text, 0, text.length()).get(0);
    assertThat(m.span()).isEqualTo(Span.of(8, 19));
    assertThat(m.text(text)).isEqualTo("AIR STRIKES");
    assertThat(m.label()).isEqualTo("air strike");
    assertThat(m.phrase()).isEqualTo("air strike(s)");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(labels(WEAPONS, "the warplanesque airstrikes2 were not a car bombard")).isEmpty();
  }

  @Test
  void longestMatchWinsAndMatchesDoNotOverlap() {
    assertThat(labels(WEAPONS, "a suicide car bomb and a car bomb"))
        .containsExactly("suicide bombing", "car bomb");
  }

  @Test
  void wildcardStandsForExactlyOneWord() {
    assertThat(labels(WEAPONS, "raids by Russian warplanes")).containsExactly("air strike");
    // two words in the gap: the wildcard phrase fails, the bare "warplanes" still matches
    assertThat(WEAPONS.find("raids by two Russian warplanes", 0, 30))
        .extracting(LexiconMatch::phrase).containsExactly("warplanes");
  }

  @Test
  void exactCaseWordsDoNotMatchOrdinaryWords() {
    assertThat(labels(WEAPONS, "an IED exploded")).containsExactly("bombing");
    assertThat(labels(WEAPONS, "the ied exploded")).isEmpty();
  }

  @Test
  void curlyApostrophesAndPossessivesMatchLikeStraightOnes() {
    Lexicon actors = Lexicon.fromLines("a", List.of("YPG\tPeople's Protection Units", "Russia\tRussia"));
    assertThat(labels(actors, "the People’s Protection Units and Russia’s jets"))
        .containsExactly("YPG", "Russia");
  }

  @Test
  void searchesOnlyTheGivenRangeAndSkipsWordsCutByItsEdges() {
    String text = "warplanes struck; barrel bombs fell";
    assertThat(WEAPONS.find(text, 18, text.length())).extracting(LexiconMatch::label).containsExactly("barrel bomb");
    assertThat(WEAPONS.find(text, 3, text.length())).extracting(LexiconMatch::label).containsExactly("barrel bomb");
    assertThat(WEAPONS.find(text, 0, 7)).isEmpty();
  }

  @Test
  void aBadRowNamesTheFileAndTheLine() {
    assertThatThrownBy(() -> Lexicon.fromLines("mine.tsv", List.of("# header", "air strike air strike")))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("mine.tsv line 2")
        .hasMessageContaining("label<TAB>phrase");
  }

  @Test
  void aPhraseWithTwoLabelsIsRefused() {
    assertThatThrownBy(() -> Lexicon.fromLines("x.tsv", List.of("Russia\tthe jets", "Syrian government\tthe jets")))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("x.tsv line 2")
        .hasMessageContaining("line 1");
  }

  @Test
  void anUnbalancedOptionalGroupIsRefused() {
    assertThatThrownBy(() -> Lexicon.fromLines("x.tsv", List.of("air strike\tair strike(s")))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("x.tsv line 1")
        .hasMessageContaining("parenthesis");
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> Lexicon.load("observatory/lexicon/nope.tsv"))
        .hasMessageContaining("observatory/lexicon/nope.tsv");
  }
}
