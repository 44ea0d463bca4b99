package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast} and {@code forecast eval}, end to end on a series file written here. */
class ForecastCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Three regions over 900 days from 2019-01-01: North busier every other month, the others steady. */
  private Path series() throws IOException {
    StringBuilder sb = new StringBuilder("date,region,series,incidents\n");
    LocalDate start = LocalDate.of(2019, 1, 1);
    for (int i = 0; i < 900; i++) {
      LocalDate d = start.plusDays(i);
      sb.append(d).append(",North,air,").append(d.getMonthValue() % 2 == 0 ? i % 2 + 1 : i % 3 == 0 ? 1 : 0).append('\n');
      sb.append(d).append(",South,air,").append(i % 4 == 0 ? 1 : 0).append('\n');
      sb.append(d).append(",East,air,").append(i % 5 == 0 ? 2 : 0).append('\n');
    }
    Path f = dir.resolve("daily.csv");
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void aForecastListsTheNextMonthsWithTheirIntervals() throws IOException {
    Run r = Run.of("forecast", "--series", series().toString(), "--series-name", "air", "--metric", "incidents", "--region", "North",
        "--months", "2", "--as-of", "2020-12-20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("North, incidents: forecast from the whole months up to 2020-11 (as of 2020-12-20)\n")
        .containsPattern("\\n2020-12 +[0-9.]+ +[0-9]+ +[0-9]+\\.\\.[0-9]+ +[0-9]+\\.\\.[0-9]+\\n2021-01 ")
        .contains("last 12 months: ").contains("model: negative binomial");
    JsonNode j = JSON.readTree(Run.of("forecast", "--series", series().toString(), "--series-name", "air", "--region", "North",
        "--format", "json").out());
    assertThat(j.path("origin").asText()).isEqualTo("2021-05");
    assertThat(j.path("forecasts").findValuesAsText("month")).containsExactly("2021-06", "2021-07", "2021-08");
    Run missing = Run.of("forecast", "--series", series().toString(), "--series-name", "air");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("forecast needs --region NAME");
  }

  @Test
  void forecastEvalGivesTheSkillAgainstBothBaselinesOverallAndPerRegion() throws IOException {
    Path f = series();
    JsonNode j = JSON.readTree(Run.of("forecast", "eval", "--series", f.toString(), "--series-name", "air", "--metric", "incidents",
        "--format", "json").out());
    assertThat(j.has("skill_vs_persistence")).isTrue();
    assertThat(j.has("skill_vs_climatology")).isTrue();
    assertThat(j.path("forecasts").asInt()).isPositive();
    assertThat(j.path("regions").path("North").path("forecasts").asInt()).isPositive();
    assertThat(j.path("horizons").fieldNames()).toIterable().containsExactly("1", "2", "3");
    // North alternates busy and quiet months: last month is the worst guide, and the model learns better.
    assertThat(j.path("regions").path("North").path("skill_vs_persistence").asDouble()).isPositive();
    Run table = Run.of("forecast", "eval", "--series", f.toString(), "--series-name", "air");
    assertThat(table.out()).contains("1 month ahead").containsPattern("\\nskill_vs_persistence=-?[0-9.]+ skill_vs_climatology=");
  }
}
