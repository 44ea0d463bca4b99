package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import observatory.claim.DatePrecision;
import observatory.claim.When;
import org.junit.jupiter.api.Test;

class ArabicDatesTest {
  /** A Sunday. */
  private static final LocalDate SUNDAY_8_AUGUST = LocalDate.of(2021, 8, 8);

  private static List<DateMention> find(String text, LocalDate published) {
    return ArabicDates.find(text, Optional.ofNullable(published));
  }

  private static When one(String text, LocalDate published) {
    List<DateMention> found = find(text, published);
    assertThat(found).as("dates of '%s'", text).hasSize(1);
    return found.get(0).when();
  }

  private static When day(int y, int m, int d) {
    return new When.Day(LocalDate.of(y, m, d));
  }

  private static When period(LocalDate from, LocalDate to, DatePrecision precision) {
    return new When.Between(Optional.of(from), Optional.of(to), precision);
  }

  @Test
  void todayYesterdayAndTheDayBefore() {
    assertThat(one("استشهد طفل اليوم بقصف مدفعي", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 8));
    assertThat(one("استشهد طفل أمس بقصف مدفعي", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 7));
    assertThat(one("استشهد طفل يوم أمس بقصف مدفعي", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 7));
    assertThat(one("قصف مدفعي أمس الأول", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 6));
    assertThat(one("قصف مدفعي أول أمس", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 6));
    assertThat(one("قصف مدفعي البارحة", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 7));
  }

  @Test
  void partsOfTheDayBelongToTheirDay() {
    String text = "غارات روسية فجر اليوم على أطراف البلدة";
    DateMention m = find(text, SUNDAY_8_AUGUST).get(0);
    assertThat(m.span().of(text)).isEqualTo("فجر اليوم");
    assertThat(m.when()).isEqualTo(day(2021, 8, 8));
    assertThat(one("قصف مساء أمس", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 7));
    assertThat(one("قصف ليلة أمس", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 7));
    assertThat(one("قصف إسرائيلي الليلة الماضية", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 7));
    assertThat(one("سقطت قذيفتان بعد ظهر أمس الخميس", LocalDate.of(2024, 5, 10))).isEqualTo(day(2024, 5, 9));
  }

