package observatory.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import observatory.claim.Span;
import observatory.geo.Gazetteer;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;

/**
 * The rules that pick a claim's places among a sentence's and compare places of two claims,
 * shared by the stages that make, adopt, merge and link drafts. Immutable; one per reading.
 */
final class PlaceChoice {
  private final String text;
  private final Gazetteer gazetteer;
  /** The governorate that most of the report's places lie in, when it is most of them. */
  private final Optional<String> soleAdmin1;

  PlaceChoice(String text, Gazetteer gazetteer, List<Sentence> sentences) {
    this.text = text;
    this.gazetteer = gazetteer;
    this.soleAdmin1 = soleAdmin1(sentences);
  }

  List<PlaceFinder.Candidate> choose(Sentence s, Span region) {
    return choose(s, region, List.of());
  }

  /**
   * Places after the figure in its clause say where it happened ("killed 5 in Has"); the ones
   * before it only if there are none after ("Strikes on A, B and C killed 5").
   */
  List<PlaceFinder.Candidate> choose(Sentence s, Span region, List<Span> others, int figureStart) {
    List<PlaceFinder.Candidate> after = s.places().stream()
        .filter(c -> region.contains(c.span()) && c.span().start() >= figureStart).toList();
    if (!after.isEmpty() && after.stream().anyMatch(PlaceFinder.Candidate::isTown)) {
      return choose(s, Span.of(Math.max(region.start(), figureStart), region.end()), others);
    }
    return choose(s, region, others);
  }

  /** The places of a region of the sentence (else of the sentence outside the other figures' regions). */
  List<PlaceFinder.Candidate> choose(Sentence s, Span region, List<Span> others) {
    List<PlaceFinder.Candidate> inRegion = s.places().stream().filter(c -> region.contains(c.span())).toList();
    List<PlaceFinder.Candidate> pool = !inRegion.isEmpty() ? inRegion
        : s.places().stream().filter(c -> others.stream().noneMatch(o -> o.contains(c.span()))).toList();
    pool = withoutQualifiers(pool);
    if (pool.stream().anyMatch(c -> c.cue() != PlaceFinder.Cue.BARE)) {
      pool = pool.stream().filter(c -> c.cue() != PlaceFinder.Cue.BARE).toList(); // "in Douma" beats a name in passing
    }
    List<PlaceFinder.Candidate> towns = withoutSurroundingAreas(pool.stream().filter(PlaceFinder.Candidate::isTown).toList());
    if (!towns.isEmpty()) {
      return dedupe(towns);
    }
    List<PlaceFinder.Candidate> areas = pool.stream().filter(c -> c.level() == LocationPrecision.ADMIN1).toList();
    if (!areas.isEmpty()) {
      // The first area, and those listed with it: "in Raqqa and Deir ez-Zor provinces".
      return dedupe(listedWithFirst(areas));
    }
    return dedupe(pool.stream().filter(c -> c.level() == LocationPrecision.COUNTRY).limit(1).toList());
  }

  /** The first of the places and those listed together with it: "in Idlib and Hama". */
  List<PlaceFinder.Candidate> listedWithFirst(List<PlaceFinder.Candidate> places) {
    int listed = 1;
    while (listed < places.size() && listedTogether(text, places.get(listed - 1), places.get(listed))) {
      listed++;
    }
    return places.subList(0, listed);
  }

  /** "Douma in Eastern Ghouta": a named area beside a town of its governorate only says where the town lies. */
  private static List<PlaceFinder.Candidate> withoutSurroundingAreas(List<PlaceFinder.Candidate> towns) {
    return towns.stream().filter(c -> !c.namedArea() || towns.stream().noneMatch(t -> !t.namedArea()
        && t.mention().admin1().isPresent() && t.mention().admin1().equals(c.mention().admin1()))).toList();
  }

  /** Two places written as one list: "A and B", "A, B", "A, and the B". */
  static boolean listedTogether(String text, PlaceFinder.Candidate a, PlaceFinder.Candidate b) {
    return a.span().end() <= b.span().start()
        && Rx.matches(text.substring(a.span().end(), b.span().start()),
            "\\s*(,|and|, and|&)\\s*(the\\s+)?((northern|southern|eastern|western|north|south|east|west|central|rural)\\s+)?");
  }

  /**
   * "the Eastern Ghouta of Damascus", "the Hamdaniyah neighborhood in the western part of the city
   * of Aleppo": the second name only says where the first lies.
   */
  private List<PlaceFinder.Candidate> withoutQualifiers(List<PlaceFinder.Candidate> pool) {
    List<PlaceFinder.Candidate> out = new ArrayList<>(pool.size());
    for (int i = 0; i < pool.size(); i++) {
      PlaceFinder.Candidate c = pool.get(i);
      String gap = i > 0 && pool.get(i - 1).span().end() <= c.span().start()
          ? text.substring(pool.get(i - 1).span().end(), c.span().start()) : null;
      boolean qualifier = gap != null && (Rx.matches(gap, "\\s+of\\s+(the\\s+)?")
          || Rx.matches(gap, "(?i)\\s+(neighbou?rhood|quarter|district)\\s+(in|of)\\s+(the\\s+)?([\\w-]+\\s+){0,4}?"
              + "((part|side|outskirts|edge)\\s+of\\s+)?(the\\s+)?(city|town)\\s+of\\s+"));
      if (!qualifier) {
        out.add(c);
      }
    }
    return out;
  }

