package observatory.text;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one Arabic number at a token position: digits ("25", "٢٥", "4 آلاف", "2.5 مليون") or
 * words in either gender ("خمسة وعشرون", "ثلاث عشرة", "مئتان", "ثلاثمائة وخمسون", "أربعة آلاف
 * و300"), the first word possibly carrying a conjunction, a preposition or the article
 * ("وثلاثة", "بخمسة", "الأربعة"). Words are compared by their folded keys (أ as ا, ة as ه,
 * ى as ي, no harakat), so "ثلاثة" and "ثلاثه", "مئة" and "مائة" read alike.
 */
final class ArabicNumberWords {
  private ArabicNumberWords() {
  }

  /** What a number word is, for the order words may follow each other in. */
  enum Kind {
    /** 1 to 9; with {@code teenOnly} forms (اثنا, اثني) only before عشر. */
    UNIT, TEN, TENS, HUNDREDS, THOUSANDS, MILLIONS
  }

  /** A number word: its value, its kind, and whether it needs more words to be a number. */
  record Word(long value, Kind kind, boolean teenOnly, boolean multiplier) {
  }

  /** A number read: tokens {@code [first, next)}, the offset where its words start (after proclitics). */
  record Parsed(long value, int first, int next, int start, boolean digits) {
  }

  private static final Map<String, Word> WORDS = words();

  private static Map<String, Word> words() {
    Map<String, Word> m = new HashMap<>();
    unit(m, 1, "واحد", "واحدة");
    unit(m, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين");
    unit(m, 3, "ثلاثة", "ثلاث");
    unit(m, 4, "أربعة", "أربع");
    unit(m, 5, "خمسة", "خمس");
    unit(m, 6, "ستة", "ست");
    unit(m, 7, "سبعة", "سبع");
    unit(m, 8, "ثمانية", "ثماني", "ثمان");
    unit(m, 9, "تسعة", "تسع");
    for (String w : List.of("أحد", "إحدى", "اثنا", "اثني", "اثنتا", "اثنتي")) {
      m.put(ArabicLetters.key(w), new Word(w.startsWith("ا") ? 2 : 1, Kind.UNIT, true, false));
    }
    for (String w : List.of("عشرة", "عشر")) {
      m.put(ArabicLetters.key(w), new Word(10, Kind.TEN, false, false));
    }
    String[][] tens = {{"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"}, {"أربعون", "أربعين"}, {"خمسون", "خمسين"},
        {"ستون", "ستين"}, {"سبعون", "سبعين"}, {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"}};
    for (int d = 0; d < tens.length; d++) {
      for (String w : tens[d]) {
        m.put(ArabicLetters.key(w), new Word(20L + 10L * d, Kind.TENS, false, false));
      }
    }
    for (String w : List.of("مئة", "مائة")) {
      m.put(ArabicLetters.key(w), new Word(100, Kind.HUNDREDS, false, true));
    }
    for (String w : List.of("مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي")) {
      m.put(ArabicLetters.key(w), new Word(200, Kind.HUNDREDS, false, false));
    }
    String[] hundredsPrefixes = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"};
    int[] hundredsValues = {3, 4, 5, 6, 7, 8, 8, 9};
    for (int h = 0; h < hundredsPrefixes.length; h++) {
      for (String hundred : List.of("مئة", "مائة")) {
        m.put(ArabicLetters.key(hundredsPrefixes[h] + hundred), new Word(100L * hundredsValues[h], Kind.HUNDREDS, false, false));
      }
    }
    for (String w : List.of("ألف", "ألفا")) {
      m.put(ArabicLetters.key(w), new Word(1_000, Kind.THOUSANDS, false, true));
    }
    for (String w : List.of("آلاف", "ألوف")) {
      m.put(ArabicLetters.key(w) + "#", new Word(1_000, Kind.THOUSANDS, false, true)); // only after a number
    }
    for (String w : List.of("ألفان", "ألفين")) {
      m.put(ArabicLetters.key(w), new Word(2_000, Kind.THOUSANDS, false, false));
    }
    for (String w : List.of("مليون", "مليونا")) {
      m.put(ArabicLetters.key(w), new Word(1_000_000, Kind.MILLIONS, false, true));
    }
    m.put(ArabicLetters.key("ملايين") + "#", new Word(1_000_000, Kind.MILLIONS, false, true));
    for (String w : List.of("مليونان", "مليونين")) {
      m.put(ArabicLetters.key(w), new Word(2_000_000, Kind.MILLIONS, false, false));
    }
    return Map.copyOf(m);
  }

  private static void unit(Map<String, Word> m, long value, String... forms) {
    for (String f : forms) {
      m.put(ArabicLetters.key(f), new Word(value, value == 10 ? Kind.TEN : Kind.UNIT, false, false));
    }
  }

  /** The number word a folded stem is, or null. Plural multipliers (آلاف) only with {@code afterNumber}. */
  static Word word(String stem, boolean afterNumber) {
    Word w = WORDS.get(stem);
    if (w == null && afterNumber) {
      w = WORDS.get(stem + "#");
    }
    return w;
  }

  /** Whether a folded stem is a number word of any kind (a quick test before parsing). */
  static boolean isNumberWord(String stem) {
    return WORDS.containsKey(stem) || WORDS.containsKey(stem + "#");
  }

  /**
   * Stems of the first word that may not carry the article: "الاثنين" is Monday, "الأحد" Sunday,
   * "بالمئة" and "في المئة" a percentage.
   */
  private static boolean articleRefused(Word w) {
    return w.value() <= 2 && w.kind() == Kind.UNIT || w.multiplier();
  }

  /**
   * The number starting at token i, or null. The first word may carry proclitics; a word after
   * "و" only the و itself.
   */
  static Parsed parse(List<ArabicTok> t, int i, CharSequence text) {
    if (i >= t.size()) {
      return null;
    }
    ArabicTok a = t.get(i);
    long value;
    int k;
    int start;
    boolean digits;
    Kind last;
    if (a.isNum()) {
      digits = true;
      start = a.start;
      k = i + 1;
      Word mult = k < t.size() && t.get(k).isWord() ? word(t.get(k).key, true) : null;
      if (mult != null && mult.multiplier()) {
        BigDecimal v = new BigDecimal(a.key).multiply(BigDecimal.valueOf(mult.value()));
        if (v.stripTrailingZeros().scale() > 0) {
          return null;
        }
        value = v.longValueExact();
        last = mult.kind();
        k++;
      } else {
        value = a.value();
        if (value < 0) {
          return null;
        }
        return new Parsed(value, i, k, start, true);
      }
    } else if (a.isWord() && a.arabic) {
      digits = false;
      Sub first = firstWords(t, i, text);
      if (first == null) {
        return null;
      }
      value = first.value;
      k = first.next;
      start = first.start;
      last = first.kind;
      Word mult = k < t.size() && t.get(k).isWord() && last.ordinal() < Kind.THOUSANDS.ordinal()
          ? word(t.get(k).key, true) : null;
      if (mult != null && mult.multiplier()) {
        value *= mult.value();
        last = mult.kind();
        k++;
      }
    } else {
      return null;
    }
    // "أربعة آلاف و300", "مليون ومئتا ألف": a smaller group after و
    while (last.ordinal() >= Kind.THOUSANDS.ordinal() && k < t.size()) {
      Sub more = afterWaw(t, k, last, text);
      if (more == null) {
        break;
      }
      long add = more.value;
      int next = more.next;
      Kind kind = more.kind;
      Word mult = next < t.size() && t.get(next).isWord() ? word(t.get(next).key, true) : null;
      if (mult != null && mult.multiplier() && mult.kind().ordinal() < last.ordinal()) {
        add *= mult.value();
        kind = mult.kind();
        next++;
      }
      if (kind.ordinal() >= last.ordinal()) {
        break;
      }
      value += add;
      k = next;
      last = kind;
    }
    return new Parsed(value, i, k, start, digits);
  }

  /** A group read so far. */
  private record Sub(long value, int next, int start, Kind kind) {
  }

  /** The words of a number below a thousand starting at token i (the first may carry proclitics). */
  private static Sub firstWords(List<ArabicTok> t, int i, CharSequence text) {
    ArabicTok a = t.get(i);
    int starts = ArabicProclitics.stemStarts(a.key);
    for (int s = 0; s < a.key.length(); s++) {
      if ((starts & (1 << s)) == 0) {
        continue;
      }
      String stem = s == 0 ? a.key : a.key.substring(s);
      Word w = word(stem, false);
      if (w == null || ArabicProclitics.articleBefore(a.key, s) && articleRefused(w)) {
        continue;
      }
      if (w.multiplier() && stem.endsWith("ا")) {
        // "ألفا نازح", "مليونا نازح": the dual before its noun, two thousand, two million
        w = new Word(2 * w.value(), w.kind(), false, false);
      }
      Sub sub = below(t, i, w, text);
      if (sub != null) {
        return new Sub(sub.value, sub.next, a.offsetOf(text, s), sub.kind);
      }
    }
    return null;
  }

  /** A number below a thousand whose first word, at token i, is w. */
  private static Sub below(List<ArabicTok> t, int i, Word w, CharSequence text) {
    int k = i + 1;
    ArabicTok next = k < t.size() ? t.get(k) : null;
    if (w.kind() == Kind.UNIT || w.kind() == Kind.TEN && w.value() == 10) {
      // 11..19: "خمسة عشر", "إحدى عشرة", "اثنا عشر"
      if (w.kind() == Kind.UNIT && next != null && next.isWord() && (next.is("عشر") || next.is("عشره"))) {
        return new Sub(10 + w.value(), k + 1, 0, Kind.TEN);
      }
      if (w.teenOnly()) {
        // "أحد عناصر", "إحدى السيدات": one of some people; "أحد الشوارع" is no count, "اثنا" alone no number
        return w.value() == 1 && next != null && next.isWord() && ArabicNumbers.personAt(t, k)
            ? new Sub(1, k, 0, Kind.UNIT) : null;
      }
      if (w.kind() == Kind.UNIT && w.value() >= 3 && next != null && next.isWord()) {
        Word h = word(next.key, false);
        if (h != null && h.kind() == Kind.HUNDREDS && h.value() == 100) {
          return hundreds(t, k + 1, 100 * w.value(), text); // "ثلاث مئة"
        }
      }
      if (w.kind() == Kind.UNIT) {
        Sub tens = afterWaw(t, k, Kind.UNIT, text);
        if (tens != null && tens.kind == Kind.TENS) {
          return new Sub(w.value() + tens.value, tens.next, 0, Kind.TENS); // "خمسة وعشرون"
        }
      }
      return new Sub(w.value(), k, 0, w.kind());
    }
    if (w.kind() == Kind.TENS) {
      return new Sub(w.value(), k, 0, Kind.TENS);
    }
    if (w.kind() == Kind.HUNDREDS) {
      return hundreds(t, k, w.value(), text);
    }
    // a multiplier on its own: "ألف" is a thousand, "مليون" a million, "ألفان" two thousand
    return new Sub(w.value(), k, 0, w.kind());
  }

  private static Sub hundreds(List<ArabicTok> t, int k, long value, CharSequence text) {
    Sub rest = afterWaw(t, k, Kind.HUNDREDS, text);
    if (rest != null && rest.kind.ordinal() < Kind.HUNDREDS.ordinal()) {
      return new Sub(value + rest.value, rest.next, 0, Kind.HUNDREDS);
    }
    return new Sub(value, k, 0, Kind.HUNDREDS);
  }

  /**
   * A smaller part joined by و at token k ("وعشرون", "و عشرون", "و300"), or null. After a
   * unit only tens may follow; after hundreds anything below a hundred; after thousands or
   * millions anything smaller, digits included.
   */
  private static Sub afterWaw(List<ArabicTok> t, int k, Kind before, CharSequence text) {
    if (k >= t.size() || !t.get(k).isWord()) {
      return null;
    }
    ArabicTok a = t.get(k);
    String stem;
    int next;
    if (a.is("و")) {
      if (k + 1 >= t.size()) {
        return null;
      }
      ArabicTok term = t.get(k + 1);
      if (term.isNum()) {
        return before.ordinal() >= Kind.THOUSANDS.ordinal() && term.value() >= 0 && term.value() < 1_000
            ? new Sub(term.value(), k + 2, 0, Kind.HUNDREDS) : null;
      }
      if (!term.isWord()) {
        return null;
      }
      stem = term.key;
      next = k + 2;
    } else if (a.key.length() > 2 && a.key.charAt(0) == 'و') {
      stem = a.key.substring(1);
      next = k + 1;
    } else {
      return null;
    }
    Word w = word(stem, false);
    if (w == null) {
      return null;
    }
    switch (before) {
      case UNIT -> {
        return w.kind() == Kind.TENS ? new Sub(w.value(), next, 0, Kind.TENS) : null;
      }
      case HUNDREDS -> {
        if (w.kind() == Kind.TENS) {
          return new Sub(w.value(), next, 0, Kind.TENS);
        }
        if (w.kind() == Kind.UNIT || w.kind() == Kind.TEN) {
          Sub sub = below(t, next - 1, w, text);
          return sub == null ? null : new Sub(sub.value, sub.next, 0, Kind.TENS);
        }
        return null;
      }
      default -> {
        return w.kind().ordinal() < before.ordinal() ? below(t, next - 1, w, text) : null;
      }
    }
  }
}
