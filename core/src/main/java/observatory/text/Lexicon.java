package observatory.text;

import java.util.Set;

/** Small closed word lists shared by {@link Numbers} and {@link Dates}. */
final class Lexicon {
  private Lexicon() {
  }

  /** Nouns that make a year-like number a count: "2000 people". */
  static final Set<String> PERSON_NOUNS = Set.of(
      "people", "persons", "person", "civilians", "civilian", "children", "child", "kids", "women", "woman",
      "men", "man", "fighters", "fighter", "soldiers", "soldier", "militants", "militant", "rebels", "rebel",
      "members", "troops", "residents", "victims", "casualties", "dead", "bodies", "refugees", "families",
      "individuals", "combatants", "militiamen", "jihadists", "insurgents", "gunmen", "policemen", "officers",
      "personnel", "detainees", "prisoners", "students", "patients", "workers", "others", "boys", "girls",
      "infants", "babies", "elderly", "killed", "wounded", "injured", "deaths");

  /** Words that put an identifier, not a count, after them: "Resolution 2254", "Article 7". */
  static final Set<String> ID_WORDS = Set.of(
      "resolution", "resolutions", "no", "nos", "number", "article", "articles", "flight", "chapter",
      "section", "page", "paragraph", "room", "code", "model", "version", "vol", "volume", "decree", "tier",
      "phase", "protocol", "annex", "item", "apartment", "figure", "fig", "table", "footnote", "appendix");

  /** Capitalised names that take a number: "Brigade 93", "Division 17", "Highway 4", "Law 10". */
  static final Set<String> ID_NAMES = Set.of(
      "brigade", "division", "regiment", "battalion", "corps", "squadron", "route", "highway", "road",
      "gate", "camp", "base", "block", "sector", "zone", "line", "law", "unit", "building", "level", "exit",
      "bus", "point", "checkpoint", "station", "group", "operation", "hospital", "school");

  static final Set<String> MONEY_WORDS = Set.of(
      "dollar", "dollars", "usd", "euro", "euros", "eur", "pound", "pounds", "lira", "liras", "lire", "syp",
      "riyal", "riyals", "dinar", "dinars", "rubles", "roubles", "cents", "yuan", "shekels");

