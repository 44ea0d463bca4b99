package observatory.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import observatory.claim.Span;

/**
 * Finds the figures of an Arabic text, as {@link Numbers} does for English: digits in the three
 * scripts ("25", "٢٥", "۲۵", "1,200", "١٬٢٠٠"), numbers in words in either gender ("خمسة
 * وعشرون", "ثلاث عشرة", "مئتان"), the dual of a noun of people ("طفلان", "جريحين": two),
 * vague counts with honest floors ("عشرات": 20), ranges ("بين 10 و12") and qualifiers before or
 * after the number ("ما لا يقل عن 5", "5 مدنيين على الأقل", "نحو 40"). Leaves out numbers that
 * are dates, times, ages, percentages, money, measures, ordinals ("الـ16") and codes ("M4").
 *
 * <p>Spans are offsets into the text as written (marks, tatweel and the letters of a conjunction
 * or preposition stay where they are): {@code numberSpan} starts at the number itself, after a
 * و or ب written onto it ("وثلاثة" gives "ثلاثة"). {@code span} adds the qualifier; when the
 * qualifier follows the counted noun ("5 مدنيين على الأقل"), span covers the noun too, so a
 * caller looking for the noun of a figure looks right after {@code numberSpan}. For the dual,
 * the noun is the number: numberSpan covers "طفلين" (and a following "اثنين").
 *
 * <p>Linear in the text; no regular expressions; pure and thread-safe.
 */
public final class ArabicNumbers {
  private ArabicNumbers() {
  }

  private static final ArabicNouns NOUNS = ArabicNouns.standard();

  private record Phrase(String[] words, Qualifier qualifier) {
  }

  /** Qualifiers before the number, longest first. The first word may carry و / ف / ب / ل. */
  private static final List<Phrase> BEFORE = phrases(
      Qualifier.AT_LEAST, "ما لا يقل عن", "لا يقل عن", "ما لا تقل عن", "لا تقل عن", "ما لا يقل عددهم عن",
      "على الأقل", "في الأقل",
      Qualifier.MORE_THAN, "أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "ما يربو على",
      "يربو على", "ما يفوق", "يفوق", "أزيد من",
      Qualifier.ABOUT, "نحو", "حوالي", "حوالى", "قرابة", "ما يقارب", "يقارب", "ما يقرب من", "يقرب من", "زهاء",
      "ما يناهز", "يناهز", "تقريبا",
      Qualifier.UP_TO, "حتى", "ما يصل إلى", "يصل إلى",
      Qualifier.FEWER_THAN, "أقل من");

  /** Qualifiers after the number or after its noun. */
  private static final List<Phrase> AFTER = phrases(
      Qualifier.AT_LEAST, "على الأقل", "في الأقل", "كحد أدنى", "بالحد الأدنى",
      Qualifier.MORE_THAN, "ونيف", "ونيّف",
      Qualifier.ABOUT, "تقريبا", "تقريباً");

  /** Words after a number that make it no count of people: money, measures, ages and durations in years, shares. */
  private static final Set<String> NOT_PEOPLE_AFTER = keys(
      "دولار", "دولارا", "دولارات", "ليرة", "ليرات", "يورو", "ريال", "دينار", "جنيه", "كم", "كيلومتر",
      "كيلومترات", "كيلو", "كغ", "متر", "مترا", "أمتار", "طن", "أطنان", "ميل", "سم", "ملم", "عام", "عاما",
      "أعوام", "سنة", "سنوات", "سنين", "عمر", "بالمئة", "بالمائة", "بالمية", "هـ", "درجة", "درجات", "كيلوغرام");

