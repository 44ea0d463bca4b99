package observatory.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import observatory.claim.Count;
import observatory.export.ForecastJson;
import observatory.forecast.Forecaster;
import observatory.forecast.MonthlyCounts;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.store.DailyCount;
import observatory.store.IncidentFilter;
import observatory.store.Region;
import observatory.store.Store;
import observatory.store.StoreException;
import observatory.store.StoreSeries;
import observatory.store.TallyAccount;
import observatory.trend.DailySeries;
import observatory.trend.Onset;
import observatory.trend.OnsetParameters;
import observatory.trend.SeriesSource;
import observatory.trend.Verdict;

/**
 * Tallies, daily series, onsets, alerts and forecasts over HTTP: thin adapters over {@code Store.tallies},
 * {@code Store.dailySeries}, {@link Onset} and {@link Forecaster} on {@link StoreSeries}, so the API
 * answers exactly what the {@code tallies}, {@code series}, {@code onset}, {@code alerts} and
 * {@code forecast} commands print. {@code as_of} means as of everywhere: no day, tally or month after it.
 */
final class Trends {
  private static final int DRIVERS = 5;

  private final Store store;
  private final Auth auth;

  Trends(Store store, Auth auth) {
    this.store = store;
    this.auth = auth;
  }

  void routes(RoutesConfig r) {
    r.get("/api/tallies", this::tallies);
    r.get("/api/series", this::series);
    r.get("/api/onset", this::onset);
    r.get("/api/alerts", this::alerts);
    r.get("/api/forecast", this::forecast);
  }

