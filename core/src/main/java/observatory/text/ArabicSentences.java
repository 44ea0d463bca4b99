package observatory.text;

import java.util.ArrayList;
import java.util.List;
import observatory.claim.Span;

/**
 * Splits Arabic text into sentences, as {@link Sentences} does English: a line break always ends
 * one; so does ".", "!", "?", "؟" or "…" (with closing quotes or brackets) before a letter, a
 * digit, an opening quote or a hashtag, with or without a space: posts often leave out the space
 * after a full stop ("الجنسية.استهدفت"). Arabic has no capitals to tell an abbreviation, so a
 * point is no end inside a number ("2.5"), between letters with a tatweel beside it (a word broken
 * to dodge filters, "مقتـ.ـل"), or after a one-letter abbreviation ("د." doctor, "م." the year).
 * The comma "،" and the semicolon "؛" end no sentence.
 */
public final class ArabicSentences {
  private ArabicSentences() {
  }

  private static final char TATWEEL = '\u0640';

  /** Sentence spans over the whole text, trimmed, in order; blank stretches give no sentence. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        add(text, start, i, out);
        start = i + 1;
        continue;
      }
      if (!(c == '.' || c == '!' || c == '?' || c == '؟' || c == '\u2026' || c == '\u06D4')) {
        continue;
      }
      if (c == '.' && !endsHere(text, i)) {
        continue;
      }
      int j = i + 1;
      while (j < n && (".!?؟\u2026".indexOf(text.charAt(j)) >= 0 || isClosing(text.charAt(j)))) {
        j++;
      }
      int k = j;
      while (k < n && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k < n && text.charAt(k) != '\n' && !startsSentence(text.charAt(k))) {
        continue; // "قال إن ... إلخ. وغيرها" goes on with a lower-case Latin word or a sign
      }
      add(text, start, j, out);
      start = j;
      i = j - 1;
    }
    add(text, start, n, out);
    return out;
  }

  /** Whether the point at i may end a sentence. */
  private static boolean endsHere(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    if (Character.isDigit(before) && Character.isDigit(after)) {
      return false; // 2.5
    }
    if (before == TATWEEL || after == TATWEEL) {
      return false; // مقتـ.ـل
    }
    // a one-letter word before the point is an abbreviation: "د." doctor, "م." of the era
    return !(ArabicLetters.isLetter(before) && (i < 2 || !Character.isLetter(text.charAt(i - 2))));
  }

  private static boolean startsSentence(char c) {
    return Character.isLetterOrDigit(c) && !(c >= 'a' && c <= 'z') || c == '"' || c == '«' || c == '“' || c == '#'
        || c == '(' || c == '-' || c == '–';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '»' || c == '”' || c == ')' || c == ']' || c == '\'';
  }

  private static void add(String text, int from, int to, List<Span> out) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(Span.of(s, e));
    }
  }
}
