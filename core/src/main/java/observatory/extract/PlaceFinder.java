package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import observatory.claim.PlaceMention;
import observatory.claim.Span;
import observatory.geo.Gazetteer;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import observatory.geo.Resolution;

/**
 * Finds the places a sentence names: capitalised names in the shapes of the field ("the town of
 * Kafr Nabl", "in Maarat al-Numan", "Deir ez-Zor province", "the southern Idlib countryside",
 * "Eastern Ghouta"), resolved against the gazetteer.
 */
final class PlaceFinder {

  /** How sure the sentence's wording is that a name is a place. */
  enum Cue { TYPED, PREPOSITION, AREA, BARE }

  /**
   * A place name found in a sentence.
   *
   * @param namedArea a named area inside a governorate (Wadi Barada, Eastern Ghouta): located at
   *     governorate precision, but a place an event happens in, like a town
   */
  record Candidate(PlaceMention mention, Cue cue, LocationPrecision level, boolean namedArea) {
    Candidate(PlaceMention mention, Cue cue, LocationPrecision level) {
      this(mention, cue, level, false);
    }

    Span span() {
      return mention.span();
    }

    /** A town, a village, a district or a named area: somewhere an event happens, not a whole governorate. */
    boolean isTown() {
      return namedArea || level == LocationPrecision.PLACE || level == LocationPrecision.NEAR_PLACE
          || level == LocationPrecision.ADMIN2;
    }
  }

