package observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import observatory.store.Region;
import observatory.store.Store;
import observatory.store.StoreException;
import observatory.store.StoreSeries;
import observatory.trend.Change;
import observatory.trend.DailySeries;
import observatory.trend.Finding;
import observatory.trend.Onset;
import observatory.trend.OnsetEval;
import observatory.trend.OnsetParameters;
import observatory.trend.SeriesCsv;
import observatory.trend.SeriesFormatException;
import observatory.trend.SeriesSource;
import observatory.trend.TrendSummary;
import observatory.trend.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Trend analysis on the command line: {@code onset} (and {@code onset eval}), {@code trend}, {@code alerts}. */
final class OnsetCommands {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int DRIVERS = 5;
  private static final int HISTORY = 10;

  private OnsetCommands() {
  }

  enum Format { table, json }

  /** Where the series come from: a CSV file, else the store's incidents. */
  static final class SeriesOptions {
    @Option(names = "--series", paramLabel = "FILE",
        description = "A CSV of daily counts (date[,region][,series],counts...) instead of the store's incidents.")
    Path file;

    @Option(names = "--metric", paramLabel = "M",
        description = "The count to analyse: a column of FILE (default: its first count column), or for the store "
            + "killed, civilians, incidents or strikes (default: incidents, the count ACLED's trackers watch; deaths come in lumps).")
    String metric;

    @Option(names = "--series-name", paramLabel = "S", description = "The sub-series of FILE, where it has a 'series' column.")
    String seriesName;

    @Mixin
    IncidentCommands.StoreOption store;

    /** Runs {@code work} on the source, the store staying open while it runs. */
    <T> T with(String region, Function<SeriesSource, T> work) {
      return with(region, null, work);
    }

    /**
     * Runs {@code work} on the source; from the store, its regions (which alerts rank) are those of
     * {@code level} (governorates when null). A series file has its own regions and no levels.
     */
    <T> T with(String region, Region.Level level, Function<SeriesSource, T> work) {
      if (file != null) {
        if (level != null) {
          throw new IllegalArgumentException("--level " + level.word() + " ranks the store's regions; a --series file has"
              + " its own regions and no levels (leave --level out)");
        }
        return work.apply(SeriesCsv.read(file, SeriesCsv.Selection.of(seriesName, metric, region)));
      }
      try (Store s = Store.open(store.url())) {
        return work.apply(StoreSeries.of(s, metric == null ? "incidents" : metric, level == null ? Region.Level.GOVERNORATE : level));
      }
    }
  }

  /** Runs a command body; bad input (series, store) is one line on standard error and exit code 1. */
  static int guarded(CommandSpec spec, Callable<Integer> body) throws Exception {
    try {
      return body.call();
    } catch (SeriesFormatException | StoreException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("observatory: " + Main.oneLine(e));
      return 1;
    }
  }

