package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import observatory.claim.When;
import observatory.extract.Extractor;
import observatory.generate.CorpusWriter;
import observatory.generate.Generator;
import observatory.link.ClaimRef;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.report.ReportReader;
import observatory.store.LinkScore;
import observatory.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreLinksCommandTest {
  @TempDir
  Path dir;

  @Test
  void scoresAGeneratedCorpusIngestedIntoTheStore() throws Exception {
    Path corpus = dir.resolve("corpus");
    CorpusWriter.write(Generator.generate(60, 11), corpus);
    String db = "jdbc:sqlite:" + dir.resolve("score.db");
    Extractor extractor = Extractor.standard();
    ReportReader reader = ReportReader.standard();
    LinkScore.Result result;
    try (Store store = Store.open(db); Stream<Path> files = Files.list(corpus.resolve("reports"))) {
      for (Path f : files.sorted().toList()) {
        store.ingest(extractor.extract(reader.read(f)));
      }
      store.relink();
      result = LinkScore.score(store, corpus);
    }
    assertThat(result.truthReports()).isEqualTo(60);
    assertThat(result.storedReports()).isEqualTo(60);
    assertThat(result.claims()).isPositive();
    assertThat(result.truePairs()).isPositive();
    assertThat(List.of(result.precision(), result.recall(), result.f1())).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    assertThat(result.doubleCounted()).isBetween(0, result.covered());
    System.out.println("ScoreLinksCommandTest (60 reports, seed 11): " + result.summary());

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"score-links", "--truth", corpus.toString(), "--db", db},
        new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]));
    assertThat(code).as(err.toString()).isZero();
    String[] lines = out.toString().strip().split("\\R");
    assertThat(lines[lines.length - 1]).isEqualTo(result.summary());
  }

  @Test
  void aPerfectLinkingScoresOne() {
    ClaimRef a = new ClaimRef("r1", "c1");
    ClaimRef b = new ClaimRef("r2", "c1");
    ClaimRef c = new ClaimRef("r3", "c1");
    ClaimRef d = new ClaimRef("r3", "c2");
    ClaimRef e = new ClaimRef("r4", "c1");
    List<LinkScore.Scored> claims = List.of(new LinkScore.Scored(a, Optional.of("i1")),
        new LinkScore.Scored(b, Optional.of("i1")), new LinkScore.Scored(c, Optional.of("i1")),
        new LinkScore.Scored(d, Optional.of("i2")), new LinkScore.Scored(e, Optional.of("i2")));
    List<Incident> incidents = List.of(incident("x1", 12, a, b, c), incident("x2", 5, d, e));

    LinkScore.Result r = LinkScore.compute(4, 4, 0, claims, incidents, Map.of("i1", 12L, "i2", 5L));

    assertThat(r.truePairs()).isEqualTo(4);
    assertThat(r.predictedPairs()).isEqualTo(4);
    assertThat(List.of(r.precision(), r.recall(), r.f1())).containsOnly(1.0);
    assertThat(r.doubleCounted()).isZero();
    assertThat(r.storedKilled()).isEqualTo(17).isEqualTo(r.truthKilled());
    assertThat(r.summary()).isEqualTo(
        "pairwise_precision=1.000 pairwise_recall=1.000 pairwise_f1=1.000 double_counted=0 incidents=2");

    // The same claims split: i1 over two incidents is counted twice, and recall drops.
    List<Incident> split = List.of(incident("x1", 12, a, b), incident("x3", 12, c), incident("x2", 5, d, e));
    LinkScore.Result s = LinkScore.compute(4, 4, 0, claims, split, Map.of("i1", 12L, "i2", 5L));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.doubleCounted()).isEqualTo(1);
    assertThat(s.storedKilled()).isEqualTo(29);
  }

  @Test
  void aMixedIncidentThatIsContestedSaysSo() {
    ClaimRef a = new ClaimRef("r1", "c1");
    ClaimRef b = new ClaimRef("r2", "c1");
    List<LinkScore.Scored> claims = List.of(new LinkScore.Scored(a, Optional.of("i1")), new LinkScore.Scored(b, Optional.of("i2")));
    Incident mixed = incident("x1", 12, a, b);
    Incident contested = new Incident("x1", mixed.members(), mixed.figures(), mixed.sources(), Incident.Status.CONTESTED,
        mixed.when(), mixed.placeId(), mixed.placeName(), mixed.admin1(), mixed.actor(), mixed.eventType(), false);

    assertThat(LinkScore.compute(2, 2, 0, claims, List.of(mixed), Map.of()).merges()).containsExactly("x1 mixes i1, i2");
    assertThat(LinkScore.compute(2, 2, 0, claims, List.of(contested), Map.of()).merges())
        .containsExactly("x1 mixes i1, i2 (contested)");
  }

  private static Incident incident(String id, long killed, ClaimRef... refs) {
    return new Incident(id, Stream.of(refs).map(r -> new Incident.Member(r, "test")).toList(),
        Map.of(Measure.KILLED, new Estimate(killed, killed, OptionalLong.of(killed))), List.of("s"),
        Incident.Status.REPORTED, new When.Day(LocalDate.of(2019, 3, 1)), OptionalLong.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false);
  }
}
