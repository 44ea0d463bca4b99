package observatory.lexicon;

import java.util.Arrays;
import observatory.text.ArabicLetters;

/**
 * The words of a stretch of text: maximal runs of letters and digits, with their offsets, the
 * hash of their lower-cased forms (the {@link String#hashCode} of the lower-cased word) and
 * whether they hold a capital. A word cut by the stretch's edge is left out, so matches are
 * whole words.
 *
 * <p>Lower-cased words are not stored: tries compare the text's characters lower-cased on the
 * fly. A word in Arabic script is the exception: its key is folded once ({@link ArabicLetters}:
 * one form per letter spelt several ways, no harakat or tatweel), and a word broken up to dodge
 * keyword filters ("مقتـ.ـل") is read whole. A stretch of a {@code String} is a view on the words of the whole string, which are cut
 * once per thread and reused while the same string is searched again (each lexicon, the event
 * typer for the document and for each of its sentences): the words of {@code [from, to)} are
 * exactly the words of the whole text that lie inside it.
 */
final class Tokens {
  /** Strings up to this length are cut whole on first use and kept for the next call on the same string. */
  private static final int CACHE_LIMIT = 1 << 16;
  private static final ThreadLocal<Tokens> LAST = new ThreadLocal<>();
  /** Bit c set when ASCII char c is a letter or digit. */
  private static final long WORD_LO = 0x03FF000000000000L;
  private static final long WORD_HI = 0x07FFFFFE07FFFFFEL;

  private final CharSequence text;
  private final int[] starts;
  private final int[] ends;
  private final int[] hashes;
  private final boolean[] upper;
  /** The folded key of a word in Arabic script (see {@link ArabicLetters}); null for every other word. */
  private final String[] arabic;
  private final int first;
  private final int size;

