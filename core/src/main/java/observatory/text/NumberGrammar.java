package observatory.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads one number at a token position, in digits ("1,000", "1.5 million") or in words
 * ("twenty-six", "one hundred and twenty", "a dozen"). Says nothing about qualifiers or
 * whether the number is a date; {@link Numbers} and {@link Dates} decide that.
 */
final class NumberGrammar {
  private NumberGrammar() {
  }

  /** A number read from tokens {@code [first, next)}. */
  record Parsed(long value, int first, int next, boolean digits) {
  }

  static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19));

  static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
      "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

  private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000_000_000_000L);

  private static final Map<String, Long> SCALES = Map.of(
      "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  /** Ordinal words that may end a compound ("twenty-first"): such a compound is not a count. */
  static boolean isOrdinalWord(Tok t) {
    return t.isWord() && Lexicon.ORDINALS.contains(t.lower);
  }

  static Parsed parse(List<Tok> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    Tok a = t.get(i);
    if (a.kind == Tok.Kind.NUM) {
      return digits(t, i);
    }
    if (!a.isWord()) {
      return null;
    }
    if (a.is("half") && word(t, i + 1, "a") && word(t, i + 2, "dozen")) {
      return new Parsed(6, i, i + 3, false);
    }
    if (a.is("a") && word(t, i + 1, "dozen")) {
      return new Parsed(12, i, i + 2, false);
    }
    if (a.is("a") && word(t, i + 1, "couple") && word(t, i + 2, "of")) {
      return new Parsed(2, i, i + 2, false);
    }
    if (a.is("dozen")) {
      return new Parsed(12, i, i + 1, false);
    }
    return words(t, i);
  }

  private static Parsed digits(List<Tok> t, int i) {
    String raw = t.get(i).text;
    int dot = raw.indexOf('.');
    String whole = dot < 0 ? raw : raw.substring(0, dot);
    if (dot >= 0 && raw.indexOf('.', dot + 1) >= 0) {
      return null;
    }
    if (dot >= 0 && raw.indexOf(',', dot) >= 0) {
      return null;
    }
    if (!validGrouping(whole)) {
      return null;
    }
    String plain = raw.replace(",", "");
    if (plain.length() > 15) {
      return null;
    }
    long scale = i + 1 < t.size() && t.get(i + 1).isWord() ? SCALES.getOrDefault(t.get(i + 1).lower, 0L) : 0L;
    if (scale == 0) {
      if (dot >= 0) {
        return null; // a bare decimal is a measure, not a count of people
      }
      return new Parsed(Long.parseLong(plain), i, i + 1, true);
    }
    BigDecimal v = new BigDecimal(plain).multiply(BigDecimal.valueOf(scale));
    if (v.stripTrailingZeros().scale() > 0 || v.compareTo(MAX) > 0) {
      return null; // "1.2345 thousand" is no head count, nor is a figure beyond any population
    }
    return new Parsed(v.longValueExact(), i, i + 2, true);
  }

  /** "1000", "1,000", "158,218" but not "10,00" or ",000". */
  static boolean validGrouping(String whole) {
    int comma = whole.indexOf(',');
    if (comma < 0) {
      return !whole.isEmpty();
    }
    if (comma == 0 || comma > 3) {
      return false;
    }
    int groupStart = comma + 1;
    while (true) {
      int next = whole.indexOf(',', groupStart);
      int groupEnd = next < 0 ? whole.length() : next;
      if (groupEnd - groupStart != 3) {
        return false;
      }
      if (next < 0) {
        return true;
      }
      groupStart = next + 1;
    }
  }

  private record Sub(long value, int next) {
  }

  private static Parsed words(List<Tok> t, int i) {
    Sub first = sub1000(t, i, true);
    if (first == null) {
      return null;
    }
    long total = 0;
    long cur = first.value;
    int j = first.next;
    long lastScale = Long.MAX_VALUE;
    while (true) {
      long sc = scaleAt(t, j);
      if (sc == 0 || sc >= lastScale || cur == 0) {
        break;
      }
      total += cur * sc;
      cur = 0;
      lastScale = sc;
      j++;
      int c = word(t, j, "and") ? j + 1 : j;
      Sub nx = sub1000(t, c, false);
      if (nx == null) {
        break;
      }
      long nsc = scaleAt(t, nx.next);
      if (nsc > 0 ? nsc >= lastScale : nx.value >= lastScale) {
        break;
      }
      cur = nx.value;
      j = nx.next;
    }
    total += cur;
    if (total < 100 && j > i && word(t, j, "dozen")) {
      return new Parsed(total * 12, i, j + 1, false);
    }
    return new Parsed(total, i, j, false);
  }

  private static Sub sub1000(List<Tok> t, int i, boolean allowA) {
    long v;
    int j;
    if (allowA && word(t, i, "a") && word(t, i + 1, "hundred")) {
      v = 1;
      j = i + 1;
    } else if (allowA && word(t, i, "a") && scaleAt(t, i + 1) > 0) {
      return new Sub(1, i + 1);
    } else {
      Sub s = sub100(t, i);
      if (s == null) {
        return null;
      }
      v = s.value;
      j = s.next;
    }
    if (word(t, j, "hundred") && v >= 1 && v <= 99) {
      v *= 100;
      j++;
      int c = word(t, j, "and") ? j + 1 : j;
      Sub r = sub100(t, c);
      if (r != null && r.value > 0) {
        v += r.value;
        j = r.next;
      }
    }
    return new Sub(v, j);
  }

  private static Sub sub100(List<Tok> t, int i) {
    if (i >= t.size() || !t.get(i).isWord()) {
      return null;
    }
    String w = t.get(i).lower;
    Integer u = UNITS.get(w);
    if (u != null) {
      return new Sub(u, i + 1);
    }
    Integer ten = TENS.get(w);
    if (ten == null) {
      return null;
    }
    if (i + 2 < t.size() && t.get(i + 1).isHyphen() && t.get(i + 1).glued && t.get(i + 2).glued) {
      Integer unit = UNITS.get(t.get(i + 2).lower);
      if (unit != null && unit >= 1 && unit <= 9) {
        return new Sub(ten + unit, i + 3);
      }
    }
    if (i + 1 < t.size() && t.get(i + 1).isWord()) {
      Integer unit = UNITS.get(t.get(i + 1).lower);
      if (unit != null && unit >= 1 && unit <= 9) {
        return new Sub(ten + unit, i + 2);
      }
    }
    return new Sub(ten, i + 1);
  }

  private static long scaleAt(List<Tok> t, int i) {
    return i < t.size() && t.get(i).isWord() ? SCALES.getOrDefault(t.get(i).lower, 0L) : 0L;
  }

  static boolean word(List<Tok> t, int i, String w) {
    return i >= 0 && i < t.size() && t.get(i).isWord() && t.get(i).lower.equals(w);
  }
}
