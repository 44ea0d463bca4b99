package observatory.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import observatory.claim.Claim;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.report.Report;
import observatory.report.ReportReader;
import org.junit.jupiter.api.Test;

/**
 * Reports written for this test in the styles of the field (a monitor's bulletin, an agency, an NGO,
 * a local outlet, a state agency) about three incidents, with distractors in the same towns:
 * extracted, then linked. The reports whose annotated incident has one {@code event} must be one
 * incident, and no distractor may join it (see the folder's README). The store's tests ingest the
 * same folder into both engines.
 */
class OutletsCorpusTest {
  static Path folder() throws URISyntaxException {
    return Path.of(OutletsCorpusTest.class.getResource("/observatory/link/outlets").toURI());
  }

  /** Report file name (without .json) to the incident it tells: the {@code event} of its annotated incident. */
  static Map<String, String> truth(Path folder) throws IOException {
    Map<String, String> events = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        events.put(file.getFileName().toString().replace(".json", ""),
            new ObjectMapper().readTree(file.toFile()).path("incidents").path(0).path("event").asText());
      }
    }
    return events;
  }

  @Test
  void eachIncidentToldByTheOutletsIsOneIncidentAndTheDistractorsStayApart() throws Exception {
    Path folder = folder();
    Map<String, String> events = truth(folder);
    Extractor extractor = Extractor.standard();
    List<LinkClaim> claims = new ArrayList<>();
    Map<String, String> fileOfReport = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Report report = ReportReader.standard().read(file);
        Extraction extraction = extractor.extract(report);
        String name = file.getFileName().toString().replace(".json", "");
        fileOfReport.put(report.id(), name);
        assertThat(extraction.claims()).as("the claims of %s", name).hasSize(1);
        for (Claim claim : extraction.claims()) {
          claims.add(LinkClaim.of(report, claim, extraction.eventType()));
        }
      }
    }
    assertThat(fileOfReport.values()).containsExactlyInAnyOrderElementsOf(events.keySet());

    List<Incident> incidents = Linker.standard().link(claims);

    Set<Set<String>> made = new java.util.HashSet<>();
    for (Incident incident : incidents) {
      Set<String> files = new TreeSet<>();
      incident.members().forEach(m -> files.add(fileOfReport.get(m.ref().reportId())));
      made.add(files);
    }
    Map<String, Set<String>> expected = new TreeMap<>();
    events.forEach((file, event) -> expected.computeIfAbsent(event, e -> new TreeSet<>()).add(file));
    assertThat(made).containsExactlyInAnyOrderElementsOf(expected.values());
  }

  @Test
  void theMarketStrikeCountsItsDeadOnceWithTheRangeOfItsSources() throws Exception {
    Path folder = folder();
    Extractor extractor = Extractor.standard();
    List<LinkClaim> claims = new ArrayList<>();
    for (String name : List.of("a1-monitor", "a2-agency", "a3-ngo", "a4-local", "a6-agency-nextday")) {
      Report report = ReportReader.standard().read(folder.resolve(name + ".json"));
      Extraction extraction = extractor.extract(report);
      extraction.claims().forEach(c -> claims.add(LinkClaim.of(report, c, extraction.eventType())));
    }

    Totals totals = Totals.of(Linker.standard().link(claims));

    // 17, at least 15, 19 and 21 for the market: low 17 (the floor 15 is below the smallest exact
    // figure), best the median 18, high 21; plus the two killed by the drone the next day.
    assertThat(totals.incidents()).isEqualTo(2);
    assertThat(totals.sums().get(Measure.KILLED).low()).isEqualTo(17 + 2);
    assertThat(totals.sums().get(Measure.KILLED).best()).isEqualTo(18 + 2);
  }
}
