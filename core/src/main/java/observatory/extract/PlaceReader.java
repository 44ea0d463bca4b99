package observatory.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import observatory.claim.PlaceMention;
import observatory.claim.Span;
import observatory.geo.Gazetteer;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import observatory.geo.Resolution;

/**
 * The places stage: which names of each sentence are places, and what they resolve to in the
 * context of the whole report (the countries it names, the governorates and places met before).
 * It decides too when a city named like its governorate ("Idlib") means the governorate.
 */
final class PlaceReader {
  private final Gazetteer gazetteer;
  /** The countries a monitor watches: a report that names none is about them. */
  private final List<String> watched;

  PlaceReader(Gazetteer gazetteer, List<String> watched) {
    this.gazetteer = gazetteer;
    this.watched = List.copyOf(watched);
  }

  /** The sentences with their places; a sentence whose places cannot be read is lost, with a warning. */
  List<Sentence> read(String text, List<Sentence> sentences, Faults faults) {
    List<String> contextCountries = new ArrayList<>();
    faults.run("places", 0, () -> seedContext(text, contextCountries));
    List<String> named = List.copyOf(contextCountries);
    if (contextCountries.isEmpty()) {
      contextCountries.addAll(watched); // a report that names no country is about the ones watched
    }
    List<String> contextAdmin1 = new ArrayList<>();
    List<Place> contextPlaces = new ArrayList<>();
    PlaceFinder finder = new PlaceFinder(gazetteer); // per report: it caches the report's resolutions
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(faults.guard("places", s.span().start(), () -> {
        Gazetteer.Context ctx = new Gazetteer.Context(contextCountries, contextAdmin1, contextPlaces);
        List<PlaceFinder.Candidate> places = finder.find(text, s.span(), ctx);
        for (PlaceFinder.Candidate c : places) {
          c.mention().place().ifPresent(p -> {
            if (contextPlaces.size() < 50) {
              contextPlaces.add(p);
            }
            p.admin1().ifPresent(a -> {
              if (!contextAdmin1.contains(a)) {
                contextAdmin1.add(a);
              }
            });
            if (!contextCountries.contains(p.countryCode())) {
              contextCountries.add(p.countryCode());
            }
          });
        }
        return s.withPlaces(places);
      }, s.lost()));
    }
    List<Sentence> located = new ArrayList<>(out.size());
    for (Sentence s : out) {
      located.add(faults.guard("place-context", s.span().start(), () -> placesInTheirCountry(text, s), s.lost()));
    }
    return namesakesAbroad(governoratesByName(text, located, faults), named, faults);
  }

  /**
   * "The Hamdaniyah neighborhood in the western part of the city of Aleppo": a name that resolves
   * to a country the report neither names nor places anything else in, while every other place it
   * names lies in one country, is that country's place, or an unknown one there (a neighbourhood,
   * a village the gazetteer lacks), not the namesake abroad.
   */
  private List<Sentence> namesakesAbroad(List<Sentence> sentences, List<String> named, Faults faults) {
    java.util.Map<String, Integer> byCountry = new java.util.HashMap<>();
    for (Sentence s : sentences) {
      for (PlaceFinder.Candidate c : s.places()) {
        c.mention().place().ifPresent(p -> byCountry.merge(p.countryCode(), 1, Integer::sum));
      }
    }
    if (byCountry.size() != 2) {
      return sentences;
    }
    String lone = byCountry.entrySet().stream().filter(e -> e.getValue() == 1 && !named.contains(e.getKey()))
        .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    String home = byCountry.keySet().stream().filter(k -> !k.equals(lone)).findFirst().orElse(null);
    if (lone == null || byCountry.get(home) < 2) {
      return sentences;
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(faults.guard("place-context", s.span().start(), () -> homeNamesakes(s, lone, home), s.lost()));
    }
    return out;
  }

  private static final java.util.regex.Pattern IN_COUNTRY = java.util.regex.Pattern.compile(
      "(?i)\\s*,?\\s+in\\s+(the\\s+)?((north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(ern)?\\s+)?");

  /**
   * "the airstrikes hit Derik in northern Syria, and Sinjar in northern Iraq": a place said to lie
   * in a country lies there, though a namesake elsewhere (Derik in Turkey's Mardin) is better
   * known; read again in that country, or unknown there.
   */
  private Sentence placesInTheirCountry(String text, Sentence s) {
    List<PlaceFinder.Candidate> places = new ArrayList<>(s.places());
    boolean changed = false;
    for (int i = 0; i + 1 < places.size(); i++) {
      PlaceFinder.Candidate a = places.get(i);
      PlaceFinder.Candidate b = places.get(i + 1);
      if (b.level() != LocationPrecision.COUNTRY || b.mention().place().isEmpty() || a.level() == LocationPrecision.COUNTRY
          || a.span().end() > b.span().start()
          || !IN_COUNTRY.matcher(text.substring(a.span().end(), b.span().start())).matches()) {
        continue;
      }
      String country = b.mention().place().get().countryCode();
      if (a.mention().place().map(p -> p.countryCode().equals(country)).orElse(true)) {
        continue;
      }
      places.set(i, readIn(a, country));
      changed = true;
    }
    return changed ? s.withPlaces(places) : s;
  }

  /** The candidate read again in one country: resolved there, or unknown there. */
  private PlaceFinder.Candidate readIn(PlaceFinder.Candidate c, String country) {
    Resolution again = gazetteer.resolve(c.mention().asWritten(), Gazetteer.Context.in(country));
    boolean there = again instanceof Resolution.Resolved r && r.place().countryCode().equals(country);
    Resolution kept = there ? again : new Resolution.NotFound(c.mention().asWritten());
    LocationPrecision level = there ? ((Resolution.Resolved) again).precision() : LocationPrecision.PLACE;
    return new PlaceFinder.Candidate(new PlaceMention(c.mention().asWritten(), c.span(), kept), c.cue(), level, c.namedArea());
  }

  private Sentence homeNamesakes(Sentence s, String lone, String home) {
    if (s.places().stream().noneMatch(c -> c.mention().place().map(p -> p.countryCode().equals(lone)).orElse(false))) {
      return s;
    }
    List<PlaceFinder.Candidate> places = new ArrayList<>(s.places().size());
    for (PlaceFinder.Candidate c : s.places()) {
      if (c.mention().place().map(p -> !p.countryCode().equals(lone)).orElse(true) || c.level() == LocationPrecision.COUNTRY) {
        places.add(c);
        continue;
      }
      places.add(readIn(c, home));
    }
    return s.withPlaces(places);
  }

  /**
   * The countries the whole report names, known before its first place is resolved: "the town
   * of Ariha in Idlib province" is the Syrian Ariha even though "Ariha" comes first (and is also
   * Jericho).
   */
  private void seedContext(String text, List<String> contextCountries) {
    Set<String> adjectives = new LinkedHashSet<>();
    for (Span name : PlaceFinder.names(text, 0, text.length())) {
      String n = name.of(text).replaceFirst("['\u2019]s$", "");  // "Yemen's capital": Yemen
      String after = text.substring(name.end(), Math.min(text.length(), name.end() + 14)).toLowerCase(Locale.ROOT);
      boolean area = after.startsWith(" province") || after.startsWith(" governorate") || after.startsWith(" countryside");
      if (area) {
        // Only the country: a governorate in the context makes the gazetteer refuse the towns of
        // the others, and a report may name several.
        gazetteer.admin1(n).ifPresent(a -> {
          if (!contextCountries.contains(a.countryCode())) {
            contextCountries.add(a.countryCode());
          }
        });
      } else if (n.length() > 3) {
        // "Syria", or the first word of "Syrian Observatory", "Turkish border"
        String first = n.split("[\\s\u2019']+")[0];
        gazetteer.country(n).filter(c -> !n.equalsIgnoreCase(c.countryCode()))
            .ifPresent(c -> {
              if (!contextCountries.contains(c.countryCode())) {
                contextCountries.add(c.countryCode());
              }
            });
        gazetteer.countryOfAdjective(first).ifPresent(c -> adjectives.add(c.countryCode()));
      }
    }
    // An adjective ("the Syrian Observatory", "the Turkish border") only widens the countries a
    // report names ("Turkey's news agency" and "the Syrian Observatory": Turkey and Syria); it
    // never restricts, nor widens the countries watched, as "the Turkish border" in a report
    // about Mayadin does not make it a report about Turkey.
    if (!contextCountries.isEmpty()) {
      adjectives.stream().filter(c -> !contextCountries.contains(c)).forEach(contextCountries::add);
    }
  }

  /**
   * "Idlib" is a city and a governorate. A bare "Idlib" is the governorate when the report
   * speaks of "Idlib province" elsewhere, or when it follows a village ("in al-Naqir, also in
   * Idlib"); "the city of Idlib" stays the city.
   */
  private List<Sentence> governoratesByName(String text, List<Sentence> sentences, Faults faults) {
    Set<String> areas = new HashSet<>();
    for (Sentence s : sentences) {
      for (PlaceFinder.Candidate c : s.places()) {
        if (c.level() == LocationPrecision.ADMIN1) {
          c.mention().admin1().ifPresent(a -> areas.add(PlaceChoice.fold(a)));
        }
      }
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(faults.guard("governorates", s.span().start(), () -> governoratesByName(text, s, areas), s.lost()));
    }
    return out;
  }

  private Sentence governoratesByName(String text, Sentence s, Set<String> areas) {
    List<PlaceFinder.Candidate> places = new ArrayList<>();
    boolean changed = false;
    for (PlaceFinder.Candidate c : s.places()) {
      Optional<Place> p = c.mention().place();
      boolean namesake = p.isPresent() && p.get().kind() == Place.Kind.POPULATED_PLACE && p.get().admin1().isPresent()
          && PlaceChoice.fold(p.get().admin1().get()).equals(PlaceChoice.fold(c.mention().asWritten()))
          && c.cue() != PlaceFinder.Cue.TYPED;
      // after a village ("al-Naqir, also in Idlib"), not after another namesake ("Raqqa and Deir ez-Zor")
      boolean afterTown = places.stream().anyMatch(x -> x.isTown() && !PlaceChoice.namesake(x));
      // listed with a governorate ("in Idlib and Aleppo" where Idlib is the province), or
      // holding places ("ten villages in Idlib and Hama")
      PlaceFinder.Candidate before = places.isEmpty() ? null : places.get(places.size() - 1);
      boolean listedWithArea = before != null && before.level() == LocationPrecision.ADMIN1
          && PlaceChoice.listedTogether(text, before, c);
      boolean holdsPlaces = Rx.matches(text.substring(Math.max(s.span().start(), c.span().start() - 40), c.span().start()),
          "(?s).*\\b(villages|towns|communities|localities|hamlets)\\s+(across|in|of|throughout)\\s+(the\\s+)?"
              + "((northern|southern|eastern|western|rural|countryside\\s+of)\\s+)?");
      if (namesake && (areas.contains(PlaceChoice.fold(p.get().admin1().get())) || afterTown || listedWithArea || holdsPlaces)) {
        Optional<Place> gov = gazetteer.admin1(p.get().admin1().get());
        if (gov.isPresent()) {
          places.add(new PlaceFinder.Candidate(new PlaceMention(c.mention().asWritten(), c.span(),
              new Resolution.Resolved(c.mention().asWritten(), gov.get(), LocationPrecision.ADMIN1,
                  "the governorate: the report names it as an area, or after a town in it")),
              PlaceFinder.Cue.AREA, LocationPrecision.ADMIN1));
          changed = true;
          continue;
        }
      }
      places.add(c);
    }
    return changed ? s.withPlaces(places) : s;
  }
}
