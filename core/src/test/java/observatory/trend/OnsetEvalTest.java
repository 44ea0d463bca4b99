package observatory.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnsetEvalTest {
  @TempDir
  Path dir;

  static String csv(DailySeries s) {
    StringBuilder sb = new StringBuilder("date,region,killed\n");
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.date(i)).append(',').append(s.region()).append(',').append(s.count(i)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void stepsDayByDayAndFindsAKnownOnset() throws IOException {
    LocalDate start = LocalDate.of(2018, 1, 1);
    DailySeries s = new Draws(7).step("North", start, 400, 250, 4, 12, 3);
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/north.csv"), csv(s));
    Path known = dir.resolve("known.csv");
    LocalDate onset = start.plusDays(250);
    Files.writeString(known, "file,region,series,metric,onset,alternative,what\ndata/north.csv,North,,killed," + onset + ",,a test step\n");
    OnsetEval.Result r = OnsetEval.evaluate(known, OnsetParameters.defaults());
    assertThat(r.rows()).hasSize(1);
    OnsetEval.Row row = r.rows().get(0);
    assertThat(row.detected()).isTrue();
    assertThat(row.delayDays().orElseThrow()).isBetween(-3L, 14L);
    assertThat(row.estimatedOnset().orElseThrow()).isBetween(onset.minusDays(10), onset.plusDays(10));
    assertThat(r.otherEpisodesPer180Days()).isGreaterThanOrEqualTo(0);
    // The first alarm is the day a fresh as-of evaluation first announces a new escalation.
    Verdict atAlarm = Onset.assess(s, row.firstAlarm().orElseThrow(), OnsetParameters.defaults());
    Verdict dayBefore = Onset.assess(s, row.firstAlarm().orElseThrow().minusDays(1), OnsetParameters.defaults());
    assertThat(atAlarm).isInstanceOf(Verdict.Yes.class);
    assertThat(((Verdict.Yes) atAlarm).detected()).isEqualTo(row.firstAlarm().orElseThrow());
    assertThat(dayBefore.history()).hasSize(atAlarm.history().size() - 1);
  }

  @Test
  void aBadKnownFileNamesTheLine() throws IOException {
    Path known = dir.resolve("known.csv");
    Files.writeString(known, "file,region,series,metric,onset,alternative,what\nx.csv,North,,killed,20 Oct 2016,,\n");
    assertThatThrownBy(() -> OnsetEval.read(known)).hasMessage(known + " line 2: onset '20 Oct 2016' is not YYYY-MM-DD");
    Files.writeString(known, "file,region,onset\nx.csv,North,2016-10-20\n");
    assertThatThrownBy(() -> OnsetEval.read(known)).hasMessageContaining("line 1: the header must be file,region,series,metric,onset,alternative,what");
  }
}
