package observatory.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outlines of first-order areas (Natural Earth 1:10m, outer rings only), to tell which
 * governorate a point lies in. Loaded on first use: most callers never need it.
 */
final class Admin1Shapes {

  private static final String RESOURCE = "admin1-shapes.tsv.gz";

  /** One closed ring with its bounding box, which rules most points out at once. */
  private record Ring(String code, double[] lons, double[] lats, double minLon, double maxLon, double minLat,
      double maxLat, double area) {

    boolean contains(double lat, double lon) {
      if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) {
        return false;
      }
      boolean inside = false;
      for (int i = 0, j = lons.length - 1; i < lons.length; j = i++) {
        if ((lats[i] > lat) != (lats[j] > lat)
            && lon < (lons[j] - lons[i]) * (lat - lats[i]) / (lats[j] - lats[i]) + lons[i]) {
          inside = !inside;
        }
      }
      return inside;
    }
  }

  private final List<Ring> rings;

  private Admin1Shapes(List<Ring> rings) {
    this.rings = List.copyOf(rings);
  }

  static Admin1Shapes bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Admin1Shapes INSTANCE = read(RESOURCE);
  }

  /**
   * The admin1 code ("SY.12") of the area the point lies in, if any. Where rings nest (Damascus
   * lies in a hole of Rif Dimashq, and holes are not kept) the smallest ring is the area.
   */
  Optional<String> codeAt(double latitude, double longitude) {
    Ring best = null;
    for (Ring ring : rings) {
      if (ring.contains(latitude, longitude) && (best == null || ring.area() < best.area())) {
        best = ring;
      }
    }
    return Optional.ofNullable(best).map(Ring::code);
  }

  private static Admin1Shapes read(String resource) {
    List<Ring> rings = new ArrayList<>();
    try (BufferedReader in = GazetteerFiles.resource(resource)) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rings.add(ring(resource, number, line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    return new Admin1Shapes(rings);
  }

  private static Ring ring(String file, long number, String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new GazetteerFormatException(file, number, "expected an admin1 code, a tab and a ring of points");
    }
    String[] points = line.substring(tab + 1).split(";");
    if (points.length < 4) {
      throw new GazetteerFormatException(file, number, "a ring needs at least 4 points, found " + points.length);
    }
    double[] lons = new double[points.length];
    double[] lats = new double[points.length];
    double minLon = 180;
    double maxLon = -180;
    double minLat = 90;
    double maxLat = -90;
    for (int i = 0; i < points.length; i++) {
      String point = points[i];
      int space = point.indexOf(' ');
      try {
        lons[i] = Double.parseDouble(point.substring(0, space));
        lats[i] = Double.parseDouble(point.substring(space + 1));
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        throw new GazetteerFormatException(file, number, "point " + (i + 1) + " '" + point
            + "' is not 'longitude latitude'");
      }
      minLon = Math.min(minLon, lons[i]);
      maxLon = Math.max(maxLon, lons[i]);
      minLat = Math.min(minLat, lats[i]);
      maxLat = Math.max(maxLat, lats[i]);
    }
    double twiceArea = 0;
    for (int i = 0, j = points.length - 1; i < points.length; j = i++) {
      twiceArea += (lons[j] + lons[i]) * (lats[j] - lats[i]);
    }
    return new Ring(line.substring(0, tab), lons, lats, minLon, maxLon, minLat, maxLat, Math.abs(twiceArea) / 2);
  }
}
