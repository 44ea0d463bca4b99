package observatory.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.Attribution;
import observatory.claim.Casualties;
import observatory.claim.Category;
import observatory.claim.Claim;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.Evidence;
import observatory.claim.Perpetrator;
import observatory.claim.PlaceMention;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.extract.Extraction;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import observatory.geo.Resolution;
import observatory.report.Report;
import org.junit.jupiter.api.Test;

class ClaimJsonTest {
  // Written for this test: a total and one of its parts.
  private static final String TEXT = "Strikes killed at least 26 people in Idlib province on Sunday. "
      + "Nine died in Kafranbel. Unrelated sentence. Two children were among them.";

  private static Span find(String s) {
    int i = TEXT.indexOf(s);
    return Span.of(i, i + s.length());
  }

  private static final Place KAFRANBEL = new Place(OptionalLong.of(170000L), "Kafr Nubl", List.of("Kafranbel"),
      35.61, 36.56, "SY", Optional.of("Idlib"), Optional.of("Maarat al-Numan"), Place.Kind.POPULATED_PLACE, 15000);

  private Extraction extraction() {
    Report report = Report.builder(TEXT).published(LocalDate.of(2019, 5, 6)).build();
    Claim total = Claim.builder("c1")
        .when(new When.Between(Optional.of(LocalDate.of(2019, 5, 5)), Optional.empty(), DatePrecision.PERIOD))
        .place(new PlaceMention("Idlib province", find("Idlib province"), new Resolution.NotFound("Idlib province")))
        .perpetrator(new Perpetrator("Russia", Attribution.SUSPECTED))
        .weapon("air strike")
        .casualties(new Casualties(Optional.of(Count.of(26, Qualifier.AT_LEAST)), Map.of(), Optional.empty()))
        .scope(Scope.TOTAL)
        .evidence(Evidence.of(Evidence.Field.STATEMENT, find("Strikes killed at least 26 people in Idlib province on Sunday."), TEXT))
        .evidence(Evidence.of(Evidence.Field.KILLED, find("at least 26"), TEXT))
        .build();
    Claim part = Claim.builder("c2")
        .when(new When.Day(LocalDate.of(2019, 5, 5)))
        .place(new PlaceMention("Kafranbel", find("Kafranbel"),
            new Resolution.Resolved("Kafranbel", KAFRANBEL, LocationPrecision.PLACE, "alternate name")))
        .casualties(new Casualties(Optional.of(Count.exact(9)), Map.of(Category.CHILDREN, Count.exact(2)),
            Optional.of(new Count.Vague("dozens", 24))))
        .partOf("c1")
        .evidence(Evidence.of(Evidence.Field.STATEMENT, find("Nine died in Kafranbel."), TEXT))
        .evidence(Evidence.of(Evidence.Field.CHILDREN, find("Two children were among them."), TEXT))
        .evidence(Evidence.of(Evidence.Field.DATE, find("on Sunday"), TEXT))
        .build();
    return new Extraction(report, List.of(total, part), Optional.of(new EventType("Explosions/Remote violence", "Air/drone strike")));
  }