  /** Words before a number that make it a code or a name: "القرار 2254", "الفرقة 25", "رقم 3". */
  private static final Set<String> ID_BEFORE = keys(
      "رقم", "القرار", "قرار", "المرسوم", "مرسوم", "المادة", "مادة", "الفرقة", "فرقة", "اللواء", "لواء", "الفوج",
      "فوج", "الكتيبة", "كتيبة", "الجولة", "جولة", "الطريق", "طريق", "الساعة", "ساعة", "العدد", "الصفحة", "بند",
      "البند", "الفقرة", "عام", "العام", "سنة", "السنة", "الحلقة", "الدورة", "الآية", "سورة");

  /** Parts of the day written after a clock time: "10 صباحاً", "9 ليلاً". */
  private static final Set<String> CLOCK_AFTER = keys("صباحا", "ظهرا", "عصرا", "فجرا", "ليلا", "مساء");

  private static final Set<String> ENGLISH_MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Verbs of a toll that changed: "ارتفعت الحصيلة من 5 إلى 10" is no range. */
  private static final Set<String> RISE = keys("ارتفع", "ارتفعت", "ارتفاع", "زاد", "زادت", "يرتفع", "ترتفع", "تضاعف");

  /**
   * All figures in {@code text[from, to)}, in text order, not overlapping, with spans as
   * offsets into {@code text}.
   */
  public static List<NumberMention> find(CharSequence text, int from, int to) {
    List<ArabicTok> t = ArabicTok.tokenize(text, from, to);
    List<NumberMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int next = at(t, i, text, out);
      i = next > i ? next : i + 1;
    }
    return out;
  }

  /** All figures of the whole text. */
  public static List<NumberMention> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /**
   * The nouns of people in the singular in {@code text[from, to)} ("مدني", "الطفل", "شاباً",
   * "لمواطن"): one person each, as an English noun after "a" is, with the span of the noun (after a
   * conjunction or preposition written onto it, with its article). Not part of {@link #find}: a
   * singular counts one only where a casualty word governs it ("مقتل مدني", "إصابة طفل"), and
   * "المدني" is also the adjective of "الدفاع المدني"; the caller decides from its cues.
   */
  public static List<NumberMention> singulars(CharSequence text, int from, int to) {
    List<ArabicTok> t = ArabicTok.tokenize(text, from, to);
    List<NumberMention> out = new ArrayList<>();
    for (ArabicTok a : t) {
      if (!a.isWord() || !a.arabic || a.key.length() < 2) {
        continue;
      }
      int starts = ArabicProclitics.stemStarts(a.key);
      for (int s = 0; s < a.key.length(); s++) {
        if ((starts & (1 << s)) != 0 && NOUNS.isSingular(s == 0 ? a.key : a.key.substring(s))) {
          int begin = ArabicProclitics.articleBefore(a.key, s) ? (a.key.charAt(s - 2) == 'ا' ? s - 2 : s - 1) : s;
          Span span = Span.of(a.offsetOf(text, begin), a.end);
          out.add(new NumberMention(span, span, Count.exact(1)));
          break;
        }
      }
    }
    return out;
  }

  /** Reads a figure at token i, adds it to out if it counts, and returns the next token to read. */
  private static int at(List<ArabicTok> t, int i, CharSequence text, List<NumberMention> out) {
    ArabicTok a = t.get(i);
    if (a.kind == ArabicTok.Kind.PUNCT) {
      return i;
    }
    if (a.isWord()) {
      if (!a.arabic) {
        return i;
      }
      int r = range(t, i, text, out);
      if (r > i) {
        return r;
      }
      int v = vague(t, i, text, out);
      if (v > i) {
        return v;
      }
      int d = dual(t, i, text, out);
      if (d > i) {
        return d;
      }
    } else {
      int date = dateChain(t, i);
      if (date > i) {
        return date;
      }
      int r = dashRange(t, i, out);
      if (r > i) {
        return r;
      }
    }
    ArabicNumberWords.Parsed p = ArabicNumberWords.parse(t, i, text);
    if (p == null || oneAsAnAdjective(t, p) || ordinalTens(t, p)) {
      return i;
    }
    int k = p.next();
    if (excludedBefore(t, p) || excludedAfter(t, k, p) || yearLike(t, p) || listIndex(t, p, text)
        || englishDate(t, p) || aloneOnItsLine(t, p, text)) {
      return skipChain(t, k);
    }
    int numberEnd = t.get(k - 1).end;
    int spanStart = p.start();
    int spanEnd = numberEnd;
    Qualifier qual = Qualifier.EXACT;
    Phrase before = phraseBefore(t, i);
    int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).span().end();
    if (before != null && t.get(i - before.words.length).start < floor) {
      before = null; // "اثنين على الأقل اثنين": the qualifier went with the figure before
    }
    if (before != null) {
      qual = before.qualifier;
      ArabicTok first = t.get(i - before.words.length);
      spanStart = first.offsetOf(text, first.key.length() - before.words[0].length());
    } else {
      int[] after = qualifierAfter(t, k);
      if (after != null) {
        qual = AFTER.get(after[0]).qualifier;
        spanEnd = t.get(after[1] - 1).end;
        k = after[1];
      }
    }
    out.add(new NumberMention(Span.of(spanStart, spanEnd), Span.of(p.start(), numberEnd), Count.of(p.value(), qual)));
    return k;
  }

  // ---- ranges ----------------------------------------------------------------------------------

  /** "بين 10 و12", "من 10 إلى 12", "بين عشرة وخمسة عشر". */
  private static int range(List<ArabicTok> t, int i, CharSequence text, List<NumberMention> out) {
    ArabicTok a = t.get(i);
    boolean between = a.is("بين") || a.is("وبين");
    boolean fromTo = a.is("من") || a.is("ومن");
    if (!between && !fromTo) {
      return i;
    }
    ArabicNumberWords.Parsed p = ArabicNumberWords.parse(t, i + 1, text);
    if (p == null || p.next() >= t.size()) {
      return i;
    }
    ArabicNumberWords.Parsed q;
    ArabicTok link = t.get(p.next());
    if (between && link.is("و")) {
      q = ArabicNumberWords.parse(t, p.next() + 1, text);
    } else if (between && link.isWord() && link.key.startsWith("و")) {
      q = ArabicNumberWords.parse(t, p.next(), text);
    } else if (fromTo && (link.is("الي") || link.is("حتي"))) {
      if (riseBefore(t, i)) {
        return i; // a toll that changed: both numbers are read on their own
      }
      q = ArabicNumberWords.parse(t, p.next() + 1, text);
    } else {
      return i;
    }
    if (q == null || q.value() < p.value() || q.digits() != p.digits()) {
      return i;
    }
    if (excludedBefore(t, p) || excludedAfter(t, p.next(), p) || excludedAfter(t, q.next(), q)
        || yearLike(t, p) && yearLike(t, q) || dayMonth(t, q)) {
      return q.next();
    }
    int end = t.get(q.next() - 1).end;
    out.add(new NumberMention(Span.of(a.start, end), Span.of(p.start(), end), new Count.Range(p.value(), q.value())));
    return q.next();
  }

  /** "03 - 01 - 2025", "2021/08/20": a date written in digits; returns the token after it, or i. */
  private static int dateChain(List<ArabicTok> t, int i) {
    if (i + 4 >= t.size() || !t.get(i + 2).isNum() || !t.get(i + 4).isNum()) {
      return i;
    }
    ArabicTok s1 = t.get(i + 1);
    ArabicTok s2 = t.get(i + 3);
    boolean sameSeparator = s1.kind == ArabicTok.Kind.PUNCT && s1.key.equals(s2.key) && (s1.is("/") || s1.isDash());
    boolean year = t.get(i).key.length() == 4 || t.get(i + 4).key.length() == 4;
    return sameSeparator && year ? i + 5 : i;
  }

  /** "10-12", "10 – 12". */
  private static int dashRange(List<ArabicTok> t, int i, List<NumberMention> out) {
    ArabicTok a = t.get(i);
    if (i + 2 >= t.size() || !t.get(i + 1).isDash() || !t.get(i + 2).isNum()) {
      return i;
    }
    ArabicTok b = t.get(i + 2);
    long x = a.value();
    long y = b.value();
    boolean chained = i + 3 < t.size() && t.get(i + 3).glued && t.get(i + 3).kind == ArabicTok.Kind.PUNCT
        && (t.get(i + 3).isDash() || t.get(i + 3).is("/"));
    boolean afterDash = i > 0 && t.get(i - 1).isDash();
    if (x < 0 || y < x || chained || afterDash || a.key.startsWith("0") || b.key.length() == 4 && y >= 1900 && y <= 2100) {
      return i; // "2021-08-20", "03 - 01 - 2025", "2012-2016": dates and years
    }
    ArabicNumberWords.Parsed p = new ArabicNumberWords.Parsed(x, i, i + 1, a.start, true);
    ArabicNumberWords.Parsed q = new ArabicNumberWords.Parsed(y, i + 2, i + 3, b.start, true);
    if (excludedBefore(t, p) || excludedAfter(t, i + 3, q)) {
      return i + 3;
    }
    out.add(new NumberMention(Span.of(a.start, b.end), Span.of(a.start, b.end), new Count.Range(x, y)));
    return i + 3;
  }

  private static boolean riseBefore(List<ArabicTok> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (t.get(k).isWord() && RISE.contains(t.get(k).key)) {
        return true;
      }
    }
    return false;
  }

  // ---- vague counts and duals --------------------------------------------------------------------

  /**
   * Vague counts with the smallest number they can honestly mean. Arabic has a dual, so its
   * plural strictly means three or more; but news writing uses "عشرات" (tens) for any toll from
   * twenty up, "مئات" from two hundred and "آلاف" from two thousand, so the floors are those of
   * two units: 20, 200, 2,000 (as English "dozens" gives 24). "بضعة" / "بضع" (a few) and "عدة"
   * (several) take a plural noun, so they mean three at least; "عدد من" / "العديد من" (a number
   * of, many) say no more than that there were some, two at the least.
   */
  private static int vague(List<ArabicTok> t, int i, CharSequence text, List<NumberMention> out) {
    ArabicTok a = t.get(i);
    int starts = ArabicProclitics.stemStarts(a.key);
    for (int s = 0; s < a.key.length(); s++) {
      if ((starts & (1 << s)) == 0) {
        continue;
      }
      String stem = s == 0 ? a.key : a.key.substring(s);
      long floor;
      int end = i + 1;
      String word;
      switch (stem) {
        case "عشرات", "ميات", "مايات" -> {
          boolean tens = stem.equals("عشرات");
          floor = tens ? 20 : 200;
          word = tens ? "عشرات" : "مئات";
          if (thousandsAt(t, i + 1)) {
            floor *= 1_000;
            word += " الآلاف";
            end = i + 2;
          }
        }
        case "الاف", "الوف" -> {
          if (i > 0 && ArabicNumberWords.parse(t, i - 1, text) != null) {
            return i; // "أربعة آلاف" is read as a number
          }
          floor = 2_000;
          word = "آلاف";
        }
        case "بضعه", "بضع" -> {
          floor = 3;
          word = "بضعة";
          if (i + 1 < t.size() && t.get(i + 1).isWord()) {
            String next = t.get(i + 1).key;
            long times = next.equals("عشرات") ? 10 : next.equals("ميات") || next.equals("مايات") ? 100
                : thousandsAt(t, i + 1) || next.equals("الاف") ? 1_000 : 1;
            if (times > 1) {
              floor *= times;
              word += " " + next;
              end = i + 2;
            }
          }
        }
        case "عده" -> {
          if (i + 1 >= t.size() || !t.get(i + 1).isWord()) {
            continue; // "عدة" before its plural noun
          }
          floor = 3;
          word = "عدة";
        }
        case "عدد", "العديد", "عديد" -> {
          int k = i + 1;
          if (stem.equals("عدد") && k < t.size() && (t.get(k).is("كبير") || t.get(k).is("قليل") || t.get(k).is("اخر"))) {
            k++;
          }
          if (k >= t.size() || !t.get(k).is("من")) {
            continue;
          }
          floor = 2;
          word = stem.equals("عدد") ? "عدد من" : "العديد من";
          end = k + 1;
        }
        default -> {
          continue;
        }
      }
      int start = a.offsetOf(text, s);
      Span span = Span.of(start, t.get(end - 1).end);
      out.add(new NumberMention(span, span, new Count.Vague(word, floor)));
      return end;
    }
    return i;
  }

  private static boolean thousandsAt(List<ArabicTok> t, int k) {
    return k < t.size() && t.get(k).isWord() && (t.get(k).is("الالاف") || t.get(k).is("الاف"));
  }

  /** "طفلان", "والطفلين", "جريحين اثنين": two people, from the dual of a noun of the list. */
  private static int dual(List<ArabicTok> t, int i, CharSequence text, List<NumberMention> out) {
    ArabicTok a = t.get(i);
    if (a.key.length() < 4 || !(a.key.endsWith("ان") || a.key.endsWith("ين"))) {
      return i;
    }
    int starts = ArabicProclitics.stemStarts(a.key);
    for (int s = 0; s < a.key.length(); s++) {
      if ((starts & (1 << s)) == 0) {
        continue;
      }
      ArabicNouns.Dual d = NOUNS.dual(s == 0 ? a.key : a.key.substring(s));
      if (d == null || d.fathaOnly() && !fathaBeforeFinalYa(text, a)) {
        continue;
      }
      int from = ArabicProclitics.articleBefore(a.key, s) ? (a.key.charAt(s - 2) == 'ا' ? s - 2 : s - 1) : s;
      int end = i + 1;
      if (end < t.size() && t.get(end).isWord()) {
        String next = t.get(end).key;
        if (next.equals("اثنان") || next.equals("اثنين") || next.equals("اثنتان") || next.equals("اثنتين")) {
          end++;
        }
      }
      Span span = Span.of(a.offsetOf(text, from), t.get(end - 1).end);
      out.add(new NumberMention(span, span, Count.exact(2)));
      return end;
    }
    return i;
  }

  /** "مدنيَّين": a fatha on the letter before the final ي marks the dual of a word spelt like its plural. */
  private static boolean fathaBeforeFinalYa(CharSequence text, ArabicTok a) {
    int ya = -1;
    for (int k = a.end - 1; k >= a.start; k--) {
      char c = text.charAt(k);
      if (ArabicLetters.fold(c) == 'ي') {
        ya = k;
        break;
      }
    }
    for (int k = ya - 1; k > a.start; k--) {
      char c = text.charAt(k);
      if (c == '\u064E') {
        return true;
      }
      if (!ArabicLetters.isMark(c)) {
        return false;
      }
    }
    return false;
  }

  // ---- qualifiers ------------------------------------------------------------------------------

  private static Phrase phraseBefore(List<ArabicTok> t, int i) {
    for (Phrase p : BEFORE) {
      int s = i - p.words.length;
      if (s < 0) {
        continue;
      }
      boolean match = true;
      for (int j = 0; j < p.words.length && match; j++) {
        ArabicTok w = t.get(s + j);
        match = w.isWord() && (j == 0 ? endsWithStem(w.key, p.words[0]) : w.key.equals(p.words[j]));
      }
      if (match) {
        return p;
      }
    }
    return null;
  }

  /** A word that is the phrase word, or the phrase word with و / ف / ب / ل written onto it. */
  private static boolean endsWithStem(String key, String word) {
    if (key.equals(word)) {
      return true;
    }
    if (!key.endsWith(word)) {
      return false;
    }
    int s = key.length() - word.length();
    return (ArabicProclitics.stemStarts(key) & (1 << s)) != 0 && !ArabicProclitics.articleBefore(key, s);
  }

  /** {index of the AFTER phrase, token after it} for a qualifier right after the number or after one word, or null. */
  private static int[] qualifierAfter(List<ArabicTok> t, int k) {
    for (int skip = 0; skip <= 1; skip++) {
      int s = k + skip;
      if (skip == 1 && (s > t.size() || !t.get(k).isWord())) {
        break;
      }
      for (int p = 0; p < AFTER.size(); p++) {
        String[] words = AFTER.get(p).words;
        if (s + words.length > t.size()) {
          continue;
        }
        boolean match = true;
        for (int j = 0; j < words.length && match; j++) {
          match = t.get(s + j).isWord() && t.get(s + j).key.equals(words[j]);
        }
        if (match) {
          return new int[] {p, s + words.length};
        }
      }
    }
    return null;
  }

  // ---- exclusions ------------------------------------------------------------------------------

  /**
   * "واحد" / "واحدة" after its noun is the adjective "one, single" ("عائلة واحدة", "مرة واحدة"):
   * a count only after a noun of people ("طفل واحد") or before "من" ("واحد من").
   */
  private static boolean oneAsAnAdjective(List<ArabicTok> t, ArabicNumberWords.Parsed p) {
    ArabicTok a = t.get(p.first());
    if (p.digits() || p.value() != 1 || p.next() != p.first() + 1 || !(a.key.endsWith("واحد") || a.key.endsWith("واحده"))) {
      return false;
    }
    return !(p.first() > 0 && personAt(t, p.first() - 1) || p.next() < t.size() && t.get(p.next()).is("من"));
  }

  /** Something before the number makes it a code, an ordinal, a time, a date or part of a name. */
  private static boolean excludedBefore(List<ArabicTok> t, ArabicNumberWords.Parsed p) {
    int f = p.first();
    if (f == 0) {
      return false;
    }
    ArabicTok first = t.get(f);
    ArabicTok prev = t.get(f - 1);
    if (p.digits()) {
      if (first.glued && prev.isWord() && !onlyProclitics(prev.key)) {
        return true; // "M4", "الـ16", "عام2020"
      }
      if (prev.kind == ArabicTok.Kind.PUNCT) {
        String c = prev.key;
        if (c.equals("/") || c.equals("\\") || c.equals("#") || c.equals("$") || c.equals("€") || c.equals("£")
            || c.equals("+") && first.glued
            || first.glued && (c.equals(":") || c.equals("."))) {
          return true; // "8/2/2025", "10:30", "#1"
        }
        if (prev.isDash() && prev.glued && f >= 2 && t.get(f - 2).isWord() && !t.get(f - 2).arabic) {
          return true; // "F-16", "S- 200"
        }
      }
      if (prev.isWord() && (ID_BEFORE.contains(prev.key) || ENGLISH_MONTHS.contains(prev.key))
          || prev.isDash() && f >= 2 && t.get(f - 2).isWord() && ID_BEFORE.contains(t.get(f - 2).key)) {
        return true; // "الفرقة 25", "اللواء- 105"
      }
      if (ArabicCalendar.isMonth(t, f - 1) || f >= 2 && ArabicCalendar.isMonth(t, f - 2) && prev.isWord()
          && ArabicCalendar.month(t, f - 2).tokens() == 2) {
        return true; // "آذار 2020", "تشرين الأول 2019"
      }
    }
    return false;
  }

  /** Ordinal units, before which "والعشرين" is the twenty of an ordinal ("السابع والعشرين": 27th). */
  private static final Set<String> ORDINAL_UNITS = keys("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
      "السابع", "الثامن", "التاسع", "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
      "الثامنة", "التاسعة");

  private static boolean ordinalTens(List<ArabicTok> t, ArabicNumberWords.Parsed p) {
    int f = p.first();
    if (p.digits() || f == 0) {
      return false;
    }
    ArabicTok prev = t.get(f - 1);
    ArabicTok before = f >= 2 ? t.get(f - 2) : null;
    return ORDINAL_UNITS.contains(prev.key) || prev.is("و") && before != null && ORDINAL_UNITS.contains(before.key);
  }

  /**
   * Digits after a Latin word and before ", 2024": an English date of the page around a post
   * ("FOX PressNovember 19, 2024").
   */
  private static boolean englishDate(List<ArabicTok> t, ArabicNumberWords.Parsed p) {
    int f = p.first();
    if (!p.digits() || f == 0 || p.value() > 31 || !t.get(f - 1).isWord() || t.get(f - 1).arabic) {
      return false;
    }
    String prev = t.get(f - 1).key;
    for (String month : ENGLISH_MONTHS) {
      if (prev.endsWith(month)) {
        return true;
      }
    }
    return false;
  }

  /** Digits alone on their line: a counter of the page around a post (comments, shares), not a figure of it. */
  private static boolean aloneOnItsLine(List<ArabicTok> t, ArabicNumberWords.Parsed p, CharSequence text) {
    if (!p.digits()) {
      return false;
    }
    for (int c = t.get(p.first()).start - 1; c >= 0 && text.charAt(c) != '\n'; c--) {
      if (!Character.isWhitespace(text.charAt(c))) {
        return false;
      }
    }
    for (int c = t.get(p.next() - 1).end; c < text.length() && text.charAt(c) != '\n'; c++) {
      if (!Character.isWhitespace(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** "1_ ", "2- ", "3. " at the start of a line: the number of an item in a list of names. */
  private static boolean listIndex(List<ArabicTok> t, ArabicNumberWords.Parsed p, CharSequence text) {
    if (!p.digits() || p.next() >= t.size()) {
      return false;
    }
    ArabicTok n = t.get(p.next());
    if (!n.glued || n.kind != ArabicTok.Kind.PUNCT || !(n.is("_") || n.is("-") || n.is(".") || n.is(")"))) {
      return false;
    }
    for (int c = t.get(p.first()).start - 1; c >= 0; c--) {
      char ch = text.charAt(c);
      if (ch == '\n') {
        return true;
      }
      if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word glued before digits is only a conjunction or preposition: "و5", "بـ5". */
  private static boolean onlyProclitics(String key) {
    return key.equals("و") || key.equals("ف") || key.equals("ب") || key.equals("ل") || key.equals("ك")
        || key.equals("وب") || key.equals("ول") || key.equals("فب") || key.equals("فل");
  }

  /** Something after the number makes it a date, a time, an age, a share, a price or a measure. */
  private static boolean excludedAfter(List<ArabicTok> t, int k, ArabicNumberWords.Parsed p) {
    if (k >= t.size()) {
      return false;
    }
    ArabicTok n = t.get(k);
    if (n.kind == ArabicTok.Kind.PUNCT) {
      String c = n.key;
      if (c.equals("%") || c.equals("٪") || c.equals("/") || c.equals("\u2030") || c.equals("+") && n.glued) {
        return true; // "30%", "963+"
      }
      if (n.glued && (c.equals(":") || c.equals("-") || c.equals(".")) && k + 1 < t.size() && t.get(k + 1).isNum()
          && t.get(k + 1).glued) {
        return true; // "10:30", "2021-08-20", "8.2.2025"
      }
      return false;
    }
    if (!n.isWord()) {
      return false;
    }
    if (p.digits() && !n.arabic) {
      return true; // "655Views", "0 Comments", "1y": page furniture in English, not a count of an Arabic report
    }
    if (NOT_PEOPLE_AFTER.contains(n.key)) {
      return true;
    }
    if (n.is("في") && k + 1 < t.size() && (t.get(k + 1).is("الميه") || t.get(k + 1).is("المايه"))) {
      return true;
    }
    if (p.digits() && p.value() >= 1 && p.value() <= 31 && p.next() == p.first() + 1) {
      if (ArabicCalendar.isMonth(t, k) || n.is("من") && ArabicCalendar.isMonth(t, k + 1)) {
        return true; // "18 أيلول", "20 من آب"
      }
      if (n.is("و") && k + 1 < t.size() && t.get(k + 1).isNum() && t.get(k + 1).value() <= 31
          && (ArabicCalendar.isMonth(t, k + 2) || k + 3 < t.size() && t.get(k + 2).is("من") && ArabicCalendar.isMonth(t, k + 3))) {
        return true; // "في 7 و8 من تموز"
      }
      if (!n.arabic && ENGLISH_MONTHS.contains(n.key)) {
        return true;
      }
    }
    if (p.value() <= 24 && CLOCK_AFTER.contains(n.key)) {
      boolean evening = n.is("مسا");
      return !evening || k + 1 >= t.size() || !t.get(k + 1).isWord() || !dayWordAfterEvening(t, k + 1);
    }
    return false;
  }

  /** "مساء اليوم", "مساء أمس", "مساء الخميس": an evening, not a clock time. */
  private static boolean dayWordAfterEvening(List<ArabicTok> t, int k) {
    ArabicTok w = t.get(k);
    return w.is("اليوم") || w.is("امس") || w.is("يوم") || w.is("البارحه") || ArabicCalendar.weekday(t, k, false) > 0;
  }

  /** A bare 1900..2100 is a year, unless people follow it: "2000 مدني". */
  private static boolean yearLike(List<ArabicTok> t, ArabicNumberWords.Parsed p) {
    if (!p.digits() || p.next() != p.first() + 1 || t.get(p.first()).key.length() != 4) {
      return false;
    }
    if (p.value() < 1900 || p.value() > 2100) {
      return false;
    }
    return !personAt(t, p.next());
  }

  /** The day of "من 20 إلى 25 آب": the second number stands before a month. */
  private static boolean dayMonth(List<ArabicTok> t, ArabicNumberWords.Parsed q) {
    int k = q.next();
    return q.digits() && q.value() <= 31 && (ArabicCalendar.isMonth(t, k) || k < t.size() && t.get(k).is("من")
        && ArabicCalendar.isMonth(t, k + 1));
  }

  /** Whether the word at token k is a noun of people (with its proclitics read off). */
  static boolean personAt(List<ArabicTok> t, int k) {
    if (k >= t.size() || !t.get(k).isWord()) {
      return false;
    }
    String key = t.get(k).key;
    int starts = ArabicProclitics.stemStarts(key);
    for (int s = 0; s < key.length(); s++) {
      if ((starts & (1 << s)) != 0 && NOUNS.isPerson(s == 0 ? key : key.substring(s))) {
        return true;
      }
    }
    return false;
  }

  /** After an excluded number, skip the rest of a glued chain such as "2021-08-20" or "10:30". */
  private static int skipChain(List<ArabicTok> t, int k) {
    while (k + 1 < t.size() && t.get(k).glued && t.get(k).kind == ArabicTok.Kind.PUNCT
        && t.get(k + 1).glued && t.get(k + 1).isNum()) {
      k += 2;
    }
    return k;
  }

  // ---- tables ----------------------------------------------------------------------------------

  private static List<Phrase> phrases(Object... qualifiersAndPhrases) {
    List<Phrase> out = new ArrayList<>();
    Qualifier q = null;
    for (Object o : qualifiersAndPhrases) {
      if (o instanceof Qualifier qualifier) {
        q = qualifier;
      } else {
        out.add(new Phrase(ArabicLetters.words((String) o).toArray(new String[0]), q));
      }
    }
    out.sort((x, y) -> Integer.compare(y.words.length, x.words.length));
    return List.copyOf(out);
  }

  private static Set<String> keys(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(ArabicLetters.key(w));
    }
    return Set.copyOf(out);
  }
}
