package observatory.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.claim.DatePrecision;
import observatory.claim.When;

/**
 * The days of {@link ArabicDates}: the token helpers, the points a date phrase names (today,
 * yesterday, a weekday, a day of a month, N days ago) and how each resolves against the
 * publication date. {@link ArabicDateReader} builds the periods on top of them.
 */
abstract class ArabicDatePoints {
  static final Set<String> PARTS_OF_DAY = keys("صباح", "مساء", "فجر", "ظهر", "عصر", "ليلة", "ليل",
      "ظهيرة", "ضحى", "صبيحة", "منتصف", "بعيد", "قبيل");
  static final Set<String> NOT_TODAY_AFTER = keys("التالي", "السابق", "الأول", "الثاني", "الثالث",
      "الأخير", "العالمي", "الوطني", "الذي", "نفسه", "ذاته", "الواحد", "الدولي");
  static final Set<String> PAST = keys("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة",
      "الماضيين", "الفائتين");
  static final Set<String> NEXT = keys("المقبل", "المقبلة", "القادم", "القادمة");
  static final Set<String> CURRENT = keys("الجاري", "الحالي", "الجارية", "الحالية");
  static final Set<String> START_WORDS = keys("مطلع", "بداية", "بدايات", "أوائل", "أول", "مستهل");
  static final Set<String> MONTH_PARTS = keys("مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية",
      "أول", "آخر", "مستهل", "خلال", "في", "طوال", "شهر", "لشهر", "بشهر", "وفي", "حتى");
  static final Set<String> RANGE_LINKS = keys("إلى", "حتى", "ولغاية", "لغاية");

  /** Words a date phrase may start with, for telling "وفجر" (و + فجر) from "فجر". */
  static final Set<String> STARTERS = union(PARTS_OF_DAY, keys("اليوم", "أمس", "الأمس", "البارحة", "أول",
      "يوم", "نهار", "الليلة", "منذ", "بين", "من", "خلال", "في", "طوال", "طيلة", "قبل", "بعد", "هذا", "هذه",
      "الشهر", "الأسبوع", "العام", "السنة", "عام", "سنة", "شهر", "مطلع", "بداية", "أوائل", "منتصف", "أواخر",
      "نهاية"));

