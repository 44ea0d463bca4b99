package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import observatory.claim.DatePrecision;
import observatory.claim.When;
import org.junit.jupiter.api.Test;

class DatesTest {
  /** A Wednesday. */
  private static final LocalDate PUB = LocalDate.of(2016, 10, 26);

  private static List<DateMention> find(String s, Optional<LocalDate> pub) {
    return Dates.find(s, 0, s.length(), pub);
  }

  private static DateMention only(String s) {
    return only(s, Optional.of(PUB));
  }

  private static DateMention only(String s, Optional<LocalDate> pub) {
    List<DateMention> all = find(s, pub);
    assertThat(all).as("dates in: %s", s).hasSize(1);
    return all.get(0);
  }

  private static When day(int y, int m, int d) {
    return new When.Day(LocalDate.of(y, m, d));
  }

  private static When between(LocalDate a, LocalDate b, DatePrecision p) {
    return new When.Between(Optional.of(a), Optional.of(b), p);
  }

  @Test
  void todayAndYesterdayFollowThePublicationDate() {
    assertThat(only("Jets struck the market today.").when()).isEqualTo(day(2016, 10, 26));
    assertThat(only("Shelling resumed this morning.").when()).isEqualTo(day(2016, 10, 26));
    assertThat(only("Clashes went on since midnight.").when()).isEqualTo(day(2016, 10, 26));
    assertThat(only("Jets struck the market yesterday.").when()).isEqualTo(day(2016, 10, 25));
    assertThat(only("A car bomb went off last night.").when()).isEqualTo(day(2016, 10, 25));
    assertThat(only("It began the day before yesterday.").when()).isEqualTo(day(2016, 10, 24));
  }

