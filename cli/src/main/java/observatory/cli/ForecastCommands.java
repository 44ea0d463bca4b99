package observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import observatory.export.ForecastJson;
import observatory.forecast.ForecastEval;
import observatory.forecast.Forecaster;
import observatory.forecast.MonthlyCounts;
import observatory.store.Region;
import observatory.store.Store;
import observatory.store.StoreSeries;
import observatory.trend.DailySeries;
import observatory.trend.SeriesCsv;
import observatory.trend.SeriesSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code forecast} (a region's next months) and {@code forecast eval} (rolling origin, CRPS against two baselines). */
final class ForecastCommands {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** From the store, a forecast covers the incidents and the killed, unless --metric names one. */
  private static final List<String> STORE_METRICS = List.of("incidents", "killed");

  private ForecastCommands() {
  }

  @Command(name = "forecast", mixinStandardHelpOptions = true, subcommands = EvalForecasts.class,
      description = {"A region's counts for the next 1 to 3 months, each with its mean, median and 50% and 90% predictive intervals:"
          + " a negative-binomial model of the region's own recent months and the rest of the source's, fitted on the whole"
          + " months known at --as-of. From the store, incidents and killed; from a --series file, its --metric.",
          "Months are whole calendar months: as of the 15th, the forecast starts from the month before."})
  static final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--region", paramLabel = "NAME",
        description = "The region: a country, governorate or district of the store (as for onset), or the series' region.")
    String region;
    @Option(names = "--months", paramLabel = "N", defaultValue = "3", description = "Months ahead, 1 to 3 (default: 3).")
    int months;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Dates.class,
        description = "Forecast with the whole months known on this day (default: the last day of the data).")
    LocalDate asOf;
    @Mixin
    OnsetCommands.SeriesOptions series;
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    OnsetCommands.Format format;

    @Override
    public Integer call() throws Exception {
      if (region == null) {
        spec.commandLine().getErr().println("observatory: forecast needs --region NAME (or: forecast eval --series FILE)");
        return 2;
      }
      return OnsetCommands.guarded(spec, () -> {
        List<Object[]> results = new ArrayList<>();  // {forecast, as-of day}
        if (series.file != null) {
          SeriesSource source = SeriesCsv.read(series.file, SeriesCsv.Selection.of(series.seriesName, series.metric, region));
          DailySeries s = source.daily(region);
          results.add(forecast(source, s, series.metric == null ? s.metric() : series.metric));
        } else {
          try (Store store = Store.open(series.store.url())) {
            for (String metric : series.metric == null ? STORE_METRICS : List.of(series.metric)) {
              StoreSeries source = StoreSeries.of(store, metric, Region.Level.GOVERNORATE);
              results.add(forecast(source, source.daily(region), metric));
            }
          }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OnsetCommands.Format.json) {
          if (results.size() == 1) {
            out.println(ForecastJson.of((Forecaster.Forecast) results.get(0)[0], (LocalDate) results.get(0)[1]));
          } else {
            ArrayNode a = MAPPER.createArrayNode();
            results.forEach(r -> a.add(ForecastJson.of((Forecaster.Forecast) r[0], (LocalDate) r[1])));
            out.println(a);
          }
          return 0;
        }
        for (int i = 0; i < results.size(); i++) {
          out.print((i == 0 ? "" : "\n") + text((Forecaster.Forecast) results.get(i)[0], (LocalDate) results.get(i)[1]));
        }
        return 0;
      });
    }

    private Object[] forecast(SeriesSource source, DailySeries s, String metric) {
      LocalDate day = asOf == null ? s.end() : asOf;
      MonthlyCounts data = MonthlyCounts.of(source, metric, day);
      MonthlyCounts.Region own = MonthlyCounts.of(s, day).orElseThrow(() -> new IllegalArgumentException(s.region()
          + " has no whole month of " + metric + " up to " + day + " (its data start on " + s.start() + ")"));
      return new Object[] {Forecaster.forecast(data.with(own), own.name(), months), day};
    }
  }

  static String text(Forecaster.Forecast f, LocalDate asOf) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s, %s: forecast from the whole months up to %s (as of %s)%n", f.region(), f.metric(),
        f.origin(), asOf));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"month", "mean", "median", "50% interval", "90% interval"});
    for (Forecaster.MonthForecast m : f.months()) {
      rows.add(new String[] {m.month().toString(), String.format(Locale.ROOT, "%.1f", m.mean()), Long.toString(m.median()),
          m.low50() + ".." + m.high50(), m.low90() + ".." + m.high90()});
    }
    sb.append(IncidentCommands.table(rows));
    sb.append("last 12 months: ");
    for (int i = 0; i < f.lastYear().size(); i++) {
      sb.append(i == 0 ? "" : " ").append(f.lastYear().get(i));
    }
    sb.append('\n');
    Forecaster.Model m = f.models().get(0);
    sb.append(String.format(Locale.ROOT, "model: negative binomial on the region's last month, 3 and 12 months and the other regions'"
        + " last month, pooled over %d region-months; size %.2f one month ahead%n", m.rows(), m.size()));
    return sb.toString();
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = {"Judges the forecasts by rolling origin on a series file: at every month, fitted on the whole months known then,"
          + " 1 to --months ahead, scored by CRPS against persistence (a Poisson around last month's count) and climatology"
          + " (the region's last 12 months). Skill = 1 - CRPS_model / CRPS_baseline, over all regions and origins."})
  static final class EvalForecasts implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--series", paramLabel = "FILE", required = true, description = "A CSV of daily counts (date,region[,series],counts...).")
    Path file;
    @Option(names = "--series-name", paramLabel = "S", description = "The sub-series of FILE, where it has a 'series' column.")
    String seriesName;
    @Option(names = "--metric", paramLabel = "M", description = "The count column (default: the first).")
    String metric;
    @Option(names = "--months", paramLabel = "N", defaultValue = "3", description = "Horizons 1 to N months (default: 3).")
    int months;
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    OnsetCommands.Format format;

    @Override
    public Integer call() throws Exception {
      return OnsetCommands.guarded(spec, () -> {
        SeriesSource source = SeriesCsv.read(file, SeriesCsv.Selection.of(seriesName, metric, null));
        String m = metric != null ? metric : source.daily(source.regions().get(0)).metric();
        LocalDate last = source.regions().stream().map(r -> source.daily(r).end()).max(LocalDate::compareTo).orElseThrow();
        ForecastEval.Result r = ForecastEval.evaluate(MonthlyCounts.of(source, m, last), months);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OnsetCommands.Format.json) {
          out.println(ForecastJson.of(r, file.getFileName().toString(), seriesName));
          return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"region", "forecasts", "crps_model", "crps_persistence", "crps_climatology", "skill_vs_persistence",
            "skill_vs_climatology"});
        for (Map.Entry<String, ForecastEval.Score> e : r.byRegion().entrySet()) {
          rows.add(row(e.getKey(), e.getValue()));
        }
        for (Map.Entry<Integer, ForecastEval.Score> e : r.byHorizon().entrySet()) {
          rows.add(row(e.getKey() + (e.getKey() == 1 ? " month ahead" : " months ahead"), e.getValue()));
        }
        rows.add(row("all", r.overall()));
        out.print(IncidentCommands.table(rows));
        out.printf(Locale.ROOT, "skill_vs_persistence=%.3f skill_vs_climatology=%.3f forecasts=%d%n", r.overall().skillVsPersistence(),
            r.overall().skillVsClimatology(), r.overall().forecasts());
        return 0;
      });
    }

    private static String[] row(String name, ForecastEval.Score s) {
      return new String[] {name, Integer.toString(s.forecasts()), num(s.crpsModel()), num(s.crpsPersistence()),
          num(s.crpsClimatology()), skill(s.crpsPersistence(), s.skillVsPersistence()),
          skill(s.crpsClimatology(), s.skillVsClimatology())};
    }

    private static String num(double v) {
      return String.format(Locale.ROOT, "%.3f", v);
    }

    /** "-" where the baseline was perfect (a region with nothing in any month scored): no skill is defined. */
    private static String skill(double baseline, double skill) {
      return baseline == 0 ? "-" : String.format(Locale.ROOT, "%.3f", skill);
    }
  }
}