  static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "percentage");

  private static final String[] MONTHS = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};

  static final int STARTS_NUMBER = 1;
  static final int STARTS_DATE = 2;
  private static final int NEEDS_CAPITAL = 1 << 12;

  /**
   * What the tokenizer remembers of a vocabulary word, computed once per word: the phrases it can
   * start, the month (bits 8..11) and weekday (bits 16..18) it names.
   */
  static int info(String w) {
    int info = (NUMBER_STARTERS.contains(w) ? STARTS_NUMBER : 0) | (DATE_STARTERS.contains(w) ? STARTS_DATE : 0);
    int m = 0;
    boolean capital = false;
    for (int i = 0; i < 12; i++) {
      if (MONTHS[i].equals(w)) {
        m = i + 1;
        capital = i == 2 || i == 4; // "march" and "may" are also common words
      }
    }
    if (m == 0) {
      capital = true; // an abbreviation: "Oct", never "oct"
      m = switch (w) {
        case "jan" -> 1;
        case "feb" -> 2;
        case "mar" -> 3;
        case "apr" -> 4;
        case "jun" -> 6;
        case "jul" -> 7;
        case "aug" -> 8;
        case "sep", "sept" -> 9;
        case "oct" -> 10;
        case "nov" -> 11;
        case "dec" -> 12;
        default -> 0;
      };
    }
    int wd = switch (w) {
      case "monday" -> 1;
      case "tuesday" -> 2;
      case "wednesday" -> 3;
      case "thursday" -> 4;
      case "friday" -> 5;
      case "saturday" -> 6;
      case "sunday" -> 7;
      default -> 0;
    };
    return info | (m << 8) | (m > 0 && capital ? NEEDS_CAPITAL : 0) | (wd << 16);
  }

  /** The month (1..12) a token names, or 0. "may", "march" and abbreviations count only capitalised. */
  static int month(Tok t) {
    if (t.kind != Tok.Kind.WORD) {
      return 0;
    }
    int m = (t.info >> 8) & 15;
    if (m == 0 || ((t.info & NEEDS_CAPITAL) != 0 && !t.upper)) {
      return 0;
    }
    return m;
  }

  /** The ISO weekday (1 = Monday) a token names, or 0. */
  static int weekday(Tok t) {
    return t.kind == Tok.Kind.WORD ? (t.info >> 16) & 7 : 0;
  }

  /** The words a date phrase can start with (besides numbers). */
  static final Set<String> DATE_STARTERS = Set.of(
      "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "in", "during", "between", "from", "since", "over", "for", "within", "throughout", "the", "past", "last",
      "previous", "earlier", "later", "this", "of", "early", "late", "mid", "on", "today", "tonight", "now",
      "yesterday", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** The words a figure can start with (besides digits). */
  static final Set<String> NUMBER_STARTERS = numberStarters();

  private static Set<String> numberStarters() {
    Set<String> s = new java.util.HashSet<>();
    s.addAll(NumberGrammar.UNITS.keySet());
    s.addAll(NumberGrammar.TENS.keySet());
    s.addAll(java.util.List.of("a", "the", "family", "between", "half", "dozen", "dozens", "scores", "hundreds",
        "thousands", "tens", "several", "few"));
    return Set.copyOf(s);
  }

  /** Ordinal words: "twenty-first" is a rank, not a count. */
  static final Set<String> ORDINALS = Set.of(
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
      "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth");

  /**
   * Every lower-case word the text package compares tokens with. The tokenizer maps a word to its
   * entry here without allocating, and every other word to the empty string, which matches
   * nothing. VocabularyTest checks that each word literal of this package is listed.
   */
  static final String[] VOCABULARY = {
      "a", "ago", "about", "above", "afternoon", "almost", "am", "an", "and", "annex", "apartment", "appendix",
      "approx", "approximately", "apr", "april", "around", "article", "articles", "as", "at", "aug", "august",
      "average", "babies", "base", "battalion", "before", "beginning", "below", "between", "billion",
      "billionth", "block", "bodies", "boys", "brigade", "building", "bus", "camp", "casualties", "cent",
      "cents", "chapter", "checkpoint", "child", "children", "circa", "civilian", "civilians", "clock",
      "close", "code", "combatants", "corps", "couple", "credit", "dawn", "day", "days", "dead", "deaths",
      "dec", "december", "decree", "detainees", "dinar", "dinars", "division", "dollar", "dollars", "dozen",
      "dozens", "during", "earlier", "early", "eight", "eighteen", "eighteenth", "eighth", "eightieth",
      "eighty", "elderly", "eleven", "eleventh", "estimated", "eur", "euro", "euros", "evening", "exam",
      "excess", "exit", "families", "family", "feb", "february", "few", "fewer", "fifteen", "fifteenth",
      "fifth", "fiftieth", "fifty", "fig", "fighter", "fighters", "figure", "final", "first", "five",
      "flight", "footnote", "for", "fortieth", "forty", "four", "fourteen", "fourteenth", "fourth", "friday",
      "from", "gate", "girls", "gmt", "group", "gunmen", "half", "handful", "her", "high", "highway", "his",
      "hospital", "hour", "hours", "hrs", "hundred", "hundreds", "hundredth", "in", "individuals", "infants",
      "injured", "insurgents", "item", "its", "jan", "january", "jihadists", "jul", "july", "jun", "june",
      "just", "kids", "killed", "last", "late", "later", "law", "least", "less", "level", "line", "lira",
      "liras", "lire", "low", "m", "man", "many", "mar", "march", "may", "members", "men", "mid", "midnight",
      "militant", "militants", "militiamen", "million", "millionth", "minimum", "model", "monday", "month",
      "months", "more", "morning", "most", "my", "nd", "nearly", "night", "nine", "nineteen", "nineteenth",
      "ninetieth", "ninety", "ninth", "no", "nos", "not", "nov", "november", "now", "number", "o", "oct",
      "october", "of", "officers", "on", "one", "operation", "others", "our", "over", "p", "page",
      "paragraph", "past", "patients", "pct", "people", "per", "percent", "percentage", "period", "person",
      "personnel", "persons", "phase", "pm", "point", "policemen", "pound", "pounds", "previous", "prisoners",
      "protocol", "rd", "rebel", "rebels", "refugees", "regiment", "residents", "resolution", "resolutions",
      "riyal", "riyals", "road", "room", "roubles", "roughly", "route", "rubles", "s", "saturday", "school",
      "scores", "second", "section", "sector", "sep", "sept", "september", "settle", "settled", "settles",
      "settling", "seven", "seventeen", "seventeenth", "seventh", "seventieth", "seventy", "several",
      "shekels", "since", "six", "sixteen", "sixteenth", "sixth", "sixtieth", "sixty", "soldier", "soldiers",
      "some", "squadron", "st", "start", "station", "students", "sunday", "syp", "table", "ten", "tens",
      "tenth", "test", "th", "than", "that", "the", "their", "these", "third", "thirteen", "thirteenth",
      "thirtieth", "thirty", "this", "those", "thousand", "thousands", "thousandth", "three", "through",
      "throughout", "thursday", "tier", "till", "to", "today", "tonight", "top", "troops", "tuesday",
      "twelfth", "twelve", "twentieth", "twenty", "two", "under", "unit", "until", "untill", "up", "upwards",
      "usd", "utc", "version", "victims", "vol", "volume", "wednesday", "week", "weeks", "well", "whose",
      "within", "woman", "women", "workers", "wounded", "year", "years", "yesterday", "your", "yuan", "zero",
      "zone",
      // relative days ("on the same day", "the following day", "prior"), see Dates.relativeToEvent
      "after", "following", "next", "prior", "same",
      // "killed overnight" (Dates)
      "overnight", "into"
  };
}
