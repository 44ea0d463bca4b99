/**
 * Benchmarks of the observatory: how fast reports become claims, and what the gazetteer costs.
 *
 * <p>Start with {@link observatory.bench.ThroughputRunner} (end to end, documents per second per
 * core) and {@link observatory.bench.GazetteerLoadRunner} (load time, heap, resolutions per
 * second); the JMH benchmarks ({@link observatory.bench.ExtractBenchmark},
 * {@link observatory.bench.GazetteerBenchmark}, {@link observatory.bench.NumbersBenchmark})
 * look closer at one stage each. All of them read {@link observatory.bench.BenchCorpus}, a corpus
 * generated from a seed, so runs are comparable without shipping anyone's articles.
 *
 * <p>{@code bench/run.sh} builds {@code bench/target/benchmarks.jar} and runs the lot.
 */
package observatory.bench;
