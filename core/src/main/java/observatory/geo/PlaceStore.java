package observatory.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A user's own places, kept in a data folder as {@code places.tsv}, one place a line, ten
 * tab-separated columns (a {@code #} line at the top names them):
 *
 * <pre>
 * geonameid  name  alternates  latitude  longitude  country  admin1  admin2  kind  population
 * </pre>
 *
 * where geonameid is blank for a place that GeoNames does not have, alternates are separated by
 * {@code |}, country is the ISO code, admin1 the observatory's governorate name, kind is
 * {@code place} or {@code district}, and population is blank when unknown.
 *
 * <p>An import reads the whole input first; only then are the places merged with those already
 * stored and written to a temporary file in the same folder, which is moved over places.tsv in
 * one atomic step. So an import either completes or changes nothing, and a reader never sees half
 * a file. A place already stored (same geonameid, or same name and coordinates to about 100 m) or
 * bundled (same geonameid) is not added twice; its new alternate names are.
 */
public final class PlaceStore {

  /** The file of imported places inside the data folder. */
  public static final String PLACES_FILE = "places.tsv";
  /** The file naming the base gazetteer's GeoNames file, when it is not the bundled extract. */
  public static final String BASE_FILE = "base-gazetteer.txt";
  /** The base gazetteer's snapshot (see {@code GazetteerSnapshot}). */
  public static final String BASE_SNAPSHOT = "base-gazetteer.snapshot";
  private static final int COLUMNS = 10;
  private static final String HEADER = "# Observatory user places (observatory gazetteer import). Tab-separated; "
      + "alternates separated by '|'.\n"
      + "# geonameid\tname\talternates\tlatitude\tlongitude\tcountry\tadmin1\tadmin2\tkind\tpopulation\n";

  private final Path dir;

  private PlaceStore(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /** The store in that folder; the folder is created by the first import. */
  public static PlaceStore at(Path dir) {
    return new PlaceStore(dir);
  }

  /** The places file, whether or not it exists yet. */
  public Path file() {
    return dir.resolve(PLACES_FILE);
  }

  /** The stored places; none when the folder or its file does not exist. */
  public List<Place> places() {
    Path file = file();
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<Place> places = new ArrayList<>();
    try (BufferedReader in = GazetteerFiles.open(file)) {
      GazetteerFiles.eachLine(file.toString(), in, line -> places.add(parse(line)));
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + file, e);
    }
    return places;
  }

  /** The base gazetteer with the stored places; the base itself when there are none. Notices go to standard error. */
  public Gazetteer gazetteer() {
    return gazetteer(notice -> System.err.println("observatory: " + notice));
  }

  /**
   * The base gazetteer ({@link #useBase}: a GeoNames file, read through its snapshot; else the
   * bundled one) with the stored places; the base itself when there are none.
   *
   * @param notices hears one line when the base's snapshot had to be rebuilt, and why
   */
  public Gazetteer gazetteer(Consumer<String> notices) {
    Gazetteer base = base(notices);
    List<Place> places = places();
    return places.isEmpty() ? base : base.with(places);
  }

  /** The file that names the base gazetteer's GeoNames file, whether or not it exists. */
  public Path baseFile() {
    return dir.resolve(BASE_FILE);
  }

  /** The snapshot of the base gazetteer's GeoNames file (a cache, rebuilt whenever it does not match). */
  public Path baseSnapshot() {
    return dir.resolve(BASE_SNAPSHOT);
  }

  /** The GeoNames file used instead of the bundled extract, if one was chosen with {@link #useBase}. */
  public Optional<Path> baseSource() {
    Path file = baseFile();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          return Optional.of(Path.of(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new GazetteerFormatException(file.toString(), "cannot be read: " + e, e);
    }
    throw new GazetteerFormatException(file.toString(), 0, "names no GeoNames file; run 'observatory gazetteer use"
        + " FILE' again, or 'observatory gazetteer use --bundled'");
  }

  private Gazetteer base(Consumer<String> notices) {
    Optional<Path> source = baseSource();
    if (source.isEmpty()) {
      return Gazetteer.bundled();
    }
    if (!Files.isRegularFile(source.get())) {
      throw new GazetteerFormatException(source.get().toString(), 0, "is gone (named as the base gazetteer in "
          + baseFile() + "); put it back, or run 'observatory gazetteer use FILE' or 'gazetteer use --bundled'");
    }
    return Gazetteer.load(source.get(), baseSnapshot(), notices);
  }

  /** What choosing a base gazetteer did: its file, its places and its snapshot. */
  public record BaseSummary(Path source, int places, Path snapshot) {
  }

  /**
   * Makes a GeoNames file (the world-wide cities500.txt, allCountries.txt, a country dump; .gz
   * read as well) the base gazetteer of this folder instead of the bundled extract: the file is
   * parsed and its snapshot written first, then its path is recorded in one atomic step. The file
   * stays where it is; its snapshot is rebuilt whenever it changes.
   *
   * @throws GazetteerFormatException naming the file, the line and the fault; nothing is then changed
   */
  public BaseSummary useBase(Path source, Consumer<String> notices) {
    Path absolute = source.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      try (FileChannel lockFile = FileChannel.open(dir.resolve(".places.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
        Gazetteer gazetteer = Gazetteer.load(absolute, baseSnapshot(), notices);
        writeAtomically(baseFile(), "# The base gazetteer (observatory gazetteer use): a GeoNames file read instead"
            + " of the bundled extract.\n" + absolute + "\n");
        return new BaseSummary(absolute, gazetteer.size(), baseSnapshot());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + baseFile() + ": " + e.getMessage(), e);
    }
  }

  /** Goes back to the bundled extract as the base gazetteer; true when another base was in use. */
  public boolean useBundled() {
    try {
      boolean was = Files.deleteIfExists(baseFile());
      Files.deleteIfExists(baseSnapshot());
      return was;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + baseFile() + ": " + e.getMessage(), e);
    }
  }

  private void writeAtomically(Path target, String text) throws IOException {
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** What an import did. {@code written} is false when it found nothing new to store. */
  public record ImportSummary(Path source, long read, long added, long updated, long alreadyKnown, long skipped,
      Path file, boolean written) {
  }

  /**
   * Imports a CSV or GeoNames file (see {@link UserPlaces}), with an optional alternateNames file.
   *
   * @throws GazetteerFormatException naming the file, the line and the fault; nothing is then stored
   */
  public ImportSummary importFile(Path source, Optional<Path> alternateNames) {
    return importFile(source, alternateNames, UserPlaces.CsvOptions.STANDARD);
  }

  /** As {@link #importFile(Path, Optional)}, reading a CSV in its own columns. */
  public ImportSummary importFile(Path source, Optional<Path> alternateNames, UserPlaces.CsvOptions options) {
    Gazetteer bundled = Gazetteer.bundled();
    UserPlaces.Read read = UserPlaces.read(source, alternateNames, bundled, options);
    try {
      Files.createDirectories(dir);
      try (FileChannel lockFile = FileChannel.open(dir.resolve(".places.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
        return merge(source, read, bundled);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file() + ": " + e.getMessage(), e);
    }
  }

  private ImportSummary merge(Path source, UserPlaces.Read read, Gazetteer bundled) throws IOException {
    Map<String, Place> merged = new LinkedHashMap<>();
    for (Place place : places()) {
      merged.putIfAbsent(key(place), place);
    }
    long added = 0;
    long updated = 0;
    long known = 0;
    for (Place place : read.places()) {
      if (place.geonameId().isPresent() && bundled.containsGeonameId(place.geonameId().getAsLong())) {
        known++;
        continue;
      }
      String key = key(place);
      Place stored = merged.get(key);
      if (stored == null) {
        merged.put(key, place);
        added++;
        continue;
      }
      Set<String> names = new LinkedHashSet<>(stored.alternateNames());
      for (String alternate : place.alternateNames()) {
        if (!alternate.equals(stored.name())) {
          names.add(alternate);
        }
      }
      if (names.size() > stored.alternateNames().size()) {
        merged.put(key, new Place(stored.geonameId(), stored.name(), List.copyOf(names), stored.latitude(),
            stored.longitude(), stored.countryCode(), stored.admin1(), stored.admin2(), stored.kind(),
            stored.population()));
        updated++;
      } else {
        known++;
      }
    }
    boolean write = added + updated > 0;
    if (write) {
      write(merged.values());
    }
    return new ImportSummary(source, read.places().size(), added, updated, known, read.skipped(), file(), write);
  }

  /** Writes a temporary file beside places.tsv, flushes it to disk, and moves it over in one step. */
  private void write(Iterable<Place> places) throws IOException {
    Path tmp = Files.createTempFile(dir, ".places-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
          Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8)) {
        out.write(HEADER);
        for (Place place : places) {
          out.write(format(place));
        }
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(dir + " does not support atomic renames, so an import could be left half done;"
            + " use a data folder on a local file system", e);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** One stored place: a geonameid, or else its folded name and its point to 3 decimals (about 100 m). */
  static String key(Place place) {
    if (place.geonameId().isPresent()) {
      return "geonames:" + place.geonameId().getAsLong();
    }
    return NameKeys.fold(place.name()) + String.format(Locale.ROOT, "@%.3f,%.3f", place.latitude(),
        place.longitude());
  }

  static String format(Place place) {
    return String.join("\t",
        place.geonameId().isPresent() ? Long.toString(place.geonameId().getAsLong()) : "",
        place.name(),
        String.join("|", place.alternateNames()),
        BigDecimal.valueOf(place.latitude()).toPlainString(),
        BigDecimal.valueOf(place.longitude()).toPlainString(),
        place.countryCode(),
        place.admin1().orElse(""),
        place.admin2().orElse(""),
        place.kind() == Place.Kind.ADMIN2 ? "district" : "place",
        place.population() > 0 ? Long.toString(place.population()) : "") + "\n";
  }

  private static Place parse(GazetteerFiles.Line line) {
    if (line.fields().length != COLUMNS) {
      throw line.fault("expected " + COLUMNS + " tab-separated columns, found " + line.fields().length
          + "; the file was edited by hand or is not a places file (re-import to rebuild it)");
    }
    String[] f = line.fields();
    long id = line.whole(0, "geonameid", false);
    List<String> alternates = f[2].isBlank() ? List.of()
        : List.of(f[2].split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    Place.Kind kind = switch (f[8].strip()) {
      case "place" -> Place.Kind.POPULATED_PLACE;
      case "district" -> Place.Kind.ADMIN2;
      default -> throw line.fault("kind '" + f[8].strip() + "' is neither place nor district");
    };
    return new Place(id > 0 ? OptionalLong.of(id) : OptionalLong.empty(), line.text(1, "name"), alternates,
        line.coordinate(3, "latitude", 90), line.coordinate(4, "longitude", 180), line.text(5, "country"),
        optional(f[6]), optional(f[7]), kind, line.whole(9, "population", false));
  }

  private static Optional<String> optional(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
