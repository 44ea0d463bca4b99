package observatory.text;

import java.util.ArrayList;
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
  final String text;
  /** Lower-case text (ASCII rules); for punctuation, the character itself. */
  final String lower;

  private Tok(int start, int end, Kind kind, boolean glued, String text) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.glued = glued;
    this.text = text;
    this.lower = kind == Kind.WORD || kind == Kind.MIXED ? text.toLowerCase(Locale.ROOT) : text;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean is(String lowerWord) {
    return lower.equals(lowerWord);
  }

  boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
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

  static List<Tok> tokenize(CharSequence s, int from, int to) {
    if (from < 0 || to > s.length() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") is outside text of length " + s.length());
    }
    List<Tok> out = new ArrayList<>(Math.max(8, (to - from) / 5));
    int i = from;
    boolean space = true;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i;
        boolean letter = false;
        boolean digit = false;
        while (j < to) {
          char d = s.charAt(j);
          if (Character.isLetter(d)) {
            letter = true;
          } else if (Character.isDigit(d)) {
            digit = true;
          } else if ((d == ',' || d == '.') && j > i && Character.isDigit(s.charAt(j - 1))
              && j + 1 < to && Character.isDigit(s.charAt(j + 1))) {
            // a separator inside a number
          } else {
            break;
          }
          j++;
        }
        Kind k = letter && digit ? Kind.MIXED : letter ? Kind.WORD : Kind.NUM;
        out.add(new Tok(i, j, k, !space, s.subSequence(i, j).toString()));
        i = j;
      } else {
        out.add(new Tok(i, i + 1, Kind.PUNCT, !space, String.valueOf(c)));
        i++;
      }
      space = false;
    }
    return out;
  }
}
