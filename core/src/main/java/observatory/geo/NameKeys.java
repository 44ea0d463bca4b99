package observatory.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import observatory.text.ArabicLetters;

/**
 * Lookup keys for place names, from strict to loose. Each looser key merges more spellings of
 * one Arabic name and, unavoidably, more distinct places; the resolver tries the strict keys
 * first and reports which one matched.
 *
 * <ol>
 *   <li>{@link #exact}: lower case, no diacritics or apostrophes, words separated by one space.
 *   <li>{@link #fold}: transliteration-insensitive: Arabic articles dropped, vowels and
 *       diphthongs merged (e/i, o/u, ei/ay, ou/aw), doubled letters collapsed, final h dropped,
 *       words run together. "Ma'arrat an-Nu'man", "Maarat al-Numan" and "Maaret Al-Numan" share it.
 *   <li>{@link #skeleton}: the consonants of the folded words, without the ta marbuta of a
 *       construct ("Maarat" / "Maara"): "Maara Nuaman". Only used when the others find nothing.
 * </ol>
 *
 * <p>Arabic script gets its own normalisation (the letter folding of
 * {@link observatory.text.ArabicLetters}, shared with the text readers: alef forms, ta marbuta,
 * alef maqsura, hamza carriers, tatweel, harakat, invisible joiners, Persian letters, Arabic-Indic digits; the
 * article ال, a leading "town of" and doubled letters in the folded key; long vowels in the
 * skeleton); its keys never collide with Latin ones.
 */
final class NameKeys {

  private static final Set<String> ARTICLES = Set.of(
      "al", "el", "il", "an", "ar", "as", "ash", "ad", "at", "az", "ath", "adh",
      "ed", "en", "er", "es", "esh", "et", "ez", "l", "ach", "ech");

  /** Letters after which the article assimilates: "az-Zawr", written "Azzawr" / "Ezzor". */
  private static final String SUN_LETTERS = "tdrzsnlc";

  /** Brackets holding no Arabic letter. */
  private static final Pattern LATIN_GLOSS = Pattern.compile("[(\\[][^)\\]\u0600-\u06FF]*[)\\]]");

  /**
   * An English possessive: "'s" at the end or before a word in lower case that is not an Arabic
   * article ("Idlib's countryside"). "Ra's al-Ayn" and "Ra's Ibn Hani" keep theirs: it is the name.
   */
  private static final Pattern POSSESSIVE = Pattern.compile(
      "['’`]s(?=$|[\\s,.;:)]+(?!(?:al|el|an|ar|as|ash|ad|at|az|ibn|bin)\\b)[a-z]|[\\s,.;:)]*$)");

  private NameKeys() {
  }

  /** Lower case, without diacritics or apostrophes, words separated by single spaces. */
  static String exact(String name) {
    if (isArabic(name)) {
      return String.join(" ", arabicWords(name));
    }
    return String.join(" ", latinWords(name));
  }

  /** The transliteration-insensitive key; empty when nothing but articles and punctuation is left. */
  static String fold(String name) {
    if (isArabic(name)) {
      return foldArabic(arabicWords(name));
    }
    return foldLatin(foldedWords(latinWords(name)));
  }

  /**
   * Words that say a name is a town or village ("مدينة", "بلدة", "قرية") before the name itself:
   * a monitor's list writes "قرية X" where a report writes "X".
   */
  private static final Set<String> ARABIC_PLACE_WORDS = Set.of("مدينه", "بلده", "قريه");

  // The words run together, each without its article, a letter written twice in a row once
  // ("باب بيلا" / "بابيلا"); a leading "town of" is dropped.
  private static String foldArabic(List<String> words) {
    StringBuilder key = new StringBuilder();
    for (String word : nameWords(words)) {
      key.append(word);
    }
    return collapseDoubles(key);
  }

