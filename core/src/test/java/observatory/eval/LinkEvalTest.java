package observatory.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import observatory.geo.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkEvalTest {
  @TempDir
  Path dir;

  @Test
  void theAnnotatedReportsOfTheOutletsCorpusLinkIntoTheirEvents() throws Exception {
    Path folder = Path.of(LinkEvalTest.class.getResource("/observatory/link/outlets").toURI());
    List<Path> docs;
    try (Stream<Path> files = Files.list(folder)) {
      docs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }

    LinkEval.Result r = LinkEval.run(docs, Gazetteer.bundled());

    // Pairs of one event: the market 4 reports (6 pairs), Kansafra 2 (1), the car bomb 3 (3).
    assertThat(r.documents()).isEqualTo(13);
    assertThat(r.right()).isEqualTo(10);
    assertThat(r.wrongMerges()).isZero();
    assertThat(r.missed()).isZero();
    assertThat(r.f1()).isEqualTo(1.0);
  }

  @Test
  void rightMissedAndWronglyMergedPairsAreCountedPairByPair() throws Exception {
    // Two reports of a strike; a third of another strike the linker cannot tell from it (same town,
    // day, weapon and toll); a fourth of the first strike dated a week off, which it cannot link.
    write("r1", "E1", "2020-01-14", 10);
    write("r2", "E1", "2020-01-14", 11);
    write("r3", "E2", "2020-01-14", 10);
    write("r4", "E1", "2020-01-21", 10);
    List<Path> docs;
    try (Stream<Path> files = Files.list(dir)) {
      docs = files.sorted().toList();
    }

    LinkEval.Result r = LinkEval.run(docs, Gazetteer.bundled());

    assertThat(r.right()).isEqualTo(1);         // r1 and r2
    assertThat(r.wrongMerges()).isEqualTo(2);   // r3 with r1, r3 with r2
    assertThat(r.missed()).isEqualTo(2);        // r4 with r1, r4 with r2
    assertThat(r.eventsSplit()).isEqualTo(1);
    assertThat(r.precision()).isEqualTo(1.0 / 3);
    assertThat(r.recall()).isEqualTo(1.0 / 3);
    assertThat(r.missedPairs()).anySatisfy(l -> assertThat(l).contains("E1: r1:i1 and r4:i1 apart"));
    assertThat(r.mergedPairs()).anySatisfy(l -> assertThat(l).contains("E1 r1:i1 with E2 r3:i1"));
  }

  @Test
  void anIncidentWithABadDateIsNamedInTheError() throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad\", \"publisher\": \"x\", \"text\": \"t\", \"incidents\":"
        + " [{\"id\": \"i1\", \"date\": \"14 January\", \"places\": [], \"weapons\": []}]}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> LinkEval.run(List.of(dir.resolve("bad.json")), Gazetteer.bundled()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.json, incident i1").hasMessageContaining("14 January");
  }

  private void write(String id, String event, String date, int killed) throws Exception {
    Files.writeString(dir.resolve(id + ".json"), """
        {"id": "%s", "publisher": "test", "published": "%s", "language": "en", "text": "...",
         "incidents": [{"id": "i1", "date": "%s", "places": ["Binnish"], "country": "Syria", "admin1": "Idlib",
           "perpetrator": "Russia", "weapons": ["air strike"], "killed": %d, "killed_qualifier": "exact",
           "aggregate": false, "sources": [], "event": "%s"}]}
        """.formatted(id, date, date, killed, event), StandardCharsets.UTF_8);
  }
}
