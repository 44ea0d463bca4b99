package observatory.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import observatory.claim.DatePrecision;
import observatory.claim.When;

/** The periods of {@link ArabicDates} ("منذ مطلع العام", "بين X و Y", "الشهر الماضي") and the phrase at a token. */
final class ArabicDateReader extends ArabicDatePoints {
  ArabicDateReader(List<ArabicTok> t, CharSequence text, Optional<LocalDate> pub) {
    super(t, text, pub);
  }

  Match at(int i) {
    if (ws(i, "منذ")) {
      Match m = since(i);
      if (m != null) {
        return m;
      }
    }
    if (ws(i, "بين") || ws(i, "من")) {
      Match m = range(i);
      if (m != null) {
        return m;
      }
    }
    Match m = rolling(i);
    if (m != null) {
      return m;
    }
    m = calendar(i);
    if (m != null) {
      return m;
    }
    m = monthOrYear(i);
    if (m != null) {
      return m;
    }
    return pointPhrase(i);
  }

  // ---- periods -----------------------------------------------------------------------------

  /** "بين X و Y", "من X إلى Y", "بين 20 و22 آب", "في 7 و8 من تموز", i at بين / من. */
  Match range(int i) {
    int k = i + 1;
    boolean between = ws(i, "بين");
    Point p = periodStart(k);
    if (p != null) {
      int link = p.next();
      Point q = null;
      if (between && w(link, "و")) {
        q = periodEnd(link + 1);
      } else if (between && k(link).startsWith("و")) {
        q = periodEndAfterWaw(link);
      } else if (!between && in(link, RANGE_LINKS)) {
        q = periodEnd(link + 1);
      }
      if (q != null) {
        if (p.kind() == Kind.ABSOLUTE && p.year() == 0 && q.kind() == Kind.ABSOLUTE && q.year() > 0) {
          p = p.withYear(q.year());
        }
        int next = in(q.next(), PAST) ? q.next() + 1 : q.next();
        return new Match(i, next, period(p, q));
      }
    }
    // "بين 20 و22 آب": the first day borrows the month of the second
    int d = day(k);
    if (d > 0 && (between && (w(k + 1, "و") || k(k + 1).startsWith("و")) || !between && in(k + 1, RANGE_LINKS))) {
      int second = w(k + 1, "و") || in(k + 1, RANGE_LINKS) ? k + 2 : k + 1;
      Point q = second == k + 1 ? periodEndAfterWaw(second) : periodEnd(second);
      if (q != null && q.kind() == Kind.ABSOLUTE) {
        Point first = new Point(k, k + 1, Kind.ABSOLUTE, d, q.month(), q.year(), 0, q.direction());
        if (validAbsolute(first)) {
          int next = in(q.next(), PAST) ? q.next() + 1 : q.next();
          return new Match(i, next, period(first, q));
        }
      }
    }
    return null;
  }

  /** The start of a period: a point, or "مطلع حزيران" (the first of the month). */
  Point periodStart(int k) {
    if (in(k, START_WORDS)) {
      int n = w(k + 1, "شهر") ? k + 2 : k + 1;
      ArabicCalendar.Month m = ArabicCalendar.month(t, n);
      if (m != null) {
        int e = afterMonth(n + m.tokens());
        int y = year(e);
        return new Point(k, y > 0 ? e + 1 : e, Kind.ABSOLUTE, 1, m.month(), y, 0, in(e, PAST) ? -1 : 0);
      }
    }
    Point p = point(k);
    return p != null && validAbsolute(p) ? p : null;
  }