  private Tokens(CharSequence text, int[] starts, int[] ends, int[] hashes, boolean[] upper, String[] arabic, int first,
      int size) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    this.upper = upper;
    this.arabic = arabic;
    this.first = first;
    this.size = size;
  }

  static Tokens of(CharSequence text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") is outside the text of length " + text.length());
    }
    if (!(text instanceof String) || text.length() > CACHE_LIMIT) {
      return cut(text, from, to);
    }
    Tokens whole = LAST.get();
    if (whole == null || whole.text != text) {
      whole = cut(text, 0, text.length());
      LAST.set(whole);
    }
    return from == 0 && to == text.length() ? whole : whole.within(from, to);
  }

  /** The words of the whole text that lie inside {@code [from, to)}. */
  private Tokens within(int from, int to) {
    int lo = first;
    int hi = first + size;
    while (lo < hi) { // first word starting at or after from
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int a = lo;
    hi = first + size;
    while (lo < hi) { // first word ending after to
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= to) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return new Tokens(text, starts, ends, hashes, upper, arabic, a, Math.max(0, lo - a));
  }

  private static Tokens cut(CharSequence text, int from, int to) {
    int cap = Math.max(4, (to - from) / 5);
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    int[] hashes = new int[cap];
    boolean[] upper = new boolean[cap];
    String[] arabic = null;
    int size = 0;
    int i = from;
    // skip a word cut by the left edge
    if (from > 0 && isWordChar(text.charAt(from - 1))) {
      while (i < to && isWordChar(text.charAt(i))) {
        i++;
      }
    }
    while (i < to) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int s = i;
      int h = 0;
      boolean hasUpper = false;
      boolean inArabic = false;
      while (i < to) {
        char ch = text.charAt(i);
        char lc;
        if (ch < 128) {
          if ((ch < 64 ? WORD_LO << ~ch : WORD_HI << ~(ch - 64)) >= 0) {
            int k = inArabic ? ArabicLetters.joinAt(text, i, to) : -1;
            if (k < 0) {
              break;
            }
            i = k; // "مقتـ.ـل": a word broken to dodge filters
            continue;
          }
          lc = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        } else {
          if (ArabicLetters.isArabicScript(ch)) {
            inArabic = true;
          }
          if (!Character.isLetterOrDigit(ch)) {
            if (inArabic && (ArabicLetters.isMark(ch) || Character.getType(ch) == Character.NON_SPACING_MARK)) {
              i++; // harakat, tatweel, joiners: inside the word
              continue;
            }
            int k = inArabic ? ArabicLetters.joinAt(text, i, to) : -1;
            if (k < 0) {
              break;
            }
            i = k;
            continue;
          }
          lc = Character.toLowerCase(ch);
        }
        hasUpper |= lc != ch;
        h = 31 * h + lc;
        i++;
      }
      if (i == to && to < text.length() && isWordChar(text.charAt(to))) {
        break; // cut by the right edge
      }
      if (size == starts.length) {
        int n = size * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        hashes = Arrays.copyOf(hashes, n);
        upper = Arrays.copyOf(upper, n);
        if (arabic != null) {
          arabic = Arrays.copyOf(arabic, n);
        }
      }
      if (inArabic) {
        String key = arabicKey(text, s, i);
        if (arabic == null) {
          arabic = new String[starts.length];
        }
        arabic[size] = key;
        h = key.hashCode();
        hasUpper = false;
      }
      starts[size] = s;
      ends[size] = i;
      hashes[size] = h;
      upper[size] = hasUpper;
      size++;
    }
    return new Tokens(text, starts, ends, hashes, upper, arabic, 0, size);
  }

  /** The folded key of the Arabic word {@code text[s, e)}: letters folded, marks and dodges left out. */
  private static String arabicKey(CharSequence text, int s, int e) {
    StringBuilder key = new StringBuilder(e - s);
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (ArabicLetters.isMark(c) || !Character.isLetterOrDigit(c)) {
        continue;
      }
      if (c >= '\uFB50' && (c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC')) {
        key.append(ArabicLetters.key(String.valueOf(c)).replace(" ", ""));
      } else {
        key.append(ArabicLetters.fold(lower(c)));
      }
    }
    return key.toString();
  }

  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c < 64 ? WORD_LO << ~c : WORD_HI << ~(c - 64)) < 0;
    }
    return Character.isLetterOrDigit(c);
  }

  /** The lower-case form of one word character, as {@link Character#toLowerCase(char)}. */
  static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[first + i];
  }

  int end(int i) {
    return ends[first + i];
  }

  /** The {@link String#hashCode} of the lower-cased word. */
  int hash(int i) {
    return hashes[first + i];
  }

  /** The folded key of word i when it is in Arabic script, else null. */
  String arabic(int i) {
    return arabic == null ? null : arabic[first + i];
  }

  /**
   * The offset in the text of letter {@code k} of the folded key of Arabic word i: where its
   * stem starts once a conjunction or preposition written onto it is read off.
   */
  int offsetOf(int i, int k) {
    int seen = 0;
    for (int c = start(i); c < end(i); c++) {
      char ch = text.charAt(c);
      if (ArabicLetters.isMark(ch) || !Character.isLetterOrDigit(ch)) {
        continue;
      }
      if (seen >= k) {
        return c;
      }
      seen++;
    }
    return end(i);
  }

  String lower(int i) {
    String key = arabic(i);
    if (key != null) {
      return key;
    }
    int s = starts[first + i];
    int e = ends[first + i];
    char[] out = new char[e - s];
    for (int k = s; k < e; k++) {
      out[k - s] = lower(text.charAt(k));
    }
    return new String(out);
  }

  /** Whether the word has a capital letter (only such words can match an exact-case pattern word). */
  boolean hasUpper(int i) {
    return upper[first + i];
  }

  String original(CharSequence text, int i) {
    return text.subSequence(start(i), end(i)).toString();
  }

  /** The index of the token that holds or follows the character offset (size() if none). */
  int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
