package observatory.geo;

import java.util.List;
import java.util.Optional;

/**
 * The front door of place resolution. {@link #bundled()} loads the gazetteer that ships with
 * the project (offline, no set-up).
 *
 * <p>TODO(geo): placeholder until the bundled GeoNames extract lands; resolves nothing.
 */
public final class Gazetteer {

  private Gazetteer() {
  }

  /** The gazetteer shipped with the project. Loaded once and shared; thread-safe. */
  public static Gazetteer bundled() {
    return new Gazetteer();
  }

  /**
   * Resolves a place name as written in a report ("Kafranbel", "Maarat al-Numan", "the southern
   * Idlib countryside", "Idlib province"), using the document's context to break ties.
   */
  public Resolution resolve(String name, Context context) {
    return new Resolution.NotFound(name);
  }

  /** The governorate (admin1) of that name, in any spelling ("Idleb", "Rif Dimashq", "Rural Damascus"). */
  public Optional<Place> admin1(String name) {
    return Optional.empty();
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
  }
}
