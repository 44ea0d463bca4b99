package observatory.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer's tab-separated files into typed rows, once, at the edge. Every fault
 * becomes a {@link GazetteerFormatException} that names the file, the line and the value.
 * Blank lines and lines starting with {@code #} are skipped.
 */
final class GazetteerFiles {

  /** The 19 columns of a GeoNames dump (cities500.txt, SY.txt, allCountries.txt). */
  static final int GEONAMES_COLUMNS = 19;

  private GazetteerFiles() {
  }

  /** One GeoNames row, reduced to the columns the resolver uses. */
  record PlaceRow(long geonameId, String name, String asciiName, List<String> alternateNames, double latitude,
      double longitude, String featureCode, String countryCode, String admin1Code, long population) {
  }

  /** A first-order area: {@code SY.12}, its name and spellings. */
  record Admin1Row(String code, String name, List<String> alternateNames, double latitude, double longitude,
      OptionalLong geonameId) {
  }

  /** The observatory's own name for an admin1 code and the spellings reports add. */
  record CanonicalRow(String code, String name, List<String> alternateNames) {
  }

  record CountryRow(String code, String name, List<String> alternateNames, double latitude, double longitude,
      OptionalLong geonameId, List<String> adjectives) {
  }

  /** A named area inside one governorate ("Eastern Ghouta"). */
  record RegionRow(String countryCode, String admin1Code, String name, List<String> alternateNames) {
  }

  /** One non-comment line split on tabs, with where it came from. */
  record Line(String file, long number, String[] fields) {

    GazetteerFormatException fault(String what) {
      return new GazetteerFormatException(file, number, what);
    }

    String text(int column, String what) {
      String value = column < fields.length ? fields[column].strip() : "";
      if (value.isEmpty()) {
        throw fault(what + " is empty (column " + (column + 1) + ")");
      }
      return value;
    }

    List<String> list(int column) {
      if (column >= fields.length || fields[column].isBlank()) {
        return List.of();
      }
      String[] parts = fields[column].split(",");
      List<String> values = new ArrayList<>(parts.length);
      for (String part : parts) {
        String value = part.strip();
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
      return values;
    }

    double coordinate(int column, String what, double limit) {
      String value = text(column, what);
      double d;
      try {
        d = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw fault(what + " '" + value + "' is not a number");
      }
      if (!(Math.abs(d) <= limit)) {
        throw fault(what + " " + value + " is out of range (-" + (int) limit + " to " + (int) limit + ")");
      }
      return d;
    }

    long whole(int column, String what, boolean required) {
      String value = column < fields.length ? fields[column].strip() : "";
      if (value.isEmpty() && !required) {
        return 0;
      }
      try {
        long n = Long.parseLong(value);
        if (n < 0) {
          throw fault(what + " " + value + " is negative");
        }
        return n;
      } catch (NumberFormatException e) {
        throw fault(what + " '" + value + "' is not a whole number");
      }
    }

    OptionalLong optionalId(int column) {
      long id = whole(column, "geonameid", false);
      return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }

    void expectColumns(int min, String format) {
      if (fields.length < min) {
        throw fault("expected " + min + " tab-separated columns (" + format + "), found " + fields.length);
      }
    }
  }

  /**
   * The populated places (feature class P) of a GeoNames-format file: the bundled extract or a
   * GeoNames country dump, whose streams, hills and other features are skipped.
   */
  static List<PlaceRow> places(String file, BufferedReader in) {
    List<PlaceRow> rows = new ArrayList<>();
    eachLine(file, in, line -> {
      line.expectColumns(GEONAMES_COLUMNS, "GeoNames format");
      if (!line.fields()[6].strip().equals("P")) {
        return;
      }
      String name = line.text(1, "name");
      List<String> alternates = new ArrayList<>();
      String ascii = line.fields()[2].strip();
      if (!ascii.isEmpty() && !ascii.equals(name)) {
        alternates.add(ascii);
      }
      for (String alternate : line.list(3)) {
        if (isReadScript(alternate) && !alternate.equals(name) && !alternates.contains(alternate)) {
          alternates.add(alternate);
        }
      }
      rows.add(new PlaceRow(line.whole(0, "geonameid", true), name, ascii, List.copyOf(alternates),
          line.coordinate(4, "latitude", 90), line.coordinate(5, "longitude", 180),
          line.fields()[7].strip(), line.text(8, "country code"), line.fields()[10].strip(),
          line.whole(14, "population", false)));
    });
    return rows;
  }

  /**
   * Whether a name is written in a script the observatory reads reports in: Latin or Arabic
   * (with the digits, marks and punctuation both use). GeoNames lists alternates in every script
   * (Cyrillic, Han, Greek, ...); keeping only these makes a world-wide file several times smaller
   * in memory, and no report the extractor reads could name a place in the others.
   */
  static boolean isReadScript(String name) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.ARABIC) {
          return false;
        }
      }
    }
    return true;
  }

  static List<Admin1Row> admin1(String file, BufferedReader in) {
    List<Admin1Row> rows = new ArrayList<>();
    for (Line line : lines(file, in)) {
      line.expectColumns(5, "code, name, alternates, latitude, longitude, geonameid");
      rows.add(new Admin1Row(adminCode(line, 0), line.text(1, "name"), line.list(2),
          line.coordinate(3, "latitude", 90), line.coordinate(4, "longitude", 180), line.optionalId(5)));
    }
    return rows;
  }

  static List<CanonicalRow> canonical(String file, BufferedReader in) {
    List<CanonicalRow> rows = new ArrayList<>();
    for (Line line : lines(file, in)) {
      line.expectColumns(2, "code, canonical name, alternates");
      rows.add(new CanonicalRow(adminCode(line, 0), line.text(1, "canonical name"), line.list(2)));
    }
    return rows;
  }

  /** Names reports use for a GeoNames place that GeoNames lacks ({@code alternate-names.tsv}). */
  record MoreNames(long geonameId, List<String> alternateNames) {
  }

  static List<MoreNames> moreNames(String file, BufferedReader in) {
    List<MoreNames> rows = new ArrayList<>();
    for (Line line : lines(file, in)) {
      line.expectColumns(3, "geonameid, place, alternates");
      rows.add(new MoreNames(line.whole(0, "geonameid", true), line.list(2)));
    }
    return rows;
  }

  /** The rows with the names added to the places they name; a name for no row is an error. */
  static List<PlaceRow> withMoreNames(List<PlaceRow> rows, List<MoreNames> more) {
    return withMoreNames(rows, more, true);
  }

  /** The rows with the names added to those of the places they name that the rows hold (a country dump holds few). */
  static List<PlaceRow> withMoreNamesWherePresent(List<PlaceRow> rows, List<MoreNames> more) {
    return withMoreNames(rows, more, false);
  }

  private static List<PlaceRow> withMoreNames(List<PlaceRow> rows, List<MoreNames> more, boolean all) {
    java.util.Map<Long, List<String>> byId = new java.util.HashMap<>();
    for (MoreNames m : more) {
      byId.computeIfAbsent(m.geonameId(), k -> new ArrayList<>()).addAll(m.alternateNames());
    }
    List<PlaceRow> out = new ArrayList<>(rows.size());
    for (PlaceRow row : rows) {
      List<String> names = byId.remove(row.geonameId());
      if (names == null) {
        out.add(row);
        continue;
      }
      List<String> alternates = new ArrayList<>(row.alternateNames());
      names.stream().filter(n -> !alternates.contains(n)).forEach(alternates::add);
      out.add(new PlaceRow(row.geonameId(), row.name(), row.asciiName(), List.copyOf(alternates), row.latitude(),
          row.longitude(), row.featureCode(), row.countryCode(), row.admin1Code(), row.population()));
    }
    if (all && !byId.isEmpty()) {
      throw new GazetteerFormatException("alternate-names.tsv", 0, "GeoNames ids " + byId.keySet()
          + " are not in the bundled places; rebuild them or fix the ids");
    }
    return out;
  }

  static List<CountryRow> countries(String file, BufferedReader in) {
    List<CountryRow> rows = new ArrayList<>();
    for (Line line : lines(file, in)) {
      line.expectColumns(5, "code, name, alternates, latitude, longitude, geonameid");
      String code = line.text(0, "country code");
      if (!code.matches("[A-Z]{2}")) {
        throw line.fault("country code '" + code + "' is not two capital letters (ISO 3166-1 alpha-2)");
      }
      rows.add(new CountryRow(code, line.text(1, "name"), line.list(2),
          line.coordinate(3, "latitude", 90), line.coordinate(4, "longitude", 180), line.optionalId(5), line.list(6)));
    }
    return rows;
  }

  static List<RegionRow> regions(String file, BufferedReader in) {
    List<RegionRow> rows = new ArrayList<>();
    for (Line line : lines(file, in)) {
      line.expectColumns(3, "country, admin1 code, name, alternates");
      rows.add(new RegionRow(line.text(0, "country code"), adminCode(line, 1), line.text(2, "name"), line.list(3)));
    }
    return rows;
  }

  private static String adminCode(Line line, int column) {
    String code = line.text(column, "admin1 code");
    if (!code.matches("[A-Z]{2}\\.\\w+")) {
      throw line.fault("admin1 code '" + code + "' is not of the form CC.NN (e.g. SY.12)");
    }
    return code;
  }

  private static List<Line> lines(String file, BufferedReader in) {
    List<Line> lines = new ArrayList<>();
    eachLine(file, in, lines::add);
    return lines;
  }

  /** Streams the non-comment lines of a file that may be too large to hold (allCountries.txt). */
  static void eachLine(String file, BufferedReader in, java.util.function.Consumer<Line> action) {
    long number = 0;
    try {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1); // a byte-order mark, as some editors write
        }
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        action.accept(new Line(file, number, text.split("\t", -1)));
      }
    } catch (IOException e) {
      throw new GazetteerFormatException(file, "cannot be read after line " + number + ": " + e.getMessage(), e);
    }
  }

  /** Opens a file, gunzipping it when its name ends in .gz. */
  static BufferedReader open(Path path) {
    try {
      InputStream in = Files.newInputStream(path);
      return reader(path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in);
    } catch (IOException e) {
      throw new GazetteerFormatException(path.toString(), "cannot be read: " + e, e);
    }
  }

  /** Reads a resource beside this class with one of the parsers above. */
  static <T> List<T> readResource(String resource, BiFunction<String, BufferedReader, List<T>> parser) {
    try (BufferedReader in = resource(resource)) {
      return parser.apply(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + resource, e);
    }
  }

  /** Opens a resource beside this class, gunzipping it when its name ends in .gz. */
  static BufferedReader resource(String name) {
    InputStream in = GazetteerFiles.class.getResourceAsStream(name);
    if (in == null) {
      throw new GazetteerFormatException(name, 0,
          "bundled resource is missing from the classpath (rebuild with scripts/build-gazetteer.sh)");
    }
    try {
      return reader(name.endsWith(".gz") ? new GZIPInputStream(in) : in);
    } catch (IOException e) {
      throw new GazetteerFormatException(name, "cannot be read: " + e, e);
    }
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