  @Command(name = "onset", mixinStandardHelpOptions = true, subcommands = EvalOnsets.class,
      description = {"Has an escalation started in a region, and since when? Answers with the latest change of level: Yes "
          + "(an escalation: onset day, interval, the day it was announced, rates before and after, probability, the incidents "
          + "that drive it), Pause (a de-escalation), No (no change yet) or Not enough data; then the region's history of "
          + "escalations and pauses, each with its evidence.",
          "--as-of judges with the data up to that day only."})
  static final class OnsetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--region", paramLabel = "NAME", description = {"The region: from the store a country (Syria), a governorate (Idlib)",
        "or a district (Maarrat al-Numan; 'Idlib district' where a governorate has its name); else the series' region."})
    String region;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Judge with the data up to this day (default: the last day).")
    LocalDate asOf;
    @Mixin
    SeriesOptions series;
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    Format format;
    @Option(names = "--history", paramLabel = "N", defaultValue = "10",
        description = "The last N changes of the region to list with their evidence (default: 10; JSON lists all).")
    int history;

    @Override
    public Integer call() throws Exception {
      if (region == null) {
        spec.commandLine().getErr().println("observatory: onset needs --region NAME (or: onset eval --known FILE)");
        return 2;
      }
      return guarded(spec, () -> {
        PrintWriter out = spec.commandLine().getOut();
        OnsetParameters p = OnsetParameters.defaults();
        String text = series.with(region, source -> {
          DailySeries s = source.daily(region);
          Verdict v = Onset.assess(s, asOf == null ? s.end() : asOf, p);
          List<SeriesSource.Driver> drivers = v instanceof Verdict.Yes y
              ? source.drivers(s.region(), y.onset(), y.asOf(), DRIVERS) : List.of();
          return format == Format.json ? json(v, drivers).toString() : text(v, drivers, history);
        });
        out.print(text.endsWith("\n") ? text : text + "\n");
        return 0;
      });
    }
  }

  static String text(Verdict v, List<SeriesSource.Driver> drivers) {
    return text(v, drivers, HISTORY);
  }

  /** The verdict in words, its evidence, and the last {@code history} changes of the region with theirs. */
  static String text(Verdict v, List<SeriesSource.Driver> drivers, int history) {
    StringBuilder sb = new StringBuilder();
    if (v instanceof Verdict.Yes y) {
      sb.append(String.format(Locale.ROOT, "Yes: %s began on %s (interval %s to %s), announced on %s%s. %s rose from %s/day to"
              + " %s/day (%s). Probability %.2f.", y.isNew() ? "a new escalation in " + y.region()
              : "the latest change in " + y.region() + " is an escalation, which", y.onset(), y.intervalFrom(), y.intervalTo(),
          y.detected(), y.isNew() ? "" : "; the level has held since",
          what(y.metric()), rate(y.rateBefore()), rate(y.rateAfter()), ratio(y.change()), y.probability()));
      if (!drivers.isEmpty()) {
        List<String> d = new ArrayList<>();
        for (SeriesSource.Driver i : drivers) {
          d.add(i.incidentId() + " (" + i.date() + ", " + (i.place().isEmpty() ? "place unknown" : i.place()) + ", " + i.sources() + ")");
        }
        sb.append(" Driven by: ").append(String.join("; ", d)).append('.');
      }
      sb.append(" As of ").append(y.asOf()).append('.');
    } else if (v instanceof Verdict.Pause pause) {
      sb.append(String.format(Locale.ROOT, "Pause: the latest change in %s is a de-escalation that began on %s (interval %s to %s),"
              + " announced on %s%s. %s fell from %s/day to %s/day (%s). As of %s.", pause.region(), pause.onset(),
          pause.intervalFrom(), pause.intervalTo(), pause.detected(), pause.isNew() ? "" : "; the lower level has held since",
          what(pause.metric()), rate(pause.rateBefore()), rate(pause.rateAfter()), ratio(pause.change()), pause.asOf()));
    } else if (v instanceof Verdict.No n) {
      sb.append("No: no change of level in ").append(n.region()).append(" as of ").append(n.asOf()).append(" (").append(n.metric())
          .append(").");
    } else if (v instanceof Verdict.NotEnoughData n) {
      sb.append("Not enough data: ").append(n.reason()).append('.');
    }
    sb.append('\n');
    for (Finding f : v.evidence()) {
      sb.append("  ").append(f.fired() ? "[fired] " : "[quiet] ").append(f.detector()).append(": ").append(f.summary()).append('\n');
    }
    List<Change> changes = v.history();
    if (!changes.isEmpty() && history > 0) {
      int from = Math.max(0, changes.size() - history);
      sb.append(String.format(Locale.ROOT, "History: %d escalations and %d de-escalations%s%n",
          changes.stream().filter(Change::escalation).count(), changes.stream().filter(c -> !c.escalation()).count(),
          from == 0 ? "" : " (the last " + (changes.size() - from) + " below; --history N for more)"));
      for (Change c : changes.subList(from, changes.size())) {
        sb.append(String.format(Locale.ROOT, "  %-13s %s (%s..%s), announced %s: %s/day -> %s/day (%s), probability %.2f%n",
            c.direction().word(), c.onset(), c.intervalFrom(), c.intervalTo(), c.detected(), rate(c.rateBefore()),
            rate(c.rateAfter()), ratio(c), c.probability()));
        for (Finding f : c.evidence()) {
          if (f.fired()) {
            sb.append("      ").append(f.detector()).append(": ").append(f.summary()).append('\n');
          }
        }
      }
    }
    return sb.toString();
  }

  private static String ratio(Change c) {
    if (Double.isInfinite(c.ratio())) {
      return "from none";
    }
    if (c.rateAfter() == 0) {
      return "to none";
    }
    return c.escalation() ? String.format(Locale.ROOT, "×%.1f", c.ratio()) : String.format(Locale.ROOT, "÷%.1f", 1 / c.ratio());
  }

  private static String what(String metric) {
    return switch (metric) {
      case "civilians", "civilians_killed_min", "civilians_killed_max" -> "Civilian deaths";
      case "killed", "total" -> "Deaths";
      case "incidents" -> "Incidents";
      case "strikes" -> "Strikes";
      default -> "The count of " + metric;
    };
  }

  private static String rate(double r) {
    return r >= 10 ? String.format(Locale.ROOT, "%.0f", r) : String.format(Locale.ROOT, "%.2f", r);
  }

  static ObjectNode json(Verdict v, List<SeriesSource.Driver> drivers) {
    return observatory.export.VerdictJson.of(v, drivers);
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = {"Judges the onset verdict against documented onsets, stepping day by day with --as-of semantics.",
          "FILE: CSV with the header file,region,series,metric,onset,alternative,what (paths relative to FILE's folder)."})
  static final class EvalOnsets implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--known", paramLabel = "FILE", required = true, description = "The known onsets.")
    Path known;
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    Format format;
    @Option(names = "--threshold", paramLabel = "H", description = "Another CUSUM threshold (sensitivity; default: the calibrated one).")
    Double threshold;
    @Option(names = "--fall-threshold", paramLabel = "H", description = "Another threshold for falls (sensitivity; default 5.0).")
    Double fallThreshold;
    @Option(names = "--baseline-days", paramLabel = "D", description = "Another baseline window (sensitivity; default 112).")
    Integer baselineDays;
    @Option(names = "--min-baseline-days", paramLabel = "D",
        description = "Days of a new level before the next change can be found (sensitivity; default 14).")
    Integer minBaselineDays;

    @Override
    public Integer call() throws Exception {
      return guarded(spec, () -> {
        OnsetParameters p = OnsetParameters.defaults();
        p = threshold == null ? p : p.withThreshold(threshold);
        p = fallThreshold == null ? p : p.withFallThreshold(fallThreshold);
        p = baselineDays == null ? p : p.withBaselineDays(baselineDays);
        p = minBaselineDays == null ? p : p.withMinBaselineDays(minBaselineDays);
        OnsetEval.Result r = OnsetEval.evaluate(known, p);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
          ObjectNode o = MAPPER.createObjectNode();
          ArrayNode rows = o.putArray("rows");
          for (OnsetEval.Row row : r.rows()) {
            ObjectNode n = rows.addObject();
            n.put("region", row.known().region());
            n.put("series", row.known().series().orElse(""));
            n.put("metric", row.known().metric());
            n.put("onset", row.known().onset().toString());
            putOrNull(n, "first_alarm", row.firstAlarm().map(LocalDate::toString).orElse(null));
            putOrNull(n, "estimated_onset", row.estimatedOnset().map(LocalDate::toString).orElse(null));
            if (row.delayDays().isPresent()) {
              n.put("delay_days", row.delayDays().get());
            } else {
              n.putNull("delay_days");
            }
            n.put("detected", row.detected());
          }
          o.put("other_alarm_episodes_per_180_days", Math.round(r.otherEpisodesPer180Days() * 1000) / 1000.0);
          out.println(MAPPER.writeValueAsString(o));
          return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"region", "series", "metric", "onset", "first_alarm", "estimated_onset", "delay_days", "detected"});
        for (OnsetEval.Row row : r.rows()) {
          rows.add(new String[] {row.known().region(), row.known().series().orElse(""), row.known().metric(),
              row.known().onset().toString(), row.firstAlarm().map(LocalDate::toString).orElse("-"),
              row.estimatedOnset().map(LocalDate::toString).orElse("-"), row.delayDays().map(String::valueOf).orElse("-"),
              row.detected() ? "yes" : "no"});
        }
        out.print(IncidentCommands.table(rows));
        out.println();
        for (OnsetEval.SeriesFalseAlarms f : r.series()) {
          out.printf(Locale.ROOT, "%s %s%s %s: %d other alarm episodes in %d days outside the known windows%n", f.file(), f.region(),
              f.series().isEmpty() ? "" : " " + f.series(), f.metric(), f.episodes(), f.daysOutside());
        }
        long detected = r.rows().stream().filter(OnsetEval.Row::detected).count();
        out.printf(Locale.ROOT, "detected=%d/%d other_alarm_episodes_per_180_days=%.3f%n", detected, r.rows().size(),
            r.otherEpisodesPer180Days());
        return 0;
      });
    }

    private static void putOrNull(ObjectNode n, String key, String value) {
      if (value == null) {
        n.putNull(key);
      } else {
        n.put(key, value);
      }
    }
  }

  @Command(name = "trend", mixinStandardHelpOptions = true,
      description = "A region's series in brief: weekly totals, the recent rate, a sparkline of the weeks.")
  static final class TrendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--region", paramLabel = "NAME", required = true,
        description = "The region: a country, governorate or district of the store (as for onset), or the series' region.")
    String region;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "The last day to show (default: the last day).")
    LocalDate asOf;
    @Option(names = "--weeks", paramLabel = "N", defaultValue = "12", description = "Weeks to list (default: 12).")
    int weeks;
    @Mixin
    SeriesOptions series;

    @Override
    public Integer call() throws Exception {
      return guarded(spec, () -> {
        if (weeks < 1) {
          throw new IllegalArgumentException("--weeks " + weeks + " must be at least 1");
        }
        TrendSummary t = series.with(region, source -> {
          DailySeries s = source.daily(region);
          return TrendSummary.of(s, asOf == null ? s.end() : asOf, weeks);
        });
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s, %s: %d from %s to %s%n", t.region(), t.metric(), t.total(), t.first(), t.asOf());
        out.printf(Locale.ROOT, "last %d days: %.2f/day (the %d before: %.2f/day)%n", 28, t.recentPerDay(), 28, t.previousPerDay());
        out.println("weeks: " + t.sparkline());
        for (TrendSummary.Week w : t.weeks()) {
          out.printf(Locale.ROOT, "  %s..%s  %d%n", w.first(), w.last(), w.total());
        }
        return 0;
      });
    }
  }

  @Command(name = "alerts", mixinStandardHelpOptions = true,
      description = {"Lists the regions whose latest change on the as-of day is an escalation: 'new escalation' when it was "
          + "announced in the last " + Verdict.NEW_DAYS + " days, first; then the escalations still holding; the most certain first.",
          "From the store, the governorates, or the districts or countries with --level."})
  static final class AlertsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--level", paramLabel = "country|governorate|district",
        description = "The store's regions to rank: governorates (the default), districts or countries.")
    String level;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Judge with the data up to this day (default: the last day of the data).")
    LocalDate asOf;
    @Mixin
    SeriesOptions series;
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    Format format;

    @Override
    public Integer call() throws Exception {
      return guarded(spec, () -> {
        Region.Level levels = level == null ? null : Region.Level.of(level);
        String text = series.with(null, levels, source -> {
          LocalDate day = asOf;
          if (day == null) {
            day = source.regions().stream().map(r -> source.daily(r).end()).max(LocalDate::compareTo).orElse(LocalDate.now());
          }
          List<Verdict.Yes> yes = Onset.alerts(source, day, OnsetParameters.defaults());
          if (format == Format.json) {
            ArrayNode a = MAPPER.createArrayNode();
            yes.forEach(y -> a.add(json(y, List.of())));
            return a.toString();
          }
          if (yes.isEmpty()) {
            String what = levels == null ? "regions" : levels == Region.Level.COUNTRY ? "countries" : levels.word() + "s";
            return "no region escalating as of " + day + " (" + source.regions().size() + " " + what + ")";
          }
          List<String[]> rows = new ArrayList<>();
          rows.add(new String[] {"rank", "region", "status", "onset", "interval", "announced", "before/day", "after/day", "ratio",
              "probability"});
          int rank = 1;
          for (Verdict.Yes y : yes) {
            rows.add(new String[] {Integer.toString(rank++), y.region(), y.isNew() ? "new escalation" : "escalated, holding",
                y.onset().toString(), y.intervalFrom() + ".." + y.intervalTo(), y.detected().toString(),
                rate(y.rateBefore()), rate(y.rateAfter()),
                Double.isInfinite(y.ratio()) ? "-" : String.format(Locale.ROOT, "%.1f", y.ratio()),
                String.format(Locale.ROOT, "%.2f", y.probability())});
          }
          return "as of " + day + "\n" + IncidentCommands.table(rows);
        });
        spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
        return 0;
      });
    }
  }
}
