package observatory.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A word, a number or a punctuation mark of a sentence, with its offsets. Comparisons ignore
 * case and read the report's text in place: no string is made per token.
 */
record Token(String text, int start, int end, boolean word) {

  /** Whether the token is {@code s}, ignoring case; {@code s} is given in lower case. */
  boolean is(String s) {
    return s.length() == end - start && text.regionMatches(true, start, s, 0, s.length());
  }

  boolean isAny(String... options) {
    for (String o : options) {
      if (is(o)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }

  /** Splits {@code [from, to)} into words (letters, digits, inner apostrophes and hyphens) and single punctuation marks. */
  static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == ',' || d == '.') && j + 1 < to
              && Character.isLetterOrDigit(text.charAt(j + 1))
              && (d != ',' && d != '.' || Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1)))) {
            j++;
          } else {
            break;
          }
        }
        out.add(new Token(text, i, j, true));
        i = j;
      } else {
        out.add(new Token(text, i, i + 1, false));
        i++;
      }
    }
    return out;
  }
}
