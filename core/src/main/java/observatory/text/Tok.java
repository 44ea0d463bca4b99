package observatory.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A token of running text: a run of letters and digits (with commas and points kept inside
 * numbers such as "1,000" or "1.5"), or one punctuation character. Whitespace is not a token;
 * {@link #glued} says whether a token touches the one before it, which is how "F-16",
 * "$5" and "10:30" are told apart from "five - six".
 */
final class Tok {
  enum Kind { WORD, NUM, MIXED, PUNCT }

  final int start;
  final int end;
  final Kind kind;
  final boolean glued;
  final boolean upper;
  /** What {@link Lexicon#info} says of a vocabulary word; 0 for every other token. */
  final int info;
  /**
   * The text of numbers, mixed tokens and punctuation; for a word, the same as {@link #lower}
   * (words are not copied out of the text, see {@link Lexicon#VOCABULARY}).
   */
  final String text;
  /**
   * Lower-case text. A word outside {@link Lexicon#VOCABULARY} reads as the empty string, which
   * equals no word the package looks for; punctuation reads as itself.
   */
  final String lower;

  private Tok(int start, int end, Kind kind, boolean glued, boolean upper, String text, String lower, int info) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.glued = glued;
    this.upper = upper;
    this.text = text;
    this.lower = lower;
    this.info = info;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean is(String lowerWord) {
    return lower.equals(lowerWord);
  }

  boolean capitalized() {
    return kind == Kind.WORD && upper;
  }

  boolean isHyphen() {
    return kind == Kind.PUNCT && (text.equals("-") || text.equals("\u2010") || text.equals("\u2011"));
  }

  boolean isDash() {
    return kind == Kind.PUNCT && (isHyphen() || text.equals("\u2013") || text.equals("\u2014"));
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }

  private static final String[] PUNCT = new String[128];
  private static final int MASK = 2047;
  private static final String[] TABLE = new String[MASK + 1];
  private static final int[] INFO = new int[MASK + 1];

  static {
    for (char c = 0; c < PUNCT.length; c++) {
      PUNCT[c] = String.valueOf(c);
    }
    for (String w : Lexicon.VOCABULARY) {
      int h = slot(w.hashCode());
      while (TABLE[h] != null && !TABLE[h].equals(w)) {
        h = (h + 1) & MASK;
      }
      TABLE[h] = w;
      INFO[h] = Lexicon.info(w);
    }
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 11)) & MASK;
  }

  /** The table slot of the word {@code buf[from, to)} in any case, or -1 when it is not in the vocabulary. */
  private static int known(char[] buf, int from, int to) {
    int len = to - from;
    if (len > 16) {
      return -1;
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + lower(buf[i]);
    }
    int h = slot(hash);
    for (String w = TABLE[h]; w != null; h = (h + 1) & MASK, w = TABLE[h]) {
      if (w.length() == len && sameIgnoringCase(w, buf, from)) {
        return h;
      }
    }
    return -1;
  }

  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private static boolean sameIgnoringCase(String lowerWord, char[] buf, int from) {
    for (int i = 0; i < lowerWord.length(); i++) {
      if (lower(buf[from + i]) != lowerWord.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT
          : Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : OTHER;
    }
  }

  private static byte type(char c) {
    if (c < 128) {
      return ASCII[c];
    }
    if (Character.isLetter(c)) {
      return LETTER;
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : OTHER;
  }

  /** The tokens last read on this thread, so that Numbers and Dates on one sentence read it once. */
  private static final class Last {
    String text;
    int from;
    int to;
    List<Tok> tokens;
  }

  private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

  /** The tokens of {@code s[from, to)}, with offsets into {@code s}. The list must not be changed. */
  static List<Tok> tokenize(CharSequence s, int from, int to) {
    if (from < 0 || to > s.length() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") is outside text of length " + s.length());
    }
    if (!(s instanceof String str)) {
      return read(s, from, to); // a mutable sequence may change between calls
    }
    Last last = LAST.get();
    if (last.text == str && last.from == from && last.to == to) {
      return last.tokens;
    }
    List<Tok> tokens = read(str, from, to);
    last.text = str;
    last.from = from;
    last.to = to;
    last.tokens = tokens;
    return tokens;
  }

  private static List<Tok> read(CharSequence s, int from, int to) {
    int n = to - from;
    char[] buf = new char[n];
    if (s instanceof String str) {
      str.getChars(from, to, buf, 0);
    } else {
      for (int i = 0; i < n; i++) {
        buf[i] = s.charAt(from + i);
      }
    }
    ArrayList<Tok> out = new ArrayList<>(Math.max(8, n / 8));
    int i = 0;
    boolean space = true;
    // a run of words outside the vocabulary becomes one token: nothing looks inside it
    int runStart = -1;
    int runEnd = -1;
    boolean runGlued = false;
    boolean runUpper = false;
    while (i < n) {
      char c = buf[i];
      byte type = type(c);
      if (type == SPACE) {
        space = true;
        i++;
        continue;
      }
      if (runStart >= 0 && (type != LETTER && type != DIGIT || !space)) {
        out.add(new Tok(from + runStart, from + runEnd, Kind.WORD, runGlued, runUpper, "", "", 0));
        runStart = -1;
      }
      if (type == LETTER || type == DIGIT) {
        int j = i;
        boolean letter = false;
        boolean digit = false;
        while (j < n) {
          char d = buf[j];
          byte dt = type(d);
          if (dt == LETTER) {
            letter = true;
          } else if (dt == DIGIT) {
            digit = true;
          } else if ((d == ',' || d == '.') && j > i && type(buf[j - 1]) == DIGIT
              && j + 1 < n && type(buf[j + 1]) == DIGIT) {
            // a separator inside a number
          } else {
            break;
          }
          j++;
        }
        Kind k = letter && digit ? Kind.MIXED : letter ? Kind.WORD : Kind.NUM;
        boolean up = Character.isUpperCase(c);
        if (k == Kind.WORD) {
          int slot = known(buf, i, j);
          if (slot < 0) {
            if (runStart < 0) {
              runStart = i;
              runGlued = !space;
              runUpper = up;
            }
            runEnd = j;
          } else {
            flushRun(out, from, runStart, runEnd, runGlued, runUpper);
            runStart = -1;
            out.add(new Tok(from + i, from + j, k, !space, up, TABLE[slot], TABLE[slot], INFO[slot]));
          }
        } else {
          flushRun(out, from, runStart, runEnd, runGlued, runUpper);
          runStart = -1;
          String raw = new String(buf, i, j - i);
          out.add(new Tok(from + i, from + j, k, !space, up, raw, k == Kind.MIXED ? raw.toLowerCase(Locale.ROOT) : raw, 0));
        }
        i = j;
      } else {
        String p = c < PUNCT.length ? PUNCT[c] : String.valueOf(c);
        out.add(new Tok(from + i, from + i + 1, Kind.PUNCT, !space, false, p, p, 0));
        i++;
      }
      space = false;
    }
    flushRun(out, from, runStart, runEnd, runGlued, runUpper);
    return Collections.unmodifiableList(out);
  }

  private static void flushRun(List<Tok> out, int from, int start, int end, boolean glued, boolean upper) {
    if (start >= 0) {
      out.add(new Tok(from + start, from + end, Kind.WORD, glued, upper, "", "", 0));
    }
  }
}
