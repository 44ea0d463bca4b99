package observatory.link;

import java.util.Locale;
import observatory.claim.Category;

/** What an incident counts: all killed, killed by category, and wounded. */
public enum Measure {
  KILLED, CIVILIANS, CHILDREN, WOMEN, COMBATANTS, WOUNDED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Measure of(Category category) {
    return switch (category) {
      case CIVILIANS -> CIVILIANS;
      case CHILDREN -> CHILDREN;
      case WOMEN -> WOMEN;
      case COMBATANTS -> COMBATANTS;
    };
  }

  public static Measure fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