  @Test
  void aWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
    String s = "Barrel bombs fell on Sunday night on Daraya.";
    DateMention m = only(s);
    assertThat(m.span().of(s)).isEqualTo("on Sunday night");
    assertThat(m.when()).isEqualTo(day(2016, 10, 23));
    assertThat(only("Sunday's strikes killed nine.").when()).isEqualTo(day(2016, 10, 23));
    assertThat(only("The convoy was hit early on Monday.").when()).isEqualTo(day(2016, 10, 24));
    // news sometimes names today's weekday
    assertThat(only("Rockets hit Aleppo on Wednesday.").when()).isEqualTo(day(2016, 10, 26));
    assertThat(only("Rockets hit Aleppo on Thursday.").when()).isEqualTo(day(2016, 10, 20));
  }

  @Test
  void twoWeekdaysMakeAPeriod() {
    assertThat(only("Raids on Friday and Saturday killed 30.").when())
        .isEqualTo(between(LocalDate.of(2016, 10, 21), LocalDate.of(2016, 10, 22), DatePrecision.PERIOD));
  }

  @Test
  void dayMonthDatesTakeTheLatestYearNotAfterPublication() {
    assertThat(only("on 20 October the town fell").when()).isEqualTo(day(2016, 10, 20));
    assertThat(only("on October 20 the town fell").when()).isEqualTo(day(2016, 10, 20));
    assertThat(only("on the 20th of October the town fell").when()).isEqualTo(day(2016, 10, 20));
    assertThat(only("on 20 Oct. the town fell").when()).isEqualTo(day(2016, 10, 20));
    // 30 October would lie after publication: it must be last year's
    assertThat(only("on 30 October the town fell").when()).isEqualTo(day(2015, 10, 30));
  }

  @Test
  void fullDatesResolveWithoutAPublicationDate() {
    Optional<LocalDate> none = Optional.empty();
    assertThat(only("on 20 October 2016 the town fell", none).when()).isEqualTo(day(2016, 10, 20));
    assertThat(only("on October 20, 2016 the town fell", none).when()).isEqualTo(day(2016, 10, 20));
    assertThat(only("on 2016-10-20 the town fell", none).when()).isEqualTo(day(2016, 10, 20));
  }

  @Test
  void relativeAndYearlessPhrasesAreFoundButUnknownWithoutAPublicationDate() {
    Optional<LocalDate> none = Optional.empty();
    assertThat(only("Jets struck yesterday.", none).when()).isEqualTo(When.UNKNOWN);
    assertThat(only("Jets struck on Sunday.", none).when()).isEqualTo(When.UNKNOWN);
    assertThat(only("Jets struck last week.", none).when()).isEqualTo(When.UNKNOWN);
    assertThat(only("Jets struck on 20 October.", none).when()).isEqualTo(When.UNKNOWN);
  }

  @Test
  void weeksMonthsAndYears() {
    assertThat(only("Raids intensified last week.").when())
        .isEqualTo(between(LocalDate.of(2016, 10, 17), LocalDate.of(2016, 10, 23), DatePrecision.WEEK));
    assertThat(only("Raids intensified this week.").when())
        .isEqualTo(between(LocalDate.of(2016, 10, 24), PUB, DatePrecision.WEEK));
    assertThat(only("Raids intensified last month.").when())
        .isEqualTo(between(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30), DatePrecision.MONTH));
    assertThat(only("Raids intensified in September.").when())
        .isEqualTo(between(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30), DatePrecision.MONTH));
    assertThat(only("Raids intensified in December.").when())
        .isEqualTo(between(LocalDate.of(2015, 12, 1), LocalDate.of(2015, 12, 31), DatePrecision.MONTH));
    assertThat(only("Raids intensified in October 2015.").when())
        .isEqualTo(between(LocalDate.of(2015, 10, 1), LocalDate.of(2015, 10, 31), DatePrecision.MONTH));
    assertThat(only("Raids intensified in early September.").when())
        .isEqualTo(between(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30), DatePrecision.MONTH));
    assertThat(only("Raids intensified late September.").when())
        .isEqualTo(between(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30), DatePrecision.MONTH));
    assertThat(only("Raids intensified in 2015.").when())
        .isEqualTo(between(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), DatePrecision.YEAR));
  }

  @Test
  void periodsUpToTheReport() {
    String s = "The monitor counted 288 civilians between 22 October and today.";
    DateMention m = only(s);
    assertThat(m.span().of(s)).isEqualTo("between 22 October and today");
    assertThat(m.when()).isEqualTo(between(LocalDate.of(2016, 10, 22), PUB, DatePrecision.PERIOD));
    assertThat(only("from 22 October until today").when()).isEqualTo(m.when());
    assertThat(only("in the period between 22nd of October until today").when()).isEqualTo(m.when());
    assertThat(only("since 22 October").when()).isEqualTo(m.when());
    assertThat(only("since the start of this year").when())
        .isEqualTo(between(LocalDate.of(2016, 1, 1), PUB, DatePrecision.PERIOD));
    assertThat(only("since the beginning of the year").when())
        .isEqualTo(between(LocalDate.of(2016, 1, 1), PUB, DatePrecision.PERIOD));
    assertThat(only("since 2011").when()).isEqualTo(between(LocalDate.of(2011, 1, 1), PUB, DatePrecision.PERIOD));
  }

  @Test
  void anOpenPeriodWithoutPublicationDateHasNoEnd() {
    assertThat(only("since 2011", Optional.empty()).when())
        .isEqualTo(new When.Between(Optional.of(LocalDate.of(2011, 1, 1)), Optional.empty(), DatePrecision.PERIOD));
  }

  @Test
  void rollingWindowsEndOnThePublicationDate() {
    assertThat(only("over the past 48 hours").when())
        .isEqualTo(between(PUB.minusDays(1), PUB, DatePrecision.PERIOD));
    assertThat(only("in the past 24 hours").when())
        .isEqualTo(between(PUB.minusDays(1), PUB, DatePrecision.PERIOD));
    assertThat(only("over the past two days").when())
        .isEqualTo(between(PUB.minusDays(1), PUB, DatePrecision.PERIOD));
    assertThat(only("during the past week").when())
        .isEqualTo(between(PUB.minusDays(6), PUB, DatePrecision.PERIOD));
  }

  @Test
  void findsSeveralDatesWithExactSpans() {
    String s = "Jets hit Douma on Monday, a day after 40 died on 23 October; raids since 2011.";
    List<DateMention> all = find(s, Optional.of(PUB));
    assertThat(all).extracting(d -> d.span().of(s)).containsExactly("on Monday", "on 23 October", "since 2011");
  }

  @Test
  void ordinaryWordsAreNotDates() {
    assertThat(find("Residents may march to the square; the sun sets early.", Optional.of(PUB))).isEmpty();
  }

  @Test
  void aWeekdayBesideADateGivesWayToTheDate() {
    String s = "Four died on Monday, 17 October, in Atareb.";
    DateMention m = only(s);
    assertThat(m.span().of(s)).isEqualTo("on Monday, 17 October");
    assertThat(m.when()).isEqualTo(day(2016, 10, 17));
  }

  @Test
  void yearsAndDayRangesMakePeriods() {
    assertThat(only("Between 2012 and 2016 the town changed hands.").when())
        .isEqualTo(between(LocalDate.of(2012, 1, 1), LocalDate.of(2016, 12, 31), DatePrecision.PERIOD));
    assertThat(only("Raids from 10 to 12 October hit Daraa.").when())
        .isEqualTo(between(LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 12), DatePrecision.PERIOD));
  }

  @Test
  void daysAgoCountBackFromPublication() {
    assertThat(only("The bridge was hit three days ago.").when()).isEqualTo(day(2016, 10, 23));
    assertThat(only("The bridge was hit 2 days ago.").when()).isEqualTo(day(2016, 10, 24));
  }

  @Test
  void slashedDatesReadDayFirstUnlessOnlyMonthFirstFits() {
    Optional<LocalDate> none = Optional.empty();
    assertThat(only("Shelling on 03/10/2016 hit Talbiseh.", none).when()).isEqualTo(day(2016, 10, 3));
    assertThat(only("Shelling on 10/23/2016 hit Talbiseh.", none).when()).isEqualTo(day(2016, 10, 23));
  }

  private static List<String> relative(String s) {
    return Dates.relativeToEvent(s, 0, s.length()).stream()
        .map(r -> s.substring(r.span().start(), r.span().end()) + "=" + (r.days().isPresent() ? r.days().getAsInt() : "?"))
        .toList();
  }

  @Test
  void daysSaidRelativeToTheEventJustDatedAreFoundWithTheirOffset() {
    assertThat(relative("A day earlier, jets struck Sarmin.")).containsExactly("A day earlier=-1");
    assertThat(relative("Strikes on Kafranbel that day killed five; on the same day shelling hit Hass."))
        .containsExactly("that day=0", "on the same day=0");
    assertThat(relative("The previous night a drone hit a car, and the following day a mortar hit a school."))
        .containsExactly("The previous night=-1", "the following day=1");
    assertThat(relative("The day before, two shells fell. A week earlier a raid killed six. Three days later it resumed."))
        .containsExactly("The day before=-1", "A week earlier=-7", "Three days later=3");
    assertThat(relative("Days earlier the group had executed two men.")).containsExactly("Days earlier=?");
  }

  @Test
  void aDayBeforeAnotherNamedEventOrBeforeYesterdayIsNotRelativeToTheLastEvent() {
    assertThat(relative("Shelling killed two the day before yesterday.")).isEmpty();
    assertThat(relative("A day before the vote, jets struck Ariha.")).isEmpty();
    assertThat(relative("He had arrived a day before the attack.")).isEmpty();
  }

  @Test
  void overnightIsThePublicationDayUnlessItNamesTheDay() {
    assertThat(only("Air strikes killed nine people overnight, the monitor said.").when()).isEqualTo(day(2016, 10, 26));
    assertThat(only("Air strikes killed nine people overnight, the monitor said.", Optional.empty()).when())
        .isEqualTo(When.UNKNOWN);
    assertThat(only("Shelling overnight Monday killed four.").when()).isEqualTo(day(2016, 10, 24));
  }
}
