package observatory.review;

import java.util.OptionalLong;
import observatory.link.Estimate;

/** Figures written LOW/BEST/HIGH, HIGH "open" when there is no upper bound. */
final class FigureText {
  private FigureText() {
  }

  static String text(Estimate e) {
    return e.low() + "/" + e.best() + "/" + (e.high().isPresent() ? Long.toString(e.high().getAsLong()) : "open");
  }

  static Estimate parse(String v, String field) {
    String[] parts = v.split("/", -1);
    if (parts.length == 1) {
      long n = number(parts[0], field);
      return new Estimate(n, n, OptionalLong.of(n));
    }
    if (parts.length != 3) {
      throw new IllegalArgumentException("value '" + v + "' for " + field
          + " is not a figure; write LOW/BEST/HIGH (HIGH may be 'open'), or one number for an exact figure");
    }
    OptionalLong high = parts[2].strip().equalsIgnoreCase("open") ? OptionalLong.empty() : OptionalLong.of(number(parts[2], field));
    return estimate(number(parts[0], field), number(parts[1], field), high, field);
  }

  static long number(String v, String field) {
    try {
      long n = Long.parseLong(v.strip());
      if (n < 0) {
        throw new IllegalArgumentException("value '" + v.strip() + "' for " + field + " is negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("value '" + v.strip() + "' for " + field + " is not a whole number");
    }
  }

  static Estimate estimate(long low, long best, OptionalLong high, String field) {
    if (best < low || (high.isPresent() && high.getAsLong() < best)) {
      throw new IllegalArgumentException(field + " would be low " + low + ", best " + best + ", high "
          + (high.isPresent() ? high.getAsLong() : "open") + ": a figure needs low <= best <= high;"
          + " set it whole with LOW/BEST/HIGH");
    }
    return new Estimate(low, best, high);
  }
}