  Point periodEnd(int k) {
    if (w(k, "الان") || w(k, "اليوم") && !in(k + 1, NOT_TODAY_AFTER) && !(k + 1 < t.size() && t.get(k + 1).isNum())) {
      return new Point(k, k + 1, Kind.RELATIVE, 0, 0, 0, 0, 0);
    }
    if (in(k, keys("نهاية", "أواخر", "آخر"))) {
      int n = w(k + 1, "شهر") ? k + 2 : k + 1;
      ArabicCalendar.Month m = ArabicCalendar.month(t, n);
      if (m != null && m.month() <= 12) {
        int e = afterMonth(n + m.tokens());
        int y = year(e);
        int length = YearMonth.of(y > 0 ? y : 2001, m.month()).lengthOfMonth();
        return new Point(k, y > 0 ? e + 1 : e, Kind.ABSOLUTE, m.month() == 2 && y == 0 ? 28 : length, m.month(), y,
            0, in(e, PAST) ? -1 : 0);
      }
    }
    Point p = periodStart(k);
    return p;
  }

  /** The end of "بين X وY" where the و is written onto Y's first word ("و25 من تموز", "واليوم"). */
  Point periodEndAfterWaw(int k) {
    ArabicTok a = t.get(k);
    if (a.key.equals("و")) {
      return periodEnd(k + 1);
    }
    if (a.key.equals("واليوم") || a.key.equals("والان")) {
      return new Point(k, k + 1, Kind.RELATIVE, 0, 0, 0, 0, 0);
    }
    return null;
  }

