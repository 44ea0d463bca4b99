package observatory.extract;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import observatory.claim.EventType;

/** The kinds of attack the weapon labels stand for: ACLED's event types, and which labels can describe one attack. */
final class WeaponKinds {
  private WeaponKinds() {
  }

  /** Air strikes and the like, and ground fire: ACLED codes an air strike and shelling apart. */
  static final Set<String> AERIAL = Set.of("air strike", "barrel bomb", "helicopter");
  static final Set<String> GROUND_FIRE = Set.of("shelling", "rocket", "missile");

  /** Weapon labels that say too little to tell two attacks apart. */
  private static final Set<String> GENERIC = Set.of("bombing");

  private static final Map<String, EventType> TYPES = new LinkedHashMap<>();

  static {
    EventType air = new EventType("Explosions/Remote violence", "Air/drone strike");
    EventType shelling = new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack");
    TYPES.put("chemical", new EventType("Explosions/Remote violence", "Chemical weapon"));
    TYPES.put("suicide bombing", new EventType("Explosions/Remote violence", "Suicide bomb"));
    TYPES.put("air strike", air);
    TYPES.put("barrel bomb", air);
    TYPES.put("helicopter", air);
    TYPES.put("shelling", shelling);
    TYPES.put("rocket", shelling);
    TYPES.put("missile", shelling);
    TYPES.put("car bomb", new EventType("Explosions/Remote violence", "Remote explosive/landmine/IED"));
    TYPES.put("bombing", new EventType("Explosions/Remote violence", "Remote explosive/landmine/IED"));
    TYPES.put("execution", new EventType("Violence against civilians", "Attack"));
    TYPES.put("sniper", new EventType("Violence against civilians", "Attack"));
    TYPES.put("torture", new EventType("Violence against civilians", "Attack"));
    TYPES.put("ground attack", new EventType("Battles", "Armed clash"));
  }

  /** The ACLED event type of a weapon label, or null when it has none of its own. */
  static EventType typeOf(String weapon) {
    return TYPES.get(weapon);
  }

  /** Two weapon lists can describe one attack: they share one, or either is empty or only generic ("bombing"). */
  static boolean compatible(Collection<String> a, Collection<String> b) {
    if (a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains)) {
      return true;
    }
    // Rockets and shelling, barrel bombs and air strikes: one ACLED sub-event type, one kind of attack.
    for (String x : a) {
      for (String y : b) {
        if (TYPES.get(x) != null && TYPES.get(x).equals(TYPES.get(y))) {
          return true;
        }
      }
    }
    return a.stream().allMatch(GENERIC::contains) || b.stream().allMatch(GENERIC::contains);
  }
}