  private static boolean weekdayKey(String key) {
    return key.length() > 3 && List.of("الاحد", "الاثنين", "الثلاثا", "الاربعا", "الخميس", "الجمعه", "السبت").contains(key);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** Ordinal words for days of the month: "الخامس من آذار". */
  static final Map<String, Integer> ORDINAL_DAYS = ordinalDays();

  record Match(int first, int next, When when) {
  }

  enum Kind { ABSOLUTE, RELATIVE, WEEKDAY }

  /**
   * A day as written. ABSOLUTE: day, month (maybe TISHREEN / KANUN) and maybe year (0 = not
   * stated); RELATIVE: days before publication; WEEKDAY: ISO day, with {@code direction} -1 for
   * the last one before publication (الماضي), +1 for the next one after it (المقبل), 0 for the
   * latest on or before it.
   */
  record Point(int first, int next, Kind kind, int day, int month, int year, int back, int direction) {
    Point withYear(int y) {
      return new Point(first, next, kind, day, month, y, back, direction);
    }

    Point from(int f) {
      return new Point(f, next, kind, day, month, year, back, direction);
    }
  }

  final List<ArabicTok> t;
  final CharSequence text;
  final Optional<LocalDate> pub;

  ArabicDatePoints(List<ArabicTok> t, CharSequence text, Optional<LocalDate> pub) {
    this.t = t;
    this.text = text;
    this.pub = pub;
  }

  /** The key of token i, or "" past the end or for a number. */
  String k(int i) {
    return i >= 0 && i < t.size() && t.get(i).isWord() ? t.get(i).key : "";
  }

  boolean w(int i, String key) {
    return k(i).equals(key);
  }

  /** Word i is {@code key}, maybe with و / ف / ب / ل written onto it (not the article). */
  boolean ws(int i, String key) {
    String word = k(i);
    if (word.equals(key)) {
      return true;
    }
    if (!word.endsWith(key) || word.length() == key.length()) {
      return false;
    }
    int s = word.length() - key.length();
    return (ArabicProclitics.stemStarts(word) & (1 << s)) != 0 && !ArabicProclitics.articleBefore(word, s);
  }

  boolean in(int i, Set<String> keys) {
    return keys.contains(k(i));
  }

  /** Where token i's phrase starts: after a و / ف written onto its first word ("وفجر اليوم", not "فجر"). */
  int startOf(int i) {
    ArabicTok a = t.get(i);
    if (a.isWord() && a.key.length() > 2 && (a.key.charAt(0) == 'و' || a.key.charAt(0) == 'ف')
        && !STARTERS.contains(a.key) && ArabicCalendar.weekday(t, i, false) == 0
        && (STARTERS.contains(a.key.substring(1)) || weekdayKey(a.key.substring(1)))) {
      return a.offsetOf(text, 1);
    }
    return a.start;
  }

  // ---- points ------------------------------------------------------------------------------

  /** A point, with a part of the day before it ("فجر اليوم", "مساء الخميس") and "في" / "يوم" before it. */
  Point point(int i) {
    int k = i;
    if (ws(k, "في") && k + 1 < t.size()) {
      k++;
    }
    boolean part = false;
    if (in(k, PARTS_OF_DAY) || partWithProclitic(k)) {
      int n = k + 1;
      if ((w(k, "منتصف") || ws(k, "بعيد") || ws(k, "قبيل")) && (w(n, "ليل") || w(n, "ليله") || w(n, "الليل")
          || w(n, "منتصف"))) {
        n++;
      }
      if (w(n, "ليل") || w(n, "ظهر") && (ws(k, "بعد") || ws(k, "قبيل"))) {
        n++;
      }
      k = n;
      part = true;
    } else if ((ws(k, "بعد") || ws(k, "قبل")) && w(k + 1, "ظهر")) {
      k += 2;
      part = true;
    }
    Point p = bare(k, part);
    return p == null ? null : p.from(i);
  }

  boolean partWithProclitic(int k) {
    String word = k(k);
    return word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف') && PARTS_OF_DAY.contains(word.substring(1));
  }

  /** A point without a part of day before it. */
  Point bare(int i, boolean afterPart) {
    if (i >= t.size()) {
      return null;
    }
    ArabicTok a = t.get(i);
    if (a.isNum()) {
      Point p = slashed(i);
      if (p == null) {
        p = dashed(i);
      }
      return p != null ? p : dayMonth(i, i);
    }
    String word = a.key;
    if (ws(i, "اليوم") && !in(i + 1, NOT_TODAY_AFTER)) {
      // "اليوم السبت 18 أيلول": the date says more
      Point more = afterDayWord(i + 1);
      if (more != null && more.kind == Kind.ABSOLUTE) {
        return more.from(i);
      }
      int n = more != null ? more.next : i + 1;
      return new Point(i, n, Kind.RELATIVE, 0, 0, 0, 0, 0);
    }
    if (ws(i, "الليله") && !afterPart) {
      if (in(i + 1, PAST)) {
        return new Point(i, i + 2, Kind.RELATIVE, 0, 0, 0, 1, 0);
      }
      return in(i + 1, NOT_TODAY_AFTER) ? null : new Point(i, i + 1, Kind.RELATIVE, 0, 0, 0, 0, 0);
    }
    int yesterday = yesterday(i);
    if (yesterday > 0) {
      int back = yesterday & 3;
      int n = yesterday >>> 2;
      if (ArabicCalendar.weekday(t, n, false) > 0) {
        n++; // "أمس السبت"
      }
      return new Point(i, n, Kind.RELATIVE, 0, 0, 0, back, 0);
    }
    if (ws(i, "يوم") || ws(i, "نهار")) {
      if (yesterday(i + 1) > 0) {
        Point y = bare(i + 1, true);
        return y == null ? null : y.from(i);
      }
      Point more = afterDayWord(i + 1);
      return more == null ? null : more.from(i);
    }
    int wd = ArabicCalendar.weekday(t, i, false);
    if (wd > 0) {
      if (wd == 1 && !afterPart && !mondayContext(i)) {
        return null; // "الاثنين" is also the numeral two
      }
      return weekday(i, wd);
    }
    if (ORDINAL_DAYS.containsKey(word)) {
      return dayMonth(i, i);
    }
    if (afterPart && ArabicCalendar.weekday(t, i, true) > 0) {
      return weekday(i, ArabicCalendar.weekday(t, i, true)); // "صباح خميس"
    }
    return ago(i);
  }

  /** After "يوم" or "اليوم": a weekday and maybe a date, or a date. */
  Point afterDayWord(int i) {
    int wd = ArabicCalendar.weekday(t, i, true);
    if (wd > 0) {
      return weekday(i, wd);
    }
    if (i < t.size() && t.get(i).isNum() || ORDINAL_DAYS.containsKey(k(i))) {
      Point p = slashed(i);
      return p != null ? p : dayMonth(i, i);
    }
    return null;
  }

  /** A weekday at i, with a date after it, and "الماضي" / "المقبل". */
  Point weekday(int i, int wd) {
    int n = i + 1;
    int direction = 0;
    if (in(n, PAST)) {
      direction = -1;
      n++;
    } else if (in(n, NEXT)) {
      direction = 1;
      n++;
    }
    int d = n < t.size() && t.get(n).is("،") || n < t.size() && t.get(n).is(",") ? n + 1 : n;
    if (d < t.size() && (t.get(d).isNum() || ORDINAL_DAYS.containsKey(k(d)))) {
      Point p = slashed(d);
      if (p == null) {
        p = dayMonth(d, d);
      }
      if (p != null && validAbsolute(p)) {
        return p.from(i);
      }
    }
    return new Point(i, n, Kind.WEEKDAY, wd, 0, 0, 0, direction);
  }

  /** "الاثنين" is Monday after يوم, a part of day, "أمس", a comma, or before a date or الماضي / المقبل. */
  boolean mondayContext(int i) {
    if (i > 0 && (t.get(i - 1).is("،") || t.get(i - 1).is(",") || ws(i - 1, "يوم") || ws(i - 1, "اليوم")
        || yesterday(i - 1) > 0 || in(i - 1, PARTS_OF_DAY))) {
      return true;
    }
    return in(i + 1, PAST) || in(i + 1, NEXT) || i + 1 < t.size() && t.get(i + 1).isNum();
  }

  /** "أمس", "البارحة", "الأمس", "أمس الأول", "أول أمس", "أول من أمس": next token * 4 + days back; 0 if none. */
  int yesterday(int i) {
    if (ws(i, "امس") || ws(i, "البارحه") || ws(i, "الامس")) {
      if (w(i + 1, "الاول")) {
        return (i + 2) * 4 + 2;
      }
      return (i + 1) * 4 + 1;
    }
    if (ws(i, "اول") && w(i + 1, "امس")) {
      return (i + 2) * 4 + 2;
    }
    if (ws(i, "اول") && w(i + 1, "من") && w(i + 2, "امس")) {
      return (i + 3) * 4 + 2;
    }
    return 0;
  }

  /** "قبل يومين", "منذ ثلاثة أيام", "قبل 3 أيام", "قبل أسبوع", "قبل قليل", "منذ ساعات". */
  Point ago(int i) {
    if (!(ws(i, "قبل") || ws(i, "منذ"))) {
      return null;
    }
    int k = i + 1;
    if (w(k, "قليل") || w(k, "ساعات") || w(k, "ساعه") || w(k, "ساعتين") || w(k, "دقايق")) {
      return new Point(i, k + 1, Kind.RELATIVE, 0, 0, 0, 0, 0);
    }
    if (w(k, "يوم") || w(k, "يومين") || w(k, "اسبوع") || w(k, "اسبوعين")) {
      int back = w(k, "يوم") ? 1 : w(k, "يومين") ? 2 : w(k, "اسبوع") ? 7 : 14;
      return new Point(i, k + 1, Kind.RELATIVE, 0, 0, 0, back, 0);
    }
    ArabicNumberWords.Parsed n = ArabicNumberWords.parse(t, k, text);
    if (n != null && n.value() > 0 && n.value() <= 60 && (w(n.next(), "ايام") || w(n.next(), "يوما")
        || w(n.next(), "اسابيع"))) {
      int back = (int) n.value() * (w(n.next(), "اسابيع") ? 7 : 1);
      return new Point(i, n.next() + 1, Kind.RELATIVE, 0, 0, 0, back, 0);
    }
    return null;
  }

  /** "٨/٢/٢٠٢٥", "20/08/2021", "2021/08/20", "09/ كانون الأول/ 2023" (the month by name). */
  Point slashed(int i) {
    if (i + 2 >= t.size() || !t.get(i).isNum() || !t.get(i + 1).is("/")) {
      return null;
    }
    ArabicCalendar.Month named = ArabicCalendar.month(t, i + 2);
    if (named != null) {
      int d = day(i);
      int n = i + 2 + named.tokens();
      if (d == 0) {
        return null;
      }
      int y = 0;
      if (n + 1 < t.size() && t.get(n).is("/") && year(n + 1) > 0) {
        y = year(n + 1);
        n += 2;
      } else if (year(n) > 0) {
        y = year(n);
        n++;
      }
      Point p = new Point(i, n, Kind.ABSOLUTE, d, named.month(), y, 0, 0);
      return validAbsolute(p) ? p : null;
    }
    if (i + 4 >= t.size() || !t.get(i + 2).isNum() || !t.get(i + 3).is("/") || !t.get(i + 4).isNum()) {
      return null;
    }
    return dayMonthYear(i);
  }

  /** "03 - 01 - 2025", "2021-08-20": digits with dashes, glued or spaced. */
  Point dashed(int i) {
    if (i + 4 >= t.size() || !t.get(i).isNum() || !t.get(i + 1).isDash() || !t.get(i + 2).isNum()
        || !t.get(i + 3).isDash() || !t.get(i + 4).isNum()) {
      return null;
    }
    return dayMonthYear(i);
  }

  /** Three numbers at i, i + 2, i + 4: day, month, year, or year, month, day. */
  Point dayMonthYear(int i) {
    int a;
    int b;
    int y;
    if (year(i) > 0) { // 2021/08/20
      y = year(i);
      a = small(i + 4, 31);
      b = small(i + 2, 12);
    } else {
      y = year(i + 4);
      a = small(i, 31);
      b = small(i + 2, 31);
      if (b > 12 && a <= 12) { // only month first makes sense: 10/20/2016
        int x = a;
        a = b;
        b = x;
      }
    }
    if (y == 0 || a == 0 || b == 0 || b > 12) {
      return null;
    }
    Point p = new Point(i, i + 5, Kind.ABSOLUTE, a, b, y, 0, 0);
    return validAbsolute(p) ? p : null;
  }

  /** "18 أيلول", "20 من آب", "5 من آذار 2020", "الخامس من آذار", "تشرين الأول/ أكتوبر 2019". */
  Point dayMonth(int i, int first) {
    int d = day(i);
    if (d == 0 || d > 31) {
      return null;
    }
    int k = i + dayLength(i);
    if (w(k, "من")) {
      k++;
    }
    ArabicCalendar.Month m = ArabicCalendar.month(t, k);
    if (m == null) {
      return null;
    }
    int n = afterMonth(k + m.tokens());
    int y = year(n);
    if (y == 0 && n < t.size() && (t.get(n).is("،") || t.get(n).is(",") || t.get(n).is("/")) && year(n + 1) > 0) {
      y = year(n + 1);
      n++;
    }
    Point p = new Point(first, y > 0 ? n + 1 : n, Kind.ABSOLUTE, d, m.month(), y, 0, 0);
    if (y == 0 && in(p.next, PAST)) {
      p = new Point(first, p.next + 1, Kind.ABSOLUTE, d, m.month(), 0, 0, -1);
    }
    return validAbsolute(p) ? p : null;
  }

  /** After a month name: a second name for the same month ("آب/أغسطس", "تشرين الأول (أكتوبر)"). */
  int afterMonth(int n) {
    int k = n;
    if (k < t.size() && (t.get(k).is("/") || t.get(k).is("(") || t.get(k).isDash())) {
      ArabicCalendar.Month again = ArabicCalendar.month(t, k + 1);
      if (again != null) {
        k = k + 1 + again.tokens();
        if (k < t.size() && t.get(k).is(")")) {
          k++;
        }
        return k;
      }
    }
    return n;
  }

  /** A day of the month in digits or as an ordinal word, or 0. */
  int day(int i) {
    if (i < t.size() && t.get(i).isNum()) {
      return small(i, 31);
    }
    Integer d = ORDINAL_DAYS.get(k(i));
    if (d == null) {
      return 0;
    }
    if (d >= 10) {
      return d;
    }
    int tens = ordinalTens(i + 1);
    if (tens > 0) {
      return d + tens;
    }
    return d == 1 && k(i).equals("الحادي") ? 0 : d;
  }

  /** How many tokens the day at i takes: "الحادي عشر" and "السابع والعشرين" two, "السابع و العشرين" three. */
  int dayLength(int i) {
    if (i < t.size() && t.get(i).isNum() || ORDINAL_DAYS.getOrDefault(k(i), 10) >= 10) {
      return 1;
    }
    if (w(i + 1, "عشر")) {
      return 2;
    }
    if (w(i + 1, "والعشرين") || w(i + 1, "والثلاثين")) {
      return 2;
    }
    return w(i + 1, "و") && (w(i + 2, "العشرين") || w(i + 2, "الثلاثين")) ? 3 : 1;
  }

  /** The tens after an ordinal unit: عشر 10, والعشرين 20, والثلاثين 30; 0 if none. */
  private int ordinalTens(int k) {
    if (w(k, "عشر")) {
      return 10;
    }
    String tens = w(k, "و") ? k(k + 1) : k(k);
    return tens.equals("والعشرين") || tens.equals("العشرين") && w(k, "و") ? 20
        : tens.equals("والثلاثين") || tens.equals("الثلاثين") && w(k, "و") ? 30 : 0;
  }

  int small(int i, int max) {
    ArabicTok a = t.get(i);
    if (!a.isNum() || a.key.length() > 2 || a.key.indexOf('.') >= 0) {
      return 0;
    }
    int v = Integer.parseInt(a.key);
    return v >= 1 && v <= max ? v : 0;
  }

  int year(int i) {
    if (i < 0 || i >= t.size() || !t.get(i).isNum() || t.get(i).key.length() != 4 || t.get(i).key.indexOf('.') >= 0) {
      return 0;
    }
    int v = Integer.parseInt(t.get(i).key);
    return v >= 1900 && v <= 2100 ? v : 0;
  }

  boolean validAbsolute(Point p) {
    if (p.kind != Kind.ABSOLUTE) {
      return true;
    }
    int[] months = monthsOf(p.month);
    for (int m : months) {
      int length = p.year > 0 ? YearMonth.of(p.year, m).lengthOfMonth() : m == 2 ? 29 : YearMonth.of(2001, m).lengthOfMonth();
      if (p.day <= length) {
        return true;
      }
    }
    return false;
  }

  Optional<LocalDate> resolve(Point p) {
    switch (p.kind) {
      case RELATIVE -> {
        return pub.map(d -> d.minusDays(p.back));
      }
      case WEEKDAY -> {
        return pub.map(d -> {
          if (p.direction > 0) {
            return d.with(TemporalAdjusters.next(DayOfWeek.of(p.day)));
          }
          int diff = Math.floorMod(d.getDayOfWeek().getValue() - p.day, 7);
          if (diff == 0 && p.direction < 0) {
            diff = 7;
          }
          return d.minusDays(diff);
        });
      }
      default -> {
        int[] months = monthsOf(p.month);
        if (months.length == 1) {
          return resolveDay(p.day, p.month, p.year, p.direction < 0);
        }
        // "تشرين" / "كانون" alone: the month whose day is the latest not after publication
        if (pub.isEmpty()) {
          return Optional.empty();
        }
        LocalDate best = null;
        for (int m : months) {
          Optional<LocalDate> d = resolveDay(p.day, m, p.year, p.direction < 0);
          if (d.isPresent() && !d.get().isAfter(pub.get()) && (best == null || d.get().isAfter(best))) {
            best = d.get();
          }
        }
        return Optional.ofNullable(best);
      }
    }
  }

  /** A day of a month: the year stated, or the latest not after publication (before its month, when strict). */
  Optional<LocalDate> resolveDay(int day, int month, int year, boolean beforePublicationMonth) {
    try {
      if (year > 0) {
        return Optional.of(LocalDate.of(year, month, day));
      }
      if (pub.isEmpty()) {
        return Optional.empty();
      }
      LocalDate d = pub.get();
      for (int y = d.getYear(); y >= d.getYear() - 4; y--) {
        if (day <= YearMonth.of(y, month).lengthOfMonth()) {
          LocalDate c = LocalDate.of(y, month, day);
          boolean fits = beforePublicationMonth ? YearMonth.from(c).isBefore(YearMonth.from(d)) : !c.isAfter(d);
          if (fits) {
            return Optional.of(c);
          }
        }
      }
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A point, with a date of several days ("في 7 و8 من تموز") and weekdays ("الجمعة والسبت"). */
  Match pointPhrase(int i) {
    Point p = point(i);
    if (p == null) {
      return days(i);
    }
    if (!validAbsolute(p)) {
      return null;
    }
    if (p.kind == Kind.WEEKDAY && p.next < t.size()) {
      int wd = ArabicCalendar.weekday(t, p.next, false);
      if (wd > 0 && k(p.next).startsWith("و")) {
        Point q = weekday(p.next, wd);
        return new Match(i, q.next, period(p, q));
      }
    }
    return new Match(i, p.next, resolve(p).<When>map(When.Day::new).orElse(When.UNKNOWN));
  }

  /** "في 7 و8 من تموز": two days of one month. */
  Match days(int i) {
    int k = ws(i, "في") ? i + 1 : i;
    int d = k < t.size() && t.get(k).isNum() ? day(k) : 0;
    if (d == 0 || !w(k + 1, "و")) {
      return null;
    }
    Point q = dayMonth(k + 2, k + 2);
    if (q == null || q.day < d) {
      return null;
    }
    Point first = new Point(k, k + 1, Kind.ABSOLUTE, d, q.month, q.year, 0, q.direction);
    return validAbsolute(first) ? new Match(i, q.next, period(first, q)) : null;
  }

  When period(Point p, Point q) {
    Optional<LocalDate> a = resolve(p);
    Optional<LocalDate> b = resolve(q);
    if (a.isPresent() && b.isPresent() && b.get().isBefore(a.get())) {
      if (p.kind() == Kind.WEEKDAY) {
        a = Optional.of(a.get().minusWeeks(1));
      } else if (p.kind() == Kind.ABSOLUTE && p.year() == 0) {
        a = Optional.of(a.get().minusYears(1));
      }
      if (b.get().isBefore(a.get())) {
        return When.UNKNOWN;
      }
    }
    if (a.isEmpty() && b.isEmpty()) {
      return When.UNKNOWN;
    }
    return new When.Between(a, b, DatePrecision.PERIOD);
  }

  When untilPublished(Optional<LocalDate> from) {
    if (from.isEmpty() || pub.isPresent() && pub.get().isBefore(from.get())) {
      return When.UNKNOWN;
    }
    return new When.Between(from, pub, DatePrecision.PERIOD);
  }

  /** The months "تشرين" or "كانون" alone may be. */
  static int[] monthsOf(int month) {
    return switch (month) {
      case ArabicCalendar.TISHREEN -> new int[] {10, 11};
      case ArabicCalendar.KANUN -> new int[] {12, 1};
      default -> new int[] {month};
    };
  }

  private static Map<String, Integer> ordinalDays() {
    String[] units = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
    Map<String, Integer> m = new java.util.HashMap<>();
    m.put(ArabicLetters.key("الحادي"), 1);
    for (int d = 0; d < units.length; d++) {
      m.put(ArabicLetters.key(units[d]), d + 1);
    }
    m.put(ArabicLetters.key("العاشر"), 10);
    m.put(ArabicLetters.key("العشرين"), 20);
    m.put(ArabicLetters.key("الثلاثين"), 30);
    return Map.copyOf(m);
  }

  static Set<String> keys(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(ArabicLetters.key(w));
    }
    return Set.copyOf(out);
  }
}

