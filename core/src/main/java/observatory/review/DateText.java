package observatory.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import observatory.claim.DatePrecision;
import observatory.claim.When;

/** Days written YYYY-MM-DD, periods FROM..TO. */
final class DateText {
  private DateText() {
  }

  static String text(When when) {
    if (when instanceof When.Day d) {
      return d.date().toString();
    }
    if (when instanceof When.Between b) {
      return b.from().map(LocalDate::toString).orElse("") + ".." + b.to().map(LocalDate::toString).orElse("");
    }
    return "";
  }

  static When parse(String v) {
    try {
      int dots = v.indexOf("..");
      if (dots < 0) {
        return new When.Day(LocalDate.parse(v));
      }
      Optional<LocalDate> from = Optional.of(v.substring(0, dots).strip()).filter(s -> !s.isEmpty()).map(LocalDate::parse);
      Optional<LocalDate> to = Optional.of(v.substring(dots + 2).strip()).filter(s -> !s.isEmpty()).map(LocalDate::parse);
      if (from.isPresent() && from.equals(to)) {
        return new When.Day(from.get());
      }
      return new When.Between(from, to, DatePrecision.PERIOD);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("value '" + v + "' for date is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD");
    }
  }
}
