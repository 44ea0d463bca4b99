package observatory.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a report's text, by a rule on its script and its commonest words, for routing
 * it to the reader of its language: "ar" (Arabic), "en" (English), or the code of another
 * language the rule can tell ("fa" Persian, "ckb" Sorani and "ku" Kurmanji Kurdish, "fr", "es",
 * "de", "tr"), else "und". A report in any language but the ones read is stored and flagged,
 * never read by the wrong reader.
 *
 * <ul>
 *   <li>Arabic script (most letters; or a third of them, in twelve words or more or beside Latin
 *       letters that are not English sentences, as a post inside "Copy link to Tweet Embed Tweet"): Persian and Kurdish write letters Arabic does not (پ چ ژ گ, the Persian ی
 *       and ک; Sorani also ە ۆ ێ ڵ ڕ), and Arabic writes ة ي ك that they do not; their commonest
 *       words differ too (Persian است، این، را، می; Sorani لە، بۆ، کە). A text with no such
 *       letter or word is Arabic ("#إدلب | 3 شهداء").
 *   <li>Latin script: the commonest words of each language (for English, also the words of
 *       conflict news: "killed", "strikes", "ceasefire") and its own letters (ı ş ğ, ß, ñ, ê î û)
 *       are counted, a word several languages share in part; English wins a tie. A text with no
 *       word or letter of any of them ("Heftige Gefechte") is "und": stored and flagged, never
 *       read as English.
 *   <li>Any other script: "und".
 * </ul>
 *
 * <p>Measured against two libraries of Maven Central on sentences written for the project (see
 * {@code scripts/language-compare.sh} and the README): the rule is as accurate on the three
 * classes the pipeline needs and costs no dependency. Pure, thread-safe, linear in the text.
 */
public final class Languages {
  private Languages() {
  }

  public static final String ARABIC = "ar";
  public static final String ENGLISH = "en";
  public static final String UNDETERMINED = "und";

