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
import observatory.geo.Resolution;

/**
 * Finds the places a sentence names: capitalised names in the shapes of the field ("the town of
 * Kafr Nabl", "in Maarat al-Numan", "Deir ez-Zor province", "the southern Idlib countryside",
 * "Eastern Ghouta"), resolved against the gazetteer.
 */
final class PlaceFinder {

  /** How sure the sentence's wording is that a name is a place. */
  enum Cue { TYPED, PREPOSITION, AREA, BARE }

  record Candidate(PlaceMention mention, Cue cue, LocationPrecision level) {
    Span span() {
      return mention.span();
    }

    boolean isTown() {
      return level == LocationPrecision.PLACE || level == LocationPrecision.NEAR_PLACE || level == LocationPrecision.ADMIN2;
    }
  }

  private static final String CAP = "[A-Z\\u00C0-\\u00DE][\\p{L}'’ʿʾ`]*(?:-[\\p{L}'’ʿʾ`]+)*";
  private static final String ART = "(?:al|el|an|ar|as|ash|ad|at|az|ez|es|ed|ul|adh|ath|bin|ibn|bani|abu|um|umm)";
  private static final String NAME_PART = "(?:" + ART + "-\\s?" + CAP + "|" + CAP + ")";
  private static final Pattern NAME = Pattern.compile(
      NAME_PART + "(?:(?:\\s+|-)(?:" + ART + "(?:-\\s?|\\s+))?" + NAME_PART + "){0,4}");
  private static final Pattern SUFFIX = Pattern.compile(
      "^[\\s]+(province|governorate|countryside|district|region|city|town|village|suburbs?|area|neighbou?rhood|camp|desert|valley|plain|mountains?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TYPED_BEFORE = Pattern.compile(
      "(?:(province|governorate)|town|towns|city|cities|village|villages|neighbou?rhoods?|district|districts|suburbs?|area|areas|region|camp|countryside|outskirts|vicinity|hamlet|quarter|capital|countrysides)\\s+of\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PREP_BEFORE = Pattern.compile(
      "(?:^|[\\s(])(?:in|on|near|at|around|outside|inside|targeting|targeted|hit|hitting|struck|striking|shelled|shelling|bombed|into|across|from|towards|toward|over|between|pounded|raided|attacked|besieged)\\s+(?:the\\s+)?(?:(?:northern|southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern|central|rural|rebel-held|regime-held|opposition-held|besieged|nearby|neighbouring|neighboring)\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AREA_BEFORE = Pattern.compile(
      "(?:northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|central|rural|rif)\\s+$",
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

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Candidate> find(String text, Span sentence, Gazetteer.Context context) {
    List<Candidate> out = new ArrayList<>();
    Matcher m = NAME.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String name = text.substring(start, end);
      // Drop leading words that only start the sentence or are not places ("In Douma" -> "Douma").
      String[] words = name.split("[\\s]+");
      int skip = 0;
      if (words.length > 1 && gazetteer.resolve(name, context) instanceof Resolution.Resolved whole
          && whole.precision() != LocationPrecision.COUNTRY) {
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
      start = offset;
      name = text.substring(start, end);
      if (name.endsWith("'s") || name.endsWith("’s")) {
        end -= 2;
        name = name.substring(0, name.length() - 2);
      }
      if (NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) || name.length() < 3 && !name.equals("Has")) {
        continue;
      }
      String before = text.substring(Math.max(sentence.start(), start - 60), start);
      String rest = text.substring(end, Math.min(sentence.end(), end + 12));
      boolean atStart = text.substring(sentence.start(), start).isBlank();
      if (atStart && Rx.matches(rest, "(?s)^\\s*(\\(|:|,\\s*\\p{Lu}|\\s[-\u2013\u2014]).*")) {
        continue; // a dateline: "BEIRUT (Reuters) -", "Beirut:"
      }
      boolean acronym = name.length() <= 5 && name.equals(name.toUpperCase(Locale.ROOT));
      Matcher suffix = SUFFIX.matcher(text.substring(end, Math.min(sentence.end(), end + 20)));
      String suffixWord = null;
      if (suffix.find()) {
        suffixWord = suffix.group(1).toLowerCase(Locale.ROOT);
      }
      Cue cue;
      Candidate previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.span().end() > start) {
        continue; // inside the suffix of the place before
      }
      if (previous != null && Rx.matches(text.substring(previous.span().end(), start), "\\s*(,|and|, and|or|&)\\s*(the\\s+)?")
          && previous.cue() != Cue.BARE) {
        cue = previous.cue() == Cue.AREA ? Cue.PREPOSITION : previous.cue(); // a list of places: "Saraqeb and Ehsim"
      } else if (typedProvince(before)) {
        cue = Cue.AREA; // "the province of Idlib"
      } else if (TYPED_BEFORE.matcher(before).find()) {
        cue = Cue.TYPED;
      } else if (AREA_BEFORE.matcher(before).find()
          || suffixWord != null && Rx.matches(suffixWord, "province|governorate|countryside|region|district")) {
        cue = Cue.AREA;
      } else if (PREP_BEFORE.matcher(before).find()) {
        cue = Cue.PREPOSITION;
      } else {
        cue = Cue.BARE;
      }
      String asWritten = name;
      int mentionEnd = end;
      String following = text.substring(end, Math.min(sentence.end(), end + 25));
      if (Rx.matches(following, "(?s)^\\s*(news agency|agency|news|tv|television|radio|network|newspaper|daily|said|says|told|reported|reports|spokesman|official|monitor)\\b.*")) {
        continue; // a source, not a place: "the Houthi-run Saba news agency"
      }
      if (suffixWord != null && Rx.matches(suffixWord, "province|governorate|countryside")) {
        mentionEnd = end + suffix.end();
        asWritten = text.substring(start, mentionEnd);
      }
      String lookup = asWritten;
      if (cue == Cue.AREA && mentionEnd == end && typedProvince(before)) {
        lookup = asWritten + " province";
      }
      if (cue == Cue.AREA && AREA_BEFORE.matcher(before).find()) {
        Matcher a = AREA_BEFORE.matcher(before);
        a.find();
        lookup = before.substring(a.start()).trim() + " " + asWritten;
      }
      if (acronym && cue != Cue.TYPED) {
        continue; // "OCHA", "SANA", "UN": organisations, not places
      }
      Resolution r = gazetteer.resolve(lookup, context);
      LocationPrecision level = level(r, cue, suffixWord);
      if (r instanceof Resolution.NotFound && (cue == Cue.BARE || looksLikeNoPlace(name))) {
        continue;
      }
      out.add(new Candidate(new PlaceMention(asWritten, Span.of(start, mentionEnd), r), cue, level));
    }
    return out;
  }

  private static boolean typedProvince(String before) {
    Matcher m = TYPED_BEFORE.matcher(before);
    return m.find() && m.group(1) != null;
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
    if (cue == Cue.AREA && suffixWord != null && Rx.matches(suffixWord, "province|governorate|countryside|region")) {
      return LocationPrecision.ADMIN1;
    }
    return LocationPrecision.PLACE;
  }
}
