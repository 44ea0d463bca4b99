package observatory.serve;

import java.nio.file.Path;
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

/**
 * A store of hand-made claims whose confidences are given (the extractor's own come from its
 * stages), with reasons written to hurt: markup, quotes, a formula.
 *
 * <ul>
 *   <li>Kafr Nabl, 2019-11-04: 34 killed, 34 civilians, told by SOHR and AFP, neither read with
 *       confidence ({@link #SCRIPT}, {@link #QUOTES}): marked;</li>
 *   <li>Saraqib, the same day: 5 killed, one confident report: not marked;</li>
 *   <li>Khan Shaykhun, 2019-11-06: at least 12 killed, one doubtful report ({@link #FORMULA}): marked;</li>
 *   <li>Hama, 2019-11-05: 9 killed, one confident report;</li>
 *   <li>a tally of 60 civilians in Idlib from 2019-11-01 to 2019-11-07, read with confidence.</li>
 * </ul>
 */
final class ReviewFixture {
  static final EventType AIR = new EventType("Explosions/Remote violence", "Air/drone strike");
  static final LocalDate DAY = LocalDate.of(2019, 11, 4);
  static final String SCRIPT = "scope uncertain: <script>window.__pwned = 'reason'</script>";
  static final String QUOTES = "place uncertain: \"Kafr Nabl\" & 'Kafranbel' <img src=x onerror=\"window.__pwned = 'img'\">";
  static final String FORMULA = "=HYPERLINK(\"http://example.invalid/x\",\"open\") date uncertain";

  private ReviewFixture() {
  }

  static Store store(Path dir) {
    Store store = Store.embedded(dir.resolve("review.db"));
    store.ingest(strike("SOHR", DAY, town(169389, "Kafr Nabl", 35.61393, 36.56128), Count.exact(34),
        Confidence.certain().lowered(0.4, SCRIPT)));
    store.ingest(strike("AFP", DAY, town(169389, "Kafr Nabl", 35.61393, 36.56128), Count.exact(34),
        Confidence.certain().lowered(0.3, QUOTES)));
    store.ingest(strike("SOHR", DAY, town(164816, "Saraqib", 35.86447, 36.80591), Count.exact(5), Confidence.certain()));
    store.ingest(strike("SOHR", DAY.plusDays(2), town(168325, "Khan Shaykhun", 35.44208, 36.65095),
        Count.of(12, observatory.claim.Qualifier.AT_LEAST), Confidence.certain().lowered(0.45, FORMULA)));
    store.ingest(strike("SOHR", DAY.plusDays(1), new Place(OptionalLong.of(170017), "Hama", List.of(), 35.13179, 36.75783,
        "SY", Optional.of("Hama"), Optional.empty(), Place.Kind.POPULATED_PLACE, 460000), Count.exact(9), Confidence.certain()));
    store.ingest(tally());
    store.relink();
    return store;
  }

  private static Place town(long id, String name, double lat, double lon) {
    return new Place(OptionalLong.of(id), name, List.of(), lat, lon, "SY", Optional.of("Idlib"), Optional.empty(),
        Place.Kind.POPULATED_PLACE, 10000);
  }

  static Extraction strike(String publisher, LocalDate day, Place town, Count killed, Confidence confidence) {
    String text = killed.figure() + " civilians were killed in an air strike on " + town.name() + " on " + day + ", "
        + publisher + " said.";
    int at = text.indexOf(town.name());
    Claim claim = Claim.builder("c1")
        .when(new When.Day(day))
        .place(new PlaceMention(town.name(), Span.of(at, at + town.name().length()),
            new Resolution.Resolved(town.name(), town, LocationPrecision.PLACE, "name")))
        .casualties(new Casualties(Optional.of(killed), Map.of(Category.CIVILIANS, killed), Optional.empty()))
        .source(publisher)
        .evidence(Evidence.of(Evidence.Field.STATEMENT, Span.of(0, text.length()), text))
        .confidence(confidence)
        .build();
    return new Extraction(Report.builder(text).publisher(publisher).published(day).build(), List.of(claim), Optional.of(AIR));
  }

  private static Extraction tally() {
    String text = "SNHR documented 60 civilians killed in Idlib from 1 to 7 November 2019.";
    Claim claim = Claim.builder("c1")
        .scope(Scope.TALLY)
        .when(new When.Between(Optional.of(LocalDate.of(2019, 11, 1)), Optional.of(LocalDate.of(2019, 11, 7)),
            DatePrecision.PERIOD))
        .region(new Place(OptionalLong.of(169388), "Idlib", List.of(), 35.9, 36.6, "SY", Optional.of("Idlib"),
            Optional.empty(), Place.Kind.ADMIN1, 0))
        .source("SNHR")
        .casualties(new Casualties(Optional.of(Count.exact(60)), Map.of(Category.CIVILIANS, Count.exact(60)), Optional.empty()))
        .evidence(Evidence.of(Evidence.Field.STATEMENT, Span.of(0, text.length()), text))
        .build();
    return new Extraction(Report.builder(text).publisher("SNHR").published(LocalDate.of(2019, 11, 8)).build(), List.of(claim),
        Optional.of(AIR));
  }
}
