package observatory.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The district (admin2) of a GeoNames place when the file gives none, as GeoNames' cities500 does
 * for almost every Syrian place.
 *
 * <p>Syrian districts (mintaqa), like those of its neighbours, are named after their seats, and
 * GeoNames marks the seats: PPLA2 for a district seat, PPLA for the governorate seat (PPLC for the
 * capital), which is also the seat of the governorate's central district. A seat is in its own district (exact). Any
 * other place is given the district of the nearest seat in the same governorate, within
 * {@value #MAX_KM} km: an approximation, since real district borders are not straight lines
 * halfway between seats. Such a district is marked approximate ({@link #isApproximate}) and
 * exported so. Exact districts come from a GeoNames country dump or a CSV with an admin2 column
 * ({@code observatory gazetteer import}).
 */
public final class Districts {
  /** Beyond this distance from every seat of its governorate, a place gets no district. */
  static final double MAX_KM = 60;

  /** The GeoNames ids of the places whose district was approximated, and the seats' names. Shared by all loads. */
  private static final java.util.BitSet APPROXIMATED = new java.util.BitSet();
  private static final Set<String> SEAT_NAMES = ConcurrentHashMap.newKeySet();

  private record Seat(String name, double latitude, double longitude) {
  }

  private final Map<String, List<Seat>> seatsByAdmin1 = new HashMap<>();

  private Districts(List<GazetteerFiles.PlaceRow> rows) {
    for (GazetteerFiles.PlaceRow row : rows) {
      if (isSeat(row)) {
        seatsByAdmin1.computeIfAbsent(row.countryCode() + "." + row.admin1Code(), k -> new ArrayList<>())
            .add(new Seat(row.name(), row.latitude(), row.longitude()));
      }
    }
  }

  /** A district seat, a governorate seat, or the capital (Damascus is its governorate's only district). */
  private static boolean isSeat(GazetteerFiles.PlaceRow row) {
    return switch (row.featureCode()) {
      case "PPLA2", "PPLA", "PPLC" -> true;
      default -> false;
    };
  }

  static Districts of(List<GazetteerFiles.PlaceRow> rows) {
    return new Districts(rows);
  }

  /** The district of a row: its own if it is a seat, else the nearest seat's (approximate), or none. */
  Optional<String> of(GazetteerFiles.PlaceRow row) {
    if (isSeat(row)) {
      return Optional.of(row.name());
    }
    List<Seat> seats = seatsByAdmin1.get(row.countryCode() + "." + row.admin1Code());
    if (seats == null) {
      return Optional.empty();
    }
    // Ranked on a flat projection (cheap, and the same order at these distances), then the
    // nearest checked against the limit on the sphere.
    double cos = Math.cos(Math.toRadians(row.latitude()));
    Seat nearest = null;
    double best = Double.MAX_VALUE;
    for (Seat seat : seats) {
      double dx = (seat.longitude() - row.longitude()) * cos;
      double dy = seat.latitude() - row.latitude();
      double d2 = dx * dx + dy * dy;
      if (d2 < best) {
        best = d2;
        nearest = seat;
      }
    }
    if (nearest == null || kilometres(row.latitude(), row.longitude(), nearest.latitude(), nearest.longitude()) > MAX_KM) {
      return Optional.empty();
    }
    synchronized (APPROXIMATED) {
      if (row.geonameId() <= Integer.MAX_VALUE) {
        APPROXIMATED.set((int) row.geonameId());
      }
    }
    SEAT_NAMES.add(nearest.name());
    return Optional.of(nearest.name());
  }

  /** Records that a place's district is its nearest seat's, as {@link #of} did when the place was first read (for a snapshot). */
  static void markApproximate(Place place) {
    if (place.geonameId().isEmpty() || place.admin2().isEmpty() || place.geonameId().getAsLong() > Integer.MAX_VALUE) {
      return;
    }
    synchronized (APPROXIMATED) {
      APPROXIMATED.set((int) place.geonameId().getAsLong());
    }
    SEAT_NAMES.add(place.admin2().get());
  }

  /**
   * Whether a place's district is the nearest seat's rather than one its source states. A place
   * imported with its own district, even one GeoNames also lists, is not approximate.
   */
  public static boolean isApproximate(Place place) {
    if (place.kind() != Place.Kind.POPULATED_PLACE || place.geonameId().isEmpty() || place.admin2().isEmpty()
        || place.geonameId().getAsLong() > Integer.MAX_VALUE || !SEAT_NAMES.contains(place.admin2().get())) {
      return false;
    }
    synchronized (APPROXIMATED) {
      return APPROXIMATED.get((int) place.geonameId().getAsLong());
    }
  }

  static double kilometres(double lat1d, double lon1d, double lat2d, double lon2d) {
    double lat1 = Math.toRadians(lat1d);
    double lat2 = Math.toRadians(lat2d);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(lon2d - lon1d);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