  @Test
  void aWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
    assertThat(one("قصف طائرة مسيرة يوم الخميس", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 5));
    assertThat(one("أصيب أربعة مدنيين، الخميس، في قصف", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 5));
    assertThat(one("قصف صباح الأحد", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 8));
    assertThat(one("قصف يوم الأحد الماضي", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 1));
    assertThat(one("اجتماع الخميس المقبل", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 12));
    assertThat(one("حصاد الأحداث ليوم السبت", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 7));
    assertThat(one("قصف مساء الاثنين", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 2));
    assertThat(find("أصيب الطفلان الاثنان", SUNDAY_8_AUGUST)).isEmpty();
    assertThat(find("وقتل الاثنين معاً", SUNDAY_8_AUGUST)).isEmpty();
  }

  @Test
  void theDateAfterTodayAndAWeekdaySaysMore() {
    String text = "قتل شاب، ظهر اليوم الجمعة 17 أيلول، بغارة لطائرة حربية";
    DateMention m = find(text, null).get(0);
    assertThat(m.span().of(text)).isEqualTo("ظهر اليوم الجمعة 17 أيلول");
    assertThat(m.when()).isEqualTo(When.UNKNOWN); // no year and no publication date
    assertThat(one(text, LocalDate.of(2021, 9, 17))).isEqualTo(day(2021, 9, 17));
    assertThat(one("الثلاثاء, ٢٦ مارس ٢٠٢٤", null)).isEqualTo(day(2024, 3, 26));
  }

  @Test
  void levantineAndStandardMonthNames() {
    LocalDate pub = LocalDate.of(2021, 8, 25);
    assertThat(one("قصف يوم 20 من آب", pub)).isEqualTo(day(2021, 8, 20));
    assertThat(one("قصف في 18 أغسطس", pub)).isEqualTo(day(2021, 8, 18));
    assertThat(one("الموقع في 5 من آذار 2020 بين البلدين", pub)).isEqualTo(day(2020, 3, 5));
    assertThat(one("قصف في 3 كانون الثاني", pub)).isEqualTo(day(2021, 1, 3));
    assertThat(one("قصف في 3 كانون الأول", pub)).isEqualTo(day(2020, 12, 3));
    assertThat(one("قصف في 12 تشرين الثاني 2019", pub)).isEqualTo(day(2019, 11, 12));
    assertThat(one("في 12 تشرين الأول/ أكتوبر 2019", pub)).isEqualTo(day(2019, 10, 12));
    assertThat(one("في الخامس من حزيران", pub)).isEqualTo(day(2021, 6, 5));
    assertThat(one("في السابع والعشرين من أيار", pub)).isEqualTo(day(2021, 5, 27));
    assertThat(one("في الحادي عشر من آب", pub)).isEqualTo(day(2021, 8, 11));
  }

  @Test
  void tishreenOrKanunAloneIsTheMonthThatFitsThePublication() {
    assertThat(one("صباح اليوم الأربعاء 20 تشرين", LocalDate.of(2021, 10, 20))).isEqualTo(day(2021, 10, 20));
    assertThat(one("في 20 تشرين", LocalDate.of(2021, 11, 25))).isEqualTo(day(2021, 11, 20));
    assertThat(one("في 20 تشرين", null)).isEqualTo(When.UNKNOWN);
  }

  @Test
  void digitsWithSlashesOrDashes() {
    assertThat(one("#التاريخ: ٣/٤/٢٠٢٤", null)).isEqualTo(day(2024, 4, 3));
    assertThat(one("بتاريخ 20/08/2021", null)).isEqualTo(day(2021, 8, 20));
    assertThat(one("بتاريخ 2021-08-20", null)).isEqualTo(day(2021, 8, 20));
    assertThat(one("بتاريخ 05 - 01 - 2025", null)).isEqualTo(day(2025, 1, 5));
    String text = "التقرير اليومي ليوم الخميس 14/ كانون الأول/ 2023";
    DateMention m = find(text, null).get(0);
    assertThat(m.when()).isEqualTo(day(2023, 12, 14));
    assertThat(m.span().of(text)).isEqualTo("ليوم الخميس 14/ كانون الأول/ 2023");
  }

  @Test
  void monthsAndYears() {
    assertThat(one("وثقت الشبكة خلال شهر تموز الماضي", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 7, 31), DatePrecision.MONTH));
    assertThat(one("في تموز الماضي", LocalDate.of(2021, 7, 15)))
        .isEqualTo(period(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 7, 31), DatePrecision.MONTH));
    assertThat(one("سقط صاروخ في تموز 2019", null))
        .isEqualTo(period(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31), DatePrecision.MONTH));
    assertThat(one("نفذ 50 ضربة في عام 2020", null))
        .isEqualTo(period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), DatePrecision.YEAR));
    assertThat(find("مارس الجيش ضغوطاً", SUNDAY_8_AUGUST)).isEmpty();
  }

  @Test
  void calendarMonthsWeeksAndYears() {
    assertThat(one("قتل خلال الشهر الماضي", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 7, 31), DatePrecision.MONTH));
    assertThat(one("قتل هذا الشهر", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 8, 1), SUNDAY_8_AUGUST, DatePrecision.MONTH));
    assertThat(one("قتل في الشهر الجاري", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 8, 1), SUNDAY_8_AUGUST, DatePrecision.MONTH));
    assertThat(one("قتل العام الماضي", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), DatePrecision.YEAR));
    assertThat(one("قتل الأسبوع الماضي", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 7, 26), LocalDate.of(2021, 8, 1), DatePrecision.WEEK));
  }

  @Test
  void periodsSinceAStart() {
    assertThat(one("منذ مطلع العام", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 1, 1), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
    assertThat(one("منذ بداية العام الجاري", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 1, 1), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
    assertThat(one("منذ مطلع العام 2023", null)).isEqualTo(new When.Between(
        Optional.of(LocalDate.of(2023, 1, 1)), Optional.empty(), DatePrecision.PERIOD));
    assertThat(one("منذ 6 من أيار الماضي", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 5, 6), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
    assertThat(one("منذ عام 2011", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2011, 1, 1), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
    String text = "وثّق الفريق منذ مطلع شهر أيار حتى مساء اليوم الأحد 8 آب مئات الهجمات";
    DateMention m = find(text, SUNDAY_8_AUGUST).get(0);
    assertThat(m.span().of(text)).isEqualTo("منذ مطلع شهر أيار حتى مساء اليوم الأحد 8 آب");
    assertThat(m.when()).isEqualTo(period(LocalDate.of(2021, 5, 1), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
  }

  @Test
  void daysAgo() {
    assertThat(one("قتل منذ يومين", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 6));
    assertThat(one("قتل قبل ثلاثة أيام", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 5));
    assertThat(one("قتل قبل 3 أيام", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 5));
    assertThat(one("استهدف محيط البلدة قبل قليل", SUNDAY_8_AUGUST)).isEqualTo(day(2021, 8, 8));
  }

  @Test
  void rangesOfDays() {
    assertThat(one("بين 20 و22 تموز", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 7, 20), LocalDate.of(2021, 7, 22), DatePrecision.PERIOD));
    assertThat(one("بين مطلع أيار و20 من حزيران الماضيين", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 6, 20), DatePrecision.PERIOD));
    assertThat(one("عقدت في 3 و4 من حزيران الماضي", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 6, 3), LocalDate.of(2021, 6, 4), DatePrecision.PERIOD));
    assertThat(one("من 20 إلى 25 تموز", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 7, 20), LocalDate.of(2021, 7, 25), DatePrecision.PERIOD));
  }

  @Test
  void rollingHoursAndDaysUpToPublication() {
    assertThat(one("قتل خلال الـ24 ساعة الماضية", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 8, 7), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
    assertThat(one("قتل خلال الساعات الـ48 الماضية", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 8, 7), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
    assertThat(one("قتل خلال اليومين الماضيين", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 8, 7), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
    assertThat(one("قتل خلال الأيام الثلاثة الماضية", SUNDAY_8_AUGUST))
        .isEqualTo(period(LocalDate.of(2021, 8, 6), SUNDAY_8_AUGUST, DatePrecision.PERIOD));
  }

  @Test
  void relativeDatesWithoutPublicationAreFoundButUnknown() {
    assertThat(one("قصف أمس", null)).isEqualTo(When.UNKNOWN);
    assertThat(one("منذ مطلع العام", null)).isEqualTo(When.UNKNOWN);
  }

  @Test
  void dayWordsThatAreNoDate() {
    assertThat(find("في اليوم التالي للقصف", SUNDAY_8_AUGUST)).isEmpty();
    assertThat(find("بمناسبة اليوم العالمي", SUNDAY_8_AUGUST)).isEmpty();
  }

  @Test
  void aConjunctionWrittenOntoThePhraseIsLeftOutOfItsSpan() {
    String text = "وفجر اليوم قصفت المدفعية";
    assertThat(find(text, SUNDAY_8_AUGUST).get(0).span().of(text)).isEqualTo("فجر اليوم");
  }
}