  private static final Map<String, Set<String>> LATIN_WORDS = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "on", "at", "was", "were", "is", "are", "by", "with", "from", "that",
          "after", "said", "says", "people", "near", "has", "have", "been", "their", "his", "her", "its", "an", "no",
          "for", "when", "while", "during", "according", "this", "these", "those", "they", "he", "she", "it", "which",
          "who", "as", "into", "over", "under", "than", "but", "not", "more", "least", "new", "two", "three", "four",
          "five", "six", "seven", "eight", "nine", "ten", "dozens", "killed", "kill", "kills", "killing", "dead", "death",
          "deaths", "died", "dies", "toll", "wounded", "wounds", "wounding", "injured", "injuries", "hurt", "civilians",
          "civilian", "children", "child", "women", "men", "fighters", "rebels", "troops", "soldiers", "forces", "army",
          "regime", "government", "strike", "strikes", "airstrike", "airstrikes", "air", "raid", "raids", "attack",
          "attacks", "attacked", "shelling", "shelled", "bombing", "bombs", "bomb", "barrel", "drone", "drones", "rocket",
          "rockets", "missile", "missiles", "mortar", "sniper", "fire", "gunfire", "explosion", "blast", "clashes",
          "heavy", "fighting", "ceasefire", "truce", "holds", "offensive", "hit", "hits", "struck", "targeted", "update",
          "breaking", "report", "reports", "monitor", "activists", "residents", "hospital", "market", "school", "town",
          "village", "city", "camp", "countryside", "province", "north", "south", "east", "west", "northern",
          "southern", "eastern", "western", "warplanes", "jets", "helicopter", "shells", "rubble", "bodies", "rescue",
          "rescuers", "displaced", "fled", "aid", "convoy", "humanitarian", "agency", "agencies", "ministry", "health",
          "state", "media", "sources", "medical", "local", "yesterday", "today", "overnight", "morning", "evening",
          "night", "week", "month", "year", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "a", "be", "had", "will", "would", "can", "could", "also", "other", "all", "some", "there", "one", "or", "if", "about", "out", "up", "so", "what", "we", "you", "our", "him", "them", "since", "before", "between", "against", "without", "because", "did", "do", "does", "then", "where", "how", "only", "still", "just", "very"),
      "fr", Set.of("le", "la", "les", "des", "du", "et", "est", "sont", "une", "un", "dans", "par", "pour", "sur", "au",
          "aux", "selon", "ont", "été", "lors", "morts", "tués", "blessés", "frappes", "frappe", "deux", "trois",
          "enfants", "l", "d", "qu", "n", "ce", "près", "après", "nuit", "il", "elle", "ils", "elles", "se", "sa", "son", "ses", "leur", "leurs", "qui", "que", "pas", "plus", "avec", "sans", "entre", "contre", "vers", "chez", "depuis", "avait", "avaient", "était", "étaient", "cette", "ces", "aussi", "mais", "ou", "où", "dont", "tout", "tous", "très", "fait", "a", "ne", "y", "lui", "nous", "vous"),
      "es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "por", "un", "una", "se", "con", "para",
          "según", "murieron", "muertos", "heridos", "ataque", "ataques", "dos", "tres", "niños", "al", "sus", "tras",
          "contra", "sobre", "noche", "es", "son", "fue", "fueron", "ha", "han", "había", "lo", "le", "les", "su", "este", "esta", "estos", "estas", "entre", "desde", "hasta", "sin", "pero", "como", "más", "muy", "también", "o", "ya", "cuando", "donde", "a", "ni", "porque", "fuentes"),
      "de", Set.of("der", "die", "das", "und", "ist", "sind", "ein", "eine", "einer", "den", "dem", "des", "im", "von",
          "mit", "auf", "bei", "nach", "wurde", "wurden", "zwei", "drei", "kinder", "tote", "angriff", "nahe", "aus",
          "zu", "sich", "es", "gab", "keine", "einem", "einen", "eines", "in", "werden", "wird", "worden", "kein", "nicht", "auch", "als", "am", "an", "vor", "über", "unter", "für", "gegen", "durch", "um", "bis", "seit", "sie", "er", "wir", "ihr", "ihre", "sein", "seine", "hat", "haben", "hatte", "war", "waren", "noch", "nur", "schon", "aber", "oder", "dass", "wie", "so", "mehr", "beim", "vom", "sowie", "laut"),
      "tr", Set.of("ve", "bir", "bu", "ile", "için", "iki", "üç", "çocuk", "öldü", "saldırı", "saldırısı", "yaralandı",
          "olarak", "göre", "sonra", "günü", "gece", "kişi", "ölü", "yakınında", "hava", "aracı", "da", "de", "ki", "ne", "çok", "daha", "en", "her", "gibi", "kadar", "olan", "oldu", "olduğu", "şu", "o", "onlar", "bin", "yıl", "ise", "ancak", "ama", "veya"),
      "ku", Set.of("û", "li", "di", "ji", "bi", "ku", "ya", "yê", "wê", "xwe", "hatin", "bû", "bûn", "du", "sê", "zarok",
          "êrîş", "êrîşên", "ser", "nav", "wan", "kir", "kirin", "roja", "dest", "birîndar", "kuştin", "gund", "de", "jî", "ev", "ew", "ne", "na", "heye", "hene", "dibe", "hat", "tê", "tên", "bo", "ber", "bin", "pêş", "piştî", "berî", "çend", "gelek", "hemû"));

  /** The languages of each word of {@link #LATIN_WORDS}. */
  private static final Map<String, List<String>> LANGUAGES_OF_WORD = languagesOfWord();

  private static Map<String, List<String>> languagesOfWord() {
    Map<String, List<String>> m = new java.util.HashMap<>();
    LATIN_WORDS.forEach((language, words) -> words.forEach(
        w -> m.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(language)));
    m.replaceAll((w, languages) -> List.copyOf(languages));
    return Map.copyOf(m);
  }

  /** The words of a text: runs of letters (and the marks inside them), lower-cased when asked. */
  private static List<String> words(String text, boolean lower) {
    List<String> out = new java.util.ArrayList<>(text.length() / 5 + 1);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && (Character.isLetter(text.charAt(i))
          || start >= 0 && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String w = text.substring(start, i);
        out.add(lower ? w.toLowerCase(Locale.ROOT) : w);
        start = -1;
      }
    }
    return out;
  }

  /** Letters that only one of the Latin-script languages writes. */
  private static final Map<Character, String> LATIN_LETTERS = Map.ofEntries(
      Map.entry('ı', "tr"), Map.entry('ş', "tr"), Map.entry('ğ', "tr"), Map.entry('İ', "tr"),
      Map.entry('ß', "de"), Map.entry('ä', "de"),
      Map.entry('ñ', "es"), Map.entry('¿', "es"), Map.entry('¡', "es"),
      Map.entry('œ', "fr"), Map.entry('è', "fr"), Map.entry('ù', "fr"),
      Map.entry('ê', "ku"), Map.entry('î', "ku"), Map.entry('û', "ku"));

  private static final Set<String> ARABIC_WORDS = Set.of("في", "من", "على", "إلى", "الى", "عن", "التي", "الذي", "أن",
      "إن", "مع", "هذا", "هذه", "قد", "كان", "كانت", "بعد", "خلال", "حيث", "وقد", "بين", "منذ", "ذلك", "أو", "الذين");
  private static final Set<String> PERSIAN_WORDS = Set.of("است", "این", "که", "را", "در", "از", "به", "با", "می", "های",
      "شد", "شدند", "کرد", "کردند", "هم", "یک", "بر", "آن", "برای", "هیچ", "پس", "روز", "نفر");
  private static final Set<String> SORANI_WORDS = Set.of("لە", "بە", "کە", "ئەو", "بۆ", "لەگەڵ", "بوو", "بوون", "کرا",
      "دوو", "سێ", "هیچ", "سەر", "نێوان", "دوای", "ڕۆژی");

  /** The language code of a text: "ar", "en", another code the rule can tell, or "und". */
  public static String detect(String text) {
    int arabicScript = 0;
    int latin = 0;
    int other = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        latin += (c | 32) >= 'a' && (c | 32) <= 'z' ? 1 : 0;
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.ARABIC) {
        arabicScript++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        other++;
      }
    }
    if (arabicScript == 0 && latin == 0) {
      return other > 0 ? UNDETERMINED : ENGLISH;
    }
    if (arabicScript >= latin && arabicScript >= other) {
      return arabicScriptLanguage(text);
    }
    if (arabicScript * 10 >= (arabicScript + latin) * 3 && (arabicWords(text) >= 12 || englishFunctionWords(text) < 3)) {
      // an Arabic post in the English furniture of its page ("Copy link to Tweet Embed Tweet ...
      // Twitter may be over capacity"): the Latin letters are many, the report is the Arabic
      return arabicScriptLanguage(text);
    }
    return latin >= other ? latinLanguage(text) : UNDETERMINED;
  }

  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "on", "at", "was",
      "were", "is", "are", "by", "with", "from", "that", "a", "an", "for", "has", "have", "been", "said");

  private static int arabicWords(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean arabic = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
      if (arabic && !in) {
        n++;
      }
      in = arabic;
    }
    return n;
  }

  private static int englishFunctionWords(String text) {
    int n = 0;
    for (String word : words(text, true)) {
      n += ENGLISH_FUNCTION_WORDS.contains(word) ? 1 : 0;
    }
    return n;
  }

  private static String arabicScriptLanguage(String text) {
    double arabic = 0;
    double persian = 0;
    double sorani = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case 'ة', 'ي', 'ك', 'ى' -> arabic++;
        case 'پ', 'چ', 'ژ', 'گ', 'ی', 'ک' -> {
          persian++;
          sorani++;
        }
        case 'ە', 'ۆ', 'ێ', 'ڵ', 'ڕ' -> sorani += 2;
        default -> {
        }
      }
    }
    for (String word : words(text, false)) {
      if (ARABIC_WORDS.contains(word)) {
        arabic += 3;
      }
      if (PERSIAN_WORDS.contains(word)) {
        persian += 3;
      }
      if (SORANI_WORDS.contains(word)) {
        sorani += 3;
      }
    }
    if (sorani > persian && sorani > arabic) {
      return "ckb";
    }
    return persian > arabic ? "fa" : ARABIC;
  }

  private static String latinLanguage(String text) {
    Map<String, Double> score = new java.util.HashMap<>();
    for (String word : words(text, true)) {
      List<String> languages = LANGUAGES_OF_WORD.get(word);
      if (languages == null) {
        continue;
      }
      // a word several languages write ("in", "de", "la") counts for each of them in part
      for (String language : languages) {
        score.merge(language, 1.0 / languages.size(), Double::sum);
      }
    }
    Map<String, Integer> letters = new java.util.HashMap<>();
    for (int i = 0; i < text.length(); i++) {
      String language = LATIN_LETTERS.get(text.charAt(i));
      if (language != null) {
        letters.merge(language, 1, Integer::sum);
      }
    }
    // a letter of its own counts, but a few of them are also the names of places in English copy ("Şanlıurfa")
    letters.forEach((language, n) -> score.merge(language, Math.min(3, n) * 0.75, Double::sum));
    String best = UNDETERMINED;
    double bestScore = 0;
    for (Map.Entry<String, Double> e : score.entrySet()) {
      boolean englishTie = e.getValue() == bestScore && e.getKey().equals(ENGLISH);
      if (e.getValue() > bestScore || englishTie) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    // no word or letter of any language known here: stored and flagged, never read as English
    return best;
  }
}
