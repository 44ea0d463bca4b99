package observatory.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import observatory.geo.Gazetteer;
import observatory.geo.Resolution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolutions per second of {@link Gazetteer#resolve} on the bundled gazetteer: one operation is
 * one name of {@link NameMix} (exact names, transliterated variants such as "Kafranbel", area
 * phrases such as "the southern Idlib countryside", and names it does not hold), without
 * context ({@code resolveWithoutContext}) and with the country known ({@code resolveInSyria}).
 * The load itself is measured by {@link GazetteerLoadRunner}, since JMH does not suit a
 * one-shot, once-per-JVM load.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar GazetteerBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GazetteerBenchmark {
  private static final Gazetteer.Context SYRIA = Gazetteer.Context.in("SY");

  private Gazetteer gazetteer;
  private List<String> names;
  private int next;

  @Setup
  public void setUp() {
    gazetteer = Gazetteer.bundled();
    names = NameMix.all();
  }

  @Benchmark
  public Resolution resolveWithoutContext() {
    return gazetteer.resolve(nextName(), Gazetteer.Context.NONE);
  }

  @Benchmark
  public Resolution resolveInSyria() {
    return gazetteer.resolve(nextName(), SYRIA);
  }

  private String nextName() {
    String name = names.get(next);
    next = next + 1 == names.size() ? 0 : next + 1;
    return name;
  }
}
