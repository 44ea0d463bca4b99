package observatory.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The front door of trend analysis: the onset verdict of one series as of a day, and the regions
 * escalating on a day, ranked. Every answer uses the days up to the as-of day only.
 */
public final class Onset {
  private Onset() {
  }

  /** The verdict on {@code asOf} (or the series' last day, if earlier) from the days up to it. */
  public static Verdict assess(DailySeries series, LocalDate asOf, OnsetParameters p) {
    if (asOf.isBefore(series.start()) || series.length() == 0) {
      return new Verdict.NotEnoughData(series.region(), series.metric(), asOf,
          "the series of " + series.region() + " starts on " + series.start() + ", after " + asOf);
    }
    OnsetMonitor m = monitor(series, p);
    int last = Math.min(series.length() - 1, series.indexOf(asOf));
    for (int i = 0; i <= last; i++) {
      m.add(series.count(i));
    }
    return m.verdict();
  }

  /** The verdict on the series' last day. */
  public static Verdict assess(DailySeries series, OnsetParameters p) {
    return assess(series, series.end(), p);
  }

  /** A monitor ready to be fed the series' days from its first. */
  public static OnsetMonitor monitor(DailySeries series, OnsetParameters p) {
    return OnsetMonitor.start(series.region(), series.metric(), series.start(), p);
  }

  /**
   * The regions of {@code source} whose latest change on {@code asOf} is an escalation: new ones (announced
   * within {@link Verdict#NEW_DAYS} days) first, then the most certain, then by the ratio of the rates
   * after and before. Only regions with data on {@code asOf} are judged: a series that ended earlier
   * says nothing about that day.
   */
  public static List<Verdict.Yes> alerts(SeriesSource source, LocalDate asOf, OnsetParameters p) {
    List<Verdict.Yes> yes = new ArrayList<>();
    for (String region : source.regions()) {
      DailySeries s = source.daily(region);
      if (!s.end().isBefore(asOf) && assess(s, asOf, p) instanceof Verdict.Yes y) {
        yes.add(y);
      }
    }
    yes.sort(Comparator.comparing((Verdict.Yes y) -> !y.isNew())
        .thenComparing(Comparator.comparingDouble(Verdict.Yes::probability).reversed())
        .thenComparing(Comparator.comparingDouble(Verdict.Yes::ratio).reversed())
        .thenComparing(Verdict.Yes::region));
    return yes;
  }
}
