package observatory.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Documents per second through {@link Extractor#extract}: one operation is one generated report
 * ({@link BenchCorpus}, 1,500 to 3,000 characters) read into claims, cycling through
 * {@code corpusSize} distinct reports so that no single text is all the JIT sees. The gazetteer
 * and lexicons are loaded in set-up and not measured.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ExtractBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s}
 * (short); drop the flags for JMH's defaults. With {@code -p texts=DIR} it cycles through the
 * real reports of a folder instead (text, HTML or annotated JSON, e.g. {@code -p
 * texts=../shared/eval/dev}). For the end-to-end figure, see {@link ThroughputRunner}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {
  @Param("500")
  public int corpusSize;

  /** A folder of real reports to use instead of generated ones; empty for generated. */
  @Param("")
  public String texts;

  private Extractor extractor;
  private List<Report> reports;
  private int next;

  @Setup
  public void setUp() {
    extractor = Extractor.standard();
    reports = texts.isEmpty() ? BenchCorpus.generate(corpusSize, 42)
        : ThroughputRunner.readTexts(java.nio.file.Path.of(texts), corpusSize);
  }

  @Benchmark
  public Extraction extract() {
    Report report = reports.get(next);
    next = next + 1 == reports.size() ? 0 : next + 1;
    return extractor.extract(report);
  }
}
