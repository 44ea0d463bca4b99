package observatory.link;

import observatory.geo.Gazetteer;
import observatory.text.EditDistance;

/**
 * A place name as a report writes it, with the transliteration-insensitive key two spellings of
 * one name share ({@link Gazetteer#nameKey}): "Hass" and "Haas", "Atareb" and "al-Atarib".
 */
public record PlaceName(String asWritten, String key) {
  public PlaceName {
    if (asWritten == null || asWritten.isBlank() || key == null) {
      throw new IllegalArgumentException("a place name needs its words and its key, was '" + asWritten + "'");
    }
  }

  public static PlaceName of(String asWritten) {
    return new PlaceName(asWritten, Gazetteer.nameKey(asWritten));
  }

  /**
   * Whether both name one place, however transliterated: the same key, or keys of five letters or
   * more one letter apart in five ("Sarqib" and "Saraqib", "Maaret" and "Maarat"). An empty key
   * names nothing.
   */
  boolean sameAs(PlaceName other) {
    if (key.isEmpty() || other.key.isEmpty()) {
      return false;
    }
    return key.equals(other.key) || Math.min(key.length(), other.key.length()) >= 5
        && EditDistance.similarity(key, other.key) >= 0.8;
  }
}
