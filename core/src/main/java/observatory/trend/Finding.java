package observatory.trend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one detector says on one day: whether it fired, a sentence a person can read, and its
 * figures and parameters by name (numbers, or dates as text), for machines.
 */
public record Finding(String detector, boolean fired, String summary, Map<String, Object> values) {
  public Finding {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
