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
      "phase", "protocol", "annex", "item", "apartment");

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

  /**
   * The month (1..12) a token names, or 0. "May" and "March" and abbreviations count only when
   * capitalised, because "may" and "march" are also common words.
   */
  static int month(Tok t) {
    if (!t.isWord()) {
      return 0;
    }
    String w = t.lower;
    for (int m = 0; m < 12; m++) {
      if (MONTHS[m].equals(w)) {
        if ((m == 2 || m == 4) && !t.capitalized()) {
          return 0;
        }
        return m + 1;
      }
    }
    if (!t.capitalized() || w.length() < 3 || w.length() > 4) {
      return 0;
    }
    return switch (w) {
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

  /** The ISO weekday (1 = Monday) a token names, or 0. */
  static int weekday(Tok t) {
    if (!t.isWord()) {
      return 0;
    }
    return switch (t.lower) {
      case "monday" -> 1;
      case "tuesday" -> 2;
      case "wednesday" -> 3;
      case "thursday" -> 4;
      case "friday" -> 5;
      case "saturday" -> 6;
      case "sunday" -> 7;
      default -> 0;
    };
  }
}
