package observatory.trend;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Judges the onset verdict against documented onsets, with no hindsight: each series is stepped
 * through day by day (the detectors updated one day at a time), and on each day the verdict is the
 * one {@code onset --as-of} that day gives. An alarm is a new escalation announced on that day. For
 * each known onset: the first alarm raised from three days before it, whether it falls within
 * [−3, +14] days of the onset or its alternative date, the delay and the estimated onset; over the
 * series, the alarm episodes that start outside the known windows, per 180 days.
 */
public final class OnsetEval {
  static final List<String> HEADER = List.of("file", "region", "series", "metric", "onset", "alternative", "what");
  static final int BEFORE = 3;
  static final int AFTER = 14;

  private OnsetEval() {
  }

  /** One documented onset: which file, region, sub-series and metric; the date, a disputed alternative, what happened. */
  public record Known(Path file, String region, Optional<String> series, String metric, LocalDate onset,
      Optional<LocalDate> alternative, String what) {
  }

  /** The outcome for one known onset. */
  public record Row(Known known, Optional<LocalDate> firstAlarm, Optional<LocalDate> estimatedOnset, Optional<Long> delayDays,
      boolean detected) {
  }

  /** Alarm episodes on one series outside its known windows. */
  public record SeriesFalseAlarms(String file, String region, String series, String metric, int episodes, long daysOutside) {
  }

  /** The evaluation: one row per known onset, and the pooled episodes per 180 days outside the known windows. */
  public record Result(List<Row> rows, List<SeriesFalseAlarms> series, double otherEpisodesPer180Days) {
    public Result {
      rows = List.copyOf(rows);
      series = List.copyOf(series);
    }
  }