  @Test
  void writesTheEvalSchemaFields() {
    JsonNode doc = ClaimJson.toTree(extraction());
    assertThat(doc.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(doc.get("sub_event_type").asText()).isEqualTo("Air/drone strike");
    JsonNode total = doc.get("incidents").get(0);
    for (String f : List.of("id", "date", "date_from", "date_to", "date_text", "places", "country", "admin1",
        "perpetrator", "attribution", "weapons", "killed", "killed_qualifier", "civilians_killed", "children_killed",
        "women_killed", "combatants_killed", "wounded", "aggregate", "part_of", "sources", "evidence", "event_type",
        "sub_event_type", "killed_low", "killed_high", "scope", "background", "place_details", "evidence_spans")) {
      assertThat(total.has(f)).as(f).isTrue();
    }
    assertThat(total.get("killed").asLong()).isEqualTo(26);
    assertThat(total.get("killed_qualifier").asText()).isEqualTo("at least");
    assertThat(total.get("killed_low").asLong()).isEqualTo(26);
    assertThat(total.get("killed_high").isNull()).isTrue();
    assertThat(total.get("date").isNull()).isTrue();
    assertThat(total.get("date_from").asText()).isEqualTo("2019-05-05");
    assertThat(total.get("aggregate").asBoolean()).isTrue();
    assertThat(total.get("scope").asText()).isEqualTo("total");
    assertThat(total.get("attribution").asText()).isEqualTo("suspected");
    // the KILLED span lies inside the statement: one piece of evidence, not two
    assertThat(total.get("evidence").asText()).isEqualTo("Strikes killed at least 26 people in Idlib province on Sunday.");
  }

  @Test
  void aDocumentReadWholeHasNoWarningsField() {
    assertThat(ClaimJson.toTree(extraction()).has("warnings")).isFalse();
  }

  @Test
  void aPartLostToAFaultIsAWarningBesideTheClaimsOfTheRest() {
    Extraction whole = extraction();
    Extraction partial = new Extraction(whole.report(), whole.claims(), whole.eventType(),
        List.of(new Extraction.Warning("https://example.org/r", 63, "figures", "IllegalStateException: boom")));
    JsonNode doc = ClaimJson.toTree(partial);
    assertThat(doc.get("incidents")).hasSize(2);
    JsonNode w = doc.get("warnings").get(0);
    assertThat(w.get("stage").asText()).isEqualTo("figures");
    assertThat(w.get("offset").asInt()).isEqualTo(63);
    assertThat(w.get("message").asText()).isEqualTo("IllegalStateException: boom");
    assertThat(w.get("report").asText()).isEqualTo("https://example.org/r");
  }

  @Test
  void partsPointToTheirTotalAndCarryResolvedPlaces() {
    JsonNode part = ClaimJson.toTree(extraction()).get("incidents").get(1);
    assertThat(part.get("date").asText()).isEqualTo("2019-05-05");
    assertThat(part.get("part_of").asText()).isEqualTo("c1");
    assertThat(part.get("children_killed").asLong()).isEqualTo(2);
    // "dozens of others wounded" states no number: the corpus field stays empty, the floor is kept
    assertThat(part.get("wounded").isNull()).isTrue();
    assertThat(part.get("wounded_low").asLong()).isEqualTo(24);
    assertThat(part.get("country").asText()).isEqualTo("Syria");
    assertThat(part.get("admin1").asText()).isEqualTo("Idlib");
    assertThat(part.get("evidence").asText())
        .isEqualTo("on Sunday" + ClaimJson.GAP + "Nine died in Kafranbel." + ClaimJson.GAP
            + "Two children were among them.");
    JsonNode place = part.get("place_details").get(0);
    assertThat(place.get("resolution").asText()).isEqualTo("resolved");
    assertThat(place.get("geonameid").asLong()).isEqualTo(170000L);
    assertThat(place.get("acled_geo_precision").asInt()).isEqualTo(1);
    assertThat(place.get("ucdp_where_prec").asInt()).isEqualTo(1);
    assertThat(part.get("evidence_spans")).hasSize(3);
    assertThat(part.get("date_text").asText()).isEqualTo("on Sunday");
  }

  @Test
  void aBackgroundTollIsMarked() {
    Claim bg = Claim.builder("c9").scope(Scope.BACKGROUND).build();
    Report report = Report.builder("text").build();
    JsonNode i = ClaimJson.toTree(new Extraction(report, List.of(bg), Optional.empty())).get("incidents").get(0);
    assertThat(i.get("background").asBoolean()).isTrue();
    assertThat(i.get("aggregate").asBoolean()).isTrue();
    assertThat(i.get("evidence").isNull()).isTrue();
  }

  @Test
  void oneLineOutputCarriesTheFile() {
    String line = ClaimJson.toJsonLine(extraction(), "a.txt");
    assertThat(line).startsWith("{\"file\":\"a.txt\"").doesNotContain("\n");
  }
}
