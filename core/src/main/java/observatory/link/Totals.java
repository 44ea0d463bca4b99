package observatory.link;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Sums of incidents over a region and a period. Only single-event incidents are summed: a total or a
 * tally (an aggregate incident) is kept out, so a total is never added to its parts. The high of a
 * sum is open when any summed incident's high is open.
 *
 * @param incidents how many incidents were summed
 * @param aggregatesLeftOut how many aggregate incidents (totals, tallies) were kept out of the sums
 */
public record Totals(int incidents, int aggregatesLeftOut, Map<Measure, Sum> sums) {
  public Totals {
    sums = Map.copyOf(sums);
  }

  /** One measure summed over incidents. */
  public record Sum(long low, long best, OptionalLong high, int incidents) {
  }

  public static Totals of(List<Incident> incidents) {
    Map<Measure, long[]> acc = new EnumMap<>(Measure.class);  // low, best, high, open (0/1), count
    int summed = 0;
    int left = 0;
    for (Incident i : incidents) {
      if (i.aggregate()) {
        left++;
        continue;
      }
      summed++;
      i.figures().forEach((m, e) -> {
        long[] a = acc.computeIfAbsent(m, k -> new long[5]);
        a[0] += e.low();
        a[1] += e.best();
        if (e.high().isPresent()) {
          a[2] += e.high().getAsLong();
        } else {
          a[3] = 1;
        }
        a[4]++;
      });
    }
    Map<Measure, Sum> sums = new EnumMap<>(Measure.class);
    acc.forEach((m, a) -> sums.put(m, new Sum(a[0], a[1], a[3] == 1 ? OptionalLong.empty() : OptionalLong.of(a[2]),
        (int) a[4])));
    return new Totals(summed, left, sums);
  }
}
