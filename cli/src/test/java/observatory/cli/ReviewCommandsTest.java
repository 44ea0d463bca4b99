package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.Casualties;
import observatory.claim.Category;
import observatory.claim.Claim;
import observatory.claim.Confidence;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.Evidence;
import observatory.claim.PlaceMention;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.extract.Extraction;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import observatory.geo.Resolution;
import observatory.report.Report;
import observatory.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code incidents}, {@code totals}, {@code show} and {@code tallies} mark what needs review, on a
 * store of hand-made claims whose confidences are given (the extractor's own come from its stages).
 */
class ReviewCommandsTest {
  static final EventType AIR = new EventType("Explosions/Remote violence", "Air/drone strike");
  static final LocalDate DAY = LocalDate.of(2019, 11, 4);
  static final String SCOPE = "scope uncertain: a period word and a single place";
  static final String PLACE = "place uncertain: two towns of that name";

  @TempDir
  java.nio.file.Path dir;

  private String db() {
    return "jdbc:sqlite:" + dir.resolve("observatory.db");
  }

  /**
   * Kafr Nabl: 34 civilians killed, two reports, neither read with confidence; Saraqib: 5, one
   * confident report; a monitor's tally of 40 civilians over the days around them, itself in doubt.
   */
  @BeforeEach
  void aStoreWithDoubtfulAndConfidentClaims() {
    try (Store store = Store.open(db())) {
      store.ingest(strike("SOHR", "Kafr Nabl", 169389, 35.61393, 36.56128, 34, Confidence.certain().lowered(0.4, SCOPE)));
      store.ingest(strike("AFP", "Kafr Nabl", 169389, 35.61393, 36.56128, 34, Confidence.certain().lowered(0.3, PLACE)));
      store.ingest(strike("SOHR", "Saraqib", 164816, 35.86447, 36.80591, 5, Confidence.certain()));
      store.ingest(tally("SNHR", 40, Confidence.certain().lowered(0.2, "period uncertain: 'this month'")));
      store.relink();
    }
  }

  private static Place town(long id, String name, double lat, double lon) {
    return new Place(OptionalLong.of(id), name, List.of(), lat, lon, "SY", Optional.of("Idlib"), Optional.empty(),
        Place.Kind.POPULATED_PLACE, 10000);
  }

  private static Extraction strike(String publisher, String town, long id, double lat, double lon, long killed,
      Confidence confidence) {
    String text = killed + " civilians were killed in an air strike on " + town + " on " + DAY + ", " + publisher + " said.";
    int at = text.indexOf(town);
    Claim claim = Claim.builder("c1")
        .when(new When.Day(DAY))
        .place(new PlaceMention(town, Span.of(at, at + town.length()),
            new Resolution.Resolved(town, town(id, town, lat, lon), LocationPrecision.PLACE, "name")))
        .casualties(new Casualties(Optional.of(Count.exact(killed)), Map.of(Category.CIVILIANS, Count.exact(killed)),
            Optional.empty()))
        .evidence(Evidence.of(Evidence.Field.STATEMENT, Span.of(0, text.length()), text))
        .confidence(confidence)
        .build();
    return new Extraction(Report.builder(text).publisher(publisher).published(DAY).build(), List.of(claim), Optional.of(AIR));
  }

  private static Extraction tally(String publisher, long civilians, Confidence confidence) {
    String text = publisher + " documented " + civilians + " civilians killed in Idlib this month.";
    Place idlib = new Place(OptionalLong.of(169388), "Idlib", List.of(), 35.9, 36.6, "SY", Optional.of("Idlib"),
        Optional.empty(), Place.Kind.ADMIN1, 0);
    Claim claim = Claim.builder("c1")
        .scope(Scope.TALLY)
        .when(new When.Between(Optional.of(DAY.minusDays(3)), Optional.of(DAY.plusDays(3)), DatePrecision.PERIOD))
        .region(idlib)
        .source(publisher)
        .casualties(new Casualties(Optional.of(Count.exact(civilians)), Map.of(Category.CIVILIANS, Count.exact(civilians)),
            Optional.empty()))
        .evidence(Evidence.of(Evidence.Field.STATEMENT, Span.of(0, text.length()), text))
        .confidence(confidence)
        .build();
    return new Extraction(Report.builder(text).publisher(publisher).published(DAY.plusDays(3)).build(), List.of(claim),
        Optional.of(AIR));
  }

  private static JsonNode json(Run r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void incidentsMarkWhatNeedsReviewAndTheFilterKeepsOnlyThat() throws Exception {
    Run table = Run.of("incidents", "--db", db());
    assertThat(table.out().lines().filter(l -> l.contains("Kafr Nabl"))).singleElement().asString().contains("needs review");
    assertThat(table.out().lines().filter(l -> l.contains("Saraqib"))).singleElement().asString()
        .doesNotContain("needs review");

    JsonNode all = json(Run.of("incidents", "--db", db(), "--format", "json"));
    JsonNode kafrNabl = null;
    for (JsonNode i : all) {
      if ("Kafr Nabl".equals(i.path("place").asText())) {
        kafrNabl = i;
      } else if (i.path("scope").asText().equals("aggregate")) {
        // The tally: its one claim is in doubt, so it is marked too (and never summed).
        assertThat(i.path("review_reasons")).extracting(JsonNode::asText).containsExactly("period uncertain: 'this month'");
      } else {
        assertThat(i.path("needs_review").asBoolean()).as(i.toString()).isFalse();
        assertThat(i.path("review_reasons")).isEmpty();
      }
    }
    assertThat(kafrNabl.path("needs_review").asBoolean()).isTrue();
    assertThat(kafrNabl.path("review_reasons")).extracting(JsonNode::asText).containsExactly(SCOPE, PLACE);

    JsonNode marked = json(Run.of("incidents", "--db", db(), "--needs-review", "--type", "Air/drone strike",
        "--format", "json"));
    assertThat(marked).extracting(i -> i.path("place").asText()).containsExactly("null", "Kafr Nabl");
    assertThat(marked.get(1).path("id").asText()).isEqualTo(kafrNabl.path("id").asText());
  }

  @Test
  void totalsSayHowMuchRestsOnIncidentsMarkedForReview() throws Exception {
    Run r = Run.of("totals", "--db", db());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 incidents summed; 1 of them marked for review")
        .contains("at least 39 killed, 34 of them in incidents marked for review");
    JsonNode json = json(Run.of("totals", "--db", db(), "--format", "json"));
    assertThat(json.path("sums").path("civilians").path("low").asLong()).isEqualTo(39);
    assertThat(json.path("needs_review").path("incidents").asInt()).isEqualTo(1);
    assertThat(json.path("needs_review").path("sums").path("civilians").path("low").asLong()).isEqualTo(34);
    assertThat(json.path("needs_review").path("sums").path("killed").path("high").asLong()).isEqualTo(34);
    // Over the marked incidents alone, all of it rests on them.
    assertThat(Run.of("totals", "--db", db(), "--needs-review").out())
        .contains("at least 34 killed, 34 of them in incidents marked for review");
    assertThat(Run.of("totals", "--db", db(), "--region", "Idlib", "--from", "2019-11-05").out())
        .contains("0 incidents summed; none of them marked for review");
  }

  @Test
  void aSumWithNothingMarkedSaysNoneOfIt() {
    try (Store store = Store.open(db())) {
      String kafrNabl = store.incidents(observatory.store.IncidentFilter.all().needsReview(true)).stream()
          .filter(i -> !i.aggregate()).findFirst().orElseThrow().id();
      store.setStatus(kafrNabl, "verified", "checked against the hospital list", "rania");
    }

    assertThat(Run.of("totals", "--db", db()).out()).contains("2 incidents summed; none of them marked for review")
        .contains("at least 39 killed, none of them in incidents marked for review");
  }

  @Test
  void showGivesTheReasonsAndEachClaimsConfidence() throws Exception {
    String id = json(Run.of("incidents", "--db", db(), "--needs-review", "--format", "json")).get(1).path("id").asText();

    Run r = Run.of("show", "--db", db(), id);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("review:  marked for review: none of its claims was read with confidence",
        "- " + SCOPE, "- " + PLACE, "confidence: 0.40 (needs review): " + SCOPE, "confidence: 0.30 (needs review): " + PLACE);
  }

  @Test
  void talliesSayWhatPartOfTheirAccountRestsOnIncidentsMarkedForReview() throws Exception {
    Run r = Run.of("tallies", "--db", db());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("the tally itself needs review: period uncertain: 'this month'")
        .contains("civilians: incidents account for 39 of 40")
        .contains("34 of them in 1 incident marked for review");
    JsonNode tally = json(Run.of("tallies", "--db", db(), "--format", "json")).get(0);
    assertThat(tally.path("needs_review").asBoolean()).isTrue();
    assertThat(tally.path("figures").path("civilians").path("in_review").path("best").asLong()).isEqualTo(34);
  }
}
