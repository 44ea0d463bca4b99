package observatory.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import observatory.geo.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceCheckTest {

  @Test
  void countsResolvedNamesAgreeingGovernoratesAndNamesTheGazetteerLacks(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), """
        {"text": "A made-up report.", "incidents": [
          {"places": ["Kafranbel", "Maarat al-Numan"], "country": "Syria", "admin1": "Idlib"},
          {"places": ["Souran"], "country": "Syria", "admin1": "Aleppo"},
          {"places": ["Qaryat al-Mukhtalaqa"], "country": "Syria", "admin1": "Hama"},
          {"places": ["Syria"], "country": "Syria", "admin1": null, "background": true}
        ]}""");

    PlaceCheck.Report report = PlaceCheck.check(dir, Gazetteer.bundled());

    assertThat(report.mentions()).hasSize(4); // the background toll is left out
    assertThat(report.count("not found")).isEqualTo(1);
    // Souran is in Hama governorate; the annotation above says Aleppo on purpose.
    assertThat(report.admin1Agreement()).containsExactly(2, 3);
    assertThat(report.lines()).anyMatch(l -> l.startsWith("admin1 differs: a.json: Souran -> Hama"))
        .anyMatch(l -> l.contains("Qaryat al-Mukhtalaqa"));
  }
}