  private static final Pattern SUFFIX = Pattern.compile(
      "^[\\s]+(provinces|governorates|province|governorate|countryside|district|region|city|town|village|suburbs?|area|neighbou?rhood|camp|desert|valley|plain|mountains?)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Capitalised words that are not places, whatever the gazetteer says. */
  private static final Set<String> NOT_PLACES = readWords("observatory/extract/not-places.txt");

  private static Set<String> readWords(String resource) {
    java.io.InputStream in = PlaceFinder.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("word list " + resource + " is missing from the classpath");
    }
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      Set<String> out = new java.util.HashSet<>();
      r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
      return Set.copyOf(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + resource, e);
    }
  }

  private final Gazetteer gazetteer;
  /** Resolutions within one report: the same names recur. Not shared between threads. */
  private final java.util.Map<String, Resolution> cache = new java.util.HashMap<>();

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private Resolution resolve(String name, Gazetteer.Context context) {
    return cache.computeIfAbsent(name, n -> gazetteer.resolve(n, context));
  }

  List<Candidate> find(String text, Span sentence, Gazetteer.Context context) {
    List<Candidate> out = new ArrayList<>();
    int provinceListAt = -1; // where a list of provinces began ("the provinces of Idlib and Hama"), or -1
    for (Span nameSpan : names(text, sentence.start(), sentence.end())) {
      Span trimmed = trim(text, nameSpan, context);
      int start = trimmed.start();
      int end = trimmed.end();
      String name = text.substring(start, end);
      if (NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) || name.length() < 3 && !name.equals("Has")) {
        continue;
      }
      String[] prev = previousWords(text, sentence.start(), start, 4);
      if (dateline(text, sentence, start, end)) {
        continue; // "BEIRUT (Reuters) -", "Beirut:"
      }
      boolean acronym = name.length() <= 5 && name.equals(name.toUpperCase(Locale.ROOT));
      Suffix suffix = suffixOf(text, end, sentence);
      String suffixWord = suffix.word();
      boolean pluralSuffix = suffix.plural();
      Candidate previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.span().end() > start) {
        continue; // inside the suffix of the place before
      }
      boolean listed = previous != null && previous.cue() != Cue.BARE
          && Rx.matches(text.substring(previous.span().end(), start), "\\s*(,|and|, and|or|&)\\s*(the\\s+)?");
      boolean provinceList = listed && provinceListAt >= 0;
      if (!listed) {
        provinceListAt = -1;
      }
      Cue cue = cueOf(previous, listed, provinceList, prev, suffixWord);
      String asWritten = name;
      int mentionEnd = end;
      if (namesASource(text, sentence, end)) {
        continue; // a source, not a place: "the Houthi-run Saba news agency"
      }
      if (suffixWord != null && !pluralSuffix && Set.of("province", "governorate", "countryside").contains(suffixWord)) {
        mentionEnd = suffix.end();
        asWritten = text.substring(start, mentionEnd);
      }
      String lookup = pluralSuffix ? name + " " + suffixWord : asWritten; // "Deir Ezzor provinces": as written "Deir Ezzor"
      if (cue == Cue.AREA && mentionEnd == end && (countrysideAround(prev) || "countryside".equals(typed(prev)))) {
        lookup = asWritten + " countryside"; // "the countryside around Damascus" is Rif Dimashq, not the city
      } else if (cue == Cue.AREA && mentionEnd == end && (typedProvince(prev) || provinceList)) {
        lookup = asWritten + " province";
        if (!provinceList && pluralType(prev)) {
          provinceListAt = out.size();
        }
      }
      int directionStart = -1;
      if (cue == Cue.AREA && AREA_WORDS.contains(prev[0])) {
        lookup = prev[0] + " " + lookup; // "eastern Ghouta", "western Aleppo governorates"
        directionStart = text.lastIndexOf(' ', start - 2) + 1; // "eastern Ghouta": the word before the name
      }
      if (acronym && cue != Cue.TYPED) {
        continue; // "OCHA", "SANA", "UN": organisations, not places
      }
      Resolution r = resolve(lookup, context);
      LocationPrecision level = level(r, cue, suffixWord);
      if (r instanceof Resolution.NotFound && (cue == Cue.BARE || looksLikeNoPlace(name))) {
        continue;
      }
      if (cue == Cue.BARE && name.indexOf(' ') < 0 && r instanceof Resolution.Resolved res
          && res.place().kind() == Place.Kind.POPULATED_PLACE && res.place().population() < 50_000) {
        continue; // "Air strikes killed ...": a capitalised first word that happens to name a hamlet
      }
      if (directionStart > sentence.start() && directionStart < start && r instanceof Resolution.Resolved named
          && named.reason().contains(" is an area of ")) {
        // A named region such as "eastern Ghouta" is written with its direction word.
        start = directionStart;
        asWritten = text.substring(start, mentionEnd);
      }
      if (pluralSuffix) {
        provincesListedBefore(text, out, start, context);
      }
      boolean namedArea = r instanceof Resolution.Resolved && level == LocationPrecision.ADMIN1
          && gazetteer.isNamedArea(lookup);
      out.add(new Candidate(new PlaceMention(asWritten, Span.of(start, mentionEnd), r), cue, level, namedArea));
    }
    return out;
  }

  /** A name that opens the sentence as a dateline: "BEIRUT (Reuters) -", "Beirut:". */
  private static boolean dateline(String text, Span sentence, int start, int end) {
    String rest = text.substring(end, Math.min(sentence.end(), end + 12));
    return text.substring(sentence.start(), start).isBlank()
        && Rx.startsWith(rest, "(?s)\\s*(\\(|:|,\\s*\\p{Lu}|\\s[-\u2013\u2014])");
  }

  /** A name followed by the words of a source: "Saba news agency", "Hama monitor said". */
  private static boolean namesASource(String text, Span sentence, int end) {
    String following = text.substring(end, Math.min(sentence.end(), end + 25));
    return Rx.startsWith(following, "(?s)\\s*(news agency|agency|news|tv|television|radio|network|newspaper|daily|said|says|told|reported|reports|spokesman|official|monitor)\\b");
  }

  /** The place words after a name, as in "Idlib province": the word (singular), whether it was plural, and where it ends. */
  private record Suffix(String word, boolean plural, int end) {
  }

  private static Suffix suffixOf(String text, int end, Span sentence) {
    Matcher suffix = SUFFIX.matcher(text.substring(end, Math.min(sentence.end(), end + 20)));
    if (!suffix.find()) {
      return new Suffix(null, false, end);
    }
    String word = suffix.group(1).toLowerCase(Locale.ROOT);
    if (word.equals("provinces") || word.equals("governorates")) {
      return new Suffix(word.substring(0, word.length() - 1), true, end + suffix.end()); // "Raqqa and Deir Ezzor provinces"
    }
    return new Suffix(word, false, end + suffix.end());
  }

  /**
   * The name without the words that only start the sentence or are not places ("In Douma":
   * Douma), nor a possessive ("Idlib's").
   */
  private Span trim(String text, Span nameSpan, Gazetteer.Context context) {
    int start = nameSpan.start();
    int end = nameSpan.end();
    String name = text.substring(start, end);
    String[] words = splitWords(name);
    int skip = 0;
    if (words.length > 1 && NOT_PLACES.contains(stripPossessive(words[0]).toLowerCase(Locale.ROOT))
        && resolve(name, context) instanceof Resolution.Resolved whole && whole.precision() != LocationPrecision.COUNTRY) {
      words = new String[] {name}; // "Eastern Ghouta" is a name, not "Eastern" + "Ghouta"
    }
    int offset = start;
    while (skip < words.length - 1 && NOT_PLACES.contains(stripPossessive(words[skip]).toLowerCase(Locale.ROOT))) {
      offset += words[skip].length();
      while (offset < end && Character.isWhitespace(text.charAt(offset))) {
        offset++;
      }
      skip++;
    }
    name = text.substring(offset, end);
    if (name.endsWith("'s") || name.endsWith("’s")) {
      end -= 2;
    }
    return Span.of(offset, end);
  }

  /** How sure the words around a name make it a place, and of which kind. */
  private static Cue cueOf(Candidate previous, boolean listed, boolean provinceList, String[] prev, String suffixWord) {
    if (provinceList) {
      return Cue.AREA; // "the provinces of Idlib and Hama": every name of the list is a province
    }
    if (listed) {
      return previous.cue() == Cue.AREA ? Cue.PREPOSITION : previous.cue(); // a list of places: "Saraqeb and Ehsim"
    }
    if (typedProvince(prev) || countrysideAround(prev)) {
      return Cue.AREA; // "the province of Idlib"
    }
    if (typed(prev) != null) {
      return Cue.TYPED;
    }
    if (AREA_WORDS.contains(prev[0])
        || suffixWord != null && Set.of("province", "governorate", "countryside", "region", "district").contains(suffixWord)) {
      return Cue.AREA;
    }
    if (prepositional(prev) || suffixWord != null && Set.of("city", "town", "village", "neighbourhood", "neighborhood", "camp", "suburb", "suburbs").contains(suffixWord)) {
      return Cue.PREPOSITION;
    }
    return Cue.BARE;
  }

  /** "Raqqa and Deir Ezzor provinces": the names listed before this one are provinces too. */
  private void provincesListedBefore(String text, List<Candidate> out, int start, Gazetteer.Context context) {
    for (int k = out.size() - 1; k >= 0; k--) {
      Candidate before = out.get(k);
      int gapEnd = k == out.size() - 1 ? start : out.get(k + 1).span().start();
      if (!Rx.matches(text.substring(before.span().end(), gapEnd),
          "\\s*(,|and|, and|&)\\s*(the\\s+)?((northern|southern|eastern|western|north|south|east|west|central|rural)\\s+)?")) {
        break;
      }
      String written = before.mention().asWritten();
      Resolution province = resolve(written + " province", context);
      if (province instanceof Resolution.Resolved) {
        out.set(k, new Candidate(new PlaceMention(written, before.span(), province), Cue.AREA,
            level(province, Cue.AREA, "province")));
      }
    }
  }

  /** "the provinces of": a plural type word starts a list of provinces. */
  private static boolean pluralType(String[] prev) {
    int k = prev[0].equals("the") ? 1 : 0;
    return prev[k].equals("of") && (prev[k + 1].equals("provinces") || prev[k + 1].equals("governorates"));
  }

  private static final Set<String> ARTICLES = Set.of("al", "el", "an", "ar", "as", "ash", "ad", "at", "az", "ez", "es",
      "ed", "ul", "adh", "ath", "bin", "ibn", "bani", "abu", "um", "umm");

  /**
   * Capitalised names of up to five parts, with the articles of transliterated Arabic between or
   * before them: "Kafr Nabl", "Maarat al-Numan", "Deir ez-Zor", "al-Bukamal", "Ras al Ain".
   */
  static List<Span> names(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (i > from && isNamePartChar(text.charAt(i - 1))) {
        i++;
        continue;
      }
      char c = text.charAt(i);
      if (!Character.isUpperCase(c) && c != 'a' && c != 'e' && c != 'u' && c != 'b' && c != 'i') {
        i++;
        continue;
      }
      int end = part(text, i, to);
      if (end < 0) {
        i++;
        continue;
      }
      for (int parts = 1; parts < 5; parts++) {
        if (possessive(text, end)) {
          break; // "Yemen's Hajjah province": two names, the owner and the place
        }
        int j = end;
        if (j < to && text.charAt(j) == '-') {
          j++;
        } else {
          int ws = j;
          while (j < to && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
          }
          if (j == ws) {
            break;
          }
        }
        int article = articleEnd(text, j, to);
        if (article > 0) {
          int k = article;
          if (k < to && text.charAt(k) == '-') {
            k++;
            if (k < to && text.charAt(k) == ' ') {
              k++;
            }
          } else if (k < to && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
            while (k < to && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
              k++;
            }
          } else {
            k = -1;
          }
          int next = k < 0 ? -1 : capitalised(text, k, to);
          if (next < 0) {
            next = part(text, j, to);
          }
          if (next < 0) {
            break;
          }
          end = next;
        } else {
          int next = part(text, j, to);
          if (next < 0) {
            break;
          }
          end = next;
        }
      }
      out.add(Span.of(i, end));
      i = end;
    }
    return out;
  }

  /**
   * The part ending at {@code end} is a possessive ("Yemen's", "Idlib’s"): it ends in 's after a
   * word of three letters or more, so "Ra's al-Ayn" stays one name.
   */
  private static boolean possessive(String text, int end) {
    if (end < 5 || text.charAt(end - 1) != 's' || text.charAt(end - 2) != '\'' && text.charAt(end - 2) != '’') {
      return false;
    }
    int letters = 0;
    for (int k = end - 3; k >= 0 && Character.isLetter(text.charAt(k)); k--) {
      letters++;
    }
    return letters >= 3;
  }

  private static boolean isNamePartChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == 'ʿ' || c == 'ʾ' || c == '`';
  }

  /** The end of an article ("al") at i that is a whole word, or -1. */
  private static int articleEnd(String text, int i, int to) {
    if (i >= to) {
      return -1;
    }
    char c0 = text.charAt(i);
    if (c0 != 'a' && c0 != 'e' && c0 != 'u' && c0 != 'b' && c0 != 'i') {
      return -1; // every article starts with one of these
    }
    int j = i;
    while (j < to && Character.isLowerCase(text.charAt(j)) && j - i < 5) {
      j++;
    }
    if (j == i || j < to && Character.isLetter(text.charAt(j))) {
      return -1;
    }
    return ARTICLES.contains(text.substring(i, j)) ? j : -1;
  }

  /** One name part at i: "Kafr", "Ma'arrat", "al-Numan", "ez-Zor" (an article glued to a capital). */
  private static int part(String text, int i, int to) {
    int article = articleEnd(text, i, to);
    if (article > 0 && article < to && text.charAt(article) == '-') {
      int k = article + 1;
      if (k < to && text.charAt(k) == ' ') {
        k++;
      }
      return capitalised(text, k, to);
    }
    return capitalised(text, i, to);
  }

  private static int capitalised(String text, int i, int to) {
    if (i >= to || !Character.isUpperCase(text.charAt(i))) {
      return -1;
    }
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (Character.isLetter(c) || c == '\'' || c == '’' || c == 'ʿ' || c == 'ʾ' || c == '`'
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if (c == '-' && j + 1 < to && Character.isLetter(text.charAt(j + 1))
          && !(articleEnd(text, j + 1, to) > 0 && false)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** Up to {@code n} lower-case words before {@code end} in the sentence, nearest first; "" where there are none. */
  static String[] previousWords(String text, int floor, int end, int n) {
    String[] out = new String[n];
    java.util.Arrays.fill(out, "");
    int i = end;
    for (int w = 0; w < n; w++) {
      while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      int e = i;
      while (i > floor && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
        i--;
      }
      if (e == i) {
        break; // punctuation ends the look-back
      }
      out[w] = text.substring(i, e).toLowerCase(Locale.ROOT);
    }
    return out;
  }

  /** "the town of X", "villages of the X": the type word, or null. */
  private static String typed(String[] prev) {
    int k = prev[0].equals("the") ? 1 : 0;
    if (prev[k].equals("of") && TYPE_WORDS.contains(prev[k + 1])) {
      return prev[k + 1];
    }
    return null;
  }

  /** "the countryside around Damascus", "the countryside near Hama". */
  private static boolean countrysideAround(String[] prev) {
    return (prev[0].equals("around") || prev[0].equals("near") || prev[0].equals("outside"))
        && (prev[1].equals("countryside") || prev[1].equals("villages") || prev[1].equals("towns"));
  }

  private static boolean typedProvince(String[] prev) {
    String t = typed(prev);
    return "province".equals(t) || "governorate".equals(t) || "countryside".equals(t)
        || "provinces".equals(t) || "governorates".equals(t);
  }

  /** "in X", "on the X", "near rebel-held X", "in the southern X". */
  private static boolean prepositional(String[] prev) {
    int k = 0;
    if (MODIFIER_WORDS.contains(prev[k])) {
      k++;
    }
    if (prev[k].equals("the")) {
      k++;
    }
    if (k < prev.length && MODIFIER_WORDS.contains(prev[k]) && k < 2) {
      k++;
    }
    return k < prev.length && PREPOSITIONS.contains(prev[k]);
  }

  private static final Set<String> TYPE_WORDS = Set.of("town", "towns", "city", "cities", "village", "villages",
      "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "district", "districts", "suburb", "suburbs",
      "area", "areas", "province", "provinces", "governorate", "governorates", "region", "camp", "countryside", "outskirts", "vicinity", "hamlet",
      "quarter", "capital", "countrysides");
  private static final Set<String> AREA_WORDS = Set.of("northern", "southern", "eastern", "western", "northeastern",
      "northwestern", "southeastern", "southwestern", "central", "rural", "rif");
  private static final Set<String> MODIFIER_WORDS = Set.of("northern", "southern", "eastern", "western", "north", "south",
      "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "central", "rural", "rebel-held",
      "regime-held", "opposition-held", "government-held", "besieged", "nearby", "neighbouring", "neighboring");
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "near", "at", "around", "outside", "inside", "targeting",
      "targeted", "hit", "hitting", "struck", "striking", "shelled", "shelling", "bombed", "into", "across", "from",
      "towards", "toward", "over", "between", "pounded", "raided", "attacked", "besieged");

  private static String[] splitWords(String name) {
    List<String> out = new ArrayList<>(4);
    int i = 0;
    int n = name.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(name.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(name.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(name.substring(i, j));
      }
      i = j;
    }
    return out.toArray(new String[0]);
  }

  private static String stripPossessive(String w) {
    return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
  }

  private static boolean looksLikeNoPlace(String name) {
    for (String w : name.split("[\\s-]+")) {
      if (NOT_PLACES.contains(stripPossessive(w).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static LocationPrecision level(Resolution r, Cue cue, String suffixWord) {
    if (r instanceof Resolution.Resolved res) {
      return res.precision();
    }
    if (cue == Cue.AREA && suffixWord != null && Set.of("province", "governorate", "countryside", "region").contains(suffixWord)) {
      return LocationPrecision.ADMIN1;
    }
    return LocationPrecision.PLACE;
  }
}
