package observatory.claim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The casualty figures of one claim: all killed, killed by category, wounded. Any may be
 * missing: "including children" states a category but no figure.
 */
public record Casualties(Optional<Count> killed, Map<Category, Count> killedBy, Optional<Count> wounded) {
  public static final Casualties NONE = new Casualties(Optional.empty(), Map.of(), Optional.empty());

  public Casualties {
    killedBy = killedBy.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(killedBy));
  }

  public Optional<Count> killed(Category category) {
    return Optional.ofNullable(killedBy.get(category));
  }

  public boolean isEmpty() {
    return killed.isEmpty() && killedBy.isEmpty() && wounded.isEmpty();
  }
}
