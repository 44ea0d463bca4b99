package observatory.store;

import java.util.Locale;
import java.util.Optional;

/**
 * A region a daily series is read for: a country (its ISO code), a governorate (admin1, as the
 * incidents hold it) or a district (admin2, as the gazetteer names it, with its governorate).
 * {@link Store#region} finds the one a person names; see {@link #label} for how each is written.
 *
 * @param governorate a district's governorate; empty for the other levels
 */
public record Region(Level level, String name, Optional<String> governorate) {
  /** The administrative levels a region can be at, largest first. */
  public enum Level {
    COUNTRY, GOVERNORATE, DISTRICT;

    /** The level a word names: country, governorate (or province, admin1), district (or admin2). */
    public static Level of(String word) {
      return switch (word == null ? "" : word.strip().toLowerCase(Locale.ROOT)) {
        case "country" -> COUNTRY;
        case "governorate", "province", "admin1" -> GOVERNORATE;
        case "district", "admin2" -> DISTRICT;
        default -> throw new IllegalArgumentException("unknown level '" + word + "'; use country, governorate or district");
      };
    }

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Region {
    if (level == null || name == null || name.isBlank() || governorate == null) {
      throw new IllegalArgumentException("a region needs a level and a name, was " + level + " '" + name + "'");
    }
    if ((level == Level.DISTRICT) != governorate.isPresent()) {
      throw new IllegalArgumentException("a district, and only a district, names its governorate: " + level + " '" + name
          + "' in " + governorate);
    }
  }

  /** A country by its ISO 3166-1 alpha-2 code ("SY"). */
  public static Region country(String isoCode) {
    return new Region(Level.COUNTRY, isoCode.strip().toUpperCase(Locale.ROOT), Optional.empty());
  }

  /** A governorate, as the incidents name it ("Idlib"; matched in any case). */
  public static Region governorate(String name) {
    return new Region(Level.GOVERNORATE, name.strip(), Optional.empty());
  }

  /** A district of a governorate, as the gazetteer names it ("Ma‘arrat an Nu‘mān", "Idlib"). */
  public static Region district(String name, String governorate) {
    return new Region(Level.DISTRICT, name.strip(), Optional.of(governorate.strip()));
  }

  /**
   * The region as people read it and as {@link Store#region} reads it back: a country's English
   * name ("Syria"), a governorate's name ("Idlib"), a district's name and the word district
   * ("Idlib district", not the governorate of the same name).
   */
  public String label() {
    return switch (level) {
      case COUNTRY -> new Locale("", name).getDisplayCountry(Locale.ENGLISH);
      case GOVERNORATE -> name;
      case DISTRICT -> name + " district";
    };
  }

  /** The label with a district's governorate ("Ḩārim district, Idlib"), for when two governorates have a district of one name. */
  public String qualifiedLabel() {
    return level == Level.DISTRICT ? label() + ", " + governorate.get() : label();
  }
}