  /** Reads the known onsets of {@code file} (paths relative to its folder); a bad row is an error naming its line. */
  public static List<Known> read(Path file) {
    List<Known> known = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in)) {
      if (!csv.getHeaderNames().equals(HEADER)) {
        throw new SeriesFormatException(file + " line 1: the header must be " + String.join(",", HEADER)
            + ", not " + String.join(",", csv.getHeaderNames()));
      }
      Path dir = file.toAbsolutePath().getParent();
      for (CSVRecord r : csv) {
        long line = r.getRecordNumber() + 1;
        if (!r.isConsistent()) {
          throw new SeriesFormatException(file + " line " + line + ": " + r.size() + " columns where the header has 7");
        }
        if (r.get("file").isEmpty() || r.get("region").isEmpty() || r.get("metric").isEmpty()) {
          throw new SeriesFormatException(file + " line " + line + ": file, region and metric must not be blank");
        }
        known.add(new Known(dir.resolve(r.get("file")), r.get("region"),
            r.get("series").isEmpty() ? Optional.empty() : Optional.of(r.get("series")), r.get("metric"),
            date(file, line, "onset", r.get("onset")),
            r.get("alternative").isEmpty() ? Optional.empty() : Optional.of(date(file, line, "alternative", r.get("alternative"))),
            r.get("what")));
      }
    } catch (NoSuchFileException e) {
      throw new SeriesFormatException(file + ": no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new SeriesFormatException(file + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SeriesFormatException(file + ": not a valid CSV file: " + e.getMessage(), e);
    }
    if (known.isEmpty()) {
      throw new SeriesFormatException(file + ": no known onsets");
    }
    return known;
  }

  private static LocalDate date(Path file, long line, String column, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new SeriesFormatException(file + " line " + line + ": " + column + " '" + value + "' is not YYYY-MM-DD");
    }
  }

  /** Evaluates the known onsets of {@code knownFile}. */
  public static Result evaluate(Path knownFile, OnsetParameters p) {
    List<Known> known = read(knownFile);
    // One pass per distinct series, shared by the rows that name it.
    Map<List<Object>, List<Known>> bySeries = new LinkedHashMap<>();
    for (Known k : known) {
      bySeries.computeIfAbsent(List.of(k.file(), k.region(), k.series().orElse(""), k.metric()), x -> new ArrayList<>()).add(k);
    }
    Map<Known, Row> rows = new LinkedHashMap<>();
    List<SeriesFalseAlarms> alarms = new ArrayList<>();
    long episodes = 0;
    long outside = 0;
    for (List<Known> group : bySeries.values()) {
      Known first = group.get(0);
      DailySeries series = SeriesCsv.read(first.file(), SeriesCsv.Selection.of(first.series().orElse(null), first.metric(),
          first.region())).daily(first.region());
      Steps steps = step(series, p);
      for (Known k : group) {
        rows.put(k, row(k, series, steps));
      }
      SeriesFalseAlarms fa = falseAlarms(first, series, steps, group, p);
      alarms.add(fa);
      episodes += fa.episodes();
      outside += fa.daysOutside();
    }
    List<Row> ordered = known.stream().map(rows::get).toList();
    return new Result(ordered, alarms, outside == 0 ? 0 : 180.0 * episodes / outside);
  }

  /**
   * The escalations announced while stepping through a series: the day of each announcement and its
   * estimated onset; and the days that start an alarm episode, a run of days on which the latest
   * change is an escalation announced within {@link Verdict#NEW_DAYS} days ("new escalation" in alerts),
   * so a further rise announced days after the first extends its episode.
   */
  record Steps(Map<Integer, LocalDate> onsetAtStart, Set<Integer> episodeStarts) {
  }

  static Steps step(DailySeries series, OnsetParameters p) {
    OnsetMonitor m = Onset.monitor(series, p);
    Map<Integer, LocalDate> onsets = new LinkedHashMap<>();
    Set<Integer> starts = new LinkedHashSet<>();
    int lastEscalation = Integer.MIN_VALUE / 2;
    for (int i = 0; i < series.length(); i++) {
      m.add(series.count(i));
      Optional<Change> c = m.announced();
      if (c.isEmpty()) {
        continue;
      }
      if (c.get().escalation()) {
        onsets.put(i, c.get().onset());
        if (i - lastEscalation >= Verdict.NEW_DAYS) {
          starts.add(i);
        }
        lastEscalation = i;
      } else {
        lastEscalation = Integer.MIN_VALUE / 2;
      }
    }
    return new Steps(onsets, starts);
  }

  private static Row row(Known k, DailySeries series, Steps steps) {
    int from = Math.max(0, series.indexOf(k.onset().minusDays(BEFORE)));
    for (int i = from; i < series.length(); i++) {
      if (steps.onsetAtStart().containsKey(i)) {
        LocalDate alarm = series.date(i);
        long delay = ChronoUnit.DAYS.between(k.onset(), alarm);
        boolean detected = delay >= -BEFORE && delay <= AFTER;
        if (!detected && k.alternative().isPresent()) {
          long alt = ChronoUnit.DAYS.between(k.alternative().get(), alarm);
          if (alt >= -BEFORE && alt <= AFTER) {
            detected = true;
            delay = alt;
          }
        }
        return new Row(k, Optional.of(alarm), Optional.of(steps.onsetAtStart().get(i)), Optional.of(delay), detected);
      }
    }
    return new Row(k, Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  private static SeriesFalseAlarms falseAlarms(Known first, DailySeries series, Steps steps, List<Known> group, OnsetParameters p) {
    boolean[] known = new boolean[series.length()];
    for (Known k : group) {
      mark(known, series, k.onset());
      k.alternative().ifPresent(a -> mark(known, series, a));
    }
    int episodes = 0;
    long outside = 0;
    for (int i = p.warmUpDays() - 1; i < series.length(); i++) {
      if (!known[i]) {
        outside++;
        if (steps.episodeStarts().contains(i)) {
          episodes++;
        }
      }
    }
    return new SeriesFalseAlarms(first.file().getFileName().toString(), first.region(), first.series().orElse(""), first.metric(),
        episodes, outside);
  }

  private static void mark(boolean[] known, DailySeries series, LocalDate onset) {
    int from = series.indexOf(onset.minusDays(BEFORE));
    int to = series.indexOf(onset.plusDays(AFTER));
    for (int i = Math.max(0, from); i <= Math.min(known.length - 1, to); i++) {
      known[i] = true;
    }
  }
}
