package observatory.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A series in brief as of a day: weekly totals (weeks ending on the as-of day), the mean per day
 * over the last 28 days and the 28 before, and a text sparkline of the weeks.
 */
public record TrendSummary(String region, String metric, LocalDate first, LocalDate asOf, long total, List<Week> weeks,
    double recentPerDay, double previousPerDay) {
  private static final String BARS = "▁▂▃▄▅▆▇█";
  static final int RECENT_DAYS = 28;

  public TrendSummary {
    weeks = List.copyOf(weeks);
  }

  /** Seven days ending on {@code last} and their total. */
  public record Week(LocalDate first, LocalDate last, long total) {
  }

  /** The summary of the days up to {@code asOf}, with at most {@code maxWeeks} weeks. */
  public static TrendSummary of(DailySeries series, LocalDate asOf, int maxWeeks) {
    DailySeries known = series.upTo(asOf);
    int n = known.length();
    long total = 0;
    for (int i = 0; i < n; i++) {
      total += known.count(i);
    }
    List<Week> weeks = new ArrayList<>();
    for (int end = n - 1; end >= 6 && weeks.size() < maxWeeks; end -= 7) {
      long w = 0;
      for (int i = end - 6; i <= end; i++) {
        w += known.count(i);
      }
      weeks.add(0, new Week(known.date(end - 6), known.date(end), w));
    }
    LocalDate last = n == 0 ? asOf : known.end();
    return new TrendSummary(series.region(), series.metric(), series.start(), last, total, weeks,
        mean(known, n - RECENT_DAYS, n), mean(known, n - 2 * RECENT_DAYS, n - RECENT_DAYS));
  }

  private static double mean(DailySeries s, int from, int to) {
    from = Math.max(0, from);
    if (to <= from) {
      return 0;
    }
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += s.count(i);
    }
    return (double) sum / (to - from);
  }

  /** One bar per week, scaled to the largest week. */
  public String sparkline() {
    long max = weeks.stream().mapToLong(Week::total).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (Week w : weeks) {
      int level = max == 0 ? 0 : (int) Math.round((BARS.length() - 1) * (double) w.total() / max);
      sb.append(BARS.charAt(level));
    }
    return sb.toString();
  }
}
