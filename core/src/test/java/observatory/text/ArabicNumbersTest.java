package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import org.junit.jupiter.api.Test;

class ArabicNumbersTest {

  private static List<NumberMention> find(String text) {
    return ArabicNumbers.find(text);
  }

  /** The single figure of a text, as "value qualifier". */
  private static String one(String text) {
    List<NumberMention> found = find(text);
    assertThat(found).as("figures of '%s'", text).hasSize(1);
    Count c = found.get(0).count();
    return c.figure() + " " + c.qualifier().label();
  }

  private static List<Long> figures(String text) {
    return find(text).stream().map(m -> m.count().figure()).toList();
  }

  @Test
  void readsWesternArabicIndicAndPersianDigits() {
    assertThat(one("مقتل 25 مدنياً في قصف على البلدة")).isEqualTo("25 exact");
    assertThat(one("مقتل ٢٥ مدنياً في قصف على البلدة")).isEqualTo("25 exact");
    assertThat(one("مقتل ۲۵ مدنياً في قصف على البلدة")).isEqualTo("25 exact");
  }

  @Test
  void readsArabicAndWesternThousandsSeparators() {
    assertThat(one("نزوح ١٬٢٠٠ عائلة من القرى")).isEqualTo("1200 exact");
    assertThat(one("نزوح 1,200 عائلة من القرى")).isEqualTo("1200 exact");
  }

  @Test
  void readsNumbersInWordsInBothGenders() {
    assertThat(one("استشهد ثلاثة أطفال")).isEqualTo("3 exact");
    assertThat(one("أصيبت ثلاث نساء")).isEqualTo("3 exact");
    assertThat(one("قتل خمسة وعشرون عنصراً")).isEqualTo("25 exact");
    assertThat(one("قتل خمسة و عشرين عنصراً")).isEqualTo("25 exact");
    assertThat(one("أصيبت ثلاث عشرة امرأة")).isEqualTo("13 exact");
    assertThat(one("قتل أحد عشر مقاتلاً")).isEqualTo("11 exact");
    assertThat(one("أصيبت إحدى عشرة سيدة")).isEqualTo("11 exact");
    assertThat(one("قتل اثنا عشر جندياً")).isEqualTo("12 exact");
    assertThat(one("وثقنا مئة حالة")).isEqualTo("100 exact");
    assertThat(one("وثقنا مائتين وخمسين حالة")).isEqualTo("250 exact");
    assertThat(one("نزح ثلاثمائة وخمسون شخصاً")).isEqualTo("350 exact");
    assertThat(one("نزح ثلاث مئة شخص")).isEqualTo("300 exact");
  }

  @Test
  void readsThousandsAndMillionsWithDigitsAndWords() {
    assertThat(one("نزوح أكثر من ثلاثة آلاف و250 مدنياً")).isEqualTo("3250 more than");
    assertThat(one("نزوح عشرين ألفاً من السكان")).isEqualTo("20000 exact");
    assertThat(one("نزوح 4 آلاف شخص")).isEqualTo("4000 exact");
    assertThat(one("يعيش في المخيمات 2.5 مليون نازح")).isEqualTo("2500000 exact");
    assertThat(one("بينهم مليونا نازح")).isEqualTo("2000000 exact");
    assertThat(one("بينهم ألفا نازح")).isEqualTo("2000 exact");
  }

  @Test
  void aNumberWithAConjunctionWrittenOntoItStartsAfterIt() {
    String text = "استشهد رجل وثلاثة أطفال";
    NumberMention m = find(text).get(0);
    assertThat(m.numberSpan().of(text)).isEqualTo("ثلاثة");
    assertThat(m.count()).isEqualTo(Count.exact(3));
    String digits = "مقتل 5 مدنيين و3 أطفال";
    assertThat(figures(digits)).containsExactly(5L, 3L);
  }

  @Test
  void theDualOfANounOfPeopleCountsTwo() {
    assertThat(one("استشهد طفلان بقصف مدفعي")).isEqualTo("2 exact");
    assertThat(one("أصيب شابين برصاص قناص")).isEqualTo("2 exact");
    assertThat(one("مقتل امرأتين في الغارة")).isEqualTo("2 exact");
    assertThat(one("جرح مدنيان")).isEqualTo("2 exact");
    String text = "وانتشال جثتي الشهيدين من تحت الأنقاض";
    assertThat(find(text).get(0).numberSpan().of(text)).isEqualTo("الشهيدين");
  }

  @Test
  void aPluralSpeltLikeTheDualCountsTwoOnlyWithItsFatha() {
    // مدنيين is the plural (civilians) as often as the dual; only the vowelled dual is two
    assertThat(find("مقتل مدنيين في قصف على السوق")).isEmpty();
    assertThat(find("مقتل مقاتلين من الفصائل")).isEmpty();
    assertThat(one("مقتل مدنيَّين في قصف على السوق")).isEqualTo("2 exact");
  }

