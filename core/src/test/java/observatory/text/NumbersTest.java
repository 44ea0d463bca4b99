package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import org.junit.jupiter.api.Test;

class NumbersTest {

  private static List<NumberMention> find(String s) {
    return Numbers.find(s, 0, s.length());
  }

  private static NumberMention only(String s) {
    List<NumberMention> all = find(s);
    assertThat(all).as("figures in: %s", s).hasSize(1);
    return all.get(0);
  }

  private static String text(String s, NumberMention m) {
    return m.span().of(s);
  }

  @Test
  void readsAtLeastWithItsQualifierSpan() {
    String s = "Warplanes killed at least 26 civilians in the village of Kafr Zita.";
    NumberMention m = only(s);
    assertThat(text(s, m)).isEqualTo("at least 26");
    assertThat(m.numberSpan().of(s)).isEqualTo("26");
    assertThat(m.count()).isEqualTo(Count.of(26, Qualifier.AT_LEAST));
  }

  @Test
  void readsThousandsSeparatorsAndMillions() {
    assertThat(only("The monitor has documented 158,218 deaths.").count()).isEqualTo(Count.exact(158_218));
    assertThat(only("More than 1.5 million people fled the province.").count())
        .isEqualTo(Count.of(1_500_000, Qualifier.MORE_THAN));
    assertThat(only("Some 2 million residents remain.").count()).isEqualTo(Count.of(2_000_000, Qualifier.ABOUT));
    assertThat(only("nearly 400,000 were displaced").count()).isEqualTo(Count.of(400_000, Qualifier.ABOUT));
  }

  @Test
  void readsNumberWords() {
    assertThat(only("Twenty-six fighters died in the ambush.").count()).isEqualTo(Count.exact(26));
    assertThat(only("twenty six fighters died").count()).isEqualTo(Count.exact(26));
    assertThat(only("one hundred and twenty bodies were recovered").count()).isEqualTo(Count.exact(120));
    assertThat(only("three hundred families fled").count()).isEqualTo(Count.exact(300));
    assertThat(only("two thousand people marched").count()).isEqualTo(Count.exact(2000));
    assertThat(only("a dozen soldiers were captured").count()).isEqualTo(Count.exact(12));
    assertThat(only("a couple of shells landed").count()).isEqualTo(Count.exact(2));
  }

  @Test
  void readsVagueWordsWithTheirFloors() {
    assertThat(only("Dozens of people were wounded.").count()).isEqualTo(new Count.Vague("dozens", 24));
    assertThat(only("scores of civilians were buried").count()).isEqualTo(new Count.Vague("scores", 40));
    assertThat(only("hundreds fled the shelling").count()).isEqualTo(new Count.Vague("hundreds", 200));
    assertThat(only("thousands of families are stranded").count()).isEqualTo(new Count.Vague("thousands", 2000));
    String s = "tens of thousands of people fled";
    NumberMention m = only(s);
    assertThat(m.count()).isEqualTo(new Count.Vague("tens of thousands", 20_000));
    assertThat(text(s, m)).isEqualTo("tens of thousands");
    assertThat(only("a handful of fighters stayed").count()).isEqualTo(new Count.Vague("a handful", 3));
  }

  @Test
  void scoresOfAMatchAreNotACrowd() {
    assertThat(find("The final scores of the match were close.")).isEmpty();
    assertThat(find("The team scores well.")).isEmpty();
  }

