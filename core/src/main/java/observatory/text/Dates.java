package observatory.text;

import static observatory.text.NumberGrammar.word;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import observatory.claim.DatePrecision;
import observatory.claim.Span;
import observatory.claim.When;

/**
 * Finds date phrases and resolves them against the report's publication date: "yesterday",
 * "on Sunday", "20 October", "last week", "since the start of the year", "over the past 48 hours".
 * Without a publication date, relative phrases are still found but resolve to {@link When#UNKNOWN},
 * and so do day-month dates without a year. A weekday means the latest such day on or before
 * publication. Linear in the text; no regular expressions.
 */
public final class Dates {
  private Dates() {
  }

  private static final Set<String> PARTS_OF_DAY = Set.of("night", "morning", "afternoon", "evening", "dawn");
  private static final Set<String> ROLLING_PREPOSITIONS = Set.of("over", "in", "during", "for", "within", "throughout");
  private static final Set<String> RANGE_LINKS = Set.of("and", "to", "until", "till", "through", "untill");

  /** All date phrases in {@code text[from, to)}, in text order, not overlapping. */
  public static List<DateMention> find(CharSequence text, int from, int to, Optional<LocalDate> published) {
    if (published == null) {
      throw new IllegalArgumentException("published must be an Optional (use Optional.empty() when unknown)");
    }
    List<Tok> t = Tok.tokenize(text, from, to);
    List<DateMention> out = new ArrayList<>();
    Ctx c = new Ctx(t, published);
    int i = 0;
    while (i < t.size()) {
      Match m = c.at(i);
      if (m == null) {
        i++;
      } else {
        out.add(new DateMention(Span.of(t.get(m.first).start, t.get(m.next - 1).end), m.when));
        i = m.next;
      }
    }
    return out;
  }