  @Test
  void aDualFollowedByTwoIsOneFigure() {
    String text = "إصابة طفلين اثنين بجروح";
    assertThat(find(text)).hasSize(1);
    assertThat(find(text).get(0).span().of(text)).isEqualTo("طفلين اثنين");
    assertThat(one("مقتل مدنيين اثنين")).isEqualTo("2 exact");
  }

  @Test
  void vagueCountsGiveHonestFloors() {
    assertThat(find("سقوط عشرات الجرحى").get(0).count()).isEqualTo(new Count.Vague("عشرات", 20));
    assertThat(find("وعشرات الجرحى").get(0).count().figure()).isEqualTo(20);
    assertThat(find("نزوح مئات العائلات").get(0).count().figure()).isEqualTo(200);
    assertThat(find("نزوح آلاف المدنيين").get(0).count().figure()).isEqualTo(2_000);
    assertThat(find("نزوح عشرات الآلاف").get(0).count().figure()).isEqualTo(20_000);
    assertThat(find("إصابة عدد من المدنيين").get(0).count()).isEqualTo(new Count.Vague("عدد من", 2));
    assertThat(find("إصابة عدد كبير من المدنيين").get(0).count().figure()).isEqualTo(2);
    assertThat(find("مقتل عدة مدنيين").get(0).count()).isEqualTo(new Count.Vague("عدة", 3));
    assertThat(find("إصابة بضعة أشخاص").get(0).count().figure()).isEqualTo(3);
    assertThat(find("عدد الشهداء لم يعرف بعد")).isEmpty();
  }

  @Test
  void qualifiersBeforeTheNumber() {
    assertThat(one("مقتل ما لا يقل عن 12 مدنياً")).isEqualTo("12 at least");
    assertThat(one("مقتل لا يقل عن 12 مدنياً")).isEqualTo("12 at least");
    assertThat(one("إصابة أكثر من 40 شخصاً")).isEqualTo("40 more than");
    assertThat(one("إصابة ما يزيد عن 40 شخصاً")).isEqualTo("40 more than");
    assertThat(one("مقتل نحو 30 عنصراً")).isEqualTo("30 about");
    assertThat(one("مقتل حوالي 30 عنصراً")).isEqualTo("30 about");
    assertThat(one("مقتل قرابة 30 عنصراً")).isEqualTo("30 about");
    assertThat(one("مقتل ما يقارب 30 عنصراً")).isEqualTo("30 about");
    assertThat(one("مقتل أقل من 10 أشخاص")).isEqualTo("10 fewer than");
    assertThat(one("قد يصل العدد حتى 15 شخصاً")).isEqualTo("15 up to");
    String text = "ثلاثة شهداء وحوالي 18 جريحاً";
    NumberMention about = find(text).get(1);
    assertThat(about.count()).isEqualTo(Count.of(18, Qualifier.ABOUT));
    assertThat(about.span().of(text)).isEqualTo("حوالي 18");
    assertThat(one("بأكثر من 40 غارة")).isEqualTo("40 more than");
  }

  @Test
  void aQualifierAfterTheNounIsInTheSpan() {
    String text = "قتل 5 مدنيين على الأقل في الغارة";
    NumberMention m = find(text).get(0);
    assertThat(m.count()).isEqualTo(Count.of(5, Qualifier.AT_LEAST));
    assertThat(m.span().of(text)).isEqualTo("5 مدنيين على الأقل");
    assertThat(m.numberSpan().of(text)).isEqualTo("5");
    assertThat(one("قتل عشرون شخصاً تقريباً")).isEqualTo("20 about");
  }

  @Test
  void rangesWithBetweenFromAndADash() {
    assertThat(find("مقتل بين 10 و12 شخصاً").get(0).count()).isEqualTo(new Count.Range(10, 12));
    assertThat(find("مقتل من 5 إلى 7 أشخاص").get(0).count()).isEqualTo(new Count.Range(5, 7));
    assertThat(find("مقتل 10-12 شخصاً").get(0).count()).isEqualTo(new Count.Range(10, 12));
    assertThat(find("بين عشرة وخمسة عشر قتيلاً").get(0).count()).isEqualTo(new Count.Range(10, 15));
  }

  @Test
  void aTollThatRoseIsNoRange() {
    assertThat(figures("ارتفعت الحصيلة من 5 إلى 8 قتلى")).containsExactly(5L, 8L);
    assertThat(find("ارتفعت الحصيلة من 5 إلى 8 قتلى")).allMatch(m -> m.count() instanceof Count.Stated);
  }

