package observatory.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which incidents a query selects. Start from {@link #all()} and narrow:
 * {@code IncidentFilter.all().region("Idlib").from(LocalDate.of(2019, 3, 1))}. A date bound keeps out
 * incidents with no date; text matches ignore case ({@code actor} matches a part of the name,
 * {@code type} the ACLED event type or sub-event type).
 */
public record IncidentFilter(
    Optional<String> region,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> actor,
    Optional<String> type) {

  public IncidentFilter {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("the period ends (" + to.get() + ") before it starts (" + from.get() + ")");
    }
  }

  public static IncidentFilter all() {
    return new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public IncidentFilter region(String admin1) {
    return new IncidentFilter(Optional.ofNullable(admin1), from, to, actor, type);
  }

  public IncidentFilter from(LocalDate day) {
    return new IncidentFilter(region, Optional.ofNullable(day), to, actor, type);
  }

  public IncidentFilter to(LocalDate day) {
    return new IncidentFilter(region, from, Optional.ofNullable(day), actor, type);
  }

  public IncidentFilter actor(String name) {
    return new IncidentFilter(region, from, to, Optional.ofNullable(name), type);
  }

  public IncidentFilter type(String eventType) {
    return new IncidentFilter(region, from, to, actor, Optional.ofNullable(eventType));
  }
}
