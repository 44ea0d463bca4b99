package observatory.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import observatory.store.IncidentFilter;

/** Query parameters parsed once, at the edge, into typed values; a bad one is a 400 naming it. */
final class Params {
  static final int MAX_LIMIT = 1000;
  private static final Set<String> STATUSES = Set.of("reported", "corroborated");

  private Params() {
  }

  /** Refuses parameters the endpoint does not know, so a misspelt filter is not silently ignored. */
  static void only(Context ctx, Set<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw ApiError.badRequest(name, "unknown query parameter '" + name + "'; this endpoint takes "
            + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  static Optional<String> text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > 200) {
      throw ApiError.badRequest(name, "'" + name + "' is longer than 200 characters");
    }
    return Optional.of(v.strip());
  }

  static Optional<LocalDate> day(Context ctx, String name) {
    return text(ctx, name).map(v -> {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest(name, "'" + name + "' must be a day as YYYY-MM-DD, was '" + v + "'");
      }
    });
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> v = text(ctx, name);
    if (v.isEmpty()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name, "'" + name + "' must be a whole number, was '" + v.get() + "'");
    }
    if (n < min || n > max) {
      throw ApiError.badRequest(name, "'" + name + "' must be between " + min + " and " + max + ", was " + n);
    }
    return n;
  }

  static IncidentFilter filter(Context ctx) {
    Optional<LocalDate> from = day(ctx, "from");
    Optional<LocalDate> to = day(ctx, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw ApiError.badRequest("to", "'to' (" + to.get() + ") is before 'from' (" + from.get() + ")");
    }
    return IncidentFilter.all().region(text(ctx, "region").orElse(null)).from(from.orElse(null)).to(to.orElse(null))
        .actor(text(ctx, "actor").orElse(null)).type(text(ctx, "type").orElse(null))
        .needsReview(flag(ctx, "needs_review"));
  }

  /** A yes-or-no parameter: true or false, absent is false. */
  static boolean flag(Context ctx, String name) {
    Optional<String> v = text(ctx, name).map(x -> x.toLowerCase(java.util.Locale.ROOT));
    if (v.isPresent() && !v.get().equals("true") && !v.get().equals("false")) {
      throw ApiError.badRequest(name, "'" + name + "' must be true or false, was '" + v.get() + "'");
    }
    return v.map(Boolean::parseBoolean).orElse(false);
  }

  static Optional<String> status(Context ctx) {
    Optional<String> s = text(ctx, "status").map(v -> v.toLowerCase(java.util.Locale.ROOT));
    if (s.isPresent() && !STATUSES.contains(s.get())) {
      throw ApiError.badRequest("status", "'status' must be reported or corroborated, was '" + s.get() + "'");
    }
    return s;
  }

  static final Set<String> FILTERS = Set.of("region", "from", "to", "actor", "type", "status", "needs_review");
}