  private static List<String> nameWords(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      if (w == 0 && words.size() > 1 && ARABIC_PLACE_WORDS.contains(word)) {
        continue;
      }
      out.add(word.length() > 3 && word.startsWith("ال") ? word.substring(2) : word);
    }
    return out;
  }

  /**
   * The consonants of the folded words: the long vowels ا و ي after a word's first letter are left
   * out, since colloquial and formal spellings add or drop them ("سارمين" / "سرمين", "المسفيرة" /
   * "المسيفرة"), and so is the ta marbuta of a word before another ("دارة عزة" / "دار عزة"). A
   * name's final ta marbuta stays: "الصفصاف" and "الصفصافة" are two villages. Like the
   * Latin skeleton, only used when the stricter keys find nothing, and only for names also spelt
   * alike.
   */
  private static String skeletonArabic(List<String> words) {
    StringBuilder key = new StringBuilder();
    List<String> name = nameWords(words);
    for (int w = 0; w < name.size(); w++) {
      String word = name.get(w);
      if (w < name.size() - 1 && word.length() > 3 && word.endsWith("ه")) {
        word = word.substring(0, word.length() - 1); // a construct's ta marbuta: "دارة عزة" / "دار عزة"
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (i == 0 || c != 'ا' && c != 'و') {
          key.append(c);
        }
      }
    }
    String skeleton = collapseDoubles(key);
    return skeleton.length() >= MIN_SKELETON ? skeleton : "";
  }

  /** Arabic prepositions written onto the next word: bi- (in), li- (to), ka- (as). */
  private static final String PREPOSITIONS = "بلك";

  /**
   * The ways an Arabic name can be read with the conjunction (و, ف) and preposition (ب, ل, ك) that
   * are written onto its first word taken off, fewest letters first: "وبسراقب" gives "بسراقب" and
   * "سراقب"; "بالباب" gives "الباب"; "للرقة" gives "الرقه". The resolver tries them only when the
   * name as written is not known, since many names begin with those letters (بنش, كفرنبل, وادي).
   * A one-word form of fewer than three letters is not offered. Empty for a name not in Arabic script.
   */
  static List<String> withoutProclitics(String name) {
    if (!isArabic(name)) {
      return List.of();
    }
    List<String> words = arabicWords(name);
    if (words.isEmpty()) {
      return List.of();
    }
    String first = words.get(0);
    String rest = words.size() == 1 ? "" : " " + String.join(" ", words.subList(1, words.size()));
    // A first word of two letters is a name only with more words after it ("تل ...").
    int shortest = rest.isEmpty() ? 3 : 2;
    List<String> forms = new ArrayList<>(3);
    for (String conjunction : List.of("", "و", "ف")) {
      if (!first.startsWith(conjunction)) {
        continue;
      }
      String word = first.substring(conjunction.length());
      if (!conjunction.isEmpty() && word.length() >= shortest) {
        addOnce(forms, word + rest);
      }
      if (word.length() > 1 && PREPOSITIONS.indexOf(word.charAt(0)) >= 0) {
        String object = word.substring(1);
        if (word.charAt(0) == 'ل' && object.startsWith("ل")) {
          // li- before the article drops its alef: "للرقة" is li- + "الرقة", "للاذقية" li- + "اللاذقية".
          addOnce(forms, "ا" + object + rest);
          addOnce(forms, "ال" + object + rest);
        } else if (object.length() >= shortest) {
          addOnce(forms, object + rest);
        }
      }
    }
    return forms;
  }

  /**
   * The names an Arabic adjective of origin (nisba) may be formed from, for "الريف الإدلبي" (the
   * Idlibi countryside): "ادلب" from "الإدلبي"; "درعا" from "درعاوي", "الرقه" from "الرقاوي",
   * "حماه" from "حموي". Feminine forms ("الإدلبية") likewise. Empty for a word that is not one.
   */
  static List<String> nisbaBases(String word) {
    List<String> words = arabicWords(word);
    if (words.size() != 1) {
      return List.of();
    }
    String w = words.get(0);
    if (w.startsWith("ال") && w.length() > 4) {
      w = w.substring(2);
    }
    if (w.endsWith("يه")) {
      w = w.substring(0, w.length() - 1);
    }
    if (!w.endsWith("ي") || w.length() < 4) {
      return List.of();
    }
    List<String> bases = new ArrayList<>(4);
    bases.add(w.substring(0, w.length() - 1));
    if (w.endsWith("وي")) {
      String stem = w.substring(0, w.length() - 2);
      addOnce(bases, stem);
      addOnce(bases, stem + "اه");
      if (stem.endsWith("ا")) {
        addOnce(bases, stem.substring(0, stem.length() - 1) + "ه");
      }
    }
    bases.removeIf(b -> b.length() < 3);
    return bases;
  }

  private static void addOnce(List<String> forms, String form) {
    if (!forms.contains(form)) {
      forms.add(form);
    }
  }

  // The folded words run together, doubled letters collapsed across word boundaries too.
  private static String foldLatin(List<String> folded) {
    int n = 0;
    for (int w = 0; w < folded.size(); w++) {
      n += folded.get(w).length();
    }
    char[] key = new char[n];
    int k = 0;
    for (int w = 0; w < folded.size(); w++) {
      String word = folded.get(w);
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (k == 0 || key[k - 1] != c) {
          key[k++] = c;
        }
      }
    }
    return new String(key, 0, k);
  }

  /** The three keys of one name at once (loading computes all of them for every name). */
  record Keys(String exact, String fold, String skeleton) {
  }

  static Keys keys(String name) {
    if (isArabic(name)) {
      List<String> words = arabicWords(name);
      return new Keys(String.join(" ", words), foldArabic(words), skeletonArabic(words));
    }
    List<String> words = latinWords(name);
    List<String> folded = foldedWords(words);
    return new Keys(String.join(" ", words), foldLatin(folded), skeletonLatin(folded));
  }

  /** Skeletons shorter than this are not indexed; the resolver wants longer ones without context. */
  static final int MIN_SKELETON = 4;

  /** Consonants of the folded words; empty for short names, where it would match anything. */
  static String skeleton(String name) {
    if (isArabic(name)) {
      return skeletonArabic(arabicWords(name));
    }
    return skeletonLatin(foldedWords(latinWords(name)));
  }

  private static String skeletonLatin(List<String> words) {
    StringBuilder key = new StringBuilder();
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      // Ta marbuta: "Maarat al-Numan" is also written "Maara Nuaman".
      if (w < words.size() - 1 && word.length() > 3 && (word.endsWith("at") || word.endsWith("it"))) {
        word = word.substring(0, word.length() - 1);
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (i == 0 && w == 0 || !isVowelOrY(c)) {
          key.append(c);
        }
      }
    }
    String skeleton = collapseDoubles(key);
    return skeleton.length() >= MIN_SKELETON ? skeleton : "";
  }

  /** 1 minus the edit distance over the longer length: 1 for equal strings, 0 for nothing alike. */
  static double similarity(String a, String b) {
    return observatory.text.EditDistance.similarity(a, b);
  }

  static boolean isArabic(String name) {
    return ArabicLetters.isArabic(name);
  }

  /** Lower-case Latin words without diacritics; apostrophes and ʿ ʾ vanish, other marks split. */
  static List<String> latinWords(String name) {
    String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    List<String> words = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c < 128) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          word.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          word.append((char) (c + ('a' - 'A')));
        } else if (c != '\'' && c != '`' && word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      if (c >= '\u0300' && Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
        continue;
      }
      if (c == 'ı') {
        c = 'i';
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        word.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        word.append((char) (c + ('a' - 'A')));
      } else if (c >= 128 && Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
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

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '`' || c == '´' || c == '’' || c == '‘' || c == 'ʿ' || c == 'ʾ' || c == 'ʼ'
        || c == 'ʻ' || c == '′';
  }

  private static List<String> foldedWords(List<String> words) {
    List<String> folded = new ArrayList<>(words.size());
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      if (words.size() > 1 && word.length() <= 3 && ARTICLES.contains(word)) {
        continue;
      }
      // An article written into the next word: "Deir Ezzor", "Maaret Ennaman". Not at the start
      // of a name, where "Attarib" or "Assad" may be the name itself.
      if (w > 0 && word.length() > 4 && (word.charAt(0) == 'a' || word.charAt(0) == 'e')) {
        int l = word.charAt(1) == 'l' ? 2 : 1;
        char c = word.charAt(l);
        if (l + 1 < word.length() && SUN_LETTERS.indexOf(c) >= 0 && word.charAt(l + 1) == c) {
          word = word.substring(l + 1);
        }
      }
      String f = foldWord(word);
      // A word's first vowel follows a hamza or an ʿayn that transliterations render as they
      // please: "Irbin" / "Arbin", "Idlib" / "Adlib", "Otaya" / "Utaya".
      if (!f.isEmpty() && f.charAt(0) != 'a' && (f.charAt(0) == 'i' || f.charAt(0) == 'u')) {
        f = 'a' + f.substring(1);
      }
      if (!f.isEmpty()) {
        folded.add(f);
      }
    }
    return folded;
  }

  /** Merges the vowel and consonant spellings that English and French transliterations vary on. */
  static String foldWord(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      char next = i + 1 < n ? word.charAt(i + 1) : 0;
      switch (c) {
        case 'e', 'i' -> {
          // An i between vowels is the consonant y: "Madaia" = "Madaya", "Daraia" = "Daraya".
          if (c == 'i' && i > 0 && isVowel(word.charAt(i - 1)) && isVowel(next) && out.length() > 0
              && out.charAt(out.length() - 1) != 'i' && out.charAt(out.length() - 1) != 'u') {
            out.append('y');
            continue;
          }
          if (c == 'e' && (next == 'i' || next == 'y') && (i + 2 >= n || !isVowel(word.charAt(i + 2)))) {
            i++; // ei, ey before a consonant: "Sheikh" = "Shaykh"
          } else if (c == 'e' && next == 'h' && i + 2 == n) {
            out.append('a'); // "-iyeh" = "-iya"
            i++;
            continue;
          }
          out.append('i');
        }
        case 'a' -> {
          // ay, ai before a consonant; not a doubled yy or ww, which is a consonant: "Darayya".
          boolean diphthongEnd = i + 2 >= n || !isVowel(word.charAt(i + 2)) && word.charAt(i + 2) != next;
          if ((next == 'y' || next == 'i') && diphthongEnd) {
            out.append('i'); // ay, ai before a consonant
            i++;
          } else if ((next == 'w' || next == 'u') && diphthongEnd) {
            out.append('u'); // aw, au before a consonant: "Zawr" = "Zor"
            i++;
          } else {
            out.append('a');
          }
        }
        case 'o', 'u' -> {
          if (c == 'o' && (next == 'u' || next == 'o' || next == 'w' && nextIsConsonantOrEndAt(word, i + 2))) {
            i++; // ou, oo, ow
          }
          out.append('u');
        }
        case 'y' -> {
          // The y of -iya / -iyeh / -iyya is not written in every transliteration: "Salamieh" =
          // "Salamiyah" = "Salamiyya".
          if (out.length() > 0 && out.charAt(out.length() - 1) == 'i' && (next == 'y' || isVowel(next))) {
            continue;
          }
          out.append(i == n - 1 ? 'i' : 'y');
        }
        case 'm' -> out.append(next == 'b' ? 'n' : 'm'); // n before b is heard as m: "Mambij" = "Manbij"
        case 'g' -> {
          if (next == 'h') {
            i++; // gh and g both render the ghayn: "Chougour" = "Shughur"
          }
          out.append('g');
        }
        case 'q' -> out.append('k');
        case 'c' -> {
          if (next == 'h') {
            out.append("sh"); // French "ch": "Cheikh"
            i++;
          } else {
            out.append('k');
          }
        }
        case 'd' -> {
          if (next == 'j') {
            continue; // French "dj": "Djebel"
          }
          out.append('d');
        }
        case 'p' -> {
          if (next == 'h') {
            out.append('f');
            i++;
          } else {
            out.append('p');
          }
        }
        case 'h' -> {
          // A final h after a vowel is not written in every transliteration: "Raqqah" = "Raqqa".
          if (i == n - 1 && i > 0 && isVowel(word.charAt(i - 1))) {
            continue;
          }
          out.append('h');
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean nextIsConsonantOrEndAt(String word, int i) {
    return i >= word.length() || !isVowel(word.charAt(i));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isVowelOrY(char c) {
    return isVowel(c) || c == 'y';
  }

  private static String collapseDoubles(CharSequence s) {
    char[] out = new char[s.length()];
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (k == 0 || out[k - 1] != c) {
        out[k++] = c;
      }
    }
    return new String(out, 0, k);
  }

  /**
   * Arabic words as {@link ArabicLetters#words} cuts and folds them, after dropping a Latin
   * transliteration in brackets, which glosses the name: "سراقب (Saraqib)" is "سراقب".
   */
  static List<String> arabicWords(String name) {
    String text = ArabicLetters.hasPresentationForms(name) ? Normalizer.normalize(name, Normalizer.Form.NFKC) : name;
    if (text.indexOf('(') >= 0 || text.indexOf('[') >= 0) {
      String unglossed = LATIN_GLOSS.matcher(text).replaceAll(" ");
      text = isArabic(unglossed) ? unglossed : text;
    }
    return ArabicLetters.words(text);
  }

  /** Words as written, lower case, for phrase parsing ("Hama's" gives "hama"). */
  static List<String> phraseWords(String phrase) {
    boolean apostrophe = phrase.indexOf('\'') >= 0 || phrase.indexOf('’') >= 0 || phrase.indexOf('`') >= 0;
    String cleaned = apostrophe ? POSSESSIVE.matcher(phrase).replaceAll("") : phrase;
    return isArabic(cleaned) ? arabicWords(cleaned) : latinWords(cleaned);
  }

}
