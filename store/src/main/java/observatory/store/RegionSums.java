package observatory.store;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import observatory.link.Measure;
import observatory.link.Totals;

/**
 * Sums of incidents per governorate as queries read them, piece by piece (summary rows of days and
 * months, incidents of the detail tables): every incident, and apart the part that rests on
 * incidents marked for review. Over a filter that selects only marked incidents
 * ({@code reviewOnly}) the two are one: the pieces' review columns are read as the sums.
 */
final class RegionSums {
  private static final Comparator<Optional<String>> NULLS_FIRST = Comparator.comparing(
      (Optional<String> o) -> o.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  private final boolean reviewOnly;
  /** singles, aggregates, then the same of the incidents marked for review. */
  private final Map<Optional<String>, long[]> counts = new HashMap<>();
  /** low, best, high (of the stated highs), open highs, incidents; then the same of the marked incidents. */
  private final Map<Optional<String>, Map<Measure, long[]>> sums = new HashMap<>();

  RegionSums(boolean reviewOnly) {
    this.reviewOnly = reviewOnly;
  }

  /** Incidents counted in a region: summed singles and aggregates kept out, all of them and those marked. */
  void count(Optional<String> region, long singles, long aggregates, long reviewSingles, long reviewAggregates) {
    long[] n = counts.computeIfAbsent(region, k -> new long[4]);
    n[0] += reviewOnly ? reviewSingles : singles;
    n[1] += reviewOnly ? reviewAggregates : aggregates;
    n[2] += reviewSingles;
    n[3] += reviewAggregates;
  }

  /** One measure summed over some incidents of a region, and over those of them marked for review. */
  void figure(Optional<String> region, String measure, long[] all, long[] review) {
    long[] a = sums.computeIfAbsent(region, k -> new EnumMap<>(Measure.class))
        .computeIfAbsent(Measure.fromLabel(measure), k -> new long[10]);
    long[] first = reviewOnly ? review : all;
    for (int k = 0; k < 5; k++) {
      a[k] += first[k];
      a[5 + k] += review[k];
    }
  }

  /** The sums per region (an empty region: incidents with none), regions without incidents left out. */
  Map<Optional<String>, Totals> all() {
    return totals(0);
  }

  /** The part of {@link #all()} marked for review, for the same regions (zeros where none is). */
  Map<Optional<String>, Totals> review() {
    return totals(2);
  }

  private Map<Optional<String>, Totals> totals(int at) {
    Map<Optional<String>, Totals> out = new TreeMap<>(NULLS_FIRST);
    counts.forEach((region, n) -> {
      if (n[0] + n[1] == 0) {
        return;
      }
      Map<Measure, Totals.Sum> m = new EnumMap<>(Measure.class);
      int from = at == 0 ? 0 : 5;
      sums.getOrDefault(region, Map.of()).forEach((measure, a) -> {
        if (a[from + 4] > 0) {
          m.put(measure, new Totals.Sum(a[from], a[from + 1],
              a[from + 3] > 0 ? OptionalLong.empty() : OptionalLong.of(a[from + 2]), (int) a[from + 4]));
        }
      });
      out.put(region, new Totals((int) n[at], (int) n[at + 1], m));
    });
    return out;
  }
}
