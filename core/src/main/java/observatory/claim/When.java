package observatory.claim;

import java.time.LocalDate;
import java.util.Optional;

/** When a claimed event happened, as far as the report and its publication date say. */
public sealed interface When permits When.Day, When.Between, When.Unknown {

  /** One day: "on Sunday" in a report published on a known date. */
  record Day(LocalDate date) implements When {
    public Day {
      if (date == null) {
        throw new IllegalArgumentException("a day needs a date");
      }
    }
  }

  /**
   * A period, open at either end: "between 22 October and today", "in September",
   * "since the start of this year" (no end stated means: up to the report).
   */
  record Between(Optional<LocalDate> from, Optional<LocalDate> to, DatePrecision precision) implements When {
    public Between {
      if (from.isEmpty() && to.isEmpty()) {
        throw new IllegalArgumentException("a period needs at least one end; use When.Unknown instead");
      }
      if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
        throw new IllegalArgumentException("a period cannot end (" + to.get() + ") before it starts (" + from.get() + ")");
      }
    }
  }

  /** The report gives no date that can be resolved (for example a weekday with no publication date). */
  record Unknown() implements When {
  }

  When UNKNOWN = new Unknown();
}
