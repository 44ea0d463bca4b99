package observatory.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import observatory.claim.Span;
import observatory.report.Report;
import observatory.text.DateMention;
import observatory.text.Dates;
import observatory.text.NumberMention;
import observatory.text.Numbers;
import observatory.text.Sentences;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sentences per second through the figure and date readers: one operation is one sentence of
 * the generated corpus ({@link BenchCorpus}, split by {@link Sentences}) read by
 * {@link Numbers#find(CharSequence, int, int)} ({@code numbers}) or by
 * {@link Dates#find(CharSequence, int, int, Optional)} against the report's publication date
 * ({@code dates}).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar NumbersBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NumbersBenchmark {
  /** A sentence with the text it lies in and the date it was published. */
  private record Sentence(String text, Span span, Optional<LocalDate> published) {
  }

  private List<Sentence> sentences;
  private int next;

  @Setup
  public void setUp() {
    List<Sentence> all = new ArrayList<>();
    for (Report report : BenchCorpus.generate(200, 42)) {
      for (Span span : Sentences.split(report.text())) {
        all.add(new Sentence(report.text(), span, report.published()));
      }
    }
    sentences = List.copyOf(all);
  }

  @Benchmark
  public List<NumberMention> numbers() {
    Sentence s = nextSentence();
    return Numbers.find(s.text(), s.span().start(), s.span().end());
  }

  @Benchmark
  public List<DateMention> dates() {
    Sentence s = nextSentence();
    return Dates.find(s.text(), s.span().start(), s.span().end(), s.published());
  }

  private Sentence nextSentence() {
    Sentence s = sentences.get(next);
    next = next + 1 == sentences.size() ? 0 : next + 1;
    return s;
  }
}