  /**
   * The dates in {@code text[from, to)} said relative to the event just dated, in text order:
   * "a day earlier", "the day before", "the previous night", "that day", "on the same day", "a
   * week earlier", "two days later", "days earlier" (no number). "The day before yesterday" is
   * relative to publication and left to {@link #find}.
   */
  public static List<RelativeDay> relativeToEvent(CharSequence text, int from, int to) {
    List<Tok> t = Tok.tokenize(text, from, to);
    List<RelativeDay> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int[] m = relativeAt(t, i);
      if (m == null) {
        i++;
      } else {
        out.add(new RelativeDay(Span.of(t.get(i).start, t.get(m[0] - 1).end),
            m[1] == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(m[1])));
        i = m[0];
      }
    }
    return out;
  }

  private static final Set<String> EARLIER = Set.of("earlier", "before", "prior");
  private static final Set<String> LATER = Set.of("later", "after");
  private static final Set<String> NOT_AFTER_BEFORE = Set.of("the", "a", "an", "his", "her", "its", "their", "this",
      "that", "yesterday");

  /** {next token, days} of a relative phrase starting at i, or null. */
  private static int[] relativeAt(List<Tok> t, int i) {
    int k = word(t, i, "on") ? i + 1 : i;
    // "that day", "that night", "the same day"
    if (word(t, k, "that") && k + 1 < t.size() && (word(t, k + 1, "day") || PARTS_OF_DAY.contains(t.get(k + 1).lower))) {
      return new int[] {k + 2, 0};
    }
    if (word(t, k, "the") && word(t, k + 1, "same") && (word(t, k + 2, "day") || word(t, k + 2, "night"))) {
      return new int[] {k + 3, 0};
    }
    // "the previous day", "the previous night", "the following day", "the next day"
    if (word(t, k, "the") && k + 2 < t.size() && (word(t, k + 2, "day") || PARTS_OF_DAY.contains(t.get(k + 2).lower))) {
      if (word(t, k + 1, "previous")) {
        return new int[] {k + 3, -1};
      }
      if (word(t, k + 1, "following") || word(t, k + 1, "next")) {
        return new int[] {k + 3, 1};
      }
    }
    // "the day before", "the night before", "the day after"
    if (word(t, k, "the") && (word(t, k + 1, "day") || word(t, k + 1, "night"))
        && (word(t, k + 2, "before") || word(t, k + 2, "after")) && !followedByItsEvent(t, k + 3)) {
      return new int[] {k + 3, word(t, k + 2, "before") ? -1 : 1};
    }
    // "a day earlier", "two days before", "a week later", "days earlier"
    long n;
    int u;
    if (word(t, i, "a") || word(t, i, "one")) {
      n = 1;
      u = i + 1;
    } else if (word(t, i, "days") || word(t, i, "weeks") || word(t, i, "hours")) {
      n = -1;
      u = i;
    } else {
      Tok a = t.get(i);
      if (a.kind != Tok.Kind.NUM && (a.kind != Tok.Kind.WORD || (a.info & Lexicon.STARTS_NUMBER) == 0)) {
        return null;
      }
      NumberGrammar.Parsed p = NumberGrammar.parse(t, i);
      if (p == null || p.value() < 1 || p.value() > 60) {
        return null;
      }
      n = p.value();
      u = p.next();
    }
    if (u + 1 >= t.size() || !t.get(u).isWord()) {
      return null;
    }
    String unit = t.get(u).lower;
    int size = switch (unit) {
      case "day", "days" -> 1;
      case "week", "weeks" -> 7;
      case "hours" -> 0;
      default -> -1;
    };
    String dir = t.get(u + 1).lower;
    boolean earlier = EARLIER.contains(dir);
    if (size < 0 || !earlier && !LATER.contains(dir) || t.get(u + 1).kind != Tok.Kind.WORD) {
      return null;
    }
    if ((dir.equals("before") || dir.equals("after") || dir.equals("prior")) && followedByItsEvent(t, u + 2)) {
      return null; // "a day before the ...": relative to another event the sentence names
    }
    if (n < 0) {
      return new int[] {u + 2, unit.equals("hours") ? 0 : Integer.MIN_VALUE};
    }
    long days = unit.equals("hours") ? n / 24 : n * size;
    return new int[] {u + 2, (int) (earlier ? -days : days)};
  }

  private static boolean followedByItsEvent(List<Tok> t, int k) {
    return k < t.size() && (t.get(k).isWord() && NOT_AFTER_BEFORE.contains(t.get(k).lower) || word(t, k, "to"));
  }

  private record Match(int first, int next, When when) {
  }

  private enum Kind { ABSOLUTE, RELATIVE, WEEKDAY }

  /**
   * A point as written. ABSOLUTE: day, month and maybe year (0 = not stated). RELATIVE: days
   * before publication. WEEKDAY: ISO day of week; strict means "last Sunday" (never publication day).
   */
  private record Point(int first, int next, Kind kind, int day, int month, int year, int back, boolean strict) {
    Point withYear(int y) {
      return new Point(first, next, kind, day, month, y, back, strict);
    }
  }

  private static final class Ctx {
    final List<Tok> t;
    final Optional<LocalDate> pub;

    Ctx(List<Tok> t, Optional<LocalDate> pub) {
      this.t = t;
      this.pub = pub;
    }

    boolean w(int i, String s) {
      return word(t, i, s);
    }

    Match at(int i) {
      Tok a = t.get(i);
      if (a.kind == Tok.Kind.PUNCT || (a.kind == Tok.Kind.WORD && (a.info & Lexicon.STARTS_DATE) == 0)) {
        return null;
      }
      Match m;
      if ((a.is("in") || a.is("during")) && w(i + 1, "the") && w(i + 2, "period")
          && (w(i + 3, "between") || w(i + 3, "from"))) {
        m = range(i + 3);
        if (m != null) {
          return new Match(i, m.next, m.when);
        }
      }
      if (a.is("between") || a.is("from")) {
        m = range(i);
        if (m != null) {
          return m;
        }
      }
      if (a.is("since")) {
        m = since(i);
        if (m != null) {
          return m;
        }
      }
      m = rolling(i);
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

    // ---- points ------------------------------------------------------------------------------

    Point point(int i) {
      if (i >= t.size()) {
        return null;
      }
      Tok a = t.get(i);
      if (a.isWord()) {
        switch (a.lower) {
          case "today", "tonight", "now" -> {
            return new Point(i, i + 1, Kind.RELATIVE, 0, 0, 0, 0, false);
          }
          case "overnight" -> {
            // "killed overnight", in a report of the morning after: the publication day, as the
            // wires count it; "overnight Tuesday", "overnight into Wednesday" leave it to the day named
            boolean dayNamed = i + 1 < t.size() && (Lexicon.weekday(t.get(i + 1)) > 0 || w(i + 1, "on")
                || w(i + 1, "into") || w(i + 1, "between") || w(i + 1, "from") || w(i + 1, "to"));
            return dayNamed ? null : new Point(i, i + 1, Kind.RELATIVE, 0, 0, 0, 0, false);
          }
          case "yesterday" -> {
            int n = i + 1 < t.size() && PARTS_OF_DAY.contains(t.get(i + 1).lower) ? i + 2 : i + 1;
            return new Point(i, n, Kind.RELATIVE, 0, 0, 0, 1, false);
          }
          case "this" -> {
            if (i + 1 < t.size() && PARTS_OF_DAY.contains(t.get(i + 1).lower)) {
              return new Point(i, i + 2, Kind.RELATIVE, 0, 0, 0, 0, false);
            }
            return null;
          }
          case "earlier", "later" -> {
            return w(i + 1, "today") ? new Point(i, i + 2, Kind.RELATIVE, 0, 0, 0, 0, false) : null;
          }
          case "last" -> {
            if (w(i + 1, "night")) {
              return new Point(i, i + 2, Kind.RELATIVE, 0, 0, 0, 1, false);
            }
            int wd = i + 1 < t.size() ? Lexicon.weekday(t.get(i + 1)) : 0;
            if (wd > 0) {
              return new Point(i, partOfDay(i + 2), Kind.WEEKDAY, wd, 0, 0, 0, true);
            }
            return null;
          }
          case "the" -> {
            if (w(i + 1, "day") && w(i + 2, "before") && w(i + 3, "yesterday")) {
              return new Point(i, i + 4, Kind.RELATIVE, 0, 0, 0, 2, false);
            }
            return dayMonth(i + 1, i);
          }
          default -> {
          }
        }
        int wd = Lexicon.weekday(a);
        if (wd > 0) {
          return new Point(i, partOfDay(i + 1), Kind.WEEKDAY, wd, 0, 0, 0, false);
        }
        if ((a.info & Lexicon.STARTS_NUMBER) != 0) {
          return daysAgo(i);
        }
        int mo = Lexicon.month(a);
        if (mo > 0) {
          return monthDay(i, mo);
        }
        return null;
      }
      if (a.kind == Tok.Kind.NUM && a.text.length() == 4) {
        return iso(i);
      }
      Point slashed = slashed(i);
      if (slashed != null) {
        return slashed;
      }
      Point ago = daysAgo(i);
      return ago != null ? ago : dayMonth(i, i);
    }

    /**
     * "20/10/2016": day first, as the monitors of the region write it, unless only month first
     * makes sense ("10/20/2016").
     */
    Point slashed(int i) {
      if (i + 4 >= t.size() || t.get(i).kind != Tok.Kind.NUM) {
        return null;
      }
      for (int k = i + 1; k <= i + 4; k++) {
        if (!t.get(k).glued) {
          return null;
        }
      }
      if (!t.get(i + 1).is("/") || !t.get(i + 3).is("/")) {
        return null;
      }
      int a = small(t.get(i), 31);
      int b = small(t.get(i + 2), 31);
      int y = year(i + 4);
      if (a == 0 || b == 0 || y == 0) {
        return null;
      }
      int day = b > 12 && a <= 12 ? b : a;
      int month = b > 12 && a <= 12 ? a : b;
      if (month > 12) {
        return null;
      }
      Point p = new Point(i, i + 5, Kind.ABSOLUTE, day, month, y, 0, false);
      return validAbsolute(p) ? p : null;
    }

    /** "two days ago", "3 days ago", "a day ago". */
    Point daysAgo(int i) {
      long n;
      int k;
      if (w(i, "a") || w(i, "one")) {
        n = 1;
        k = i + 1;
      } else {
        NumberGrammar.Parsed p = NumberGrammar.parse(t, i);
        if (p == null || p.value() > 366) {
          return null;
        }
        n = p.value();
        k = p.next();
      }
      if ((w(k, "day") || w(k, "days")) && w(k + 1, "ago")) {
        return new Point(i, k + 2, Kind.RELATIVE, 0, 0, 0, (int) n, false);
      }
      return null;
    }

    int partOfDay(int k) {
      return k < t.size() && t.get(k).isWord() && PARTS_OF_DAY.contains(t.get(k).lower) ? k + 1 : k;
    }

    /** "2016-10-20". */
    Point iso(int i) {
      if (i + 4 >= t.size()) {
        return null;
      }
      int y = year(i);
      if (y == 0 || !t.get(i + 1).isHyphen() || !t.get(i + 1).glued || !t.get(i + 2).glued
          || !t.get(i + 3).isHyphen() || !t.get(i + 3).glued || !t.get(i + 4).glued) {
        return null;
      }
      int m = small(t.get(i + 2), 12);
      int d = small(t.get(i + 4), 31);
      if (m == 0 || d == 0 || t.get(i + 2).text.length() != 2 || t.get(i + 4).text.length() != 2) {
        return null;
      }
      return new Point(i, i + 5, Kind.ABSOLUTE, d, m, y, 0, false);
    }

    /** "20 October", "20th of Oct.", "20 October, 2016" starting at the day token i. */
    Point dayMonth(int i, int first) {
      int d = day(i);
      if (d == 0) {
        return null;
      }
      int k = i + 1;
      if (w(k, "of")) {
        k++;
      }
      int mo = k < t.size() ? Lexicon.month(t.get(k)) : 0;
      if (mo == 0) {
        return null;
      }
      k = afterMonth(k);
      return withOptionalYear(first, k, d, mo);
    }

    /** "October 20", "Oct. 20th, 2016" starting at the month token i. */
    Point monthDay(int i, int mo) {
      int k = afterMonth(i);
      int d = day(k);
      if (d == 0 || (k + 1 < t.size() && t.get(k + 1).glued && t.get(k + 1).is(":"))) {
        return null;
      }
      return withOptionalYear(i, k + 1, d, mo);
    }

    Point withOptionalYear(int first, int k, int d, int mo) {
      int y = 0;
      int next = k;
      if (k < t.size() && t.get(k).is(",") && year(k + 1) > 0) {
        y = year(k + 1);
        next = k + 2;
      } else if (year(k) > 0) {
        y = year(k);
        next = k + 1;
      }
      return new Point(first, next, Kind.ABSOLUTE, d, mo, y, 0, false);
    }

    /** The token after a month name, skipping the point of "Oct.". */
    int afterMonth(int k) {
      int n = k + 1;
      if (n < t.size() && t.get(n).is(".") && t.get(n).glued && t.get(k).end - t.get(k).start <= 4) {
        n++;
      }
      return n;
    }

    /** A day of month: "20", "20th", "1st", or 0. */
    int day(int i) {
      if (i >= t.size()) {
        return 0;
      }
      Tok a = t.get(i);
      if (a.kind == Tok.Kind.NUM) {
        return a.text.length() <= 2 ? small(a, 31) : 0;
      }
      if (a.kind == Tok.Kind.MIXED) {
        String s = a.lower;
        if (s.length() < 3 || s.length() > 4) {
          return 0;
        }
        String suffix = s.substring(s.length() - 2);
        if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
          return 0;
        }
        String digits = s.substring(0, s.length() - 2);
        for (int j = 0; j < digits.length(); j++) {
          if (!Character.isDigit(digits.charAt(j))) {
            return 0;
          }
        }
        int v = Integer.parseInt(digits);
        return v >= 1 && v <= 31 ? v : 0;
      }
      return 0;
    }

    int small(Tok a, int max) {
      if (a.kind != Tok.Kind.NUM || a.text.length() > 2) {
        return 0;
      }
      for (int j = 0; j < a.text.length(); j++) {
        if (!Character.isDigit(a.text.charAt(j))) {
          return 0;
        }
      }
      int v = Integer.parseInt(a.text);
      return v >= 1 && v <= max ? v : 0;
    }

    int year(int i) {
      if (i < 0 || i >= t.size()) {
        return 0;
      }
      Tok a = t.get(i);
      if (a.kind != Tok.Kind.NUM || a.text.length() != 4) {
        return 0;
      }
      for (int j = 0; j < 4; j++) {
        if (!Character.isDigit(a.text.charAt(j))) {
          return 0;
        }
      }
      int v = Integer.parseInt(a.text);
      return v >= 1900 && v <= 2100 ? v : 0;
    }

    Optional<LocalDate> resolve(Point p) {
      switch (p.kind) {
        case RELATIVE -> {
          return pub.map(d -> d.minusDays(p.back));
        }
        case WEEKDAY -> {
          return pub.map(d -> {
            int diff = Math.floorMod(d.getDayOfWeek().getValue() - p.day, 7);
            if (diff == 0 && p.strict) {
              diff = 7;
            }
            return d.minusDays(diff);
          });
        }
        default -> {
          try {
            if (p.year > 0) {
              return Optional.of(LocalDate.of(p.year, p.month, p.day));
            }
            if (pub.isEmpty()) {
              return Optional.empty();
            }
            LocalDate d = pub.get();
            for (int y = d.getYear(); y >= d.getYear() - 4; y--) {
              // walk back to the latest such day not after publication (29 February may take a while)
              if (p.day <= YearMonth.of(y, p.month).lengthOfMonth()) {
                LocalDate c = LocalDate.of(y, p.month, p.day);
                if (!c.isAfter(d)) {
                  return Optional.of(c);
                }
              }
            }
            return Optional.empty();
          } catch (DateTimeException e) {
            return Optional.empty();
          }
        }
      }
    }

    boolean validAbsolute(Point p) {
      if (p.kind != Kind.ABSOLUTE) {
        return true;
      }
      if (p.year > 0) {
        try {
          LocalDate.of(p.year, p.month, p.day);
          return true;
        } catch (DateTimeException e) {
          return false;
        }
      }
      return p.day <= (p.month == 2 ? 29 : YearMonth.of(2001, p.month).lengthOfMonth());
    }

    /** A point, with a leading "on", "early on", "late on" and a following "and <point>". */
    Match pointPhrase(int i) {
      int first = i;
      int k = i;
      if ((w(k, "early") || w(k, "late")) && w(k + 1, "on")) {
        k += 2;
      } else if (w(k, "on")) {
        k++;
      } else if ((w(k, "early") || w(k, "late")) && k + 1 < t.size() && Lexicon.weekday(t.get(k + 1)) > 0) {
        k++;
      }
      Point p = point(k);
      if (p == null || !validAbsolute(p)) {
        return null;
      }
      if (p.kind == Kind.WEEKDAY) {
        // "on Monday 17 October", "Monday, Oct. 17, 2016": the date says more than the weekday
        int n = p.next < t.size() && t.get(p.next).is(",") ? p.next + 1 : p.next;
        Point q = point(n);
        if (q != null && q.kind == Kind.ABSOLUTE && validAbsolute(q)) {
          p = new Point(p.first, q.next, q.kind, q.day, q.month, q.year, 0, false);
        }
      }
      // "on Friday and Saturday", "on 20 and 21 October" is handled by range()
      if (w(p.next, "and") && p.kind == Kind.WEEKDAY) {
        Point q = point(p.next + 1);
        if (q != null && q.kind == Kind.WEEKDAY) {
          return new Match(first, q.next, period(p, q));
        }
      }
      Optional<LocalDate> d = resolve(p);
      return new Match(first, p.next, d.<When>map(When.Day::new).orElse(When.UNKNOWN));
    }

    // ---- periods -----------------------------------------------------------------------------

    /** "between X and Y", "from X until Y", "between 20 and 22 October", i at between/from. */
    Match range(int i) {
      int k = i + 1;
      // "between 2012 and 2016", "from 2012 to 2016"
      int y1 = year(k);
      if (y1 > 0 && k + 2 < t.size() && (RANGE_LINKS.contains(lowerAt(k + 1)) || isDashAt(k + 1))) {
        int y2 = year(k + 2);
        if (y2 >= y1) {
          return new Match(i, k + 3, new When.Between(
              Optional.of(LocalDate.of(y1, 1, 1)), Optional.of(LocalDate.of(y2, 12, 31)), DatePrecision.PERIOD));
        }
      }
      Point p = point(k);
      if (p != null && RANGE_LINKS.contains(lowerAt(p.next)) || p != null && isDashAt(p.next)) {
        if (!validAbsolute(p)) {
          return null;
        }
        Point q = point(p.next + 1);
        if (q == null || !validAbsolute(q)) {
          return null;
        }
        if (p.kind == Kind.ABSOLUTE && p.year == 0 && q.kind == Kind.ABSOLUTE && q.year > 0) {
          p = p.withYear(q.year);
        }
        return new Match(i, q.next, period(p, q));
      }
      // "between 20 and 22 October": the first day borrows the month of the second
      int d = day(k);
      if (d > 0 && k + 2 < t.size() && (RANGE_LINKS.contains(lowerAt(k + 1)) || isDashAt(k + 1))) {
        Point q = point(k + 2);
        if (q != null && q.kind == Kind.ABSOLUTE && validAbsolute(q)) {
          Point first = new Point(k, k + 1, Kind.ABSOLUTE, d, q.month, q.year, 0, false);
          if (validAbsolute(first)) {
            return new Match(i, q.next, period(first, q));
          }
        }
      }
      return null;
    }

    String lowerAt(int k) {
      return k < t.size() ? t.get(k).lower : "";
    }

    boolean isDashAt(int k) {
      return k < t.size() && t.get(k).isDash();
    }

    When period(Point p, Point q) {
      Optional<LocalDate> a = resolve(p);
      Optional<LocalDate> b = resolve(q);
      if (a.isPresent() && b.isPresent() && b.get().isBefore(a.get())) {
        if (p.kind == Kind.WEEKDAY) {
          a = Optional.of(a.get().minusWeeks(1)); // "Friday and Saturday" read on a Friday
        } else if (p.kind == Kind.ABSOLUTE && p.year == 0) {
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

    When fromUntilPublished(Optional<LocalDate> from) {
      if (from.isEmpty()) {
        return When.UNKNOWN;
      }
      if (pub.isPresent() && pub.get().isBefore(from.get())) {
        return When.UNKNOWN;
      }
      return new When.Between(from, pub, DatePrecision.PERIOD);
    }

    /** "since midnight", "since 22 October", "since 2011", "since the start of the year". */
    Match since(int i) {
      int k = i + 1;
      if (w(k, "midnight")) {
        return new Match(i, k + 1, pub.<When>map(When.Day::new).orElse(When.UNKNOWN));
      }
      if (w(k, "the") && (w(k + 1, "start") || w(k + 1, "beginning")) && w(k + 2, "of")) {
        int m = k + 3;
        boolean thisOrThe = w(m, "this") || w(m, "the");
        if (thisOrThe && w(m + 1, "year")) {
          return new Match(i, m + 2, fromUntilPublished(pub.map(d -> d.withDayOfYear(1))));
        }
        if (thisOrThe && w(m + 1, "month")) {
          return new Match(i, m + 2, fromUntilPublished(pub.map(d -> d.withDayOfMonth(1))));
        }
        if (year(m) > 0) {
          int y = year(m);
          return new Match(i, m + 1, fromUntilPublished(Optional.of(LocalDate.of(y, 1, 1))));
        }
        int mo = m < t.size() ? Lexicon.month(t.get(m)) : 0;
        if (mo > 0) {
          int n = afterMonth(m);
          int y = year(n);
          Optional<LocalDate> start = monthStart(mo, y);
          return new Match(i, y > 0 ? n + 1 : n, fromUntilPublished(start));
        }
        return null;
      }
      if (year(k) > 0 && !(k + 1 < t.size() && t.get(k + 1).isHyphen() && t.get(k + 1).glued)) {
        return new Match(i, k + 1, fromUntilPublished(Optional.of(LocalDate.of(year(k), 1, 1))));
      }
      Point p = point(k);
      if (p != null && validAbsolute(p)) {
        return new Match(i, p.next, fromUntilPublished(resolve(p)));
      }
      int mo = k < t.size() ? Lexicon.month(t.get(k)) : 0;
      if (mo > 0) {
        int n = afterMonth(k);
        int y = year(n);
        return new Match(i, y > 0 ? n + 1 : n, fromUntilPublished(monthStart(mo, y)));
      }
      if (w(k, "last") && (w(k + 1, "week") || w(k + 1, "month") || w(k + 1, "year"))) {
        Match c = calendar(k);
        if (c != null && c.when instanceof When.Between b) {
          return new Match(i, c.next, fromUntilPublished(b.from()));
        }
        return new Match(i, k + 2, When.UNKNOWN);
      }
      return null;
    }

    /** The first day of a month, the year stated or the latest not after publication. */
    Optional<LocalDate> monthStart(int mo, int y) {
      if (y > 0) {
        return Optional.of(LocalDate.of(y, mo, 1));
      }
      return pub.map(d -> {
        LocalDate c = LocalDate.of(d.getYear(), mo, 1);
        return c.isAfter(d) ? c.minusYears(1) : c;
      });
    }

    /** "over the past 48 hours", "in the last two days", "during the past week". */
    Match rolling(int i) {
      int k = i;
      boolean prep = t.get(k).isWord() && ROLLING_PREPOSITIONS.contains(t.get(k).lower);
      if (prep) {
        k++;
      }
      boolean the = w(k, "the");
      if (the) {
        k++;
      }
      if (!(w(k, "past") || w(k, "last") || w(k, "previous"))) {
        return null;
      }
      k++;
      long n = 1;
      boolean counted = false;
      NumberGrammar.Parsed p = NumberGrammar.parse(t, k);
      if (p != null && p.value() > 0 && p.value() < 10_000) {
        n = p.value();
        counted = true;
        k = p.next();
      }
      if (!prep && !the && !counted) {
        return null; // "last week" is a calendar week
      }
      if (k >= t.size() || !t.get(k).isWord()) {
        return null;
      }
      String unit = t.get(k).lower;
      long back;
      switch (unit) {
        case "hour", "hours" -> back = Math.max(1, (n + 23) / 24 - 1);
        case "day", "days" -> back = Math.max(1, n - 1);
        case "week", "weeks" -> back = 7 * n - 1;
        case "month", "months" -> back = -n;
        case "year", "years" -> back = -12 * n;
        default -> {
          return null;
        }
      }
      if (!counted && unit.endsWith("s")) {
        return null; // "in the past years" says no length
      }
      final long b = back;
      When when = pub.<When>map(d -> new When.Between(
          Optional.of(b >= 0 ? d.minusDays(b) : d.minusMonths(-b).plusDays(1)), Optional.of(d), DatePrecision.PERIOD))
          .orElse(When.UNKNOWN);
      return new Match(i, k + 1, when);
    }

    /** "last week", "this month", "earlier this year", "last year". */
    Match calendar(int i) {
      int k = i;
      if (w(k, "earlier") && w(k + 1, "this")) {
        k++;
      }
      boolean last = w(k, "last");
      if (!last && !w(k, "this")) {
        return null;
      }
      String unit = lowerAt(k + 1);
      DatePrecision precision;
      switch (unit) {
        case "week" -> precision = DatePrecision.WEEK;
        case "month" -> precision = DatePrecision.MONTH;
        case "year" -> precision = DatePrecision.YEAR;
        default -> {
          return null;
        }
      }
      if (pub.isEmpty()) {
        return new Match(i, k + 2, When.UNKNOWN);
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
      return new Match(i, k + 2, new When.Between(Optional.of(from), Optional.of(to), precision));
    }

    /** "in October", "in early October 2016", "October 2016", "in 2017". */
    Match monthOrYear(int i) {
      int k = i;
      boolean prep = w(k, "in") || w(k, "during") || w(k, "throughout") || w(k, "of");
      if (prep) {
        k++;
      }
      boolean part = w(k, "early") || w(k, "late") || w(k, "mid");
      if (part) {
        k++;
        if (k < t.size() && t.get(k).isHyphen()) {
          k++;
        }
      }
      if (prep && year(k) > 0 && !(k + 1 < t.size() && t.get(k + 1).glued && t.get(k + 1).isDash())
          && !personFollows(k + 1)) {
        int y = year(k);
        return new Match(i, k + 1, new When.Between(
            Optional.of(LocalDate.of(y, 1, 1)), Optional.of(LocalDate.of(y, 12, 31)), DatePrecision.YEAR));
      }
      int mo = k < t.size() ? Lexicon.month(t.get(k)) : 0;
      if (mo == 0) {
        return null;
      }
      int n = afterMonth(k);
      if (day(n) > 0 && year(n) == 0) {
        return null; // "October 20" is a day
      }
      int y = year(n);
      if (y == 0 && !prep && !part) {
        return null; // a bare "October" may be a name; "in October", "early October" are dates
      }
      Optional<LocalDate> start = monthStart(mo, y);
      When when = start.<When>map(s -> new When.Between(
          Optional.of(s), Optional.of(s.withDayOfMonth(s.lengthOfMonth())), DatePrecision.MONTH))
          .orElse(When.UNKNOWN);
      return new Match(i, y > 0 ? n + 1 : n, when);
    }

    boolean personFollows(int k) {
      return k < t.size() && t.get(k).isWord() && Lexicon.PERSON_NOUNS.contains(t.get(k).lower);
    }
  }
}
