package observatory.text;

import static observatory.text.NumberGrammar.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import observatory.claim.Span;

/**
 * Finds the figures of a text: "at least 26", "nearly 600", "dozens", "10 to 12", "a family of
 * five". Leaves out numbers that are dates, times, ordinals, percentages, money or parts of names
 * ("F-16", "Resolution 2254"). Linear in the text; no regular expressions.
 */
public final class Numbers {
  private Numbers() {
  }

  private record Phrase(String[] words, Qualifier qualifier) {
  }

  /** Longest phrases first, so that "no fewer than" wins over "fewer than". */
  private static final List<Phrase> QUALIFIERS = sortedByLength(List.of(
      phrase(Qualifier.AT_LEAST, "at least"), phrase(Qualifier.AT_LEAST, "no fewer than"),
      phrase(Qualifier.AT_LEAST, "not fewer than"), phrase(Qualifier.AT_LEAST, "not less than"),
      phrase(Qualifier.AT_LEAST, "no less than"), phrase(Qualifier.AT_LEAST, "a minimum of"),
      phrase(Qualifier.MORE_THAN, "more than"), phrase(Qualifier.MORE_THAN, "over"),
      phrase(Qualifier.MORE_THAN, "well over"), phrase(Qualifier.MORE_THAN, "just over"),
      phrase(Qualifier.MORE_THAN, "upwards of"), phrase(Qualifier.MORE_THAN, "in excess of"),
      phrase(Qualifier.MORE_THAN, "well above"), phrase(Qualifier.MORE_THAN, "above"),
      phrase(Qualifier.ABOUT, "about"), phrase(Qualifier.ABOUT, "around"), phrase(Qualifier.ABOUT, "some"),
      phrase(Qualifier.ABOUT, "nearly"), phrase(Qualifier.ABOUT, "almost"),
      phrase(Qualifier.ABOUT, "approximately"), phrase(Qualifier.ABOUT, "approx"),
      phrase(Qualifier.ABOUT, "roughly"), phrase(Qualifier.ABOUT, "an estimated"),
      phrase(Qualifier.ABOUT, "estimated"), phrase(Qualifier.ABOUT, "close to"),
      phrase(Qualifier.ABOUT, "circa"), phrase(Qualifier.ABOUT, "~"),
      phrase(Qualifier.UP_TO, "up to"), phrase(Qualifier.UP_TO, "as many as"),
      phrase(Qualifier.UP_TO, "at most"), phrase(Qualifier.UP_TO, "no more than"),
      phrase(Qualifier.UP_TO, "not more than"),
      phrase(Qualifier.FEWER_THAN, "fewer than"), phrase(Qualifier.FEWER_THAN, "less than"),
      phrase(Qualifier.FEWER_THAN, "under"), phrase(Qualifier.FEWER_THAN, "below"),
      phrase(Qualifier.FEWER_THAN, "just under"), phrase(Qualifier.FEWER_THAN, "just below")));

  /** Words before "scores" that make it the scores of a match or a test, not a crowd. */
  private static final Set<String> NOT_BEFORE_SCORES = Set.of(
      "the", "his", "her", "their", "its", "our", "my", "your", "test", "high", "low", "final", "exam", "top",
      "credit", "these", "those", "whose", "settle", "settled", "settling", "settles", "average");

  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my", "your");

