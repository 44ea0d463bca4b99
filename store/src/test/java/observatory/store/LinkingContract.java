package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.report.ReportReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reports of one incident by several outlets, ingested and relinked on each engine: the reports
 * written for core's {@code OutletsCorpusTest} (a monitor's undated bulletin, an agency, an NGO, a
 * local outlet, a state agency; distractors in the same towns), each with its annotated incident and
 * the {@code event} it belongs to. The store must give the linker each undated claim's publication day
 * and the names of places the gazetteer does not hold, and stream claims in the order the linker
 * places them.
 */
abstract class LinkingContract {
  /** The JDBC URL of a new, empty database. */
  abstract String freshDatabase() throws Exception;

  private Store store;
  private final Map<String, String> fileOfReport = new HashMap<>();
  private final Map<String, Extraction> extractions = new TreeMap<>();

  @BeforeEach
  void openFreshAndExtract() throws Exception {
    store = Store.open(freshDatabase());
    Path folder = folder();
    Extractor extractor = Extractor.standard();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Extraction extraction = extractor.extract(ReportReader.standard().read(file));
        String name = file.getFileName().toString().replace(".json", "");
        fileOfReport.put(extraction.report().id(), name);
        extractions.put(name, extraction);
      }
    }
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static Path folder() throws Exception {
    return Path.of(LinkingContract.class.getResource("/observatory/store/outlets").toURI());
  }

  /** The incidents of the truth, each a set of report files: the reports whose annotated incident has one {@code event}. */
  static Set<Set<String>> truth() throws Exception {
    Map<String, Set<String>> events = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String event = new ObjectMapper().readTree(file.toFile()).path("incidents").path(0).path("event").asText();
        events.computeIfAbsent(event, e -> new TreeSet<>()).add(file.getFileName().toString().replace(".json", ""));
      }
    }
    return new HashSet<>(events.values());
  }

  private Set<Set<String>> storedIncidents() {
    Set<Set<String>> made = new HashSet<>();
    for (Incident incident : store.incidents(IncidentFilter.all())) {
      Set<String> files = new TreeSet<>();
      incident.members().forEach(m -> files.add(fileOfReport.get(m.ref().reportId())));
      made.add(files);
    }
    return made;
  }

  @Test
  void theOutletsReportsOfEachIncidentAreOneStoredIncidentAndTheDistractorsStayApart() throws Exception {
    store.ingestAll(new ArrayList<>(extractions.values()));

    Store.LinkSummary summary = store.relink();

    assertThat(summary.claims()).isEqualTo(extractions.size());
    assertThat(storedIncidents()).containsExactlyInAnyOrderElementsOf(truth());
  }

  @Test
  void aReportWithoutADateIngestedAfterTheOthersJoinsTheirIncident() {
    // The local outlet's report, published the next day, dates nothing: the store places it by its publication.
    for (String name : List.of("a1-monitor", "a2-agency", "a3-ngo", "a6-agency-nextday")) {
      store.ingest(extractions.get(name));
    }
    store.relink();
    String market = store.incidents(IncidentFilter.all()).stream()
        .filter(i -> i.members().stream().anyMatch(m -> fileOfReport.get(m.ref().reportId()).equals("a2-agency")))
        .findFirst().orElseThrow().id();
    Extraction late = extractions.get("a4-local");

    List<LinkPreview.Join> preview = LinkPreview.of(store, late);
    store.ingest(late);
    store.relink();

    assertThat(preview).singleElement().satisfies(j -> assertThat(j.incidents()).containsExactly(market));
    Incident joined = store.incidents(IncidentFilter.all()).stream()
        .filter(i -> i.members().stream().anyMatch(m -> m.ref().reportId().equals(late.report().id())))
        .findFirst().orElseThrow();
    assertThat(joined.members()).extracting(m -> fileOfReport.get(m.ref().reportId()))
        .containsExactlyInAnyOrder("a1-monitor", "a2-agency", "a3-ngo", "a4-local");
    // 17, at least 15, 19 and 21: counted once, low 17, best the median 18, high 21.
    assertThat(joined.estimate(Measure.KILLED).orElseThrow().toString()).isEqualTo("17 / 18 / 21");
  }

  @Test
  void aVillageTheGazetteerDoesNotHoldIsMatchedByItsNameAsWritten() {
    for (String name : List.of("b1-monitor", "b2-agency", "b3-activists")) {
      store.ingest(extractions.get(name));
    }

    store.relink();

    assertThat(storedIncidents()).containsExactlyInAnyOrder(Set.of("b1-monitor", "b2-agency"), Set.of("b3-activists"));
  }
}
