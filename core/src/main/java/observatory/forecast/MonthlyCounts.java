package observatory.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import observatory.trend.DailySeries;
import observatory.trend.SeriesSource;

/**
 * The calendar-month totals of every region of a source, whole months only: a month enters once its
 * last day is within the region's series and on or before the as-of day, so a forecast as of the
 * 15th never reads the first half of the month (and a series' partial first month is left out).
 */
public record MonthlyCounts(String metric, Map<String, Region> regions) {
  /** One region's months: the first whole month and the totals from it on. */
  public record Region(String name, YearMonth first, long[] counts) {
    public Region {
      counts = counts.clone();
    }

    public int length() {
      return counts.length;
    }

    public YearMonth last() {
      return first.plusMonths(counts.length - 1L);
    }

    /** The total of {@code month}, if it is one of the region's whole months. */
    public Optional<Long> count(YearMonth month) {
      long i = first.until(month, java.time.temporal.ChronoUnit.MONTHS);
      return i >= 0 && i < counts.length ? Optional.of(counts[(int) i]) : Optional.empty();
    }

    @Override
    public long[] counts() {
      return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Region r && name.equals(r.name) && first.equals(r.first) && Arrays.equals(counts, r.counts);
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + Arrays.hashCode(counts);
    }
  }

  public MonthlyCounts {
    regions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(regions));
  }

  /** The whole months up to {@code asOf} of every region of {@code source}. */
  public static MonthlyCounts of(SeriesSource source, String metric, LocalDate asOf) {
    Map<String, Region> regions = new LinkedHashMap<>();
    for (String name : source.regions()) {
      of(source.daily(name), asOf).ifPresent(r -> regions.put(r.name(), r));
    }
    return new MonthlyCounts(metric, regions);
  }

  /** A region's whole months up to {@code asOf}; empty when it has none. */
  public static Optional<Region> of(DailySeries daily, LocalDate asOf) {
    LocalDate end = daily.end().isBefore(asOf) ? daily.end() : asOf;
    YearMonth first = YearMonth.from(daily.start());
    if (daily.start().getDayOfMonth() != 1) {
      first = first.plusMonths(1);
    }
    YearMonth last = YearMonth.from(end);
    if (!end.equals(last.atEndOfMonth())) {
      last = last.minusMonths(1);
    }
    if (last.isBefore(first)) {
      return Optional.empty();
    }
    int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    long[] counts = new long[months];
    for (int m = 0; m < months; m++) {
      YearMonth ym = first.plusMonths(m);
      int from = daily.indexOf(ym.atDay(1));
      int to = daily.indexOf(ym.atEndOfMonth());
      long sum = 0;
      for (int d = from; d <= to; d++) {
        sum += daily.count(d);
      }
      counts[m] = sum;
    }
    return Optional.of(new Region(daily.region(), first, counts));
  }

  /** These months with {@code extra} among the regions (a district forecast beside the governorates it is pooled with). */
  public MonthlyCounts with(Region extra) {
    if (regions.containsKey(extra.name())) {
      return this;
    }
    Map<String, Region> all = new LinkedHashMap<>(regions);
    all.put(extra.name(), extra);
    return new MonthlyCounts(metric, all);
  }

  /** The region named {@code name} (any case); an unknown one is an error naming those there are. */
  public Region region(String name) {
    for (Region r : regions.values()) {
      if (r.name().equalsIgnoreCase(name.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("no whole month of '" + name + "' to forecast from (regions with whole months: "
        + String.join(", ", regions.keySet()) + ")");
  }

  /** The regions, in the source's order. */
  public List<Region> list() {
    return List.copyOf(regions.values());
  }
}
