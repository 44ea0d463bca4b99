package observatory.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic letters as the readers compare them: one form for each letter that is spelt several
 * ways (alef with or without hamza or madda, ta marbuta and ha, alef maqsura and ya, the hamza
 * carriers, Persian and Urdu letters), no harakat, tatweel, Quranic marks or invisible joiners,
 * and Western digits for Arabic-Indic and Persian ones. The gazetteer keys its Arabic names with
 * {@link #words}; the text and lexicon readers fold one character at a time with {@link #fold}
 * and {@link #isMark}, so that every span they return stays an offset into the text as written.
 *
 * <p>Folding merges words that differ only in those spellings ("إصابة" / "اصابه"), never two
 * different words of a report's vocabulary; it drops the hamza on the line (ء), so "شهداء" and
 * "شهدا" are one word.
 */
public final class ArabicLetters {
  private ArabicLetters() {
  }

  /** Whether the text holds any letter of Arabic script (including presentation forms). */
  public static boolean isArabic(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isArabicScript(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one character belongs to the Arabic blocks (letters, marks, digits, presentation forms). */
  public static boolean isArabicScript(char c) {
    return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF'
        || c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC';
  }

  /**
   * Marks that change no letter: harakat, superscript alef, tatweel, the hamza on the line,
   * Quranic signs and format characters (joiners, direction marks).
   */
  public static boolean isMark(char c) {
    return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c == 'ء'
        || c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6'
        || c >= '\u0610' && c <= '\u061A' || Character.getType(c) == Character.FORMAT;
  }

  /** One form for letters written several ways, and the Western digit for an Arabic-Indic or Persian one. */
  public static char fold(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ', 'ٵ' -> 'ا';
      case 'ة', 'ۀ', 'ۃ', 'ہ', 'ھ', 'ە' -> 'ه';
      case 'ى', 'ی', 'ئ', 'ې', 'ۍ', 'ێ', 'ٸ' -> 'ي';
      case 'ؤ', 'ٶ', 'ۆ', 'ۇ', 'ۉ', 'ۏ' -> 'و';
      case 'ک', 'ڪ' -> 'ك';
      default -> c;
    };
  }

  /** A character written inside a word to dodge keyword filters ("مقتـ.ـل", "غـ*ـارات"). */
  public static boolean isFilterDodge(char c) {
    return c == '.' || c == '*' || c == '_' || c == '·' || c == '•' || c == '\u066D';
  }

  private static final char TATWEEL = '\u0640';

  /**
   * Where an Arabic word that a post broke up to dodge keyword filters goes on, when the
   * character at {@code j} (inside or right after the word) is a dot, star or underscore next to
   * a tatweel ("مقتـ.ـل", "المتضـ.رر") or a space between two tatweels ("مـ ـقـ ـتـ ـل"); -1 when
   * the word ends at j. A dot with no tatweel beside it ends the word: posts often leave out the
   * space after a full stop ("الجنسية.استهدفت").
   */
  public static int joinAt(CharSequence s, int j, int to) {
    if (j <= 0 || j >= to) {
      return -1;
    }
    char c = s.charAt(j);
    if (isFilterDodge(c)) {
      int k = j;
      while (k < to && (isFilterDodge(s.charAt(k)) || s.charAt(k) == TATWEEL)) {
        k++;
      }
      boolean tatweelBeside = s.charAt(j - 1) == TATWEEL || s.charAt(k - 1) == TATWEEL;
      return tatweelBeside && k < to && isLetter(s.charAt(k)) ? k : -1;
    }
    if (Character.isWhitespace(c) && s.charAt(j - 1) == TATWEEL) {
      int k = j;
      while (k < to && k - j < 2 && Character.isWhitespace(s.charAt(k))) {
        k++;
      }
      return k < to && s.charAt(k) == TATWEEL ? k : -1;
    }
    return -1;
  }

  /** An Arabic letter (not a mark, digit or punctuation sign). */
  public static boolean isLetter(char c) {
    return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3' || c >= '\u06FA' && c <= '\u06FF';
  }

  /** Whether the text holds presentation forms, which NFKC turns into the letters they draw. */
  public static boolean hasPresentationForms(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isPresentationForm(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isPresentationForm(char c) {
    return c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC';
  }

  /**
   * The letters one presentation form stands for ("ﻻ" is "لا"), folded; the character itself,
   * folded, when it is not one.
   */
  static String foldPresentationForm(char c) {
    String letters = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      char l = letters.charAt(i);
      if (!isMark(l) && l != ' ') {
        out.append(fold(l));
      }
    }
    return out.toString();
  }

  /**
   * Arabic words without harakat, tatweel, Quranic marks or invisible joiners, with one form per
   * letter that is spelt several ways and Western digits for Arabic-Indic ones, in lower case. A
   * dot, star or underscore between two letters is dropped: it is written there to dodge filters
   * ("مقتـ.ـل"). Ta marbuta and alef maqsura end a word, so a letter right after one starts the
   * next ("معرةالنعمان" is two words).
   */
  public static List<String> words(String name) {
    String text = hasPresentationForms(name) ? Normalizer.normalize(name, Normalizer.Form.NFKC) : name;
    List<String> words = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isMark(c)) {
        continue; // a hamza on the line too: "السويداء" / "السويدا"
      }
      boolean wordFinal = c == 'ة' || c == 'ى';
      c = fold(c);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
        if (wordFinal && nextIsLetter(text, i + 1)) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else if (isFilterDodge(c) && word.length() > 0 && isLetter(word.charAt(word.length() - 1))
          && nextIsLetter(text, i + 1)) {
        continue;
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** The words of {@link #words} with one space between them: the key a phrase of a data file is compared by. */
  public static String key(String phrase) {
    return String.join(" ", words(phrase));
  }

  private static boolean nextIsLetter(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isMark(c) && !isFilterDodge(c)) {
        return isLetter(fold(c));
      }
    }
    return false;
  }
}
