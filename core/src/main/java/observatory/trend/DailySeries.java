package observatory.trend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * One count per day for one region and metric, with no gaps: day {@code i} is {@code start + i}.
 * A day with nothing recorded is an explicit zero, never a missing entry.
 */
public record DailySeries(String region, String metric, LocalDate start, long[] counts) {
  public DailySeries {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(start, "start");
    counts = counts.clone();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException("negative count " + counts[i] + " for " + region + " on " + start.plusDays(i));
      }
    }
  }

  /** The number of days. */
  public int length() {
    return counts.length;
  }

  /** The last day, or the day before {@link #start()} for an empty series. */
  public LocalDate end() {
    return start.plusDays(counts.length - 1L);
  }

  public long count(int day) {
    return counts[day];
  }

  /** The count on {@code date}, which must lie within the series. */
  public long count(LocalDate date) {
    return counts[indexOf(date)];
  }

  /** The day index of {@code date}: negative before the start, {@code length()} or more after the end. */
  public int indexOf(LocalDate date) {
    return (int) ChronoUnit.DAYS.between(start, date);
  }

  public LocalDate date(int day) {
    return start.plusDays(day);
  }

  /** The counts, as a copy. */
  @Override
  public long[] counts() {
    return counts.clone();
  }

  /** The days up to and including {@code asOf}: what was known that day. */
  public DailySeries upTo(LocalDate asOf) {
    int n = Math.max(0, Math.min(counts.length, indexOf(asOf) + 1));
    return new DailySeries(region, metric, start, Arrays.copyOf(counts, n));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DailySeries s && region.equals(s.region) && metric.equals(s.metric) && start.equals(s.start)
        && Arrays.equals(counts, s.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, metric, start, Arrays.hashCode(counts));
  }

  @Override
  public String toString() {
    return "DailySeries[" + region + ", " + metric + ", " + start + ".." + end() + "]";
  }
}