  @Test
  void readsEveryQualifier() {
    assertThat(only("no fewer than 30 died").count().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only("not less than 30 died").count().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only("a minimum of 30 died").count().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only("upwards of 30 died").count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(only("in excess of 30 died").count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(only("over 30 died").count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(only("an estimated 30 died").count().qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(only("close to 30 died").count().qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(only("roughly 30 died").count().qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(only("~30 died").count().qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(only("up to 100 died").count().qualifier()).isEqualTo(Qualifier.UP_TO);
    assertThat(only("as many as 100 died").count().qualifier()).isEqualTo(Qualifier.UP_TO);
    assertThat(only("fewer than 10 died").count().qualifier()).isEqualTo(Qualifier.FEWER_THAN);
    assertThat(only("under 10 died").count().qualifier()).isEqualTo(Qualifier.FEWER_THAN);
    String s = "more than a dozen fighters";
    assertThat(text(s, only(s))).isEqualTo("more than a dozen");
  }

  @Test
  void readsRanges() {
    String s = "The raid killed 10 to 12 people.";
    NumberMention m = only(s);
    assertThat(m.count()).isEqualTo(new Count.Range(10, 12));
    assertThat(text(s, m)).isEqualTo("10 to 12");
    assertThat(only("10-12 people").count()).isEqualTo(new Count.Range(10, 12));
    String b = "between 10 and 12 people";
    assertThat(text(b, only(b))).isEqualTo("between 10 and 12");
    assertThat(only(b).count()).isEqualTo(new Count.Range(10, 12));
    assertThat(find("10 or 12 people")).hasSize(2);
  }

  @Test
  void aTollThatRoseIsTwoFiguresNotARange() {
    assertThat(find("The toll rose from 20 to 26.")).extracting(NumberMention::count)
        .containsExactly(Count.exact(20), Count.exact(26));
  }

  @Test
  void readsAFamilyOfFive() {
    String s = "An air strike killed a family of five in Saraqib.";
    NumberMention m = only(s);
    assertThat(text(s, m)).isEqualTo("a family of five");
    assertThat(m.numberSpan().of(s)).isEqualTo("five");
    assertThat(m.count()).isEqualTo(Count.exact(5));
    assertThat(only("a family of 5 died").count()).isEqualTo(Count.exact(5));
  }

  @Test
  void oneIsAlwaysOneAndAIsNeverANumber() {
    assertThat(only("one child was killed").count()).isEqualTo(Count.exact(1));
    assertThat(find("a child was killed by an air strike")).isEmpty();
  }

  @Test
  void leavesOutYearsUnlessPeopleFollow() {
    assertThat(find("The war began in 2011 and flared in 2016.")).isEmpty();
    assertThat(only("Some 2000 civilians fled.").count()).isEqualTo(Count.of(2000, Qualifier.ABOUT));
  }

  @Test
  void leavesOutDatesTimesAndOrdinals() {
    assertThat(find("On 20 October, and again on October 21, and on the 22nd of October")).isEmpty();
    assertThat(find("The strike hit at 10:30 and again at 10 am and at 3 p.m. local time")).isEmpty();
    assertThat(find("It was the 20th raid and the twenty-first day, the first and the second")).isEmpty();
    assertThat(find("Oct. 20 was quiet; so was 20 Oct.")).isEmpty();
    assertThat(find("on 2016-10-20 the town fell")).isEmpty();
    assertThat(find("on 03/10/2016 the town fell")).isEmpty();
  }

  @Test
  void leavesOutSharesMoneyAndNames() {
    assertThat(find("Prices rose 40 percent, or 40% in a month, to $5 or 5 dollars.")).isEmpty();
    assertThat(find("An F-16 and a Su-24 and an A320 flew; COVID-19 spread; Resolution 2254 stalled.")).isEmpty();
    assertThat(find("The 12-year-old boy and a two-day truce")).isEmpty();
    assertThat(find("Only 3.5 kilometres away")).isEmpty();
  }

  @Test
  void numberWordsInsideOtherWordsDoNotMatch() {
    assertThat(find("Someone often said the tone of oneself was ten-ish")).isEmpty();
  }

  @Test
  void spansAreOffsetsIntoTheWholeTextWhenSearchingASlice() {
    String s = "Headline. Shelling killed at least 7 people in Douma.";
    int from = s.indexOf("Shelling");
    List<NumberMention> all = Numbers.find(s, from, s.length());
    assertThat(all).hasSize(1);
    assertThat(all.get(0).span().of(s)).isEqualTo("at least 7");
  }

  @Test
  void readsSeveralFiguresInOneSentence() {
    String s = "The strikes killed 38 people, including nine children and 12 women, and wounded dozens.";
    assertThat(find(s)).extracting(NumberMention::count).containsExactly(
        Count.exact(38), Count.exact(9), Count.exact(12), new Count.Vague("dozens", 24));
  }

  @Test
  void aFigureBeyondAnyPopulationIsDroppedNotAnOverflow() {
    // regression: 15 digits times a billion overflowed a long and threw
    assertThat(find("a debt of 999,999,999,999,999 billion")).isEmpty();
  }

  @Test
  void dayRangesBeforeAMonthAreNotCounts() {
    assertThat(find("Raids from 10 to 12 October and on 3-4 Nov. hit the town.")).isEmpty();
  }

  @Test
  void everyNumberBelowAMillionRoundTripsInWords() {
    // exhaustive, not sampled: 10^6 sentences take a few seconds
    for (int n = 0; n <= 999_999; n++) {
      String words = EnglishNumbers.words(n, n % 2 == 0, n % 3 != 0);
      String s = "Rescuers said " + words + " people were killed.";
      List<NumberMention> all = Numbers.find(s, 0, s.length());
      if (all.size() != 1 || !all.get(0).count().equals(Count.exact(n)) || !all.get(0).span().of(s).equals(words)) {
        assertThat(all).as("figures in: %s", s).singleElement().extracting(NumberMention::count).isEqualTo(Count.exact(n));
        assertThat(all.get(0).span().of(s)).isEqualTo(words);
      }
    }
  }
}