  /** The places with each name as written once. */
  static List<PlaceFinder.Candidate> dedupe(List<PlaceFinder.Candidate> list) {
    List<PlaceFinder.Candidate> out = new ArrayList<>();
    for (PlaceFinder.Candidate c : list) {
      if (out.stream().noneMatch(o -> o.mention().asWritten().equalsIgnoreCase(c.mention().asWritten()))) {
        out.add(c);
      }
    }
    return out;
  }

  static boolean samePlace(PlaceFinder.Candidate a, PlaceFinder.Candidate b) {
    if (a.mention().place().isPresent() && b.mention().place().isPresent()) {
      return a.mention().place().get().equals(b.mention().place().get());
    }
    return fold(a.mention().asWritten()).equals(fold(b.mention().asWritten()));
  }

  /** One is a governorate and the other lies in it, or both name the same governorate. */
  static boolean sameArea(PlaceFinder.Candidate a, PlaceFinder.Candidate b) {
    if (a.level() != LocationPrecision.ADMIN1 && b.level() != LocationPrecision.ADMIN1) {
      return false;
    }
    Optional<String> x = a.mention().admin1();
    return x.isPresent() && x.equals(b.mention().admin1());
  }

  /** A city named like its governorate: Idlib, Hama, Raqqa, Deir ez-Zor. */
  static boolean namesake(PlaceFinder.Candidate c) {
    Optional<Place> p = c.mention().place();
    return p.isPresent() && p.get().kind() == Place.Kind.POPULATED_PLACE && p.get().admin1().isPresent()
        && fold(p.get().admin1().get()).equals(fold(c.mention().asWritten()));
  }

  /** The governorate a city named like it stands for ("22 in Idlib" in a count by province), if there is one. */
  Optional<PlaceFinder.Candidate> asGovernorate(PlaceFinder.Candidate c) {
    if (c.level() == LocationPrecision.ADMIN1) {
      return Optional.of(c);
    }
    if (!namesake(c)) {
      return Optional.empty();
    }
    return gazetteer.admin1(c.mention().place().get().admin1().get()).map(gov -> new PlaceFinder.Candidate(
        new observatory.claim.PlaceMention(c.mention().asWritten(), c.span(), new observatory.geo.Resolution.Resolved(
            c.mention().asWritten(), gov, LocationPrecision.ADMIN1, "the governorate: a share of a count by province")),
        PlaceFinder.Cue.AREA, LocationPrecision.ADMIN1));
  }

  static boolean countryOnly(List<PlaceFinder.Candidate> places) {
    return !places.isEmpty() && places.stream().allMatch(c -> c.level() == LocationPrecision.COUNTRY);
  }

  /** The governorate of a draft's places, else of the sentence's area phrase, else the report's main one. */
  Optional<Place> regionOf(List<PlaceFinder.Candidate> places, Sentence s) {
    if (countryOnly(places)) {
      return places.get(0).mention().place(); // a country-wide figure lies in no governorate
    }
    for (PlaceFinder.Candidate c : places) {
      Optional<Place> p = c.mention().place();
      if (p.isPresent() && p.get().admin1().isPresent()) {
        return p.get().kind() == Place.Kind.ADMIN1 ? p : gazetteer.admin1(p.get().admin1().get()).or(() -> p);
      }
    }
    // The sentence's governorate, when all its places lie in one.
    List<String> sentenceAdmin1 = s.places().stream().flatMap(c -> c.mention().admin1().stream()).distinct().toList();
    if (sentenceAdmin1.size() == 1) {
      Optional<Place> p = gazetteer.admin1(sentenceAdmin1.get(0));
      if (p.isPresent()) {
        return p;
      }
    }
    // A report mostly about one governorate: the claim lies there too. A report spread over
    // several gives no governorate rather than a guess.
    return soleAdmin1.flatMap(gazetteer::admin1);
  }

  /** The governorate that most of the report's places lie in, when it is most of them (60% or more). */
  private static Optional<String> soleAdmin1(List<Sentence> sentences) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int total = 0;
    for (Sentence s : sentences) {
      for (PlaceFinder.Candidate c : s.places()) {
        Optional<String> a = c.mention().admin1();
        if (c.level() != LocationPrecision.COUNTRY && a.isPresent()) {
          counts.merge(a.get(), 1, Integer::sum);
          total++;
        }
      }
    }
    int all = total;
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .filter(e -> e.getValue() * 10 >= all * 6).map(Map.Entry::getKey);
  }

  /** A loose key for comparing place names as written: letters and digits only, lower case. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    String k = b.toString();
    return k.startsWith("al") && k.length() > 4 ? k.substring(2) : k;
  }
}
