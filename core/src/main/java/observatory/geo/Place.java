package observatory.geo;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A gazetteer entry: a populated place, or an administrative area (a governorate is a Place
 * of kind ADMIN1), with its admin hierarchy.
 *
 * @param geonameId the GeoNames id, where the entry comes from GeoNames
 * @param name primary name (English transcription as GeoNames gives it)
 * @param alternateNames other spellings, transliterations and Arabic names
 * @param countryCode ISO 3166-1 alpha-2 ("SY")
 * @param admin1 the governorate's name in the observatory's vocabulary ("Idlib", "Rif Dimashq")
 * @param admin2 the district's name, where known
 */
public record Place(
    OptionalLong geonameId,
    String name,
    List<String> alternateNames,
    double latitude,
    double longitude,
    String countryCode,
    Optional<String> admin1,
    Optional<String> admin2,
    Kind kind,
    long population) {

  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a place needs a name");
    }
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("coordinates of '" + name + "' out of range: " + latitude + ", " + longitude);
    }
    alternateNames = List.copyOf(alternateNames);
  }

  /** What sort of entry this is. */
  public enum Kind {
    POPULATED_PLACE, ADMIN2, ADMIN1, COUNTRY
  }
}