  private void tallies(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of("region", "from", "to", "as_of"));
    Optional<LocalDate> asOf = Params.day(ctx, "as_of");
    IncidentFilter filter = Params.filter(ctx);
    try {
      filter = store.resolve(filter);
    } catch (StoreException e) {
      throw ApiError.badRequest("region", e.getMessage());
    }
    ObjectNode o = Json.object();
    Api.putRegion(o, filter.region());
    // A tally names governorates, never districts: a district selects the tallies of its governorate.
    filter.region().filter(r -> r.level() == Region.Level.DISTRICT).ifPresent(r -> o.put("note", "tallies name"
        + " governorates, not districts: these are the tallies over " + r.governorate().get() + ", the governorate of "
        + r.label() + ", accounted for by that governorate's incidents"));
    ArrayNode a = o.putArray("tallies");
    for (TallyAccount t : store.tallies(filter)) {
      // As of a day, a tally is known once its period is over (an open period ends on its report's day).
      if (asOf.isEmpty() || t.to().isPresent() && !t.to().get().isAfter(asOf.get())) {
        a.add(tally(t));
      }
    }
    Api.json(ctx, o);
  }

  static ObjectNode tally(TallyAccount t) {
    ObjectNode n = Json.object();
    n.put("report_id", t.claim().reportId());
    n.put("claim_id", t.claim().claimId());
    n.put("publisher", t.publisher().orElse(null));
    ArrayNode sources = n.putArray("sources");
    t.sources().forEach(sources::add);
    n.put("from", t.from().map(LocalDate::toString).orElse(null));
    n.put("to", t.to().map(LocalDate::toString).orElse(null));
    ArrayNode regions = n.putArray("regions");
    t.regions().forEach(regions::add);
    n.put("country", t.country().orElse(null));
    n.put("incidents", t.incidents());
    n.put("unaccountable", t.unaccountable().orElse(null));
    // The tally's own reading, as a claim's JSON gives it.
    n.put("needs_review", t.confidence().needsReview());
    ArrayNode reasons = n.putArray("review_reasons");
    t.confidence().reasons().forEach(reasons::add);
    ObjectNode figures = n.putObject("figures");
    for (Measure m : Measure.values()) {
      Count c = t.stated().get(m);
      if (c == null) {
        continue;
      }
      ObjectNode f = figures.putObject(m.label());
      f.put("stated", c.figure());
      f.put("qualifier", c.qualifier().label());
      Totals.Sum s = t.accounted().get(m);
      if (s == null) {
        f.putNull("accounted");
      } else {
        ObjectNode acc = f.putObject("accounted");
        acc.put("low", s.low());
        acc.put("best", s.best());
        if (s.high().isPresent()) {
          acc.put("high", s.high().getAsLong());
        } else {
          acc.putNull("high");
        }
        acc.put("incidents", s.incidents());
      }
      // The part of what the incidents account for that rests on incidents marked for review.
      Totals.Sum r = t.accountedInReview().get(m);
      if (r == null) {
        f.putNull("accounted_in_review");
      } else {
        ObjectNode acc = f.putObject("accounted_in_review");
        acc.put("low", r.low());
        acc.put("best", r.best());
        if (r.high().isPresent()) {
          acc.put("high", r.high().getAsLong());
        } else {
          acc.putNull("high");
        }
        acc.put("incidents", r.incidents());
      }
      if (t.share(m).isPresent()) {
        f.put("share", t.share(m).getAsDouble());
      } else {
        f.putNull("share");
      }
    }
    return n;
  }

  private void series(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of("region", "from", "to", "as_of"));
    String region = requiredRegion(ctx);
    Optional<LocalDate> from = Params.day(ctx, "from");
    Optional<LocalDate> to = Params.day(ctx, "to");
    Optional<LocalDate> asOf = Params.day(ctx, "as_of");
    if (from.isPresent() != to.isPresent()) {
      throw ApiError.badRequest(from.isPresent() ? "to" : "from", "give both 'from' and 'to', or neither (the"
          + " region's first to last incident day)");
    }
    Region found;
    try {
      found = store.region(region);
    } catch (StoreException e) {
      throw ApiError.notFound(e.getMessage());
    }
    List<DailyCount> days;
    try {
      days = from.isPresent() ? store.dailySeries(found, from.get(), to.get()) : store.dailySeries(found);
    } catch (StoreException e) {
      throw ApiError.badRequest("to", e.getMessage());
    }
    ObjectNode o = Json.object();
    o.put("region", found.label());
    o.put("level", found.level().word());
    found.governorate().ifPresent(g -> o.put("governorate", g));
    ArrayNode a = o.putArray("days");
    for (DailyCount d : days) {
      if (asOf.isPresent() && d.day().isAfter(asOf.get())) {
        break;
      }
      ObjectNode n = a.addObject();
      n.put("day", d.day().toString());
      n.put("incidents", d.incidents());
      n.put("killed", d.killed());
      n.put("civilians", d.civilians());
      n.put("air_strikes", d.airStrikes());
      n.put("shelling", d.shelling());
    }
    Api.json(ctx, o);
  }

  private static String requiredRegion(Context ctx) {
    return Params.text(ctx, "region").orElseThrow(() ->
        ApiError.badRequest("region", "'region' is required: a country (SY), a governorate (Idlib) or a district"
            + " (Maarrat al-Numan; 'Idlib district' where a governorate has its name)"));
  }

  private static String metric(Context ctx) {
    String m = Params.text(ctx, "metric").orElse("incidents").toLowerCase(Locale.ROOT);
    if (!StoreSeries.METRICS.contains(m)) {
      throw ApiError.badRequest("metric", "'metric' must be one of " + String.join(", ", StoreSeries.METRICS)
          + ", was '" + m + "'");
    }
    return m;
  }

  private void onset(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of("region", "as_of", "metric"));
    String region = requiredRegion(ctx);
    Optional<LocalDate> asOf = Params.day(ctx, "as_of");
    StoreSeries source = StoreSeries.of(store, metric(ctx));
    DailySeries s;
    try {
      s = source.daily(region);
    } catch (IllegalArgumentException e) {
      throw ApiError.notFound(e.getMessage());
    }
    Verdict v = Onset.assess(s, asOf.orElse(s.end()), OnsetParameters.defaults());
    List<SeriesSource.Driver> drivers = v instanceof Verdict.Yes y
        ? source.drivers(s.region(), y.onset(), y.asOf(), DRIVERS) : List.of();
    Api.json(ctx, verdict(v, drivers));
  }

  private void alerts(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of("as_of", "metric", "level"));
    Region.Level level;
    try {
      level = Region.Level.of(Params.text(ctx, "level").orElse("governorate"));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("level", "'level' must be country, governorate or district, was '"
          + Params.text(ctx, "level").orElse("") + "'");
    }
    StoreSeries source = StoreSeries.of(store, metric(ctx), level);
    Optional<LocalDate> last = source.regions().stream().findFirst().map(r -> source.daily(r).end());
    Optional<LocalDate> asOf = Params.day(ctx, "as_of").or(() -> last);
    ObjectNode o = Json.object();
    o.put("as_of", asOf.map(LocalDate::toString).orElse(null));
    o.put("level", level.word());
    ArrayNode a = o.putArray("alerts");
    if (asOf.isPresent()) {
      for (Verdict.Yes y : Onset.alerts(source, asOf.get(), OnsetParameters.defaults())) {
        a.add(verdict(y, source.drivers(y.region(), y.onset(), y.asOf(), DRIVERS)));
      }
    }
    Api.json(ctx, o);
  }

  private void forecast(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of("region", "as_of", "metric", "months"));
    String region = requiredRegion(ctx);
    String metric = metric(ctx);
    int months = Params.integer(ctx, "months", Forecaster.MAX_MONTHS, 1, Forecaster.MAX_MONTHS);
    StoreSeries source = StoreSeries.of(store, metric, Region.Level.GOVERNORATE);
    DailySeries s;
    try {
      s = source.daily(region);
    } catch (IllegalArgumentException e) {
      throw ApiError.notFound(e.getMessage());
    }
    LocalDate asOf = Params.day(ctx, "as_of").orElse(s.end());
    Optional<MonthlyCounts.Region> own = MonthlyCounts.of(s, asOf);
    ObjectNode o;
    try {
      if (own.isEmpty()) {
        throw new IllegalArgumentException(s.region() + " has no whole month of " + metric + " up to " + asOf);
      }
      MonthlyCounts data = MonthlyCounts.of(source, metric, asOf).with(own.get());
      o = ForecastJson.of(Forecaster.forecast(data, own.get().name(), months), asOf);
    } catch (IllegalArgumentException e) {
      // Too little history is an answer, not a fault: the dashboard says why there is no band.
      o = Json.object();
      o.put("region", s.region());
      o.put("metric", metric);
      o.put("as_of", asOf.toString());
      o.putArray("forecasts");
      o.put("reason", e.getMessage());
    }
    Api.json(ctx, o);
  }

  /** A verdict as JSON, with its answer in words ("answer") for people. */
  static ObjectNode verdict(Verdict v, List<SeriesSource.Driver> drivers) {
    ObjectNode o = observatory.export.VerdictJson.of(v, drivers);
    o.put("answer", answer(v));
    return o;
  }

  /** "Has an offensive started in REGION?" answered in one sentence. */
  static String answer(Verdict v) {
    if (v instanceof Verdict.Yes y) {
      long days = ChronoUnit.DAYS.between(y.onset(), y.asOf());
      return String.format(Locale.ROOT, "Yes: %s on %s (likely between %s and %s), %d days before %s, announced on %s;"
              + " %s per day rose from %.1f to %.1f (probability %.2f).", y.isNew() ? "a new escalation began in " + y.region()
              : "the latest change in " + y.region() + " is an escalation, which began", y.onset(), y.intervalFrom(), y.intervalTo(),
          days, y.asOf(),
          y.detected(), what(y.metric()), y.rateBefore(), y.rateAfter(), y.probability());
    }
    if (v instanceof Verdict.Pause p) {
      return String.format(Locale.ROOT, "No: violence in %s fell to a lower level on %s (likely between %s and %s), announced on %s,"
              + " and it has held as of %s: %s per day fell from %.1f to %.1f.", p.region(), p.onset(), p.intervalFrom(),
          p.intervalTo(), p.detected(), p.asOf(), what(p.metric()), p.rateBefore(), p.rateAfter());
    }
    if (v instanceof Verdict.No n) {
      return "No: no change of level of violence in " + n.region() + " as of " + n.asOf() + ".";
    }
    Verdict.NotEnoughData n = (Verdict.NotEnoughData) v;
    return "Not enough data to tell for " + n.region() + ": " + n.reason() + ".";
  }

  private static String what(String metric) {
    return switch (metric) {
      case "civilians" -> "civilians killed";
      case "incidents" -> "incidents";
      case "strikes" -> "strikes";
      default -> "people killed";
    };
  }
}
