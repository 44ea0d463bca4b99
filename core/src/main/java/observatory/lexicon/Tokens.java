package observatory.lexicon;

import java.util.Arrays;

/**
 * The words of a stretch of text: maximal runs of letters and digits, with their offsets and
 * lower-cased forms. A word cut by the stretch's edge is left out, so matches are whole words.
 */
final class Tokens {
  private int[] starts;
  private int[] ends;
  private String[] lower;
  private boolean[] upper;
  private int size;

  private Tokens(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    lower = new String[capacity];
    upper = new boolean[capacity];
  }

  static Tokens of(CharSequence text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") is outside the text of length " + text.length());
    }
    Tokens t = new Tokens(Math.max(4, (to - from) / 5));
    StringBuilder sb = new StringBuilder(24);
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
      sb.setLength(0);
      boolean hasUpper = false;
      while (i < to && isWordChar(text.charAt(i))) {
        char ch = text.charAt(i);
        char lc = Character.toLowerCase(ch);
        hasUpper |= lc != ch;
        sb.append(lc);
        i++;
      }
      if (i == to && to < text.length() && isWordChar(text.charAt(to))) {
        break; // cut by the right edge
      }
      t.add(s, i, sb.toString(), hasUpper);
    }
    return t;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private void add(int s, int e, String l, boolean u) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      lower = Arrays.copyOf(lower, cap);
      upper = Arrays.copyOf(upper, cap);
    }
    starts[size] = s;
    ends[size] = e;
    lower[size] = l;
    upper[size] = u;
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String lower(int i) {
    return lower[i];
  }

  /** Whether the word has a capital letter (only such words can match an exact-case pattern word). */
  boolean hasUpper(int i) {
    return upper[i];
  }

  String original(CharSequence text, int i) {
    return text.subSequence(starts[i], ends[i]).toString();
  }

  /** The index of the token that holds or follows the character offset (size() if none). */
  int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