  /**
   * "منذ مطلع العام (الجاري)", "منذ بداية الشهر", "منذ بداية شهر حزيران حتى اليوم", "منذ 4 من
   * حزيران الماضي", "منذ عام 2011", "منذ آذار 2011". "منذ يومين" is a day (two days ago).
   */
  Match since(int i) {
    Point ago = ago(i);
    if (ago != null) {
      return new Match(i, ago.next(), resolve(ago).<When>map(When.Day::new).orElse(When.UNKNOWN));
    }
    int k = i + 1;
    Optional<LocalDate> from = null;
    int next = -1;
    if (in(k, START_WORDS)) {
      int n = k + 1;
      if (w(n, "العام") || w(n, "السنه") || w(n, "هذا") && (w(n + 1, "العام") || w(n + 1, "الشهر"))) {
        boolean month = w(n + 1, "الشهر");
        n += w(n, "هذا") ? 2 : 1;
        if (year(n) > 0) {
          from = Optional.of(LocalDate.of(year(n), 1, 1));
          next = n + 1;
        } else {
          from = pub.map(d -> month ? d.withDayOfMonth(1) : d.withDayOfYear(1));
          next = in(n, CURRENT) ? n + 1 : n;
        }
      } else if (w(n, "الشهر")) {
        from = pub.map(d -> d.withDayOfMonth(1));
        next = in(n + 1, CURRENT) ? n + 2 : n + 1;
      } else if (year(n) > 0) {
        from = Optional.of(LocalDate.of(year(n), 1, 1));
        next = n + 1;
      }
    }
    if (from == null && (w(k, "عام") || w(k, "العام") || w(k, "سنه")) && year(k + 1) > 0) {
      from = Optional.of(LocalDate.of(year(k + 1), 1, 1));
      next = k + 2;
    } else if (from == null && year(k) > 0 && !(k + 1 < t.size() && t.get(k + 1).glued && t.get(k + 1).isDash())) {
      from = Optional.of(LocalDate.of(year(k), 1, 1));
      next = k + 1;
    }
    if (from == null) {
      Match c = calendar(k);
      if (c != null) {
        // "منذ الشهر الماضي": from the start of last month
        return c.when() instanceof When.Between b ? new Match(i, c.next(), untilPublished(b.from()))
            : new Match(i, c.next(), When.UNKNOWN);
      }
      Point p = periodStart(k);
      if (p == null) {
        ArabicCalendar.Month m = ArabicCalendar.month(t, w(k, "شهر") ? k + 1 : k);
        if (m == null || m.month() > 12) {
          return null;
        }
        int n = afterMonth((w(k, "شهر") ? k + 1 : k) + m.tokens());
        int y = year(n);
        p = new Point(k, y > 0 ? n + 1 : n, Kind.ABSOLUTE, 1, m.month(), y, 0, in(y > 0 ? n + 1 : n, PAST) ? -1 : 0);
      }
      from = resolve(p);
      next = p.next();
      if (p.kind() == Kind.ABSOLUTE && p.year() == 0 && in(next, PAST)) {
        next++;
      }
    }
    if (in(next, RANGE_LINKS)) {
      Point q = periodEnd(next + 1);
      if (q != null) {
        Optional<LocalDate> to = resolve(q);
        if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
          return new Match(i, q.next(), new When.Between(from, to, DatePrecision.PERIOD));
        }
      }
    }
    return new Match(i, next, untilPublished(from));
  }

  /**
   * "خلال الـ24 ساعة الماضية", "خلال الساعات الـ24 الماضية", "خلال اليومين الماضيين", "في الأيام
   * الثلاثة الماضية", "خلال الأسبوعين الماضيين": the days up to publication.
   */
  Match rolling(int i) {
    if (!(ws(i, "خلال") || ws(i, "في") || ws(i, "طوال") || ws(i, "طيلة"))) {
      return null;
    }
    int k = i + 1;
    long n = 0;
    int unit = 0; // 1 hour, 2 day, 3 week
    if (i + 1 < t.size() && (w(k, "ال") || w(k, "الـ")) && k + 1 < t.size() && t.get(k + 1).isNum()) {
      n = t.get(k + 1).value();
      k += 2;
      unit = unitOf(k(k));
      k++;
    } else if (w(k, "اليومين") || w(k, "الاسبوعين") || w(k, "الساعتين")) {
      n = 2;
      unit = w(k, "اليومين") ? 2 : w(k, "الاسبوعين") ? 3 : 1;
      k++;
    } else if (unitOf(k(k)) > 0 && k(k).startsWith("ال")) {
      unit = unitOf(k(k));
      k++;
      if ((w(k, "ال") || w(k, "الـ")) && k + 1 < t.size() && t.get(k + 1).isNum()) {
        n = t.get(k + 1).value();
        k += 2;
      } else {
        ArabicNumberWords.Parsed p = ArabicNumberWords.parse(t, k, text);
        if (p != null && p.value() > 0) {
          n = p.value();
          k = p.next();
        }
      }
    }
    if (n <= 0 || n > 10_000 || unit == 0 || !in(k, PAST)) {
      return null;
    }
    long days = switch (unit) {
      case 1 -> Math.max(1, (n + 23) / 24 - 1);
      case 2 -> Math.max(1, n - 1);
      default -> 7 * n - 1;
    };
    When when = pub.<When>map(d -> new When.Between(Optional.of(d.minusDays(days)), Optional.of(d), DatePrecision.PERIOD))
        .orElse(When.UNKNOWN);
    return new Match(i, k + 1, when);
  }

  int unitOf(String key) {
    return switch (key) {
      case "ساعه", "ساعات", "الساعات", "الساعه" -> 1;
      case "يوما", "ايام", "الايام", "يوم" -> 2;
      case "اسبوع", "اسابيع", "الاسابيع" -> 3;
      default -> 0;
    };
  }

  /** "الشهر الماضي", "هذا الشهر", "الشهر الجاري", "الأسبوع الماضي", "العام الماضي", "هذا العام". */
  Match calendar(int i) {
    int k = i;
    if (ws(k, "خلال") || ws(k, "في") || ws(k, "طوال")) {
      k++;
    }
    boolean thisOne = w(k, "هذا") || w(k, "هذه");
    int u = thisOne ? k + 1 : k;
    DatePrecision precision;
    if (ws(u, "الشهر")) {
      precision = DatePrecision.MONTH;
    } else if (ws(u, "الاسبوع")) {
      precision = DatePrecision.WEEK;
    } else if (ws(u, "العام") || ws(u, "السنه")) {
      precision = DatePrecision.YEAR;
    } else {
      return null;
    }
    boolean last;
    int next;
    if (in(u + 1, PAST)) {
      last = true;
      next = u + 2;
    } else if (in(u + 1, CURRENT) || thisOne) {
      last = false;
      next = in(u + 1, CURRENT) ? u + 2 : u + 1;
    } else {
      return null;
    }
    if (pub.isEmpty()) {
      return new Match(i, next, When.UNKNOWN);
    }
    LocalDate d = pub.get();
    LocalDate from;
    LocalDate to;
    switch (precision) {
      case WEEK -> {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        from = last ? monday.minusWeeks(1) : monday;
        to = last ? monday.minusDays(1) : d;
      }
      case MONTH -> {
        from = last ? d.minusMonths(1).withDayOfMonth(1) : d.withDayOfMonth(1);
        to = last ? d.withDayOfMonth(1).minusDays(1) : d;
      }
      default -> {
        from = last ? LocalDate.of(d.getYear() - 1, 1, 1) : LocalDate.of(d.getYear(), 1, 1);
        to = last ? LocalDate.of(d.getYear() - 1, 12, 31) : d;
      }
    }
    return new Match(i, next, new When.Between(Optional.of(from), Optional.of(to), precision));
  }

  /**
   * "في تموز"، "خلال شهر تموز الماضي"، "مطلع حزيران"، "آذار 2020"، "عام 2018"، "العام 2019". A bare
   * month name needs a year, "شهر" or a preposition before it: "مارس" is also a verb.
   */
  Match monthOrYear(int i) {
    int k = i;
    boolean prep = false;
    while (k < i + 3 && (in(k, MONTH_PARTS) || ws(k, "خلال") || ws(k, "في"))) {
      prep = true;
      k++;
    }
    if ((ws(k, "عام") || ws(k, "العام") || ws(k, "سنه") || ws(k, "السنه")) && year(k + 1) > 0) {
      int y = year(k + 1);
      return new Match(i, k + 2, new When.Between(
          Optional.of(LocalDate.of(y, 1, 1)), Optional.of(LocalDate.of(y, 12, 31)), DatePrecision.YEAR));
    }
    ArabicCalendar.Month m = ArabicCalendar.month(t, k);
    if (m == null) {
      return null;
    }
    int n = afterMonth(k + m.tokens());
    int y = year(n);
    if (y == 0 && !prep) {
      return null;
    }
    int next = y > 0 ? n + 1 : n;
    boolean past = y == 0 && in(next, PAST);
    boolean coming = y == 0 && in(next, NEXT);
    if (past || coming) {
      next++;
    }
    Optional<LocalDate> start = monthStart(m.month(), y, past, coming);
    When when = start.<When>map(s -> new When.Between(
        Optional.of(s), Optional.of(s.withDayOfMonth(s.lengthOfMonth())), DatePrecision.MONTH)).orElse(When.UNKNOWN);
    return new Match(i, next, when);
  }

  /** The first day of a month: the year stated, the latest not after publication, or before / after its month. */
  Optional<LocalDate> monthStart(int month, int y, boolean past, boolean coming) {
    if (month > 12) {
      if (y == 0 && pub.isEmpty()) {
        return Optional.empty();
      }
      LocalDate best = null;
      for (int m : monthsOf(month)) {
        Optional<LocalDate> s = monthStart(m, y, past, coming);
        if (s.isPresent() && (best == null || (coming ? s.get().isBefore(best) : s.get().isAfter(best)))) {
          best = s.get();
        }
      }
      return y > 0 && pub.isEmpty() ? Optional.empty() : Optional.ofNullable(best);
    }
    if (y > 0) {
      return Optional.of(LocalDate.of(y, month, 1));
    }
    return pub.map(d -> {
      YearMonth here = YearMonth.from(d);
      YearMonth c = YearMonth.of(d.getYear(), month);
      if (coming) {
        return (c.isAfter(here) ? c : c.plusYears(1)).atDay(1);
      }
      boolean tooLate = past ? !c.isBefore(here) : c.isAfter(here);
      return (tooLate ? c.minusYears(1) : c).atDay(1);
    });
  }
}
