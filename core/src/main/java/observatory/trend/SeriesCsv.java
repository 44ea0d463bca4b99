package observatory.trend;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * Reads daily series from CSV: a {@code date} column (YYYY-MM-DD), optionally a {@code region} and a
 * {@code series} column, and one or more count columns (the metrics). Every (series, region) must
 * hold one row per day from its first day to its last, in order: a missing day, a repeated day, a
 * blank, negative or non-numeric count, or a blank region is an error naming the file and line.
 * A file without a {@code region} column is one series, named by the caller.
 */
public final class SeriesCsv {
  static final String DATE = "date";
  static final String REGION = "region";
  static final String SERIES = "series";

  private SeriesCsv() {
  }

  /** What to read from a file: which sub-series (blank for all or none) and which metric (blank for the first count column). */
  public record Selection(Optional<String> series, Optional<String> metric, String regionIfNone) {
    public static Selection of(String series, String metric, String regionIfNone) {
      return new Selection(blankToEmpty(series), blankToEmpty(metric), regionIfNone == null ? "all" : regionIfNone);
    }
  }

  /** The series of one file: one per region, in the order the file first names them. */
  public record SeriesFile(Path file, String metric, Map<String, DailySeries> byRegion) implements SeriesSource {
    public SeriesFile {
      byRegion = Map.copyOf(byRegion);
    }

    @Override
    public List<String> regions() {
      return byRegion.keySet().stream().sorted().toList();
    }

    /** The series of {@code region} (any case); an unknown region is an error naming the file and the regions it holds. */
    @Override
    public DailySeries daily(String region) {
      for (Map.Entry<String, DailySeries> e : byRegion.entrySet()) {
        if (e.getKey().equalsIgnoreCase(region.strip())) {
          return e.getValue();
        }
      }
      throw new SeriesFormatException(file + ": no region '" + region + "' (it holds " + String.join(", ", regions()) + ")");
    }
  }

  public static SeriesFile read(Path file, Selection selection) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in)) {
      return read(file, csv, selection);
    } catch (NoSuchFileException e) {
      throw new SeriesFormatException(file + ": no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new SeriesFormatException(file + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SeriesFormatException(file + ": not a valid CSV file: " + e.getMessage(), e);
    }
  }

  private static SeriesFile read(Path file, CSVParser csv, Selection selection) {
    List<String> header = csv.getHeaderNames();
    if (!header.contains(DATE)) {
      throw new SeriesFormatException(file + " line 1: no 'date' column (columns: " + String.join(", ", header) + ")");
    }
    boolean hasRegion = header.contains(REGION);
    boolean hasSeries = header.contains(SERIES);
    List<String> metrics = header.stream().filter(h -> !h.equals(DATE) && !h.equals(REGION) && !h.equals(SERIES)).toList();
    if (metrics.isEmpty()) {
      throw new SeriesFormatException(file + " line 1: no count column besides date, region and series");
    }
    String metric = selection.metric().orElse(metrics.get(0));
    if (!metrics.contains(metric)) {
      throw new SeriesFormatException(file + ": no count column '" + metric + "' (it has " + String.join(", ", metrics) + ")");
    }
    if (selection.series().isPresent() && !hasSeries) {
      throw new SeriesFormatException(file + ": no 'series' column, so there is no series '" + selection.series().get() + "' to choose");
    }

    Map<String, Builder> builders = new LinkedHashMap<>();
    Set<String> seriesSeen = new LinkedHashSet<>();
    for (CSVRecord row : csv) {
      long line = row.getRecordNumber() + 1;
      if (!row.isConsistent()) {
        throw new SeriesFormatException(file + " line " + line + ": " + row.size() + " columns where the header has " + header.size());
      }
      if (hasSeries) {
        String s = row.get(SERIES);
        seriesSeen.add(s);
        if (selection.series().isPresent() && !selection.series().get().equals(s)) {
          continue;
        }
      }
      String region = hasRegion ? row.get(REGION) : selection.regionIfNone();
      if (region.isEmpty()) {
        throw new SeriesFormatException(file + " line " + line + ": blank region");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(row.get(DATE));
      } catch (DateTimeParseException e) {
        throw new SeriesFormatException(file + " line " + line + ": date '" + row.get(DATE) + "' is not YYYY-MM-DD");
      }
      String cell = row.get(metric);
      long count;
      try {
        count = Long.parseLong(cell);
      } catch (NumberFormatException e) {
        throw new SeriesFormatException(file + " line " + line + ": " + metric + " '" + cell + "' is not a whole number"
            + (cell.isEmpty() ? " (write 0 for a day with none)" : ""));
      }
      if (count < 0) {
        throw new SeriesFormatException(file + " line " + line + ": " + metric + " " + count + " is negative");
      }
      String key = (hasSeries ? row.get(SERIES) : "") + "\u0000" + region;
      builders.computeIfAbsent(key, k -> new Builder(region)).add(file, line, date, count);
    }
    if (hasSeries && selection.series().isEmpty() && seriesSeen.size() > 1) {
      throw new SeriesFormatException(file + ": holds several series (" + String.join(", ", seriesSeen)
          + "); choose one (--series-name)");
    }
    if (selection.series().isPresent() && !seriesSeen.contains(selection.series().get())) {
      throw new SeriesFormatException(file + ": no series '" + selection.series().get() + "' (it holds "
          + String.join(", ", seriesSeen) + ")");
    }
    if (builders.isEmpty()) {
      throw new SeriesFormatException(file + ": no rows");
    }
    Map<String, DailySeries> byRegion = new LinkedHashMap<>();
    for (Builder b : builders.values()) {
      if (byRegion.put(b.region, b.build(metric)) != null) {
        throw new IllegalStateException("region " + b.region + " read twice");
      }
    }
    return new SeriesFile(file, metric, byRegion);
  }

  private static Optional<String> blankToEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static final class Builder {
    final String region;
    LocalDate start;
    LocalDate last;
    long[] counts = new long[256];
    int n;

    Builder(String region) {
      this.region = region;
    }

    void add(Path file, long line, LocalDate date, long count) {
      if (last != null) {
        LocalDate expected = last.plusDays(1);
        if (date.equals(last)) {
          throw new SeriesFormatException(file + " line " + line + ": " + date + " repeated for " + region + " (a duplicate day)");
        }
        if (date.isBefore(last)) {
          throw new SeriesFormatException(file + " line " + line + ": " + date + " comes after " + last + " for " + region
              + " (rows must be in date order)");
        }
        if (!date.equals(expected)) {
          LocalDate before = date.minusDays(1);
          throw new SeriesFormatException(file + " line " + line + ": no row for " + region
              + (before.equals(expected) ? " on " + expected : " from " + expected + " to " + before)
              + " (a gap; write days with none as 0)");
        }
      } else {
        start = date;
      }
      if (n == counts.length) {
        counts = java.util.Arrays.copyOf(counts, n * 2);
      }
      counts[n++] = count;
      last = date;
    }

    DailySeries build(String metric) {
      return new DailySeries(region, metric, start, java.util.Arrays.copyOf(counts, n));
    }
  }
}
