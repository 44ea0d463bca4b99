package observatory.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.claim.Claim;
import observatory.claim.When;
import observatory.extract.Extractor;
import observatory.generate.ReportTruth.Kind;
import observatory.report.Report;
import observatory.report.ReportReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  private static final Corpus CORPUS = Generator.generate(300, 42);

  @Test
  void theSameSeedGivesTheSameCorpus() {
    assertEquals(CORPUS, Generator.generate(300, 42));
    assertNotEquals(CORPUS.reports(), Generator.generate(300, 43).reports());
  }

  @Test
  void producesExactlyTheNumberOfReportsAsked() {
    assertEquals(300, CORPUS.reports().size());
    assertEquals(1, Generator.generate(1, 5).reports().size());
    assertEquals(0, Generator.generate(0, 5).reports().size());
  }

  @Test
  void everyIncidentIsDescribedAndMostBySeveralSources() {
    Map<String, Set<String>> sources = new HashMap<>();
    for (ReportTruth t : CORPUS.truth()) {
      t.incidents().forEach(id -> sources.computeIfAbsent(id, k -> new HashSet<>()).add(t.source()));
    }
    for (Incident i : CORPUS.incidents()) {
      assertTrue(sources.containsKey(i.id()), i.id() + " is described by no report");
    }
    long several = CORPUS.incidents().stream().filter(i -> sources.get(i.id()).size() >= 2).count();
    assertTrue(several >= CORPUS.incidents().size() / 2, several + " of " + CORPUS.incidents().size());
  }

  @Test
  void theCorpusHasLateReportsRoundupsAndOtherNews() {
    Set<Kind> kinds = new HashSet<>();
    CORPUS.truth().forEach(t -> kinds.add(t.kind()));
    assertEquals(Set.of(Kind.values()), kinds);
    for (ReportTruth t : CORPUS.truth()) {
      if (t.kind() == Kind.LATE) {
        Incident i = incident(t.incidents().get(0));
        long days = i.date().until(t.published()).getDays();
        assertTrue(days >= 1 && days <= 3, t.id() + " published " + days + " days after");
      }
    }
  }

  @Test
  void theCountsOfSourcesDiffer() {
    long differing = CORPUS.truth().stream().flatMap(t -> t.figures().stream())
        .filter(s -> s.killed() != incident(s.incident()).killed() || !s.qualifier().equals("exact")).count();
    assertTrue(differing > 50, differing + " figures differ from the truth or are qualified");
  }

  @Test
  void theParsOfATotalSumToIt() {
    int totals = 0;
    for (ReportTruth t : CORPUS.truth()) {
      for (ReportTruth.Total total : t.totals()) {
        int sum = t.figures().stream().filter(s -> total.parts().contains(s.incident()))
            .mapToInt(ReportTruth.Stated::killed).sum();
        assertEquals(total.killed(), sum, t.id());
        assertTrue(total.parts().size() >= 2);
        totals++;
      }
    }
    assertTrue(totals > 0);
  }

  @Test
  void placesAreWrittenInSeveralSpellings() {
    // Kafr Nabl is also Kafranbel, Kafr Nubl and Kafr Nabel: spellings taken from the gazetteer
    assertTrue(Facts.bundled().towns.get(0).spellings().containsAll(List.of("Kafr Nabl", "Kafranbel", "Kafr Nubl")));
    long townsInSeveralSpellings = Facts.bundled().towns.stream()
        .filter(t -> t.spellings().stream().filter(s -> CORPUS.reports().stream()
            .anyMatch(r -> r.text().contains(s + " ") || r.text().contains(s + ",") || r.text().contains(s + ".")))
            .count() >= 2)
        .count();
    assertTrue(townsInSeveralSpellings >= 10, townsInSeveralSpellings + " towns");
  }

  @Test
  void everyReportSaysItIsSynthetic() {
    for (GeneratedReport r : CORPUS.reports()) {
      assertEquals(Generator.PUBLISHER, r.publisher());
      assertTrue(r.url().contains(".invalid/"), r.url());
      assertFalse(r.text().contains("{"), r.text());
    }
  }

  @Test
  void theExtractorRecoversTheKilledFigureOfMostSingleIncidentReports() {
    int singles = 0;
    int recovered = 0;
    int dated = 0;
    int placed = 0;
    for (int n = 0; n < CORPUS.reports().size(); n++) {
      ReportTruth t = CORPUS.truth().get(n);
      if (t.kind() != Kind.SINGLE && t.kind() != Kind.LATE) {
        continue;
      }
      singles++;
      long expected = t.figures().get(0).killed();
      List<Claim> claims = Extractor.standard().extract(CORPUS.reports().get(n).toReport()).claims();
      Optional<Claim> found = claims.stream().filter(c -> c.partOf().isEmpty()
          && c.casualties().killed().map(k -> k.figure() == expected).orElse(false)).findFirst();
      if (found.isPresent()) {
        recovered++;
        Incident truth = incident(t.incidents().get(0));
        if (found.get().when().equals(new When.Day(truth.date()))) {
          dated++;
        }
        if (found.get().places().stream().anyMatch(p -> p.place().flatMap(x -> x.geonameId().isPresent()
            ? Optional.of(x.geonameId().getAsLong()) : Optional.empty()).equals(Optional.of(truth.geonameId())))) {
          placed++;
        }
      } else {
        System.out.println("missed " + expected + ": " + CORPUS.reports().get(n).text().lines().findFirst().orElse(""));
      }
    }
    double rate = (double) recovered / singles;
    System.out.printf("extractor recovered the killed figure of %d of %d single-incident generated reports (%.3f)%n",
        recovered, singles, rate);
    // measured, not asserted: how often the claim with the right figure also has the right day and town
    System.out.printf("of those, %d have the incident's date and %d its town%n", dated, placed);
    assertTrue(rate >= 0.8, "rate " + rate);
  }

  @Test
  void writesReportsThatTheReportReaderReads(@TempDir Path dir) throws Exception {
    Corpus small = Generator.generate(5, 1);
    CorpusWriter.write(small, dir);
    Report r = ReportReader.standard().read(dir.resolve("reports/000001.json"));
    assertEquals(small.reports().get(0).text(), r.text());
    assertEquals(small.reports().get(0).published(), r.published().orElseThrow());
    assertEquals(Generator.PUBLISHER, r.publisher().orElseThrow());
    assertTrue(Files.readString(dir.resolve("truth.json")).contains("\"geonameid\""));
    assertTrue(Files.exists(dir.resolve("text/000005.txt")));
  }

  private static Incident incident(String id) {
    return CORPUS.incidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
