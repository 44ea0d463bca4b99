package observatory.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** STUB until wip-text lands. */
public final class Dates {
  private Dates() {
  }

  public static List<DateMention> find(CharSequence text, int from, int to, Optional<LocalDate> published) {
    return List.of();
  }
}
