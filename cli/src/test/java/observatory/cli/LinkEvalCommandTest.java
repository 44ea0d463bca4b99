package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkEvalCommandTest {
  @TempDir
  Path dir;

  @Test
  void scoresTheLinksOfALinkingSetsAnnotatedIncidents() throws Exception {
    // A monitor's bulletin without a date and an agency's dated report of one strike.
    write("bulletin", "2020-01-14", "null", 17);
    write("agency", "2020-01-15", "\"2020-01-14\"", 15);

    Run run = Run.of("link-eval", dir.toString(), "--details");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("documents=2 claims=2 (tp=1 fp=0 fn=0)")
        .contains("pairwise_precision=1.000 pairwise_recall=1.000 pairwise_f1=1.000 events_split=0");
  }

  @Test
  void aFolderThatIsNotThereIsRefused() {
    Run run = Run.of("link-eval", dir.resolve("nowhere").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("nowhere: not a folder of annotated documents");
  }

  private void write(String id, String published, String date, int killed) throws Exception {
    Files.writeString(dir.resolve(id + ".json"), """
        {"id": "%s", "publisher": "test", "published": "%s", "language": "en", "text": "...",
         "incidents": [{"id": "i1", "date": %s, "places": ["Binnish"], "country": "Syria", "admin1": "Idlib",
           "weapons": ["air strike"], "killed": %d, "killed_qualifier": "exact", "aggregate": false, "sources": [],
           "event": "E1"}]}
        """.formatted(id, published, date, killed), StandardCharsets.UTF_8);
  }
}
