package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.Attribution;
import observatory.claim.Casualties;
import observatory.claim.Category;
import observatory.claim.Claim;
import observatory.claim.Count;
import observatory.claim.EventType;
import observatory.claim.Evidence;
import observatory.claim.Perpetrator;
import observatory.claim.PlaceMention;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import observatory.geo.Resolution;
import observatory.link.Estimate;
import observatory.generate.Generator;
import observatory.link.Incident;
import observatory.link.LinkClaim;
import observatory.link.Linker;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.report.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every engine must do, run once per engine ({@link SqliteStoreTest}, {@link PostgresStoreTest}).
 * Each test gets a fresh, empty database.
 */
abstract class StoreContract {
  // Real wording from the kind of report the observatory reads: a total with its parts.
  static final String TEXT = "Air strikes killed at least 31 civilians, among them nine children, in the southern"
      + " Idlib countryside on Sunday, the Syrian Observatory for Human Rights said. Fourteen people were"
      + " killed in Kafranbel.";

  /** The JDBC URL of a new, empty database. */
  abstract String freshDatabase() throws Exception;

  private String url;
  private Store store;

  @BeforeEach
  void openFresh() throws Exception {
    url = freshDatabase();
    store = Store.open(url);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void ingestStoresTheReportWithItsClaimsPlacesAndEvidence() {
    Extraction extraction = handMade();

    IngestResult result = store.ingest(extraction);

    String id = extraction.report().id();
    assertThat(result).isEqualTo(new IngestResult.Stored(id, 2, 1, 5));
    assertThat(store.counts()).isEqualTo(new Store.Counts(1, 2, 1, 5));

    StoredReport report = store.report(id).orElseThrow();
    assertThat(report.text()).isEqualTo(TEXT);
    assertThat(report.publisher()).contains("SOHR");
    assertThat(report.published()).contains(LocalDate.of(2019, 3, 10));
    assertThat(report.url()).contains("https://example.org/idlib");
    assertThat(report.title()).isEmpty();
    assertThat(report.language()).isEqualTo("en");
    assertThat(report.ingestedAt()).isNotNull();

    List<StoredClaim> claims = store.claims(id);
    assertThat(claims).extracting(StoredClaim::id).containsExactly("c1", "c2");
    StoredClaim total = claims.get(0);
    assertThat(total.scope()).isEqualTo(Scope.TOTAL);
    assertThat(total.when()).isEqualTo(new When.Day(LocalDate.of(2019, 3, 10)));
    assertThat(total.perpetrator()).contains(new Perpetrator("Russia or Syrian government", Attribution.SUSPECTED));
    assertThat(total.weapons()).containsExactly("air strike");
    assertThat(total.sources()).containsExactly("Syrian Observatory for Human Rights");
    assertThat(total.eventType()).contains(new EventType("Explosions/Remote violence", "Air/drone strike"));
    assertThat(total.figures().killed()).hasValue(31);
    assertThat(total.figures().killedQualifier()).contains(Qualifier.AT_LEAST);
    assertThat(total.figures().killedLow()).hasValue(31);
    assertThat(total.figures().killedHigh()).isEmpty();
    assertThat(total.figures().killedBy()).isEqualTo(Map.of(Category.CIVILIANS, 31L, Category.CHILDREN, 9L));
    // The village is unknown, but the context puts the claim in Idlib governorate.
    assertThat(total.admin1()).contains("Idlib");
    assertThat(total.country()).contains("SY");
    assertThat(total.geoPrecision()).hasValue(3);
    assertThat(total.evidence()).extracting(Evidence::field)
        .containsExactly(Evidence.Field.STATEMENT, Evidence.Field.KILLED, Evidence.Field.CHILDREN);

    StoredClaim part = claims.get(1);
    assertThat(part.partOf()).contains("c1");
    assertThat(part.when()).isEqualTo(new When.Between(Optional.of(LocalDate.of(2019, 3, 9)),
        Optional.of(LocalDate.of(2019, 3, 10)), observatory.claim.DatePrecision.WEEK));
    assertThat(part.figures().killed()).hasValue(14);
    assertThat(part.figures().killedHigh()).hasValue(14);
    assertThat(part.geoPrecision()).hasValue(1);
    StoredClaim.StoredPlace kafranbel = part.places().get(0);
    assertThat(kafranbel.asWritten()).isEqualTo("Kafranbel");
    assertThat(kafranbel.span()).isEqualTo(spanOf("Kafranbel"));
    assertThat(kafranbel.outcome()).isEqualTo("resolved");
    assertThat(kafranbel.name()).contains("Kafr Nabl");
    assertThat(kafranbel.geonameId()).isEqualTo(OptionalLong.of(169389));
    assertThat(kafranbel.point()).contains(new StoredClaim.Point(35.61393, 36.56128));
    assertThat(kafranbel.admin1()).contains("Idlib");
    assertThat(kafranbel.precision()).contains(LocationPrecision.PLACE);
    assertThat(part.evidence()).extracting(Evidence::text).containsExactly("Fourteen people were killed", "Kafranbel");
  }

  @Test
  void storesEverythingTheExtractorFindsInARealReport() throws IOException {
    String text = Files.readString(example(), StandardCharsets.UTF_8);
    Extraction extraction = Extractor.standard().extract(Report.builder(text).publisher("Observatory example")
        .published(LocalDate.of(2019, 3, 10)).build());
    long places = extraction.claims().stream().mapToLong(c -> c.places().size()).sum();
    long evidence = extraction.claims().stream().mapToLong(c -> c.evidence().size()).sum();
    assertThat(extraction.claims()).hasSizeGreaterThan(2);

    store.ingest(extraction);

    assertThat(store.counts()).isEqualTo(new Store.Counts(1, extraction.claims().size(), places, evidence));
    assertThat(store.claims(extraction.report().id())).extracting(StoredClaim::id)
        .containsExactlyElementsOf(extraction.claims().stream().map(Claim::id).toList());
  }

  @Test
  void ingestingTheSameReportTwiceChangesNothing() {
    Extraction extraction = handMade();
    store.ingest(extraction);
    Store.Counts before = store.counts();
    StoredReport first = store.report(extraction.report().id()).orElseThrow();

    IngestResult again = store.ingest(extraction);

    assertThat(again).isEqualTo(new IngestResult.AlreadyKnown(extraction.report().id()));
    assertThat(store.counts()).isEqualTo(before);
    assertThat(store.report(extraction.report().id())).contains(first);
  }

  @Test
  void sameTextWithOtherMetadataIsStillTheSameReport() {
    store.ingest(handMade());
    Report other = Report.builder(TEXT).publisher("AFP").build();

    IngestResult result = store.ingest(new Extraction(other, List.of(), Optional.empty()));

    assertThat(result).isInstanceOf(IngestResult.AlreadyKnown.class);
    assertThat(store.report(other.id()).orElseThrow().publisher()).contains("SOHR");
  }

  @Test
  void aFailureMidTransactionLeavesNothingOfTheReport() {
    Extraction good = handMade();
    // Two claims with one id: the report row and the first claim go in, the second violates the primary key.
    Claim c1 = good.claims().get(0);
    Extraction broken = new Extraction(Report.builder(TEXT + " Another.").build(), List.of(c1, c1), Optional.empty());

    assertThatThrownBy(() -> store.ingest(broken))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot store report " + broken.report().id());

    assertThat(store.counts()).isEqualTo(new Store.Counts(0, 0, 0, 0));
    assertThat(store.report(broken.report().id())).isEmpty();
    // The store is still usable after the rollback.
    assertThat(store.ingest(good)).isInstanceOf(IngestResult.Stored.class);
    assertThat(store.counts().reports()).isEqualTo(1);
  }

  @Test
  void aBatchStoresItsReportsOnceAndKnowsThemAgain() {
    Extraction good = handMade();
    Extraction other = wire();

    List<Store.Batched> first = store.ingestAll(List.of(good, other, good));
    List<Store.Batched> again = store.ingestAll(List.of(other, good));

    assertThat(first).hasSize(3);
    assertThat(first.get(0)).isEqualTo(new Store.Batched.Done(new IngestResult.Stored(good.report().id(), 2, 1, 5)));
    assertThat(first.get(1)).isInstanceOfSatisfying(Store.Batched.Done.class, d -> assertThat(d.result())
        .isInstanceOf(IngestResult.Stored.class).extracting(IngestResult::reportId).isEqualTo(other.report().id()));
    assertThat(first.get(2)).isEqualTo(new Store.Batched.Done(new IngestResult.AlreadyKnown(good.report().id())));
    assertThat(again).containsExactly(
        new Store.Batched.Done(new IngestResult.AlreadyKnown(other.report().id())),
        new Store.Batched.Done(new IngestResult.AlreadyKnown(good.report().id())));
    assertThat(store.counts().reports()).isEqualTo(2);
    assertThat(store.counts().claims()).isEqualTo(good.claims().size() + other.claims().size());
  }

  @Test
  void aBatchStoresEachReportWholeAndRefusesOnlyTheFaultyOne() {
    Extraction good = handMade();
    Extraction other = wire();
    Claim c1 = good.claims().get(0);
    // Two claims with one id: the second violates the primary key after the report row went in.
    Extraction broken = new Extraction(Report.builder(TEXT + " Another.").build(), List.of(c1, c1), Optional.empty());

    List<Store.Batched> out = store.ingestAll(List.of(good, broken, other, good));

    assertThat(out).hasSize(4);
    assertThat(out.get(0)).isEqualTo(new Store.Batched.Done(new IngestResult.Stored(good.report().id(), 2, 1, 5)));
    assertThat(out.get(1)).isInstanceOfSatisfying(Store.Batched.Failed.class, f -> assertThat(f.error())
        .hasMessageContaining("cannot store report " + broken.report().id()));
    assertThat(out.get(2).reportId()).isEqualTo(other.report().id());
    assertThat(out.get(3)).isEqualTo(new Store.Batched.Done(new IngestResult.AlreadyKnown(good.report().id())));
    assertThat(store.report(broken.report().id())).isEmpty();
    assertThat(store.counts().reports()).isEqualTo(2);
    assertThat(store.counts().claims()).isEqualTo(good.claims().size() + other.claims().size());
  }

  @Test
  void aCheckDeferredToTheCommitRefusesOnlyItsReportOfTheBatch() {
    Claim orphan = Claim.builder("c1").partOf("c9")
        .evidence(Evidence.of(Evidence.Field.STATEMENT, Span.of(0, 11), TEXT)).build();
    Extraction broken = new Extraction(Report.builder(TEXT + " Orphan.").build(), List.of(orphan), Optional.empty());
    Extraction good = handMade();

    List<Store.Batched> out = store.ingestAll(List.of(good, broken));

    assertThat(out.get(0)).isInstanceOf(Store.Batched.Done.class);
    assertThat(out.get(1)).isInstanceOf(Store.Batched.Failed.class);
    assertThat(store.report(broken.report().id())).isEmpty();
    assertThat(store.counts()).isEqualTo(new Store.Counts(1, 2, 1, 5));
  }

  @Test
  void aPartMustPointToATotalOfTheSameReport() {
    Claim orphan = Claim.builder("c1").partOf("c9")
        .evidence(Evidence.of(Evidence.Field.STATEMENT, Span.of(0, 11), TEXT)).build();
    Extraction broken = new Extraction(Report.builder(TEXT).build(), List.of(orphan), Optional.empty());

    assertThatThrownBy(() -> store.ingest(broken)).isInstanceOf(StoreException.class);

    assertThat(store.counts()).isEqualTo(new Store.Counts(0, 0, 0, 0));
  }

  @Test
  void migrationsRunOnAFreshDatabaseAndAreIdempotentOnReopen() {
    store.ingest(handMade());
    store.close();

    try (Store reopened = Store.open(url)) {
      assertThat(reopened.counts()).isEqualTo(new Store.Counts(1, 2, 1, 5));
      long migrations = reopened.inTransaction(c -> {
        try (var s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = "
                 + (reopened.engine() == Store.Engine.SQLITE ? "1" : "true"))) {
          r.next();
          return r.getLong(1);
        }
      });
      // Every migration file ran once (V1 reports and claims, V2 incidents, V5 users, ...).
      long files;
      try (var list = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/observatory/store/migration"))) {
        files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertThat(migrations).isEqualTo(files).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void closeIsIdempotentAndAClosedStoreSaysSo() {
    store.close();
    store.close();

    assertThatThrownBy(() -> store.counts()).isInstanceOf(StoreException.class).hasMessageContaining("is closed");
  }

  /** A total over two places and one of its parts, with every kind of field filled. */
  static final String WIRE = "Fifteen people were killed in an air strike on Kafr Nabl on Sunday, AFP said.";

  /** A second report of the Kafranbel strike, by another publisher, with another figure. */
  static Extraction wire() {
    Report report = Report.builder(WIRE).publisher("AFP").published(LocalDate.of(2019, 3, 10)).build();
    Place kafrNabl = new Place(OptionalLong.of(169389), "Kafr Nabl", List.of("Kafranbel"), 35.61393, 36.56128, "SY",
        Optional.of("Idlib"), Optional.of("Maarrat al-Nu'man"), Place.Kind.POPULATED_PLACE, 15000);
    int at = WIRE.indexOf("Kafr Nabl");
    Claim claim = Claim.builder("c1")
        .when(new When.Day(LocalDate.of(2019, 3, 10)))
        .place(new PlaceMention("Kafr Nabl", Span.of(at, at + "Kafr Nabl".length()),
            new Resolution.Resolved("Kafr Nabl", kafrNabl, LocationPrecision.PLACE, "name")))
        .weapon("air strike")
        .casualties(new Casualties(Optional.of(Count.exact(15)), Map.of(), Optional.empty()))
        .evidence(new Evidence(Evidence.Field.STATEMENT, Span.of(0, 29), WIRE.substring(0, 29)))
        .build();
    return new Extraction(report, List.of(claim),
        Optional.of(new EventType("Explosions/Remote violence", "Air/drone strike")));
  }

  @Test
  void aStrikeWithNoFigureIsAnIncidentWithNoFigures() {
    // Regression: an incident without figures failed to store ("Specified map is empty").
    Report report = Report.builder("Warplanes struck the town of Kafranbel on Monday, the Observatory said.")
        .published(java.time.LocalDate.of(2019, 5, 8)).build();
    store.ingest(observatory.extract.Extractor.standard().extract(report));

    store.relink();

    assertThat(store.incidents(IncidentFilter.all())).singleElement()
        .satisfies(i -> assertThat(i.estimate(Measure.KILLED)).isEmpty());
  }

  @Test
  void relinkJoinsTwoReportsOfOneStrikeAndSaysWhy() {
    store.ingest(handMade());
    store.ingest(wire());

    Store.LinkSummary summary = store.relink();

    assertThat(summary).isEqualTo(new Store.LinkSummary(3, 2, 1));
    List<Incident> incidents = store.incidents(IncidentFilter.all());
    assertThat(incidents).hasSize(2);
    Incident strike = incidents.stream().filter(i -> !i.aggregate()).findFirst().orElseThrow();
    assertThat(strike.members()).hasSize(2);
    assertThat(strike.status()).isEqualTo(Incident.Status.CORROBORATED);
    assertThat(strike.sources()).containsExactly("AFP", "SOHR");
    assertThat(strike.estimate(Measure.KILLED)).contains(new Estimate(14, 14, OptionalLong.of(15)));
    assertThat(strike.placeName()).contains("Kafr Nabl");
    assertThat(strike.members()).extracting(Incident.Member::explanation)
        .contains("first claim of the incident")
        .anySatisfy(why -> assertThat(why).contains("same place Kafr Nabl (geonameid 169389)", "overlapping dates"));
    assertThat(store.incident(strike.id())).contains(strike);
  }

  @Test
  void totalsLeaveTheTotalOutSoItIsNotAddedToItsParts() {
    store.ingest(handMade());
    store.ingest(wire());
    store.relink();

    Totals totals = store.totals(IncidentFilter.all());

    assertThat(totals.incidents()).isEqualTo(1);
    assertThat(totals.aggregatesLeftOut()).isEqualTo(1);
    assertThat(totals.sums().get(Measure.KILLED)).isEqualTo(new Totals.Sum(14, 14, OptionalLong.of(15), 1));
  }

  @Test
  void incidentsAreFilteredByRegionPeriodActorAndType() {
    store.ingest(handMade());
    store.ingest(wire());
    store.relink();

    assertThat(store.incidents(IncidentFilter.all().region("idlib"))).hasSize(2);
    assertThat(store.incidents(IncidentFilter.all().region("Hama"))).isEmpty();
    assertThat(store.incidents(IncidentFilter.all().from(LocalDate.of(2019, 3, 10)).to(LocalDate.of(2019, 3, 10))))
        .hasSize(2);
    assertThat(store.incidents(IncidentFilter.all().from(LocalDate.of(2019, 3, 11)))).isEmpty();
    assertThat(store.incidents(IncidentFilter.all().actor("syrian government"))).hasSize(1);
    assertThat(store.incidents(IncidentFilter.all().type("air/drone strike"))).hasSize(2);
    assertThat(store.incidents(IncidentFilter.all().type("Battles"))).isEmpty();
  }

  @Test
  void relinkingAgainGivesTheSameIncidents() {
    store.ingest(handMade());
    store.ingest(wire());
    store.relink();
    List<Incident> first = store.incidents(IncidentFilter.all());

    store.relink();

    assertThat(store.incidents(IncidentFilter.all())).isEqualTo(first);
  }

  @Test
  void aRelinkLeavesTheIncidentTablesWithTheIndexesTheMigrationsMade() {
    // On SQLite the relink drops the secondary indexes while it refills the tables.
    java.util.function.Supplier<java.util.Set<String>> indexes = () -> store.inTransaction(c -> {
      java.util.Set<String> names = new java.util.TreeSet<>();
      for (String table : List.of("incidents", "incident_claims", "incident_figures")) {
        try (ResultSet r = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (r.next()) {
            if (r.getString("INDEX_NAME") != null) {
              names.add(table + "." + r.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
            }
          }
        }
      }
      return names;
    });
    java.util.Set<String> before = indexes.get();
    assertThat(before).anyMatch(name -> name.contains("incidents_by_admin1"));
    Extractor extractor = Extractor.standard();
    Generator.generate(20, 5).reports().forEach(r -> store.ingest(extractor.extract(r.toReport())));

    store.relink();

    assertThat(indexes.get()).isEqualTo(before);
  }

  @Test
  void streamingRelinkGivesWhatTheLinkerMakesOfAllStoredClaimsAtOnce() {
    Extractor extractor = Extractor.standard();
    Generator.generate(150, 11).reports().forEach(r -> store.ingest(extractor.extract(r.toReport())));

    Store.LinkSummary summary = store.relink();

    List<LinkClaim> all = store.inTransaction(c -> {
      List<LinkClaim> claims = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id, publisher, published FROM reports");
           ResultSet r = s.executeQuery()) {
        while (r.next()) {
          for (StoredClaim claim : Rows.claims(c, r.getString(1))) {
            claims.add(IncidentRows.linkable(claim, new IncidentRows.Published(Optional.ofNullable(r.getString(2)),
                Optional.ofNullable(r.getString(3)).map(java.time.LocalDate::parse))));
          }
        }
      }
      return claims;
    });
    // With no analyst decision stored, the store holds the linker's incidents as reviewed alone
    // (their derived status: contested where the sources disagree).
    java.util.Map<observatory.link.ClaimRef, LinkClaim> byRef = new java.util.HashMap<>();
    all.forEach(claim -> byRef.put(claim.ref(), claim));
    List<Incident> expected = observatory.review.Decisions.apply(Linker.standard().link(all), byRef, List.of()).stream()
        .map(observatory.review.Decisions.Reviewed::incident).toList();
    assertThat(expected).anySatisfy(i -> assertThat(i.members()).hasSizeGreaterThan(1));
    assertThat(summary.claims()).isEqualTo(all.size());
    assertThat(summary.incidents()).isEqualTo(expected.size());
    // Read back, a period keeps its dates but not its precision: compare what the store keeps.
    assertThat(store.incidents(IncidentFilter.all()).stream().map(StoreContract::kept).sorted().toList())
        .isEqualTo(expected.stream().map(StoreContract::kept).sorted().toList());
  }

  private static String kept(Incident i) {
    return i.id() + " " + i.members() + " " + new java.util.TreeMap<>(i.figures()) + " " + i.sources() + " "
        + i.status() + " " + i.placeId() + " " + i.admin1() + " " + i.actor() + " " + i.eventType() + " " + i.aggregate();
  }

  @Test
  void aRelinkThatFailsHalfwayLeavesThePreviousIncidents() {
    store.ingest(handMade());
    store.ingest(wire());
    store.relink();
    List<Incident> before = store.incidents(IncidentFilter.all());
    int[] seen = {0};

    // The incident tables are emptied and the first incident written before the second one fails.
    assertThatThrownBy(() -> store.inTransaction("relink", c -> IncidentRows.relink(c, i -> {
      if (seen[0]++ == 1) {
        throw new IllegalStateException("a decision could not be applied");
      }
      return List.of(i);
    }))).hasMessageContaining("a decision could not be applied");

    assertThat(store.incidents(IncidentFilter.all())).isEqualTo(before);
  }

  static Extraction handMade() {
    Report report = Report.builder(TEXT).publisher("SOHR").url("https://example.org/idlib")
        .published(LocalDate.of(2019, 3, 10)).build();
    Place idlib = new Place(OptionalLong.of(169388), "Idlib", List.of(), 35.9, 36.6, "SY", Optional.of("Idlib"),
        Optional.empty(), Place.Kind.ADMIN1, 0);
    Place kafrNabl = new Place(OptionalLong.of(169389), "Kafr Nabl", List.of("Kafranbel"), 35.61393, 36.56128, "SY",
        Optional.of("Idlib"), Optional.of("Maarrat al-Nu'man"), Place.Kind.POPULATED_PLACE, 15000);
    Claim total = Claim.builder("c1")
        .scope(Scope.TOTAL)
        .when(new When.Day(LocalDate.of(2019, 3, 10)))
        .perpetrator(new Perpetrator("Russia or Syrian government", Attribution.SUSPECTED))
        .weapon("air strike")
        .source("Syrian Observatory for Human Rights")
        .casualties(new Casualties(Optional.of(Count.of(31, Qualifier.AT_LEAST)),
            Map.of(Category.CIVILIANS, Count.of(31, Qualifier.AT_LEAST), Category.CHILDREN, Count.exact(9)),
            Optional.empty()))
        .region(idlib)
        .evidence(evidence(Evidence.Field.STATEMENT, "Air strikes killed at least 31 civilians"))
        .evidence(evidence(Evidence.Field.KILLED, "at least 31 civilians"))
        .evidence(evidence(Evidence.Field.CHILDREN, "nine children"))
        .build();
    Claim part = Claim.builder("c2")
        .partOf("c1")
        .when(new When.Between(Optional.of(LocalDate.of(2019, 3, 9)), Optional.of(LocalDate.of(2019, 3, 10)),
            observatory.claim.DatePrecision.WEEK))
        .place(new PlaceMention("Kafranbel", spanOf("Kafranbel"),
            new Resolution.Resolved("Kafranbel", kafrNabl, LocationPrecision.PLACE, "alternate name")))
        .casualties(new Casualties(Optional.of(Count.exact(14)), Map.of(), Optional.empty()))
        .evidence(evidence(Evidence.Field.STATEMENT, "Fourteen people were killed"))
        .evidence(evidence(Evidence.Field.PLACE, "Kafranbel"))
        .build();
    return new Extraction(report, List.of(total, part),
        Optional.of(new EventType("Explosions/Remote violence", "Air/drone strike")));
  }

  static Span spanOf(String words) {
    int start = TEXT.indexOf(words);
    return Span.of(start, start + words.length());
  }

  private static Evidence evidence(Evidence.Field field, String words) {
    return Evidence.of(field, spanOf(words), TEXT);
  }

  private static Path example() {
    // Tests run in store/; the example lives at the root of the repository.
    Path p = Path.of("..", "examples", "idlib-roundup.txt");
    return Files.exists(p) ? p : Path.of("examples", "idlib-roundup.txt");
  }
}
