package observatory.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The governorates of the bundled gazetteer as the map's offline basemap: their outlines
 * ({@code observatory/geo/admin1-shapes.tsv.gz}, Natural Earth) as GeoJSON, named as the
 * observatory names them (admin1.tsv, with the canonical names of admin1-canonical.tsv), and the
 * point an incident known only to its governorate is drawn at.
 */
final class Regions {
  private static final String DIR = "observatory/geo/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A governorate's name and its representative point. */
  record Region(String code, String name, double lat, double lon) {
  }

  private final Map<String, Region> byCode;
  private final Map<String, Region> byName;
  private final byte[] geoJson;

  private Regions(Map<String, Region> byCode, byte[] geoJson) {
    this.byCode = byCode;
    this.geoJson = geoJson;
    this.byName = new HashMap<>();
    byCode.values().forEach(r -> byName.putIfAbsent(r.name().toLowerCase(Locale.ROOT), r));
  }

  static Regions bundled() {
    Map<String, String> canonical = new HashMap<>();
    read("admin1-canonical.tsv", false, cols -> canonical.put(cols[0], cols[1]));
    Map<String, Region> byCode = new HashMap<>();
    read("admin1.tsv", false, cols -> byCode.put(cols[0], new Region(cols[0], canonical.getOrDefault(cols[0], cols[1]),
        Double.parseDouble(cols[3]), Double.parseDouble(cols[4]))));
    ObjectNode collection = JSON.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    read("admin1-shapes.tsv.gz", true, cols -> {
      Region region = byCode.get(cols[0]);
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      ObjectNode props = f.putObject("properties");
      props.put("code", cols[0]);
      props.put("name", region == null ? cols[0] : region.name());
      ObjectNode geometry = f.putObject("geometry");
      geometry.put("type", "Polygon");
      ArrayNode ring = geometry.putArray("coordinates").addArray();
      for (String point : cols[1].split(";")) {
        int space = point.indexOf(' ');
        ring.addArray().add(Double.parseDouble(point.substring(0, space))).add(Double.parseDouble(point.substring(space + 1)));
      }
    });
    try {
      return new Regions(Map.copyOf(byCode), JSON.writeValueAsBytes(collection));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the governorates as GeoJSON", e);
    }
  }

  byte[] geoJson() {
    return geoJson;
  }

  /** The governorate a name (as incidents store it, any case) or code names. */
  Optional<Region> find(String nameOrCode) {
    if (nameOrCode == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byName.get(nameOrCode.toLowerCase(Locale.ROOT))).or(() -> Optional.ofNullable(byCode.get(nameOrCode)));
  }

  private interface Row {
    void accept(String[] cols);
  }

  private static void read(String file, boolean gzip, Row row) {
    try (InputStream raw = Regions.class.getClassLoader().getResourceAsStream(DIR + file)) {
      if (raw == null) {
        throw new IllegalStateException("resource " + DIR + file + " is missing from the class path");
      }
      InputStream in = gzip ? new GZIPInputStream(raw) : raw;
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIR + file, e);
    }
  }
}
