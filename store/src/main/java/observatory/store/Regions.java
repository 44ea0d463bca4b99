package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the {@link Region} a person names, among the countries and the governorates and districts
 * of the store's incidents, and gives the SQL condition that selects its incidents.
 *
 * <p>A name is matched in any case, with or without diacritics, apostrophes and ʿayn signs, hyphens
 * and the article (al-, an-, ash-, ...), and with e/i and o/u taken as one: "Maarrat al-Numan" is
 * the district the gazetteer calls "Ma‘arrat an Nu‘mān". A name that is a country is the country;
 * else one that is a governorate is the governorate; else a district. "NAME district" or
 * {@code district:NAME} asks for the district (Idlib district, not the Idlib governorate);
 * "NAME governorate", "NAME province" or {@code governorate:NAME} for the governorate,
 * {@code country:NAME} for the country. "NAME district, GOVERNORATE" picks a district among
 * two of one name.
 */
final class Regions {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʿʾʼ]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> ARTICLES = Set.of("al", "el", "an", "ar", "as", "ash", "ad", "at", "az", "ath", "adh", "ul");
  private static final int SUGGESTIONS = 3;

  private Regions() {
  }

  /** ISO codes and English names of the countries, in lower case, to their codes; built once. */
  private static final Map<String, String> COUNTRIES = countries();

  private static Map<String, String> countries() {
    Map<String, String> out = new java.util.HashMap<>();
    for (String code : Locale.getISOCountries()) {
      out.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
    }
    for (String code : Locale.getISOCountries()) {
      out.putIfAbsent(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    return Map.copyOf(out);
  }

  /** The ISO code of the country this names ("SY", "sy", "Syria"), if it names one. */
  static Optional<String> country(String region) {
    return Optional.ofNullable(COUNTRIES.get(region.strip().toLowerCase(Locale.ROOT)));
  }

  /** The region {@code text} names; a {@link StoreException} naming it, with the nearest known names, when none fits. */
  static Region resolve(Connection c, String text) throws SQLException {
    if (text == null || text.isBlank()) {
      throw new StoreException("no region given; name a country (SY, Syria), a governorate (Idlib) or a district"
          + " (Maarrat al-Numan, Idlib district)");
    }
    String typed = text.strip();
    Optional<Region.Level> forced = Optional.empty();
    String name = typed;
    int colon = typed.indexOf(':');
    if (colon > 0) {
      try {
        forced = Optional.of(Region.Level.of(typed.substring(0, colon)));
        name = typed.substring(colon + 1).strip();
      } catch (IllegalArgumentException notALevel) {
        // a colon in a name; read it whole
      }
    }
    String qualifier = null;
    int comma = name.lastIndexOf(',');
    if (comma > 0 && forced.map(l -> l == Region.Level.DISTRICT).orElse(true)) {
      qualifier = name.substring(comma + 1).strip();
      name = name.substring(0, comma).strip();
    }
    if (forced.isEmpty()) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (String[] suffix : new String[][] {{" district", "district"}, {" governorate", "governorate"}, {" province", "governorate"}}) {
        if (lower.endsWith(suffix[0]) && name.length() > suffix[0].length()) {
          forced = Optional.of(Region.Level.of(suffix[1]));
          name = name.substring(0, name.length() - suffix[0].length()).strip();
          break;
        }
      }
    }
    if (qualifier != null && forced.isEmpty()) {
      forced = Optional.of(Region.Level.DISTRICT);  // "Harim, Idlib": a district and its governorate
    }
    if (qualifier != null && forced.get() != Region.Level.DISTRICT) {
      throw new StoreException("region '" + typed + "': only a district is qualified by its governorate (NAME district, GOVERNORATE)");
    }
    return resolve(c, typed, name, forced, qualifier);
  }

  private static Region resolve(Connection c, String typed, String name, Optional<Region.Level> forced, String qualifier)
      throws SQLException {
    if (forced.isEmpty() || forced.get() == Region.Level.COUNTRY) {
      Optional<String> code = country(name);
      if (code.isPresent()) {
        return Region.country(code.get());
      }
    }
    if (forced.isEmpty() || forced.get() == Region.Level.GOVERNORATE) {
      // A governorate as the incidents write it, in any case: the first rule below, in one query.
      try (PreparedStatement s = c.prepareStatement("SELECT admin1 FROM incident_regions WHERE LOWER(admin1) = ?"
          + " ORDER BY admin1 LIMIT 1")) {
        s.setString(1, name.toLowerCase(Locale.ROOT));
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return Region.governorate(r.getString(1));
          }
        }
      }
    }
    Known known = Known.read(c);
    String key = key(name);
    if (forced.isEmpty() || forced.get() == Region.Level.GOVERNORATE) {
      Optional<String> governorate = known.governorates.stream().filter(g -> g.equalsIgnoreCase(name)).findFirst()
          .or(() -> known.governorates.stream().filter(g -> key(g).equals(key)).findFirst());
      if (governorate.isPresent()) {
        return Region.governorate(governorate.get());
      }
    }
    if (forced.isEmpty() || forced.get() == Region.Level.DISTRICT) {
      String governorateKey = qualifier == null ? null : key(qualifier);
      List<Region> districts = known.districts.stream()
          .filter(d -> key(d.name()).equals(key))
          .filter(d -> governorateKey == null || key(d.governorate().get()).equals(governorateKey))
          .toList();
      if (districts.size() == 1) {
        return districts.get(0);
      }
      if (districts.size() > 1) {
        throw new StoreException("region '" + typed + "' names districts in " + districts.size() + " governorates: "
            + String.join("; ", districts.stream().map(Region::qualifiedLabel).toList()) + "; write one of them");
      }
    }
    String what = forced.map(l -> "no " + l.word() + " named").orElse("no country, governorate or district named");
    List<String> nearest = known.nearest(key, forced);
    throw new StoreException("unknown region '" + typed + "': " + what + " '" + name + "' among the incidents of the store"
        + (nearest.isEmpty() ? " (it holds no incidents with a governorate)" : "; nearest: " + String.join(", ", nearest))
        + (forced.isEmpty() || forced.get() == Region.Level.COUNTRY ? "; or name a country (Syria, SY)" : ""));
  }

  /**
   * The region a filter names: as {@link #resolve} finds it among the store's incidents; else a
   * governorate (by any spelling the bundled gazetteer knows, or its admin1 code, SY.12) or a
   * country the gazetteer knows, which may hold no incidents yet (the series commands read names
   * the same way); else {@link #resolve}'s error, which names the nearest known regions.
   */
  static Region forFilter(Connection c, String text) throws SQLException {
    try {
      return resolve(c, text);
    } catch (StoreException unknown) {
      if (text == null || text.isBlank() || text.contains(":") || text.contains(",")
          || text.strip().toLowerCase(Locale.ROOT).endsWith(" district")) {
        throw unknown;  // a district, or a level asked for: only the store's incidents know districts
      }
      observatory.geo.Gazetteer gazetteer = observatory.geo.Gazetteer.bundled();
      String code = text.strip().toUpperCase(Locale.ROOT);
      Optional<String> admin1 = (code.matches("[A-Z]{2}\\.\\d+") ? gazetteer.admin1ByCode(code) : gazetteer.admin1(text))
          .flatMap(observatory.geo.Place::admin1);
      if (admin1.isPresent()) {
        return Region.governorate(admin1.get());
      }
      return gazetteer.country(text).map(p -> Region.country(p.countryCode())).orElseThrow(() -> unknown);
    }
  }

  /** The parameters of {@link #condition}, in order. */
  static List<String> args(Region region) {
    return switch (region.level()) {
      case COUNTRY -> List.of(region.name());
      case GOVERNORATE -> List.of(region.name().toLowerCase(Locale.ROOT));
      case DISTRICT -> List.of(region.name(), region.governorate().get().toLowerCase(Locale.ROOT));
    };
  }

  /** The SQL condition that selects the region's incidents from {@code alias}; its parameters are bound by {@link #bind}. */
  static String condition(Region region, String alias) {
    return switch (region.level()) {
      case COUNTRY -> alias + ".country = ?";
      case GOVERNORATE -> "LOWER(" + alias + ".admin1) = ?";
      case DISTRICT -> "(" + alias + ".admin2 = ? AND LOWER(" + alias + ".admin1) = ?)";
    };
  }

  /** Binds the parameters of {@link #condition} from {@code index} on; returns the next free index. */
  static int bind(Region region, PreparedStatement s, int index) throws SQLException {
    switch (region.level()) {
      case COUNTRY -> s.setString(index++, region.name());
      case GOVERNORATE -> s.setString(index++, region.name().toLowerCase(Locale.ROOT));
      case DISTRICT -> {
        s.setString(index++, region.name());
        s.setString(index++, region.governorate().get().toLowerCase(Locale.ROOT));
      }
    }
    return index;
  }

  /**
   * The key names are compared by: no case, diacritics, apostrophes, hyphens, spaces or articles,
   * doubled letters as one, e as i and o as u (the vowels transliterations swap).
   */
  static String key(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    StringBuilder out = new StringBuilder();
    for (String word : NOT_WORD.split(s)) {
      if (!word.isEmpty() && !ARTICLES.contains(word)) {
        out.append(word);
      }
    }
    String folded = out.toString().replace('e', 'i').replace('o', 'u');
    StringBuilder collapsed = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      if (i == 0 || folded.charAt(i) != folded.charAt(i - 1)) {
        collapsed.append(folded.charAt(i));
      }
    }
    return collapsed.toString();
  }

  /** The governorates and districts of the store's incidents. */
  private record Known(List<String> governorates, List<Region> districts) {
    static Known read(Connection c) throws SQLException {
      Set<String> governorates = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      Map<String, Region> districts = new LinkedHashMap<>();
      // The incidents' governorates and districts, one row each (V8), not every incident's.
      try (PreparedStatement s = c.prepareStatement("SELECT admin1, admin2 FROM incident_regions ORDER BY admin1, admin2");
           ResultSet r = s.executeQuery()) {
        while (r.next()) {
          governorates.add(r.getString(1));
          if (r.getString(2) != null) {
            Region d = Region.district(r.getString(2), r.getString(1));
            districts.putIfAbsent(d.name() + "\t" + d.governorate().get().toLowerCase(Locale.ROOT), d);
          }
        }
      }
      return new Known(List.copyOf(governorates), List.copyOf(districts.values()));
    }

    /** The known names closest to {@code key} (by edit distance between keys), at the level asked for. */
    List<String> nearest(String key, Optional<Region.Level> level) {
      List<Region> candidates = new ArrayList<>();
      if (level.isEmpty() || level.get() == Region.Level.GOVERNORATE) {
        governorates.forEach(g -> candidates.add(Region.governorate(g)));
      }
      if (level.isEmpty() || level.get() == Region.Level.DISTRICT) {
        candidates.addAll(districts);
      }
      Map<String, Long> perLabel = candidates.stream().collect(Collectors.groupingBy(Region::label, Collectors.counting()));
      // A district is written with its governorate only where two governorates have a district of that name.
      return candidates.stream()
          .sorted(Comparator.comparingInt((Region r) -> distance(key, key(r.name()))).thenComparing(Region::qualifiedLabel))
          .limit(SUGGESTIONS).map(r -> perLabel.get(r.label()) > 1 ? "'" + r.qualifiedLabel() + "'" : r.label()).toList();
    }
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    return observatory.text.EditDistance.between(a, b);
  }
}
