package observatory.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import observatory.claim.Span;

/**
 * Splits text into sentences. A line break always ends a sentence; otherwise a sentence ends at
 * ".", "!" or "?" (with any closing quotes or brackets) followed by whitespace and an upper-case
 * letter, a digit or an opening quote, unless the point ends an abbreviation ("Gen.", "U.S.",
 * "p.m.") or an initial ("J. Smith").
 */
public final class Sentences {
  private Sentences() {
  }

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "brig", "adm",
      "cmdr", "gov", "sen", "rep", "pres", "rev", "st", "sr", "jr", "mt", "ft", "u.s", "u.n", "u.k", "e.u",
      "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "no", "nos", "vs", "v", "etc", "e.g", "i.e", "approx", "est", "inc", "ltd", "co", "corp", "dept",
      "fig", "vol", "al", "ca");

  /** Sentence spans over the whole text, trimmed, in order; blank stretches give no sentence. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        add(text, start, i, out);
        start = i + 1;
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int j = i + 1;
        while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
          j++;
        }
        while (j < n && isClosing(text.charAt(j))) {
          j++;
        }
        int ws = j;
        boolean lineBreak = false;
        while (ws < n && Character.isWhitespace(text.charAt(ws))) {
          char w = text.charAt(ws);
          if (w == '\n' || w == '\r') {
            lineBreak = true;
            break;
          }
          ws++;
        }
        if (lineBreak || ws == n) {
          i = ws;
          continue; // the line break or the end closes the sentence
        }
        if (ws > j && startsSentence(text.charAt(ws)) && !(c == '.' && j == i + 1 && abbreviation(text, i))) {
          add(text, start, j, out);
          start = ws;
          i = ws;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
        || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB' || Character.isTitleCase(c);
  }

  /** Whether the point at {@code dot} ends an abbreviation or a single initial. */
  private static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0) {
      char p = text.charAt(s - 1);
      if (Character.isLetter(p) || p == '.') {
        s--;
      } else {
        break;
      }
    }
    if (s == dot) {
      return false;
    }
    String word = text.substring(s, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // "J. Smith"
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String text, int from, int to, List<Span> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(Span.of(from, to));
    }
  }
}