  @Test
  void datesTimesAgesAndSharesAreNoCounts() {
    assertThat(find("ظهر اليوم الجمعة 17 أيلول")).isEmpty();
    assertThat(find("يوم الأحد 20 من آب الماضي")).isEmpty();
    assertThat(find("#التاريخ: ٣/٤/٢٠٢٤")).isEmpty();
    assertThat(find("ليوم الخميس 14/ كانون الأول/ 2023")).isEmpty();
    assertThat(find("مقتل الفتى خالد (15 عاماً)")).isEmpty();
    assertThat(find("سلمى (٢٧عاماً)")).isEmpty();
    assertThat(find("عند الساعة 10 صباحاً")).isEmpty();
    assertThat(find("في تمام 10:30 من مساء اليوم")).isEmpty();
    assertThat(find("ارتفعت الأسعار 30% و20 بالمئة")).isEmpty();
    assertThat(find("بلغت الخسائر 500 دولار")).isEmpty();
    assertThat(find("منذ عام 2020 وحتى 2023")).isEmpty();
    assertThat(find("خلال الجولة الـ12 من المفاوضات")).isEmpty();
    assertThat(find("على الطريق M4 قرب القرار 2254")).isEmpty();
    assertThat(find("في 9 من نيسان 2019")).isEmpty();
  }

  @Test
  void oneAfterANounOfThingsIsTheAdjectiveSingle() {
    assertThat(figures("مقتل 4 أطفال من عائلة واحدة")).containsExactly(4L);
    assertThat(figures("سقطت القذائف مرة واحدة")).isEmpty();
    assertThat(one("نجا طفل واحد فقط")).isEqualTo("1 exact");
    assertThat(one("قتل واحد من المسعفين")).isEqualTo("1 exact");
  }

  @Test
  void theFirstOfTwoDaysOfAMonthIsNoCount() {
    assertThat(find("عقدت الجولة في 3 و4 من أيار")).isEmpty();
    assertThat(find("مقر اللواء- 105 قرب المطار")).isEmpty();
  }

  @Test
  void pageFurnitureAndListNumbersAreNoCounts() {
    assertThat(find("تم نقل الجرحى إلى المشفى.11:28 PM · Jan 9, 2025655Views25")).isEmpty();
    assertThat(find("هذا المنشور 0 Comments")).isEmpty();
    assertThat(find("المحرر\n0\n\nضربت هزة أرضية المنطقة")).isEmpty();
    assertThat(find("قالت قناة 963+ إن")).isEmpty();
    assertThat(find("أسماء الشهداء:\n1_ محمد الأحمد\n2- خالد العلي")).isEmpty();
    assertThat(find("بتاريخ 03 - 01 - 2025")).isEmpty();
    assertThat(find("Local NewsMarch 14, 2024 · Shared with Public")).isEmpty();
    assertThat(find("بدأت الحملة في السابع والعشرين من أيار")).isEmpty();
    assertThat(figures("استشهد 3.\nوأصيب آخرون")).containsExactly(3L);
  }

  @Test
  void aYearLikeNumberBeforePeopleIsACount() {
    assertThat(one("نزوح 2000 مدني من المنطقة")).isEqualTo("2000 exact");
  }

  @Test
  void oneOfIsOneButSundayAndMondayAreNoNumbers() {
    assertThat(one("جرح أحد عناصر الشرطة")).isEqualTo("1 exact");
    assertThat(find("صباح يوم الأحد")).isEmpty();
    assertThat(find("مساء الاثنين الماضي")).isEmpty();
    assertThat(find("لم يصب أحد.")).isEmpty();
    assertThat(find("ونقلت جثته إلى أحد الفروع الأمنية")).isEmpty();
    assertThat(one("قتل أحد أفراد العائلة")).isEqualTo("1 exact");
    assertThat(one("إصابة إحدى السيدات")).isEqualTo("1 exact");
  }

  @Test
  void wordsBrokenToDodgeFiltersStillReadAroundTheirNumbers() {
    String text = "مقتـ.ـل 3 مدنيين بغـ.ـارة";
    assertThat(figures(text)).containsExactly(3L);
    assertThat(figures("مـ ـقـ ـتـ ـل ثلاثة مدنيين")).containsExactly(3L);
  }

  @Test
  void singularNounsOfPeopleAreOfferedApartAsOnePersonEach() {
    String text = "مقتل مدني وإصابة طفلاً آخر، واستشهاد الشاب";
    List<NumberMention> found = ArabicNumbers.singulars(text, 0, text.length());
    assertThat(found).extracting(m -> m.span().of(text)).containsExactly("مدني", "طفلاً", "الشاب");
    assertThat(found).allMatch(m -> m.count().equals(Count.exact(1)));
    assertThat(find(text)).isEmpty();
    String plural = "مقتل ثلاثة مدنيين وشباب";
    assertThat(ArabicNumbers.singulars(plural, 0, plural.length())).isEmpty();
  }

  @Test
  void spansAreOffsetsIntoTheTextAsWritten() {
    String text = "قُتِلَ ثلاثةُ أطفالٍ وأُصيبَ خمسةٌ آخرون";
    List<NumberMention> found = find(text);
    assertThat(found).extracting(m -> m.numberSpan().of(text)).containsExactly("ثلاثةُ", "خمسةٌ");
  }
}
