package observatory.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a user's place file into places, all or nothing: the first malformed row throws a
 * {@link GazetteerFormatException} naming the file, the line and the fault, and nothing is
 * returned. Two formats, told apart by the first line:
 *
 * <ul>
 *   <li>a CSV whose header is {@code name,alternates,lat,lon,country,admin1,admin2} (any order;
 *       {@code latitude}/{@code longitude} also accepted). Alternates are separated by {@code |} or
 *       {@code ;}. Country is an ISO code or a name; blank, it is the country the point lies in.
 *       Admin1 is a governorate name in any spelling or a GeoNames admin1 code ({@code 07} or
 *       {@code SY.07}); blank, it is the governorate the point lies in.
 *   <li>a GeoNames dump (19 tab-separated columns: {@code SY.txt}, {@code allCountries.txt},
 *       gzipped when the name ends in .gz). Populated places (feature class P) and districts
 *       (A/ADM2) of the countries the gazetteer knows are read; other rows are skipped. Optionally
 *       an alternateNamesV2 file adds the names of the places read (codes such as {@code link}
 *       or {@code post} are not names and are skipped).
 * </ul>
 */
public final class UserPlaces {

  /** The CSV columns, in the order the README gives them. */
  public static final List<String> CSV_COLUMNS = List.of("name", "alternates", "lat", "lon", "country", "admin1",
      "admin2");
  /** alternateNames "languages" that are not languages: links, postcodes, airport codes, ... */
  private static final Set<String> NOT_NAMES = Set.of("link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc",
      "abbr", "fr_1793", "phon", "piny");

  private final Gazetteer gazetteer;
  private final Map<String, Boolean> knownCountries = new HashMap<>();

