package observatory.link;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import observatory.claim.Count;

/**
 * One incident's low / best / high for one {@link Measure}, reconciled from what each source states.
 *
 * <p>Counting rules (also in the README, "Counting rules"):
 * <ul>
 *   <li><b>low</b> is the largest floor stated by any source: "at least 26" gives 26, "more than 25"
 *       26, "dozens" 24. Sources that state exact figures (or ranges) that disagree only vouch for the
 *       smallest of them, so low is the larger of that smallest exact figure and the largest floor.
 *       When nobody states a lower bound ("about 30"), low is the smallest figure.</li>
 *   <li><b>high</b> is the largest figure or upper bound stated; it is absent (open) when a source
 *       states only a floor that reaches it ("at least 26" with no one saying more). Never below low.</li>
 *   <li><b>best</b> is the median of the sources' figures, rounded down, kept within [low, high]. The
 *       median is robust to one outlying source, and sits between ACLED's conservative single figure
 *       and UCDP's low/best/high range.</li>
 * </ul>
 */
public record Estimate(long low, long best, OptionalLong high) {
  public Estimate {
    if (low < 0 || best < low || (high.isPresent() && high.getAsLong() < best)) {
      throw new IllegalArgumentException("an estimate needs 0 <= low <= best <= high, was "
          + low + " / " + best + " / " + (high.isPresent() ? high.getAsLong() : "open"));
    }
  }

  /** The estimate the counting rules give for these statements (one per source); at least one. */
  public static Estimate of(List<Count> stated) {
    if (stated.isEmpty()) {
      throw new IllegalArgumentException("an estimate needs at least one stated figure");
    }
    long floor = -1;
    long closedLow = Long.MAX_VALUE;
    long top = 0;
    List<Long> figures = new ArrayList<>();
    for (Count c : stated) {
      figures.add(c.figure());
      top = Math.max(top, c.high().orElse(c.figure()));
      if (c.low().isPresent()) {
        if (c.high().isPresent()) {
          closedLow = Math.min(closedLow, c.low().getAsLong());
        } else {
          floor = Math.max(floor, c.low().getAsLong());
        }
      }
    }
    long low;
    if (floor < 0 && closedLow == Long.MAX_VALUE) {
      low = figures.stream().mapToLong(Long::longValue).min().orElseThrow();
    } else {
      low = Math.max(floor, closedLow == Long.MAX_VALUE ? -1 : closedLow);
    }
    OptionalLong high = floor >= top ? OptionalLong.empty() : OptionalLong.of(Math.max(top, low));
    figures.sort(null);
    int n = figures.size();
    long median = n % 2 == 1 ? figures.get(n / 2) : Math.floorDiv(figures.get(n / 2 - 1) + figures.get(n / 2), 2);
    long best = Math.max(low, high.isPresent() ? Math.min(median, high.getAsLong()) : median);
    return new Estimate(low, best, high);
  }

  @Override
  public String toString() {
    return low + " / " + best + " / " + (high.isPresent() ? Long.toString(high.getAsLong()) : "open");
  }
}
