package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import observatory.claim.DatePrecision;
import observatory.claim.When;

class DatesPropertiesTest {

  private static DateMention only(String s, LocalDate published) {
    List<DateMention> all = Dates.find(s, 0, s.length(), Optional.of(published));
    assertThat(all).as("dates in: %s", s).hasSize(1);
    return all.get(0);
  }

  private static LocalDate day(When w) {
    assertThat(w).isInstanceOf(When.Day.class);
    return ((When.Day) w).date();
  }

  private static String name(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String name(java.time.Month m) {
    return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  @Property
  void aWeekdayResolvesWithinTheSixDaysBeforeOrOnPublication(@ForAll("published") LocalDate published,
                                                              @ForAll DayOfWeek weekday) {
    LocalDate d = day(only("Jets struck the market on " + name(weekday) + ".", published).when());
    assertThat(d.getDayOfWeek()).isEqualTo(weekday);
    assertThat(ChronoUnit.DAYS.between(d, published)).isBetween(0L, 6L);
  }

  @Property
  void lastWeekdayIsNeverThePublicationDay(@ForAll("published") LocalDate published, @ForAll DayOfWeek weekday) {
    LocalDate d = day(only("Jets struck the market last " + name(weekday) + ".", published).when());
    assertThat(d.getDayOfWeek()).isEqualTo(weekday);
    assertThat(ChronoUnit.DAYS.between(d, published)).isBetween(1L, 7L);
  }

  @Property
  void yesterdayIsTheDayBeforePublication(@ForAll("published") LocalDate published) {
    assertThat(day(only("Shells fell yesterday.", published).when())).isEqualTo(published.minusDays(1));
    assertThat(day(only("Shells fell today.", published).when())).isEqualTo(published);
  }

  @Property
  void aDayMonthWithoutYearNeverLiesAfterPublication(@ForAll("published") LocalDate published,
                                                     @ForAll("published") LocalDate event,
                                                     @ForAll boolean dayFirst) {
    String phrase = dayFirst
        ? "on " + event.getDayOfMonth() + " " + name(event.getMonth())
        : "on " + name(event.getMonth()) + " " + event.getDayOfMonth();
    DateMention m = only("Barrel bombs fell " + phrase + " on the town.", published);
    LocalDate d = day(m.when());
    assertThat(d).isBeforeOrEqualTo(published);
    assertThat(d.getMonth()).isEqualTo(event.getMonth());
    assertThat(d.getDayOfMonth()).isEqualTo(event.getDayOfMonth());
    if (!(event.getMonthValue() == 2 && event.getDayOfMonth() == 29)) {
      assertThat(d).isAfter(published.minusYears(1));
    }
  }

  @Property
  void aFullDateResolvesToItselfWithOrWithoutPublication(@ForAll("published") LocalDate event) {
    String s = "Jets struck on " + event.getDayOfMonth() + " " + name(event.getMonth()) + " " + event.getYear() + ".";
    List<DateMention> all = Dates.find(s, 0, s.length(), Optional.empty());
    assertThat(all).hasSize(1);
    assertThat(all.get(0).when()).isEqualTo(new When.Day(event));
    assertThat(all.get(0).span().of(s)).isEqualTo(s.substring(s.indexOf("on "), s.length() - 1));
  }

  @Property
  void lastWeekIsTheMondayToSundayBeforeThePublicationWeek(@ForAll("published") LocalDate published) {
    When.Between b = (When.Between) only("Raids intensified last week.", published).when();
    LocalDate from = b.from().orElseThrow();
    LocalDate to = b.to().orElseThrow();
    assertThat(from.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(to).isEqualTo(from.plusDays(6));
    assertThat(ChronoUnit.DAYS.between(to, published)).isBetween(1L, 7L);
    assertThat(b.precision()).isEqualTo(DatePrecision.WEEK);
  }

  @Property
  void sinceADayMonthEndsOnPublication(@ForAll("published") LocalDate published, @ForAll("published") LocalDate event) {
    String s = "since " + event.getDayOfMonth() + " " + name(event.getMonth());
    When.Between b = (When.Between) only(s, published).when();
    assertThat(b.to()).contains(published);
    assertThat(b.from().orElseThrow()).isBeforeOrEqualTo(published);
  }

  @Property
  void anyTextGivesInBoundsNonOverlappingSpans(@ForAll("noisyText") String s, @ForAll("published") LocalDate p) {
    int end = 0;
    for (DateMention m : Dates.find(s, 0, s.length(), Optional.of(p))) {
      assertThat(m.span().start()).isGreaterThanOrEqualTo(end);
      assertThat(m.span().end()).isLessThanOrEqualTo(s.length());
      end = m.span().end();
    }
  }

  @Provide
  Arbitrary<LocalDate> published() {
    return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> noisyText() {
    Arbitrary<String> words = Arbitraries.of("on", "since", "between", "and", "to", "the", "last", "past", "week",
        "month", "year", "in", "over", "48", "hours", "days", "2016", "20", "20th", "of", "October", "Oct", ".",
        "-", ",", "Sunday", "yesterday", "today", "night", "from", "until", "start", "beginning", "this", "31",
        "February", "29", "2011", "early", "mid", "two");
    return words.list().ofMaxSize(12).map(l -> String.join(" ", l));
  }
}