  private UserPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * How to read a CSV that is not in the observatory's own columns, such as a monitor's incident
   * table: {@code columns} maps the observatory's column names (name, alternates, lat, lon,
   * country, admin1, admin2) to the file's; only name, lat and lon are then required and the
   * file's other columns are ignored. With {@code skipIncomplete}, rows that lack a name or
   * coordinates (an incident with no location) are skipped and counted instead of failing.
   * {@code country} is the country of rows that name none (a list of one country's villages),
   * rather than the one the point falls in, which is unsure near a border.
   */
  public record CsvOptions(Map<String, String> columns, boolean skipIncomplete, Optional<String> country) {
    public static final CsvOptions STANDARD = new CsvOptions(Map.of(), false, Optional.empty());

    public CsvOptions {
      for (String k : columns.keySet()) {
        if (!CSV_COLUMNS.contains(k)) {
          throw new IllegalArgumentException("unknown column '" + k + "' in the mapping; the columns are "
              + String.join(",", CSV_COLUMNS));
        }
      }
      columns = Map.copyOf(columns);
    }
  }

  /** What a file held: the places read, and how many rows were skipped as not places. */
  public record Read(List<Place> places, long skipped) {
    public Read {
      places = List.copyOf(places);
    }
  }

  /**
   * Reads a CSV or GeoNames file, with an optional alternateNames file for a GeoNames dump.
   * Governorates and countries are mapped through {@code gazetteer}.
   */
  public static Read read(Path file, Optional<Path> alternateNames, Gazetteer gazetteer) {
    return read(file, alternateNames, gazetteer, CsvOptions.STANDARD);
  }

  /** As {@link #read(Path, Optional, Gazetteer)}, reading a CSV with its own column names. */
  public static Read read(Path file, Optional<Path> alternateNames, Gazetteer gazetteer, CsvOptions options) {
    UserPlaces reader = new UserPlaces(gazetteer);
    String header;
    try (BufferedReader in = GazetteerFiles.open(file)) {
      header = in.readLine();
    } catch (IOException e) {
      throw new GazetteerFormatException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
    if (header == null || header.isBlank()) {
      throw new GazetteerFormatException(file.toString(), 1, "the file is empty; expected a CSV with the header "
          + String.join(",", CSV_COLUMNS) + " or GeoNames rows");
    }
    header = header.replace("\uFEFF", "");
    boolean csv = !header.contains("\t") || header.toLowerCase(Locale.ROOT).startsWith("name")
        || !options.columns().isEmpty();
    if (csv) {
      if (alternateNames.isPresent()) {
        throw new GazetteerFormatException(alternateNames.get().toString(), 0,
            "an alternateNames file goes with a GeoNames dump, not with a CSV (put alternates in its column)");
      }
      return reader.csv(file, options);
    }
    return reader.geonames(file, alternateNames);
  }

  // ---------------------------------------------------------------- CSV

  private Read csv(Path file, CsvOptions options) {
    String name = file.toString();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(false).setCommentMarker('#').get();
    List<Place> places = new ArrayList<>();
    long skipped = 0;
    try (BufferedReader in = GazetteerFiles.open(file); CSVParser parser = CSVParser.builder().setReader(in)
        .setFormat(format).get()) {
      Map<String, Integer> columns = options.columns().isEmpty() ? columns(name, parser.getHeaderNames())
          : mapped(name, parser.getHeaderNames(), options.columns());
      var records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new GazetteerFormatException(name, line, "not valid CSV: " + e.getMessage());
        }
        if (record.hasComment()) {
          line += record.getComment().split("\n", -1).length;
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (record.size() != parser.getHeaderNames().size()) {
          throw new GazetteerFormatException(name, line, "expected " + parser.getHeaderNames().size() + " columns ("
              + String.join(",", parser.getHeaderNames()) + "), found " + record.size());
        }
        if (options.skipIncomplete() && (value(record, columns, "name").isEmpty()
            || value(record, columns, "lat").isEmpty() || value(record, columns, "lon").isEmpty())) {
          skipped++;
          continue;
        }
        places.add(csvPlace(name, line, record, columns, options.country()));
      }
    } catch (IOException e) {
      throw new GazetteerFormatException(name, "cannot be read: " + e.getMessage(), e);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      // commons-csv reports a repeated or empty header so.
      throw new GazetteerFormatException(name, 1, "not valid CSV: " + e.getMessage());
    }
    return new Read(dedupe(places), skipped);
  }

  /** An incident table names one village many times: one place per name and point. */
  private static List<Place> dedupe(List<Place> places) {
    Map<String, Place> seen = new LinkedHashMap<>();
    for (Place p : places) {
      seen.putIfAbsent(NameKeys.fold(p.name()) + "@" + Math.round(p.latitude() * 1000) + "," + Math.round(p.longitude() * 1000), p);
    }
    return new ArrayList<>(seen.values());
  }

  /** A column's value, or "" where the mapping leaves the column out. */
  private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
    Integer i = columns.get(column);
    return i == null ? "" : record.get(i);
  }

  /** The index of each mapped column in the file's header; name, lat and lon are required. */
  private static Map<String, Integer> mapped(String file, List<String> header, Map<String, String> mapping) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (Map.Entry<String, String> m : mapping.entrySet()) {
      int i = header.indexOf(m.getValue());
      if (i < 0) {
        throw new GazetteerFormatException(file, 1, "the mapping names column '" + m.getValue()
            + "', which the header lacks; the header is " + String.join(",", header));
      }
      columns.put(m.getKey(), i);
    }
    for (String required : List.of("name", "lat", "lon")) {
      if (!columns.containsKey(required)) {
        throw new GazetteerFormatException(file, 1, "the mapping lacks '" + required + "' (e.g. --columns "
            + required + "=COLUMN)");
      }
    }
    return columns;
  }

  /** The index of each required column, by its name in the header. */
  private static Map<String, Integer> columns(String file, List<String> header) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = switch (header.get(i).strip().toLowerCase(Locale.ROOT)) {
        case "latitude" -> "lat";
        case "longitude", "lng", "long" -> "lon";
        default -> header.get(i).strip().toLowerCase(Locale.ROOT);
      };
      if (!CSV_COLUMNS.contains(column) || columns.put(column, i) != null) {
        throw new GazetteerFormatException(file, 1, "header column '" + header.get(i) + "' is "
            + (CSV_COLUMNS.contains(column) ? "repeated" : "unknown") + "; the header is " + String.join(",", CSV_COLUMNS));
      }
    }
    if (columns.size() != CSV_COLUMNS.size()) {
      List<String> missing = new ArrayList<>(CSV_COLUMNS);
      missing.removeAll(columns.keySet());
      throw new GazetteerFormatException(file, 1, "header lacks " + String.join(", ", missing) + "; the header is "
          + String.join(",", CSV_COLUMNS));
    }
    return columns;
  }

  private Place csvPlace(String file, long line, CSVRecord record, Map<String, Integer> columns,
      Optional<String> defaultCountry) {
    String placeName = value(record, columns, "name");
    if (placeName.isEmpty()) {
      throw new GazetteerFormatException(file, line, "name is empty");
    }
    checkText(file, line, placeName, "name");
    double lat = coordinate(file, line, value(record, columns, "lat"), "lat", 90);
    double lon = coordinate(file, line, value(record, columns, "lon"), "lon", 180);
    String countryText = value(record, columns, "country").isEmpty() && defaultCountry.isPresent()
        ? defaultCountry.get() : value(record, columns, "country");
    Optional<Place> pointAdmin1 = gazetteer.admin1At(lat, lon);
    String country;
    if (countryText.isEmpty()) {
      country = pointAdmin1.map(Place::countryCode).orElseThrow(() -> new GazetteerFormatException(file, line,
          "country is empty and " + lat + ", " + lon + " lies in none of the bundled countries; give its ISO code"));
    } else {
      country = gazetteer.country(countryText).map(Place::countryCode).orElseThrow(() ->
          new GazetteerFormatException(file, line, "unknown country '" + countryText
              + "'; give an ISO 3166 code such as SY or a name such as Syria"));
    }
    String admin1Text = value(record, columns, "admin1");
    Optional<String> admin1;
    if (admin1Text.isEmpty()) {
      admin1 = pointAdmin1.filter(a -> a.countryCode().equals(country)).map(Place::name);
    } else {
      admin1 = Optional.of(admin1(file, line, admin1Text, country));
    }
    List<String> alternates = new ArrayList<>();
    for (String alternate : value(record, columns, "alternates").split("[|;]")) {
      String a = alternate.strip();
      if (!a.isEmpty() && !a.equals(placeName) && !alternates.contains(a)) {
        checkText(file, line, a, "alternate name");
        alternates.add(a);
      }
    }
    String admin2 = value(record, columns, "admin2");
    checkText(file, line, admin2, "admin2");
    return new Place(OptionalLong.empty(), placeName, alternates, lat, lon, country, admin1,
        admin2.isEmpty() ? Optional.empty() : Optional.of(admin2), Place.Kind.POPULATED_PLACE, 0);
  }

  /** A governorate name in any spelling, or a GeoNames admin1 code, as the observatory's name. */
  private String admin1(String file, long line, String text, String country) {
    String code = text.contains(".") ? text : country + "." + text;
    Optional<Place> byCode = gazetteer.admin1ByCode(code.toUpperCase(Locale.ROOT));
    if (byCode.isPresent()) {
      return byCode.get().name();
    }
    Optional<Place> byName = gazetteer.admin1(text).filter(a -> a.countryCode().equals(country));
    if (byName.isPresent()) {
      return byName.get().name();
    }
    if (gazetteer.knowsAdmin1sOf(country)) {
      throw new GazetteerFormatException(file, line, "admin1 '" + text + "' is not a governorate of " + country
          + "; give its name (e.g. Idlib, Rif Dimashq), its GeoNames admin1 code, or leave it blank to take it"
          + " from the coordinates");
    }
    return text;
  }

  private static double coordinate(String file, long line, String value, String what, double limit) {
    if (value.isEmpty()) {
      throw new GazetteerFormatException(file, line, what + " is empty");
    }
    double d;
    try {
      d = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new GazetteerFormatException(file, line, what + " '" + value + "' is not a number");
    }
    if (!(Math.abs(d) <= limit)) {
      throw new GazetteerFormatException(file, line, what + " " + value + " is out of range (-" + (int) limit
          + " to " + (int) limit + ")");
    }
    return d;
  }

  /** The store is tab-separated with '|' between alternates: names may hold neither. */
  private static void checkText(String file, long line, String text, String what) {
    if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('|') >= 0) {
      throw new GazetteerFormatException(file, line, what + " '" + text.replaceAll("\\s", " ")
          + "' contains a tab, a line break or '|'");
    }
  }

  // ---------------------------------------------------------------- GeoNames

  /** A GeoNames row being read, before its alternate names are complete. */
  private static final class Row {
    final long id;
    final String name;
    final Set<String> alternates = new LinkedHashSet<>();
    final double lat;
    final double lon;
    final String country;
    final String admin1Code;
    final String admin2Code;
    final boolean district;
    final long population;

    Row(long id, String name, double lat, double lon, String country, String admin1Code, String admin2Code,
        boolean district, long population) {
      this.id = id;
      this.name = name;
      this.lat = lat;
      this.lon = lon;
      this.country = country;
      this.admin1Code = admin1Code;
      this.admin2Code = admin2Code;
      this.district = district;
      this.population = population;
    }

    void addAlternate(String alternate) {
      String a = clean(alternate);
      if (!a.isEmpty() && !a.equals(name)) {
        alternates.add(a);
      }
    }
  }

  private Read geonames(Path file, Optional<Path> alternateNames) {
    String name = file.toString();
    Map<Long, Row> rows = new LinkedHashMap<>();
    long[] skipped = {0};
    try (BufferedReader in = GazetteerFiles.open(file)) {
      GazetteerFiles.eachLine(name, in, line -> {
        line.expectColumns(GazetteerFiles.GEONAMES_COLUMNS, "GeoNames format");
        String[] f = line.fields();
        String featureClass = f[6].strip();
        String featureCode = f[7].strip();
        boolean district = featureClass.equals("A") && featureCode.equals("ADM2");
        String country = f[8].strip();
        // Governorates and countries are bundled under the observatory's names; other admin levels
        // and features (streams, hills) are not places a report names as where an event happened.
        if (!(featureClass.equals("P") || district) || !knownCountries.computeIfAbsent(country, gazetteer::knowsAdmin1sOf)) {
          skipped[0]++;
          return;
        }
        long id = line.whole(0, "geonameid", true);
        String placeName = clean(line.text(1, "name"));
        Row row = new Row(id, placeName, line.coordinate(4, "latitude", 90), line.coordinate(5, "longitude", 180),
            country, f[10].strip(), f[11].strip(), district, line.whole(14, "population", false));
        row.addAlternate(f[2]);
        for (String alternate : line.list(3)) {
          row.addAlternate(alternate);
        }
        if (rows.put(id, row) != null) {
          throw line.fault("geonameid " + id + " is listed twice");
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + name, e);
    }
    alternateNames.ifPresent(path -> addAlternateNames(path, rows));
    Map<String, String> districts = new HashMap<>();
    for (Row row : rows.values()) {
      if (row.district) {
        districts.put(row.country + "." + row.admin1Code + "." + row.admin2Code, row.name);
      }
    }
    List<Place> places = new ArrayList<>(rows.size());
    for (Row row : rows.values()) {
      Optional<String> admin1 = gazetteer.admin1ByCode(row.country + "." + row.admin1Code).map(Place::name)
          .or(() -> gazetteer.admin1At(row.lat, row.lon).filter(a -> a.countryCode().equals(row.country))
              .map(Place::name));
      Optional<String> admin2 = Optional.ofNullable(
          districts.get(row.country + "." + row.admin1Code + "." + row.admin2Code));
      places.add(new Place(OptionalLong.of(row.id), row.name, List.copyOf(row.alternates), row.lat, row.lon,
          row.country, admin1, row.district ? Optional.of(row.name) : admin2,
          row.district ? Place.Kind.ADMIN2 : Place.Kind.POPULATED_PLACE, row.population));
    }
    return new Read(places, skipped[0]);
  }

  /** alternateNamesV2: alternateNameId, geonameid, isolanguage, alternate name, flags... */
  private static void addAlternateNames(Path file, Map<Long, Row> rows) {
    String name = file.toString();
    try (BufferedReader in = GazetteerFiles.open(file)) {
      GazetteerFiles.eachLine(name, in, line -> {
        line.expectColumns(4, "alternateNameId, geonameid, isolanguage, alternate name");
        line.whole(0, "alternateNameId", true);
        Row row = rows.get(line.whole(1, "geonameid", true));
        if (row != null && !NOT_NAMES.contains(line.fields()[2].strip())) {
          row.addAlternate(line.text(3, "alternate name"));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + name, e);
    }
  }

  /** GeoNames names may hold a '|' (rarely); the store separates alternates with it. */
  private static String clean(String name) {
    return name.replace('|', ' ').strip();
  }
}