  /**
   * All figures in {@code text[from, to)}, in text order, not overlapping, with spans as offsets
   * into {@code text}.
   */
  public static List<NumberMention> find(CharSequence text, int from, int to) {
    List<Tok> t = Tok.tokenize(text, from, to);
    List<NumberMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int next = at(t, i, out);
      i = next > i ? next : i + 1;
    }
    return out;
  }

  /** Reads a figure at token i, adds it to out if it counts, and returns the next token to read. */
  private static int at(List<Tok> t, int i, List<NumberMention> out) {
    Tok a = t.get(i);
    if (a.kind != Tok.Kind.NUM && (a.info & Lexicon.STARTS_NUMBER) == 0) {
      return i;
    }
    int vague = vague(t, i, out);
    if (vague > i) {
      return vague;
    }
    // "a family of five"
    int fam = word(t, i, "a") || word(t, i, "the") ? i + 1 : i;
    if (word(t, fam, "family") && word(t, fam + 1, "of")) {
      NumberGrammar.Parsed p = NumberGrammar.parse(t, fam + 2);
      if (p != null && p.value() > 0 && p.value() < 100 && !excludedBefore(t, p) && !excludedAfter(t, p.next(), p)) {
        out.add(new NumberMention(Span.of(a.start, t.get(p.next() - 1).end),
            Span.of(t.get(p.first()).start, t.get(p.next() - 1).end), Count.exact(p.value())));
        return p.next();
      }
    }
    if (a.is("between")) {
      NumberGrammar.Parsed p = NumberGrammar.parse(t, i + 1);
      if (p != null && word(t, p.next(), "and")) {
        NumberGrammar.Parsed q = NumberGrammar.parse(t, p.next() + 1);
        if (q != null && q.value() >= p.value()) {
          if (excludedBefore(t, p) || excludedAfter(t, q.next(), q) || bothYears(t, p, q)) {
            return q.next();
          }
          out.add(new NumberMention(Span.of(a.start, t.get(q.next() - 1).end),
              Span.of(t.get(p.first()).start, t.get(q.next() - 1).end), new Count.Range(p.value(), q.value())));
          return q.next();
        }
      }
      return i + 1;
    }
    NumberGrammar.Parsed p = NumberGrammar.parse(t, i);
    if (p == null) {
      return i;
    }
    int k = p.next();
    if (k < t.size() && (word(t, k, "to") || t.get(k).isDash())) {
      NumberGrammar.Parsed q = NumberGrammar.parse(t, k + 1);
      boolean dash = t.get(k).isDash();
      boolean sameForm = q != null && q.digits() == p.digits();
      // "rose from 20 to 26" is a toll that changed, not a range
      boolean fromTo = !dash && word(t, i - 1, "from");
      if (q != null && p.digits() && q.digits() && dayOfMonth(p) && dayOfMonth(q) && excludedAfter(t, q.next(), q)) {
        return q.next(); // "from 10 to 12 October", "10-12 Oct": days, not people
      }
      if (q != null && sameForm && !fromTo && q.value() >= p.value() && !(dash && chainedDigits(t, q.next()))) {
        if (excludedBefore(t, p) || excludedAfter(t, q.next(), q) || bothYears(t, p, q)) {
          return q.next();
        }
        out.add(new NumberMention(Span.of(a.start, t.get(q.next() - 1).end),
            Span.of(a.start, t.get(q.next() - 1).end), new Count.Range(p.value(), q.value())));
        return q.next();
      }
    }
    if (excludedBefore(t, p) || excludedAfter(t, k, p) || yearLike(t, p)) {
      return skipChain(t, k);
    }
    int qStart = i;
    Qualifier qual = Qualifier.EXACT;
    for (Phrase ph : QUALIFIERS) {
      if (endsAt(t, i, ph.words)) {
        qStart = i - ph.words.length;
        qual = ph.qualifier;
        break;
      }
    }
    out.add(new NumberMention(Span.of(t.get(qStart).start, t.get(k - 1).end),
        Span.of(a.start, t.get(k - 1).end), Count.of(p.value(), qual)));
    return k;
  }

  /** Vague counts: "dozens", "scores of", "hundreds", "tens of thousands", "a handful". */
  private static int vague(List<Tok> t, int i, List<NumberMention> out) {
    Tok a = t.get(i);
    if (!a.isWord()) {
      return i;
    }
    String w = a.lower;
    String word = null;
    long floor = 0;
    int end = i + 1;
    switch (w) {
      case "tens", "hundreds" -> {
        if (word(t, i + 1, "of") && word(t, i + 2, "thousands")) {
          word = w + " of thousands";
          floor = w.equals("tens") ? 20_000 : 200_000;
          end = i + 3;
        } else if (w.equals("hundreds")) {
          word = "hundreds";
          floor = 200;
        }
      }
      case "dozens" -> {
        word = "dozens";
        floor = 24;
      }
      case "thousands" -> {
        word = "thousands";
        floor = 2_000;
      }
      case "scores" -> {
        boolean before = i > 0 && t.get(i - 1).isWord() && NOT_BEFORE_SCORES.contains(t.get(i - 1).lower);
        boolean ofNoun = word(t, i + 1, "of") && i + 2 < t.size() && t.get(i + 2).isWord()
            && !DETERMINERS.contains(t.get(i + 2).lower);
        boolean person = i + 1 < t.size() && Lexicon.PERSON_NOUNS.contains(t.get(i + 1).lower);
        if (!before && (ofNoun || person)) {
          word = "scores";
          floor = 40;
        }
      }
      case "several", "few" -> {
        boolean few = w.equals("few");
        if (few && !word(t, i - 1, "a")) {
          break;
        }
        if (word(t, i + 1, "dozen")) {
          floor = 24;
        } else if (word(t, i + 1, "hundred")) {
          floor = 200;
        } else if (word(t, i + 1, "thousand")) {
          floor = 2_000;
        } else {
          break;
        }
        word = (few ? "a few " : "several ") + t.get(i + 1).lower;
        end = i + 2;
        if (few) {
          i = i - 1;
        }
      }
      case "a" -> {
        if (word(t, i + 1, "handful")) {
          word = "a handful";
          floor = 3;
          end = i + 2;
        }
      }
      default -> {
      }
    }
    if (word == null) {
      return i;
    }
    Span s = Span.of(t.get(i).start, t.get(end - 1).end);
    out.add(new NumberMention(s, s, new Count.Vague(word, floor)));
    return end;
  }

  /** Whether the words of a phrase end just before token i. */
  private static boolean endsAt(List<Tok> t, int i, String[] words) {
    int s = i - words.length;
    if (s < 0) {
      return false;
    }
    for (int j = 0; j < words.length; j++) {
      if (!t.get(s + j).lower.equals(words[j])) {
        return false;
      }
    }
    return true;
  }

  /** Something glued before the number, or a month or a name, makes it no count. */
  private static boolean excludedBefore(List<Tok> t, NumberGrammar.Parsed p) {
    int f = p.first();
    if (f == 0) {
      return false;
    }
    Tok first = t.get(f);
    Tok prev = t.get(f - 1);
    if (first.glued) {
      String c = prev.text;
      if (prev.kind == Tok.Kind.PUNCT) {
        if ("$£€¥#/:.\\".contains(c)) {
          return true;
        }
        if (prev.isDash() && prev.glued && f >= 2 && t.get(f - 2).kind != Tok.Kind.PUNCT) {
          return true; // F-16, Su-24, COVID-19, 2016-10
        }
      }
    }
    if (p.digits()) {
      if (p.value() >= 1 && p.value() <= 31 && p.next() == f + 1) {
        if (Lexicon.month(prev) > 0) {
          return true;
        }
        if (prev.is(".") && f >= 2 && Lexicon.month(t.get(f - 2)) > 0) {
          return true;
        }
      }
      if (prev.isWord() && Lexicon.ID_WORDS.contains(prev.lower)) {
        return !prev.lower.equals("no") || prev.capitalized();
      }
      if (prev.capitalized() && Lexicon.ID_NAMES.contains(prev.lower)) {
        return true;
      }
      if (prev.is(".") && f >= 2 && t.get(f - 2).isWord() && Lexicon.ID_WORDS.contains(t.get(f - 2).lower)) {
        return true; // "No. 5"
      }
    }
    return false;
  }

  /** Something after the number makes it a date, a time, a share, a price or a measure. */
  private static boolean excludedAfter(List<Tok> t, int k, NumberGrammar.Parsed p) {
    if (k >= t.size()) {
      return false;
    }
    Tok n = t.get(k);
    if (n.glued && n.kind == Tok.Kind.PUNCT) {
      String c = n.text;
      if (c.equals("%") || c.equals("/") || c.equals("\u2032") || c.equals("\u2033")) {
        return true;
      }
      if (c.equals(":") && k + 1 < t.size() && t.get(k + 1).glued && t.get(k + 1).kind == Tok.Kind.NUM) {
        return true;
      }
      if (n.isDash() && k + 1 < t.size() && t.get(k + 1).glued && t.get(k + 1).kind != Tok.Kind.PUNCT) {
        return true; // "12-year-old", "two-day", "twenty-first"
      }
      if ((c.equals("'") || c.equals("\u2019")) && word(t, k + 1, "s") && t.get(k + 1).glued) {
        return true; // "the 1990's"
      }
    }
    if (n.isWord()) {
      String w = n.lower;
      if (Lexicon.PERCENT_WORDS.contains(w) || Lexicon.MONEY_WORDS.contains(w)) {
        return true;
      }
      if (w.equals("per") && word(t, k + 1, "cent")) {
        return true;
      }
      if (w.equals("am") || w.equals("pm") || w.equals("gmt") || w.equals("utc") || w.equals("hrs")) {
        return true;
      }
      if ((w.equals("a") || w.equals("p")) && k + 2 < t.size() && t.get(k + 1).is(".") && t.get(k + 1).glued
          && word(t, k + 2, "m") && t.get(k + 2).glued) {
        return true;
      }
      if (w.equals("o") && k + 2 < t.size() && word(t, k + 2, "clock")) {
        return true;
      }
      if (!p.digits() && NumberGrammar.isOrdinalWord(n)) {
        return true; // "twenty first"
      }
      if (p.digits() && p.value() >= 1 && p.value() <= 31 && p.next() == p.first() + 1) {
        if (Lexicon.month(n) > 0) {
          return true;
        }
        if (w.equals("of") && k + 1 < t.size() && Lexicon.month(t.get(k + 1)) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean dayOfMonth(NumberGrammar.Parsed p) {
    return p.value() >= 1 && p.value() <= 31 && p.next() == p.first() + 1;
  }

  /** A bare 1900..2100 is a year, unless people follow it: "2000 civilians". */
  private static boolean yearLike(List<Tok> t, NumberGrammar.Parsed p) {
    if (!p.digits() || p.next() != p.first() + 1) {
      return false;
    }
    String raw = t.get(p.first()).text;
    if (raw.length() != 4 || p.value() < 1900 || p.value() > 2100) {
      return false;
    }
    return !personFollows(t, p.next());
  }

  private static boolean bothYears(List<Tok> t, NumberGrammar.Parsed p, NumberGrammar.Parsed q) {
    return yearLike(t, p) && yearLike(t, q) || (yearLikeRaw(t, p) && !personFollows(t, q.next()));
  }

  private static boolean yearLikeRaw(List<Tok> t, NumberGrammar.Parsed p) {
    if (!p.digits() || p.next() != p.first() + 1) {
      return false;
    }
    String raw = t.get(p.first()).text;
    return raw.length() == 4 && p.value() >= 1900 && p.value() <= 2100;
  }

  private static boolean personFollows(List<Tok> t, int k) {
    for (int j = k; j < Math.min(t.size(), k + 2); j++) {
      if (!t.get(j).isWord()) {
        return false;
      }
      if (Lexicon.PERSON_NOUNS.contains(t.get(j).lower)) {
        return true;
      }
    }
    return false;
  }

  /** "2016-10-20": a third glued part means a date, not a range. */
  private static boolean chainedDigits(List<Tok> t, int k) {
    return k + 1 < t.size() && t.get(k).isDash() && t.get(k).glued && t.get(k + 1).glued
        && t.get(k + 1).kind == Tok.Kind.NUM;
  }

  /** After an excluded number, skip the rest of a glued chain such as "2016-10-20" or "10:30". */
  private static int skipChain(List<Tok> t, int k) {
    while (k + 1 < t.size() && t.get(k).glued && t.get(k).kind == Tok.Kind.PUNCT
        && !t.get(k).text.equals(".") && !t.get(k).text.equals(",")
        && t.get(k + 1).glued && t.get(k + 1).kind == Tok.Kind.NUM) {
      k += 2;
    }
    return k;
  }

  private static Phrase phrase(Qualifier q, String words) {
    return new Phrase(words.split(" "), q);
  }

  private static List<Phrase> sortedByLength(List<Phrase> phrases) {
    List<Phrase> sorted = new ArrayList<>(phrases);
    sorted.sort((x, y) -> Integer.compare(y.words.length, x.words.length));
    return List.copyOf(sorted);
  }
}
