package observatory.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A token of Arabic running text, with its offsets in the text as written: a word (letters of
 * any script, compared by its {@link ArabicLetters#fold folded} key), a number (digits of any of
 * the three scripts, with thousands separators "١٬٢٠٠", "1,200" and a decimal point kept inside),
 * or one punctuation character. Letters and digits never share a token: "الـ16" is the word
 * "الـ" and the number "16", glued.
 *
 * <p>Marks inside a word (harakat, tatweel, joiners) are part of it and left out of its key. A
 * word that a post breaks up to dodge keyword filters is read whole: a dot, star or underscore
 * next to a tatweel ("مقتـ.ـل", "المتضـ.رر") and a space between two tatweels
 * ("مـ ـقـ ـتـ ـل"). A dot with no tatweel beside it ends the word: posts often leave out the
 * space after a full stop ("الجنسية.استهدفت").
 */
final class ArabicTok {
  enum Kind { WORD, NUM, PUNCT }

  final int start;
  final int end;
  final Kind kind;
  /** No space between this token and the one before it. */
  final boolean glued;
  /**
   * WORD: the folded letters, lower case, without marks; NUM: the digits in Western form,
   * without thousands separators, with '.' for a decimal point; PUNCT: the character.
   */
  final String key;
  /** WORD: whether it is written in Arabic script. */
  final boolean arabic;

  private ArabicTok(int start, int end, Kind kind, boolean glued, String key, boolean arabic) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.glued = glued;
    this.key = key;
    this.arabic = arabic;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNum() {
    return kind == Kind.NUM;
  }

  boolean is(String k) {
    return key.equals(k);
  }

  boolean isDash() {
    return kind == Kind.PUNCT && (key.equals("-") || key.equals("\u2010") || key.equals("\u2011")
        || key.equals("\u2013") || key.equals("\u2014"));
  }

  /** The integer a NUM token holds, or -1 for a decimal or a number too long to be a count. */
  long value() {
    if (kind != Kind.NUM || key.indexOf('.') >= 0 || key.length() > 15) {
      return -1;
    }
    return Long.parseLong(key);
  }

  /**
   * The offset in {@code text} of this word's letter {@code k} of its key: where a stem starts
   * once its proclitics are read off ("وثلاثة" at 1 is the offset of "ث"); {@link #end} for k at
   * the key's length.
   */
  int offsetOf(CharSequence text, int k) {
    if (k <= 0) {
      return start;
    }
    int seen = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isLetter(c) || arabic && ArabicLetters.isMark(c)) {
        continue;
      }
      if (seen >= k) {
        return i;
      }
      seen += ArabicLetters.isPresentationForm(c) ? ArabicLetters.foldPresentationForm(c).length() : 1;
    }
    return end;
  }

  @Override
  public String toString() {
    return key + "@" + start;
  }

  private static final char TATWEEL = '\u0640';

  /** The tokens last read on this thread, so that numbers and dates on one sentence read it once. */
  private static final class Last {
    String text;
    int from;
    int to;
    List<ArabicTok> tokens;
  }

  private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

  /** The tokens of {@code s[from, to)}, with offsets into {@code s}. The list must not be changed. */
  static List<ArabicTok> tokenize(CharSequence s, int from, int to) {
    if (from < 0 || to > s.length() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") is outside text of length " + s.length());
    }
    if (!(s instanceof String str)) {
      return read(s, from, to);
    }
    Last last = LAST.get();
    if (last.text == str && last.from == from && last.to == to) {
      return last.tokens;
    }
    List<ArabicTok> tokens = read(str, from, to);
    last.text = str;
    last.from = from;
    last.to = to;
    last.tokens = tokens;
    return tokens;
  }

  private static List<ArabicTok> read(CharSequence s, int from, int to) {
    ArrayList<ArabicTok> out = new ArrayList<>(Math.max(8, (to - from) / 5));
    StringBuilder key = new StringBuilder(16);
    boolean space = true;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
        i++;
        continue;
      }
      if (isDigit(c)) {
        int j = i;
        key.setLength(0);
        boolean point = false;
        while (j < to) {
          char d = s.charAt(j);
          if (isDigit(d)) {
            key.append(ArabicLetters.fold(d));
            j++;
          } else if (isThousands(d) && groupOfThreeAt(s, j + 1, to) && !point) {
            j++;
          } else if (isDecimal(d) && !point && j + 1 < to && isDigit(s.charAt(j + 1))) {
            key.append('.');
            point = true;
            j++;
          } else {
            break;
          }
        }
        out.add(new ArabicTok(i, j, Kind.NUM, !space, key.toString(), false));
        i = j;
      } else if (isLetter(c)) {
        i = word(s, i, to, !space, key, out);
      } else if (ArabicLetters.isMark(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++; // a stray mark or tatweel outside a word, or a direction mark: nothing to read
        continue;
      } else {
        out.add(new ArabicTok(i, i + 1, Kind.PUNCT, !space, String.valueOf(c), false));
        i++;
      }
      space = false;
    }
    return Collections.unmodifiableList(out);
  }

  /** Reads the word starting at the letter at i, adds it, and returns where it ends. */
  private static int word(CharSequence s, int i, int to, boolean glued, StringBuilder key, List<ArabicTok> out) {
    key.setLength(0);
    boolean arabic = ArabicLetters.isArabicScript(s.charAt(i));
    int j = i;
    int end = i;
    while (j < to) {
      char c = s.charAt(j);
      if (arabic && ArabicLetters.isMark(c) || Character.getType(c) == Character.FORMAT
          || !arabic && Character.getType(c) == Character.NON_SPACING_MARK) {
        j++; // harakat, tatweel, the hamza on the line, joiners: in the word, not in its key
        end = j;
      } else if (isLetter(c)) {
        if (ArabicLetters.isArabicScript(c) != arabic) {
          break; // "Publicاصابة": a change of script ends the word
        }
        if (ArabicLetters.isPresentationForm(c)) {
          key.append(ArabicLetters.foldPresentationForm(c));
        } else if (arabic) {
          key.append(ArabicLetters.fold(c));
        } else {
          key.append(Character.toLowerCase(c));
        }
        j++;
        end = j;
      } else if (arabic && (ArabicLetters.isFilterDodge(c) || isSpace(c))) {
        int k = ArabicLetters.joinAt(s, j, to);
        if (k < 0) {
          break;
        }
        j = k;
      } else {
        break;
      }
    }
    if (key.length() == 0) {
      return end; // only marks (a hamza on its own): nothing to read
    }
    out.add(new ArabicTok(i, end, Kind.WORD, glued, key.toString(), arabic));
    return end;
  }

  /** A letter that starts or continues a word (the tatweel is a mark, not a letter). */
  static boolean isLetter(char c) {
    return c != TATWEEL && Character.isLetter(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
  }

  private static boolean isThousands(char c) {
    return c == ',' || c == '\u066C';
  }

  private static boolean isDecimal(char c) {
    return c == '.' || c == '\u066B';
  }

  /** Exactly three digits at {@code j}, then no further digit: a thousands group. */
  private static boolean groupOfThreeAt(CharSequence s, int j, int to) {
    if (j + 3 > to) {
      return false;
    }
    for (int k = j; k < j + 3; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return j + 3 == to || !isDigit(s.charAt(j + 3));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }
}
