package observatory.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThroughputRunnerTest {

  @Test
  void extractsTwentyDocsAndSummarisesThem() {
    ThroughputRunner.Result result = ThroughputRunner.run(ThroughputRunner.Options.parse("--docs", "20",
        "--warmup-seconds", "0"));

    assertThat(result.docs()).isEqualTo(20);
    assertThat(result.claims()).isPositive();
    assertThat(result.docsPerSecondPerCore()).isPositive();
    assertThat(result.docsPerCpuSecond()).isPositive();
    assertThat(result.summary()).matches("extract: [\\d,]+ docs/s per core \\(1 thread, 20 docs, 0\\.\\d MB\\)");
  }

  @Test
  void rejectsAnUnknownOptionNamingIt() {
    assertThatThrownBy(() -> ThroughputRunner.Options.parse("--doc", "20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'--doc'");
  }
}
