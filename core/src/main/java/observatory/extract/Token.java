package observatory.extract;

import java.util.ArrayList;
import java.util.List;

/** A word, a number or a punctuation mark of a sentence, with its offsets and its lower-case form. */
record Token(int start, int end, String lower, boolean word) {

  boolean is(String s) {
    return lower.equals(s);
  }

  boolean isAny(String... options) {
    for (String o : options) {
      if (lower.equals(o)) {
        return true;
      }
    }
    return false;
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
        out.add(new Token(i, j, text.substring(i, j).toLowerCase(java.util.Locale.ROOT), true));
        i = j;
      } else {
        out.add(new Token(i, i + 1, String.valueOf(c), false));
        i++;
      }
    }
    return out;
  }
}
