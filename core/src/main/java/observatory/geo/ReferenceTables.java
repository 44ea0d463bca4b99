package observatory.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bundled reference tables: governorates, countries, named areas. Loaded once. */
record ReferenceTables(Map<String, Place> admin1ByCode, Map<String, Place> countryByCode,
    List<GazetteerFiles.RegionRow> regions, Map<String, String> countryByAdjective) {

  static ReferenceTables bundled() {
    return BundledTables.INSTANCE;
  }

  private static final class BundledTables {
    static final ReferenceTables INSTANCE = load();
  }

  private static ReferenceTables load() {
    Map<String, GazetteerFiles.CanonicalRow> canonical = new HashMap<>();
    for (GazetteerFiles.CanonicalRow row
        : GazetteerFiles.readResource("admin1-canonical.tsv", GazetteerFiles::canonical)) {
      canonical.put(row.code(), row);
    }
    Map<String, Place> admin1 = new LinkedHashMap<>();
    for (GazetteerFiles.Admin1Row row : GazetteerFiles.readResource("admin1.tsv", GazetteerFiles::admin1)) {
      GazetteerFiles.CanonicalRow own = canonical.remove(row.code());
      String name = own == null ? row.name() : own.name();
      List<String> alternates = new ArrayList<>();
      alternates.add(row.name());
      alternates.addAll(row.alternateNames());
      if (own != null) {
        alternates.addAll(own.alternateNames());
      }
      alternates.removeIf(name::equals);
      String country = row.code().substring(0, 2);
      admin1.put(row.code(), new Place(row.geonameId(), name, alternates.stream().distinct().toList(),
          row.latitude(), row.longitude(), country, Optional.of(name), Optional.empty(), Place.Kind.ADMIN1, 0));
    }
    if (!canonical.isEmpty()) {
      throw new GazetteerFormatException("admin1-canonical.tsv", 0,
          "codes " + canonical.keySet() + " are not in admin1.tsv; rebuild it or fix the codes");
    }
    Map<String, Place> countries = new LinkedHashMap<>();
    Map<String, String> adjectives = new HashMap<>();
    for (GazetteerFiles.CountryRow row : GazetteerFiles.readResource("countries.tsv", GazetteerFiles::countries)) {
      for (String adjective : row.adjectives()) {
        adjectives.put(adjective.toLowerCase(java.util.Locale.ROOT), row.code());
      }
      countries.put(row.code(), new Place(row.geonameId(), row.name(), row.alternateNames(), row.latitude(),
          row.longitude(), row.code(), Optional.empty(), Optional.empty(), Place.Kind.COUNTRY, 0));
    }
    List<GazetteerFiles.RegionRow> regions = GazetteerFiles.readResource("regions.tsv", GazetteerFiles::regions);
    for (GazetteerFiles.RegionRow row : regions) {
      if (!admin1.containsKey(row.admin1Code())) {
        throw new GazetteerFormatException("regions.tsv", 0, "region '" + row.name() + "' lies in admin1 "
            + row.admin1Code() + ", which admin1.tsv does not have");
      }
    }
    // Sorted, not Map.copyOf: the JDK's immutable maps iterate in a different order on every run,
    // and the order decides which of two governorates sharing a spelling is indexed first.
    return new ReferenceTables(java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(admin1)),
        java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(countries)), List.copyOf(regions),
        Map.copyOf(adjectives));
  }
}
