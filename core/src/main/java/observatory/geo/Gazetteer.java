package observatory.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The front door of place resolution. {@link #bundled()} loads the gazetteer that ships with
 * the project (offline, no set-up): the GeoNames cities500 places of Syria and the region its
 * reports name, the governorates of those countries under the observatory's names, the
 * countries, and a few named areas such as Eastern Ghouta. {@link #load(Path)} reads places
 * from any GeoNames-format file instead (a GeoNames country dump such as {@code SY.txt}).
 *
 * <p>A gazetteer is immutable and safe to share between threads.
 */
public final class Gazetteer {

  /** Scores closer than this (log10 of population, plus context bonuses) are a tie: Ambiguous. */
  private static final double MARGIN = 1.0;
  /** The weight of a match on a place's own name over a match on one of its alternates. */
  private static final double OWN_NAME = 1.0;
  /** Consonant skeletons at least this long are specific enough to trust without context. */
  private static final int TRUSTED_SKELETON = 5;
  /**
   * GeoNames gives 0 for an unknown population. Such a place is ranked as a small town, so that
   * a known town of 30,000 does not beat it by default (the unknown may be as large).
   */
  private static final long UNKNOWN_POPULATION = 5_000;
  /**
   * Outside the document's countries, only the exact own name of a city this populous is taken
   * ("Beirut", "Cairo"): for many a Syrian village missing from cities500, a village abroad has
   * the same name (measured on Airwars' geolocated strike list: Ramla, Sidon, Tyre).
   */
  static final long CITY_ABROAD = 50_000;
  /** Outside the document's governorates, only an exact name of a town this populous is taken. */
  static final long TOWN_ELSEWHERE = 20_000;
  /** Candidates closer than this are one place listed twice. */
  private static final double SAME_PLACE_KM = 5;
  /** How alike (1 - edit distance / length) the folded spellings of a skeleton match must be. */
  private static final double SKELETON_SIMILARITY = 0.75;
  private static final String[] TIERS = {"exact name match", "spelling-variant match", "consonant-skeleton match"};

  /**
   * The name index: per layer (the places of one load, then those of each {@link #with}), one
   * {@link KeyIndex} per key tier (exact, fold, skeleton) whose postings are indices into {@link #entries}.
   */
  private final List<KeyIndex[]> layers;
  private final Map<String, List<Place>> admin1ByKey;
  private final Map<String, Place> admin1ByCode;
  private final Map<String, Place> countryByKey;
  private final Map<String, Place> countryByCode;
  private final Map<String, Region> regionByKey;
  private final int placeCount;
  private final List<Entry> entries;
  private final ReferenceTables tables;
  /** The GeoNames ids of the entries, sorted. */
  private final long[] geonameIds;

  /**
   * A populated place, how prominent it is before any context (log10 of population plus seat
   * rank), and the exact keys of its own names (GeoNames name and ASCII name, not alternates).
   */
  record Entry(Place place, double prior, Set<String> ownKeys, List<String> folds) {

    /** Not yet indexed: the constructor of the gazetteer computes its keys once and its folds with them. */
    Entry(Place place, double prior, Set<String> ownKeys) {
      this(place, prior, ownKeys, null);
    }
  }

  /** A named area inside one governorate. */
  private record Region(String name, Place admin1) {
  }

  private Gazetteer(List<Entry> entries, ReferenceTables tables) {
    this(null, entries, tables);
  }

  /** Indexes the entries; those of {@code base} (a prefix of them) keep its index, the rest get a layer of their own. */
  private Gazetteer(Gazetteer base, List<Entry> entries, ReferenceTables tables) {
    this(index(base, entries), tables);
  }

  /** A gazetteer of entries already keyed and indexed: what {@link GazetteerSnapshot} read. */
  Gazetteer(List<Entry> entries, KeyIndex[] tiers, ReferenceTables tables) {
    this(new Indexed(List.copyOf(entries), List.<KeyIndex[]>of(checkTiers(tiers).clone())), tables);
  }

  private Gazetteer(Indexed indexed, ReferenceTables tables) {
    this.tables = tables;
    this.admin1ByCode = tables.admin1ByCode();
    this.countryByCode = tables.countryByCode();
    ReferenceKeys reference = ReferenceKeys.of(tables);
    this.admin1ByKey = reference.admin1ByKey();
    this.countryByKey = reference.countryByKey();
    this.regionByKey = reference.regionByKey();
    this.layers = indexed.layers();
    this.entries = indexed.entries();
    this.placeCount = entries.size();
    this.geonameIds = geonameIds(this.entries);
  }

  /** Entries with their key index, in layers (the base's, then the entries added to it). */
  private record Indexed(List<Entry> entries, List<KeyIndex[]> layers) {
  }

  private static KeyIndex[] checkTiers(KeyIndex[] tiers) {
    if (tiers.length != TIERS.length) {
      throw new IllegalArgumentException("expected " + TIERS.length + " key tiers, got " + tiers.length);
    }
    return tiers;
  }

  private static Indexed index(Gazetteer base, List<Entry> entries) {
    int indexed = base == null ? 0 : base.entries.size();
    List<Entry> fresh = entries.subList(indexed, entries.size());
    KeyIndex.Builder[] tiers = new KeyIndex.Builder[TIERS.length];
    for (int t = 0; t < tiers.length; t++) {
      tiers[t] = new KeyIndex.Builder(fresh.size() * 5); // about five names an entry
    }
    List<Entry> built = new ArrayList<>(entries.size());
    built.addAll(entries.subList(0, indexed));
    // The keys of every name, computed on all cores (they are pure functions of the names, and
    // most of the load); the index is then filled in order, so it is the same on every run.
    List<NameKeys.Keys[]> keysOfEntries = (fresh.size() > 10_000 ? fresh.parallelStream() : fresh.stream())
        .map(raw -> names(raw.place()).stream().map(NameKeys::keys).toArray(NameKeys.Keys[]::new)).toList();
    List<String> folds = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      Entry raw = fresh.get(i);
      NameKeys.Keys[] keysOfNames = keysOfEntries.get(i);
      folds.clear();
      for (NameKeys.Keys keys : keysOfNames) {
        if (!folds.contains(keys.fold())) {
          folds.add(keys.fold());
        }
      }
      Entry entry = new Entry(raw.place(), raw.prior(), raw.ownKeys(), List.copyOf(folds));
      int id = indexed + i;
      for (NameKeys.Keys keys : keysOfNames) {
        tiers[0].add(keys.exact(), id);
        tiers[1].add(keys.fold(), id);
        tiers[2].add(keys.skeleton(), id);
      }
      built.add(entry);
    }
    KeyIndex[] layer = new KeyIndex[tiers.length];
    for (int t = 0; t < tiers.length; t++) {
      layer[t] = tiers[t].build();
    }
    List<KeyIndex[]> all = new ArrayList<>(base == null ? List.of() : base.layers);
    all.add(layer);
    return new Indexed(List.copyOf(built), List.copyOf(all));
  }

  /** The governorates, countries and named areas of the reference tables, by folded name. */
  private record ReferenceKeys(Map<String, List<Place>> admin1ByKey, Map<String, Place> countryByKey,
      Map<String, Region> regionByKey) {

    static ReferenceKeys of(ReferenceTables tables) {
      Map<String, List<Place>> admin1ByKey = new HashMap<>();
      for (Place admin1 : tables.admin1ByCode().values()) {
        for (String name : names(admin1)) {
          addOnce(admin1ByKey, NameKeys.fold(name), admin1);
        }
      }
      Map<String, Place> countryByKey = new HashMap<>();
      for (Place country : tables.countryByCode().values()) {
        for (String name : names(country)) {
          countryByKey.putIfAbsent(NameKeys.fold(name), country);
        }
      }
      Map<String, Region> regionByKey = new HashMap<>();
      for (GazetteerFiles.RegionRow row : tables.regions()) {
        Region region = new Region(row.name(), tables.admin1ByCode().get(row.admin1Code()));
        regionByKey.putIfAbsent(NameKeys.fold(row.name()), region);
        for (String alternate : row.alternateNames()) {
          regionByKey.putIfAbsent(NameKeys.fold(alternate), region);
        }
      }
      return new ReferenceKeys(admin1ByKey, countryByKey, regionByKey);
    }
  }

  private static long[] geonameIds(List<Entry> entries) {
    long[] ids = new long[entries.size()];
    int n = 0;
    for (Entry entry : entries) {
      OptionalLong id = entry.place().geonameId();
      if (id.isPresent()) {
        ids[n++] = id.getAsLong();
      }
    }
    ids = Arrays.copyOf(ids, n);
    Arrays.sort(ids);
    return ids;
  }

  /** The entries in index order and the one layer of keys of a gazetteer loaded from one file, for its snapshot. */
  List<Entry> entries() {
    return entries;
  }

  /** Its populated places, in the order they were loaded and added. */
  List<Place> places() {
    return entries.stream().map(Entry::place).toList();
  }

  /** The key index of a gazetteer loaded from one file (no places added {@link #with}); for its snapshot. */
  KeyIndex[] tiers() {
    if (layers.size() != 1) {
      throw new IllegalStateException("a gazetteer with added places has " + layers.size() + " index layers");
    }
    return layers.get(0).clone();
  }

  /** GeoNames rows as places, their governorates under the observatory's names. */
  private static List<Entry> entries(List<GazetteerFiles.PlaceRow> rows, ReferenceTables tables) {
    List<Entry> entries = new ArrayList<>(rows.size());
    Districts districts = Districts.of(rows);
    for (GazetteerFiles.PlaceRow row : rows) {
      Place admin1 = tables.admin1ByCode().get(row.countryCode() + "." + row.admin1Code());
      Place place = new Place(OptionalLong.of(row.geonameId()), row.name(), row.alternateNames(), row.latitude(),
          row.longitude(), row.countryCode(), Optional.ofNullable(admin1).map(Place::name), districts.of(row),
          Place.Kind.POPULATED_PLACE, row.population());
      entries.add(new Entry(place, prior(row.population(), row.featureCode()), ownKeys(row)));
    }
    return entries;
  }

  /**
   * This gazetteer with more places, such as a monitor's own list of geolocated villages. Their
   * governorate names are turned into the observatory's ("Hasakeh" becomes "Al-Hasakah") where the
   * country's governorates are known; a place without one gets the governorate its point lies in.
   * A place of unknown population (0) ranks as a small town.
   * This gazetteer is unchanged.
   */
  public Gazetteer with(Collection<Place> places) {
    List<Entry> more = new ArrayList<>(entries.size() + places.size());
    more.addAll(entries);
    Focus none = new Focus(Set.of(), Set.of(), List.of());
    for (Place place : places) {
      Optional<String> admin1 = place.admin1().isEmpty()
          ? admin1At(place.latitude(), place.longitude()).map(Place::name)
          : place.admin1().map(name -> admin1(AreaPhrase.parse(name), none)
              .filter(a -> a.countryCode().equals(place.countryCode())).map(Place::name).orElse(name));
      Place normalised = admin1.equals(place.admin1()) ? place : new Place(place.geonameId(), place.name(),
          place.alternateNames(), place.latitude(), place.longitude(), place.countryCode(), admin1, place.admin2(),
          place.kind(), place.population());
      more.add(new Entry(normalised, prior(place.population(), ""), Set.of(NameKeys.exact(place.name()))));
    }
    return new Gazetteer(this, more, tables);
  }

  /**
   * The transliteration-insensitive key names are matched by (articles dropped, vowels and doubled
   * letters merged): "Atareb", "Atarib" and "al-Atarib" share one. For comparing two spellings of a
   * place the gazetteer does not hold; empty when nothing but articles and punctuation is left.
   */
  public static String nameKey(String name) {
    return NameKeys.fold(name);
  }

  /** The gazetteer shipped with the project. Loaded once and shared; thread-safe. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** Loaded on first use; the JVM's class initialisation makes it happen once. */
  private static final class Bundled {
    static final Gazetteer INSTANCE = new Gazetteer(
        entries(GazetteerFiles.withMoreNames(GazetteerFiles.readResource("places.tsv.gz", GazetteerFiles::places),
            GazetteerFiles.readResource("alternate-names.tsv", GazetteerFiles::moreNames)), ReferenceTables.bundled()),
        ReferenceTables.bundled());
  }

  /**
   * A gazetteer of the places in a GeoNames-format file (19 tab-separated columns; gzipped when
   * the name ends in .gz), with the bundled governorates, countries and areas, and the names that
   * the bundled {@code alternate-names.tsv} adds to those of its places the file has.
   *
   * @throws GazetteerFormatException naming the file, the line and the fault
   */
  public static Gazetteer load(Path file) {
    String name = file.toString();
    try (BufferedReader in = GazetteerFiles.open(file)) {
      ReferenceTables tables = ReferenceTables.bundled();
      List<GazetteerFiles.PlaceRow> rows = GazetteerFiles.withMoreNamesWherePresent(GazetteerFiles.places(name, in),
          GazetteerFiles.readResource("alternate-names.tsv", GazetteerFiles::moreNames));
      return new Gazetteer(entries(rows, tables), tables);
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + name, e);
    }
  }

  /**
   * As {@link #load(Path)}, but through a snapshot: a precompiled copy of the loaded gazetteer in
   * {@code snapshot}, read in a fraction of the time the text takes to parse and key. The snapshot
   * is a cache: it is used only when it was written from a file of the same size and content hash
   * by the same gazetteer code, and is intact (checksum); otherwise the file is parsed and the
   * snapshot written again (atomically), and {@code notices} hears one line saying why. A snapshot
   * that cannot be written is only a notice; the gazetteer is the same either way.
   *
   * @throws GazetteerFormatException naming the file, the line and the fault, as {@link #load(Path)}
   */
  public static Gazetteer load(Path file, Path snapshot, java.util.function.Consumer<String> notices) {
    Objects.requireNonNull(notices, "notices");
    GazetteerSnapshot.Source source = GazetteerSnapshot.Source.of(file);
    try {
      return GazetteerSnapshot.read(snapshot, source, ReferenceTables.bundled());
    } catch (GazetteerSnapshot.Unusable e) {
      notices.accept(e.getMessage() + "; building it from " + file);
    }
    Gazetteer gazetteer = load(file);
    try {
      GazetteerSnapshot.write(gazetteer, source, snapshot);
    } catch (IOException | UncheckedIOException e) {
      notices.accept("cannot write gazetteer snapshot " + snapshot + " (" + e.getMessage()
          + "); the next load parses " + file + " again");
    }
    return gazetteer;
  }

  /**
   * The bundled gazetteer (or the base the folder names, see below) with the places a user imported
   * into {@code dataDir} (see {@link PlaceStore}); the base alone when the folder holds none.
   * Notices of a rebuilt snapshot go to standard error.
   *
   * @throws GazetteerFormatException when the folder's places file is damaged
   */
  public static Gazetteer standard(Path dataDir) {
    return PlaceStore.at(dataDir).gazetteer();
  }

  /**
   * As {@link #standard(Path)}; where the folder names a GeoNames file as its base gazetteer
   * ({@code observatory gazetteer use FILE}), that file's places instead of the bundled ones, read
   * through its snapshot. {@code notices} hears one line when the snapshot had to be rebuilt.
   */
  public static Gazetteer standard(Path dataDir, java.util.function.Consumer<String> notices) {
    return PlaceStore.at(dataDir).gazetteer(notices);
  }

  /**
   * The entries a name finds before any context is applied: those of the strictest key (exact,
   * then spelling variant, then consonant skeleton) that finds any. This is the pool that
   * {@link #resolve} weighs; it shows why a name is ambiguous or what a resolution passed over.
   */
  public List<Place> candidates(String name) {
    Objects.requireNonNull(name, "name");
    List<Place> found = candidatesAsWritten(name);
    // An Arabic name read without the prefix written onto it, as resolve reads it.
    for (Iterator<String> forms = NameKeys.withoutProclitics(name).iterator(); found.isEmpty() && forms.hasNext(); ) {
      found = candidatesAsWritten(forms.next());
    }
    return found;
  }

  private List<Place> candidatesAsWritten(String name) {
    NameKeys.Keys keys = NameKeys.keys(AreaPhrase.parse(name).core());
    for (int tier = 0; tier < TIERS.length; tier++) {
      String key = tier == 0 ? keys.exact() : tier == 1 ? keys.fold() : keys.skeleton();
      List<Entry> found = key.isEmpty() ? null : lookup(tier, key);
      if (found != null && tier == 2) {
        found = alike(found, keys.fold());
      }
      if (found != null && !found.isEmpty()) {
        return found.stream().map(Entry::place).toList();
      }
    }
    return List.of();
  }

  /** Whether a GeoNames id is among its populated places. */
  boolean containsGeonameId(long id) {
    return Arrays.binarySearch(geonameIds, id) >= 0;
  }

  /** Whether the bundled tables know the governorates of that country. */
  boolean knowsAdmin1sOf(String countryCode) {
    String prefix = countryCode + ".";
    return admin1ByCode.keySet().stream().anyMatch(code -> code.startsWith(prefix));
  }

  /** How many populated places it holds. */
  public int size() {
    return placeCount;
  }

  /**
   * Resolves a place name as written in a report ("Kafranbel", "Maarat al-Numan", "the southern
   * Idlib countryside", "Idlib province"), using the document's context to break ties.
   *
   * <ul>
   *   <li>A bare name is a country, a named area (at its governorate, precision ADMIN1), a town,
   *       or else a governorate. A town that shares its governorate's name ("Idlib") is the town;
   *       the reason mentions the governorate.
   *   <li>A name with "province", "governorate", "countryside", "rural", "rif" or a direction
   *       ("northern Hama", "ريف إدلب") is the governorate if there is one of that name, else the
   *       area around the town (NEAR_PLACE) or the country. "Idlib city" is the town.
   *   <li>Spellings are matched exact first, then transliteration-folded, then by consonants
   *       (see {@code NameKeys}); the first key that finds places decides, and the reason says which.
   *   <li>Among several places, those in the context's countries, then governorates, are kept;
   *       then prominence (population, administrative seat) and nearness to places already
   *       resolved rank them. A lead of less than a factor of ten in population, all else equal,
   *       is a tie: {@link Resolution.Ambiguous}.
   *   <li>When the context names countries, loose matches elsewhere are not taken, and exact
   *       matches elsewhere only for cities of 50,000 or more.
   *   <li>In Arabic script, a place of the whole name comes before the area around a shorter one
   *       ("كويرس شرقي"); a name not known as written is read without the conjunction and
   *       preposition written onto it ("وبسراقب"), and "الريف الإدلبي" as Idlib's countryside.
   * </ul>
   */
  public Resolution resolve(String name, Context context) {
    Objects.requireNonNull(name, "name");
    Focus focus = focus(context == null ? Context.NONE : context);
    AreaPhrase phrase = AreaPhrase.parse(name);
    if (phrase.withoutDirections().isEmpty() && phrase.direction() == null) {
      return new Resolution.NotFound(name);
    }
    Resolution resolution = resolvePhrase(name, phrase, focus);
    return resolution instanceof Resolution.NotFound && NameKeys.isArabic(name)
        ? resolveArabicFallbacks(name, phrase, focus) : resolution;
  }

  private Resolution resolvePhrase(String name, AreaPhrase phrase, Focus focus) {
    if (!phrase.qualified()) {
      return resolveName(name, phrase.core(), focus);
    }
    Resolution area = resolveArea(name, phrase, focus);
    if (!NameKeys.isArabic(name) || area instanceof Resolution.Resolved r && r.precision() == LocationPrecision.ADMIN1) {
      return area;
    }
    // Many Arabic names end in a direction or begin with an area word ("كويرس الشرقي", East
    // Kuwayris; a camp named "مخيم ..."): a place of the whole name, as written, is that place
    // rather than the area around a place of the shorter one.
    Resolution whole = resolvePlace(name, NameKeys.keys(name), focus, LocationPrecision.PLACE, 2, "");
    return whole instanceof Resolution.NotFound ? area : whole;
  }

  /**
   * An Arabic name that is not known as written: read without the conjunction and preposition
   * written onto it ("وبسراقب" is "and in Saraqib"), then an area phrase with an adjective for its
   * governorate ("الريف الإدلبي", the Idlibi countryside) as the governorate's area.
   */
  private Resolution resolveArabicFallbacks(String name, AreaPhrase phrase, Focus focus) {
    for (String form : NameKeys.withoutProclitics(name)) {
      AreaPhrase stripped = AreaPhrase.parse(form);
      if (stripped.withoutDirections().isEmpty() && stripped.direction() == null) {
        continue;
      }
      Resolution found = resolvePhrase(form, stripped, focus);
      if (found instanceof Resolution.Resolved r) {
        return new Resolution.Resolved(name, r.place(), r.precision(),
            r.reason() + "; read without the prefix written onto it, as '" + form + "'");
      }
      if (found instanceof Resolution.Ambiguous a) {
        return new Resolution.Ambiguous(name, a.candidates());
      }
    }
    if (phrase.areaWord() != null && !phrase.core().isEmpty() && phrase.core().indexOf(' ') < 0) {
      for (String base : NameKeys.nisbaBases(phrase.core())) {
        String form = NameKeys.exact(name).replace(phrase.core(), base);
        Resolution found = resolveArea(form, AreaPhrase.parse(form), focus);
        if (found instanceof Resolution.Resolved r && r.precision() == LocationPrecision.ADMIN1) {
          return new Resolution.Resolved(name, r.place(), r.precision(),
              r.reason() + "; '" + phrase.core() + "' read as the adjective of '" + base + "'");
        }
      }
    }
    return new Resolution.NotFound(name);
  }

  /**
   * Whether a name is one of the named areas inside a governorate (Eastern Ghouta, Wadi Barada,
   * Jabal al-Zawiya): places a strike can hit, unlike a whole governorate.
   */
  public boolean isNamedArea(String name) {
    AreaPhrase phrase = AreaPhrase.parse(name);
    return regionByKey.containsKey(NameKeys.fold(name)) || regionByKey.containsKey(NameKeys.fold(phrase.withoutDirections()))
        || regionByKey.containsKey(NameKeys.fold(phrase.core()));
  }

  /** A bare name: a country, a named area, a town, or else a governorate. */
  private Resolution resolveName(String name, String text, Focus focus) {
    NameKeys.Keys keys = NameKeys.keys(text);
    String key = keys.fold();
    Place country = countryByKey.get(key);
    if (country != null) {
      return new Resolution.Resolved(name, country, LocationPrecision.COUNTRY, "country name");
    }
    Region region = regionByKey.get(key);
    if (region != null) {
      return regionResolved(name, region);
    }
    Optional<Place> admin1 = admin1ByFold(key, focus);
    Resolution town = resolvePlace(name, keys, focus, LocationPrecision.PLACE, 2, "");
    if (!(town instanceof Resolution.NotFound)) {
      if (town instanceof Resolution.Resolved r && admin1.isPresent()) {
        // "Idlib" alone is the city; the governorate is named with "province" or "countryside".
        return new Resolution.Resolved(name, r.place(), r.precision(), r.reason() + "; also the name of "
            + admin1.get().name() + " governorate (write '" + admin1.get().name() + " province' for the area)");
      }
      return town;
    }
    // A governorate of a country the report does not name only by its own name: "al-Raqah" in a
    // report on Yemen is a village missing from the gazetteer, not Syria's Raqqa.
    if (admin1.isPresent() && (focus.countries.isEmpty() || focus.countries.contains(admin1.get().countryCode())
        || NameKeys.exact(admin1.get().name()).equals(keys.exact()))) {
      return new Resolution.Resolved(name, admin1.get(), LocationPrecision.ADMIN1, "governorate name");
    }
    return resolvePlace(name, keys, focus, LocationPrecision.PLACE, 3, "");
  }

  /** A qualified phrase: "Idlib province", "the southern Idlib countryside", "eastern Ghouta". */
  private Resolution resolveArea(String name, AreaPhrase phrase, Focus focus) {
    NameKeys.Keys coreKeys = NameKeys.keys(phrase.core());
    if (!phrase.cityWord()) {
      String withoutDirections = NameKeys.fold(phrase.withoutDirections());
      for (String key : List.of(NameKeys.fold(name), withoutDirections, coreKeys.fold())) {
        Region region = regionByKey.get(key);
        if (region != null) {
          return regionResolved(name, region);
        }
      }
      Optional<Place> alias = admin1ByFold(withoutDirections, focus);
      if (alias.isPresent()) {
        return new Resolution.Resolved(name, alias.get(), LocationPrecision.ADMIN1, "governorate name");
      }
      Optional<Place> admin1 = admin1ByFold(coreKeys.fold(), focus);
      if (admin1.isPresent()) {
        return new Resolution.Resolved(name, admin1.get(), LocationPrecision.ADMIN1,
            "governorate named with '" + phrase.qualifiers() + "'");
      }
    }
    if (phrase.core().isEmpty()) {
      return new Resolution.NotFound(name);
    }
    // A town named with an area word or a direction ("the Saraqeb countryside", "Afrin region",
    // "north of Kafranbel") is only the nearest place known; "Idlib city" is the town itself.
    // "The road of the town of X" ("طريق بلدة X") is near the town, not in it.
    LocationPrecision precision = phrase.cityWord() && phrase.areaWord() == null
        ? LocationPrecision.PLACE : LocationPrecision.NEAR_PLACE;
    String note = precision == LocationPrecision.NEAR_PLACE
        ? "; the area around it ('" + phrase.qualifiers() + "')" : "";
    Place country = countryByKey.get(coreKeys.fold());
    if (country != null) {
      return new Resolution.Resolved(name, country, LocationPrecision.COUNTRY,
          "country named with '" + phrase.qualifiers() + "'");
    }
    return resolvePlace(name, coreKeys, focus, precision, 3, note);
  }

  private Resolution regionResolved(String name, Region region) {
    return new Resolution.Resolved(name, region.admin1(), LocationPrecision.ADMIN1,
        region.name() + " is an area of " + region.admin1().name() + " governorate");
  }

  /** Looks the name up key by key, strict first, and picks among what the first key finds. */
  private Resolution resolvePlace(String name, NameKeys.Keys keys, Focus focus, LocationPrecision precision,
      int tiers, String note) {
    List<Entry> fallback = null;
    List<Entry> inCountries = null;
    for (int tier = 0; tier < tiers; tier++) {
      String key = switch (tier) {
        case 0 -> keys.exact();
        case 1 -> keys.fold();
        default -> keys.skeleton();
      };
      // A short skeleton matches too much by chance unless the document says which country.
      if (tier == 2 && key.length() < TRUSTED_SKELETON && focus.countries.isEmpty()) {
        continue;
      }
      List<Entry> found = key.isEmpty() ? null : lookup(tier, key);
      if (found != null && tier == 2) {
        found = alike(found, keys.fold());
      }
      if (found == null || found.isEmpty()) {
        continue;
      }
      // A stricter key that finds places only outside the document's area gives way to a looser one.
      if (found.stream().anyMatch(e -> focus.contains(e.place()))) {
        return choose(name, found, TIERS[tier], focus, precision, note);
      }
      if (fallback == null && tier == 0) {
        fallback = filter(found, e -> focus.admitsFromElsewhere(e, key));
      }
      // Spelt otherwise ("Azaz" for I'zaz), a town of the document's countries but of another
      // governorate than those it names: taken when populous, as an exact name would be.
      if (inCountries == null && tier == 1 && !focus.admin1s.isEmpty()) {
        List<Entry> towns = filter(found, e -> (focus.countries.isEmpty() || focus.countries.contains(e.place().countryCode()))
            && isTownAnyoneMeans(e));
        inCountries = towns.isEmpty() ? null : towns;
      }
    }
    if ((fallback == null || fallback.isEmpty()) && inCountries != null) {
      return choose(name, inCountries, TIERS[1], focus, precision, note + "; outside the document's governorates");
    }
    if (fallback == null || fallback.isEmpty()) {
      return new Resolution.NotFound(name);
    }
    String where = focus.countries.contains(fallback.get(0).place().countryCode()) ? "governorates" : "countries";
    return choose(name, fallback, TIERS[0], focus, precision, note + "; outside the document's " + where);
  }

  /**
   * Of the places a consonant skeleton finds, those with a name that is also spelt alike:
   * "Maara Nuaman" for Maarat al-Numan, but not "Kahtan" for al-Qahtaniyah: a name with an
   * ending added (the -iya of a name derived from another) is another name, however alike.
   */
  private static List<Entry> alike(List<Entry> found, String fold) {
    return filter(found, e -> {
      for (String other : e.folds()) {
        boolean derived = Math.abs(other.length() - fold.length()) >= 2
            && (other.startsWith(fold) || fold.startsWith(other));
        if (!derived && NameKeys.similarity(fold, other) >= SKELETON_SIMILARITY) {
          return true;
        }
      }
      return false;
    });
  }


  private Resolution choose(String name, List<Entry> found, String how, Focus focus, LocationPrecision precision,
      String note) {
    List<Entry> pool = found;
    StringBuilder scope = new StringBuilder();
    List<Entry> inCountries = filter(pool, e -> focus.countries.contains(e.place().countryCode()));
    if (!inCountries.isEmpty() && inCountries.size() < pool.size()) {
      pool = inCountries;
      scope.append(" in ").append(String.join("/", focus.countries));
    }
    List<Entry> inAdmin1s = filter(pool, e -> e.place().admin1().map(focus.admin1s::contains).orElse(false));
    if (!inAdmin1s.isEmpty() && inAdmin1s.size() < pool.size()) {
      pool = inAdmin1s;
      scope.setLength(0);
      scope.append(" in ").append(String.join("/", focus.admin1s));
    }
    if (pool.size() == 1 && pool.get(0).place().kind() == Place.Kind.ADMIN2 && precision == LocationPrecision.PLACE) {
      precision = LocationPrecision.ADMIN2; // a district imported from a GeoNames dump
    }
    if (pool.size() == 1) {
      String of = found.size() > 1 ? " of " + found.size() + " candidates" + scope : " candidate";
      return new Resolution.Resolved(name, pool.get(0).place(), precision, how + ", the only" + of + note);
    }
    List<Scored> all = new ArrayList<>(pool.size());
    String ownKey = NameKeys.exact(name);
    for (Entry e : pool) {
      double near = focus.nearness(e.place());
      // A place whose own name is the one written outranks one that merely lists it among its
      // alternates ("Ariha" is Jericho's Arabic name, and the own name of Ariha in Idlib).
      double own = e.ownKeys().contains(ownKey) ? OWN_NAME : 0;
      all.add(new Scored(e.place(), e.prior() + near + own, near));
    }
    all.sort(Comparator.comparingDouble(Scored::score).reversed());
    // Entries a few kilometres apart are one place listed twice (a monitor's list names the same
    // village for every strike on it); the best-ranked stands for them.
    List<Scored> ranked = new ArrayList<>(all.size());
    for (Scored candidate : all) {
      if (ranked.stream().noneMatch(kept -> kilometres(kept.place(), candidate.place()) <= SAME_PLACE_KM)) {
        ranked.add(candidate);
      }
    }
    if (ranked.size() == 1) {
      if (ranked.get(0).place().kind() == Place.Kind.ADMIN2 && precision == LocationPrecision.PLACE) {
        precision = LocationPrecision.ADMIN2;
      }
      return new Resolution.Resolved(name, ranked.get(0).place(), precision, how + ", " + all.size()
          + " entries within " + (int) SAME_PLACE_KM + " km of each other taken as one place" + scope + note);
    }
    Scored best = ranked.get(0);
    Scored second = ranked.get(1);
    if (best.score() - second.score() < MARGIN) {
      return new Resolution.Ambiguous(name, ranked.stream().map(Scored::place).toList());
    }
    if (best.place().kind() == Place.Kind.ADMIN2 && precision == LocationPrecision.PLACE) {
      precision = LocationPrecision.ADMIN2;
    }
    boolean populationsKnown = best.place().population() > 0 && second.place().population() > 0;
    String why = best.nearness() > second.nearness() ? "nearest to places already resolved"
        : populationsKnown && best.place().population() > second.place().population() ? "highest population"
        : "most prominent (population, administrative rank)";
    return new Resolution.Resolved(name, best.place(), precision,
        how + ", " + why + " of " + ranked.size() + " candidates" + scope + note);
  }

  private record Scored(Place place, double score, double nearness) {
  }

  private static List<Entry> filter(List<Entry> entries, Predicate<Entry> keep) {
    List<Entry> kept = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      if (keep.test(e)) {
        kept.add(e);
      }
    }
    return kept;
  }

  /** The governorate (admin1) of that name, in any spelling ("Idleb", "Rif Dimashq", "Rural Damascus"). */
  public Optional<Place> admin1(String name) {
    Objects.requireNonNull(name, "name");
    Focus none = new Focus(Set.of(), Set.of(), List.of());
    Optional<Place> found = admin1(AreaPhrase.parse(name), none);
    for (Iterator<String> forms = NameKeys.withoutProclitics(name).iterator(); found.isEmpty() && forms.hasNext(); ) {
      found = admin1(AreaPhrase.parse(forms.next()), none); // "بإدلب", in Idlib
    }
    return found;
  }

  private Optional<Place> admin1(AreaPhrase phrase, Focus focus) {
    Optional<Place> alias = admin1ByFold(NameKeys.fold(phrase.withoutDirections()), focus);
    return alias.isPresent() ? alias : admin1ByFold(NameKeys.fold(phrase.core()), focus);
  }

  /**
   * The governorate (admin1) a point lies in, by the Natural Earth outlines of the bundled
   * countries; empty outside them (or at sea). Borders are drawn at 1:10m, so a point within a
   * few hundred metres of one may fall on either side.
   */
  public Optional<Place> admin1At(double latitude, double longitude) {
    return Admin1Shapes.bundled().codeAt(latitude, longitude).map(admin1ByCode::get);
  }

  /** The governorate of a GeoNames admin1 code ("SY.12"). */
  public Optional<Place> admin1ByCode(String code) {
    return Optional.ofNullable(admin1ByCode.get(code));
  }

  /** The country of that name ("Syria", "Syrian Arab Republic", "سوريا") or ISO code ("SY"). */
  /** The country an adjective names ("Syrian", "Turkish"), from the bundled country table. */
  public Optional<Place> countryOfAdjective(String word) {
    Objects.requireNonNull(word, "word");
    String code = tables.countryByAdjective().get(word.strip().toLowerCase(Locale.ROOT));
    return code == null ? Optional.empty() : Optional.ofNullable(countryByCode.get(code));
  }

  public Optional<Place> country(String name) {
    Objects.requireNonNull(name, "name");
    String trimmed = name.strip();
    if (trimmed.length() == 2 && countryByCode.containsKey(trimmed.toUpperCase(Locale.ROOT))) {
      return Optional.of(countryByCode.get(trimmed.toUpperCase(Locale.ROOT)));
    }
    Place found = countryByKey.get(NameKeys.fold(AreaPhrase.parse(trimmed).core()));
    for (Iterator<String> forms = NameKeys.withoutProclitics(trimmed).iterator(); found == null && forms.hasNext(); ) {
      found = countryByKey.get(NameKeys.fold(AreaPhrase.parse(forms.next()).core())); // "بسوريا", in Syria
    }
    return Optional.ofNullable(found);
  }

  /**
   * Among governorates that share a spelling, the one whose own name it is, then one in the
   * document's countries, then one in Syria (the observatory's first subject).
   */
  private Optional<Place> admin1ByFold(String key, Focus focus) {
    List<Place> found = key.isEmpty() ? null : admin1ByKey.get(key);
    if (found == null) {
      return Optional.empty();
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    Comparator<Place> order = Comparator
        .comparing((Place p) -> !NameKeys.fold(p.name()).equals(key))
        .thenComparing(p -> !focus.countries.contains(p.countryCode()))
        .thenComparing(p -> !p.countryCode().equals("SY"));
    return found.stream().min(order);
  }

  /** The focus of the last context resolved in: an extractor resolves several names per context. */
  private volatile FocusMemo lastFocus;

  private record FocusMemo(Context context, Focus focus) {
  }

  private Focus focus(Context context) {
    FocusMemo memo = lastFocus;
    if (memo != null && memo.context() == context) {
      return memo.focus();
    }
    Focus focus = newFocus(context);
    lastFocus = new FocusMemo(context, focus);
    return focus;
  }

  private Focus newFocus(Context context) {
    Set<String> countries = new HashSet<>();
    for (String code : context.countryCodes()) {
      country(code).ifPresent(c -> countries.add(c.countryCode()));
    }
    Set<String> admin1s = new HashSet<>();
    for (String admin1 : context.admin1s()) {
      admin1(AreaPhrase.parse(admin1), new Focus(countries, Set.of(), List.of())).ifPresent(a -> {
        admin1s.add(a.name());
        countries.add(a.countryCode());
      });
    }
    for (Place place : context.resolved()) {
      countries.add(place.countryCode());
    }
    return new Focus(countries, admin1s, context.resolved());
  }

  /** The context, with its names turned into the codes and canonical names places carry. */
  private record Focus(Set<String> countries, Set<String> admin1s, List<Place> resolved) {

    /** Whether a place lies in the countries and governorates the document names (if it names any). */
    boolean contains(Place place) {
      return (countries.isEmpty() || countries.contains(place.countryCode()))
          && (admin1s.isEmpty() || place.admin1().map(admin1s::contains).orElse(false));
    }

    /** Whether a place outside them is taken anyway for an exact name match: a city, by its own name. */
    boolean admitsFromElsewhere(Entry entry, String exactKey) {
      Place place = entry.place();
      if (countries.isEmpty() || countries.contains(place.countryCode())) {
        return isTownAnyoneMeans(entry);
      }
      return place.population() >= CITY_ABROAD && entry.ownKeys().contains(exactKey);
    }

    /** A bonus for being the place, or near the places, the document has already resolved. */
    double nearness(Place place) {
      double best = 0;
      for (Place other : resolved) {
        if (other.kind() != Place.Kind.POPULATED_PLACE) {
          continue;
        }
        double km = kilometres(place, other);
        best = Math.max(best, km < 1 ? 3 : km <= 30 ? 2 : km <= 100 ? 1 : 0);
      }
      return best;
    }
  }

  static double kilometres(Place a, Place b) {
    return Districts.kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
  }

  /** Prominence before context: population in powers of ten, plus a little for seats of government. */
  /**
   * A town populous enough ({@value #TOWN_ELSEWHERE}) or a district seat or higher (GeoNames gives
   * many Syrian seats no population): a name that means it wherever the report is.
   */
  private static boolean isTownAnyoneMeans(Entry entry) {
    long population = entry.place().population();
    double seat = entry.prior() - Math.log10((population > 0 ? population : UNKNOWN_POPULATION) + 10.0);
    return population >= TOWN_ELSEWHERE || seat >= 1;
  }

  private static double prior(long population, String featureCode) {
    double seat = switch (featureCode) {
      case "PPLC" -> 2;
      case "PPLA" -> 1.5;
      case "PPLA2" -> 1;
      case "PPLA3" -> 0.5;
      case "PPLA4" -> 0.25;
      case "PPLX" -> -0.5; // a section of a city
      case "PPLH", "PPLQ", "PPLW" -> -1; // historical, abandoned, destroyed
      default -> 0;
    };
    return Math.log10((population > 0 ? population : UNKNOWN_POPULATION) + 10.0) + seat;
  }

  private static Set<String> ownKeys(GazetteerFiles.PlaceRow row) {
    String name = NameKeys.exact(row.name());
    String ascii = NameKeys.exact(row.asciiName());
    return ascii.isEmpty() || ascii.equals(name) ? Set.of(name) : Set.of(name, ascii);
  }

  private static List<String> names(Place place) {
    List<String> names = new ArrayList<>(place.alternateNames().size() + 1);
    names.add(place.name());
    names.addAll(place.alternateNames());
    return names;
  }

  /** The entries under a key of a tier, base layer first; null when none. */
  private List<Entry> lookup(int tier, String key) {
    List<Entry> found = null;
    for (KeyIndex[] layer : layers) {
      KeyIndex index = layer[tier];
      int k = index.find(key);
      if (k < 0) {
        continue;
      }
      int from = index.from(k);
      int to = index.to(k);
      if (found == null && to - from == 1 && layers.size() == 1) {
        return List.of(entries.get(index.posting(from)));
      }
      if (found == null) {
        found = new ArrayList<>(to - from);
      }
      for (int i = from; i < to; i++) {
        found.add(entries.get(index.posting(i)));
      }
    }
    return found;
  }

  private static <T> void addOnce(Map<String, List<T>> index, String key, T value) {
    if (key.isEmpty()) {
      return;
    }
    List<T> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    // One value's names are added one after another, so a repeat can only be the last element.
    if (list.isEmpty() || list.get(list.size() - 1) != value) {
      list.add(value);
    }
  }

  /**
   * What the rest of the document says about where it is: the countries and governorates it
   * names and the places it has already resolved.
   */
  public record Context(List<String> countryCodes, List<String> admin1s, List<Place> resolved) {
    public static final Context NONE = new Context(List.of(), List.of(), List.of());

    public Context {
      countryCodes = List.copyOf(countryCodes);
      admin1s = List.copyOf(admin1s);
      resolved = List.copyOf(resolved);
    }

    /** A context of countries only: {@code Context.in("SY")}. */
    public static Context in(String... countryCodes) {
      return new Context(List.of(countryCodes), List.of(), List.of());
    }
  }
}
