package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
import observatory.link.ClaimRef;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.report.Report;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The analyst's hand, statuses, tallies and daily series, run once per engine ({@link
 * SqliteAnalystTest}, {@link PostgresAnalystTest}). Each test gets a fresh, empty database.
 */
abstract class AnalystContract {
  static final EventType AIR = new EventType("Explosions/Remote violence", "Air/drone strike");
  static final EventType SHELLING = new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack");
  static final Place KAFR_NABL = town(169389, "Kafr Nabl", 35.61393, 36.56128);
  static final Place SARAQIB = town(164816, "Saraqib", 35.86447, 36.80591);
  static final Place KHAN_SHAYKHUN = town(168325, "Khan Shaykhun", 35.44208, 36.65095);
  static final Place IDLIB = new Place(OptionalLong.of(169388), "Idlib", List.of(), 35.9, 36.6, "SY",
      Optional.of("Idlib"), Optional.empty(), Place.Kind.ADMIN1, 0);
  static final LocalDate DAY = LocalDate.of(2019, 11, 4);

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

  // --- the analyst's hand ---

  @Test
  void aCorrectedFigureSurvivesReingestAndRelinkEvenWhenANewReportJoinsTheIncident() {
    Extraction sohr = strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR);
    Extraction afp = strike("AFP", DAY, KAFR_NABL, Count.exact(15), AIR);
    store.ingest(sohr);
    store.ingest(afp);
    store.relink();
    Incident strike = only(store.incidents(IncidentFilter.all()));
    assertThat(strike.estimate(Measure.KILLED)).contains(new Estimate(14, 14, OptionalLong.of(15)));

    AuditEntry entry = store.correct(strike.id(), "killed", "14/17/20", "SOHR raised its toll to 17 on the next day", "rania");

    assertThat(entry.before()).isEqualTo("14/14/15");
    assertThat(entry.after()).isEqualTo("14/17/20");
    assertThat(entry.field()).contains("killed");
    assertThat(entry.by()).isEqualTo("rania");
    // Ingesting the same reports again and a third report of the strike, then relinking.
    store.ingest(sohr);
    store.ingest(afp);
    store.ingest(strike("Reuters", DAY, KAFR_NABL, Count.of(12, Qualifier.AT_LEAST), AIR));
    store.relink();

    Incident after = only(store.incidents(IncidentFilter.all()));
    assertThat(after.members()).hasSize(3);  // a new claim: a new id, the same correction
    assertThat(after.id()).isNotEqualTo(strike.id());
    assertThat(after.estimate(Measure.KILLED)).contains(new Estimate(14, 17, OptionalLong.of(20)));
    assertThat(store.audit(Optional.of(after.id()))).singleElement().isEqualTo(entry);
  }

  @Test
  void correctionsOfDatePlaceActorAndTypeSurviveRelink() {
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR));
    store.relink();
    String id = only(store.incidents(IncidentFilter.all())).id();

    store.correct(id, "date", "2019-11-03", "the strike came before midnight", "rania");
    store.correct(id, "place", "Hish", "the village near Kafr Nabl, per a witness", "rania");
    store.correct(id, "actor", "Russia", "the aircraft was Russian, per flight spotters", "rania");
    store.correct(id, "sub_event_type", "Shelling/artillery/missile attack", "it was rocket fire", "rania");
    store.relink();

    Incident i = store.incident(id).orElseThrow();
    assertThat(i.when()).isEqualTo(new When.Day(LocalDate.of(2019, 11, 3)));
    assertThat(i.placeName()).contains("Hish");
    assertThat(i.placeId()).isEmpty();
    assertThat(i.actor()).contains("Russia");
    assertThat(i.eventType()).contains(SHELLING);
    assertThat(store.audit(Optional.of(id))).extracting(AuditEntry::field).extracting(Optional::get)
        .containsExactly("date", "place", "actor", "sub_event_type");
  }

  @Test
  void aMergeSurvivesRelinkAndIngest() {
    // Two reports name two towns: the linker keeps them apart; the analyst knows it is one strike.
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR));
    store.ingest(strike("AFP", DAY, SARAQIB, Count.exact(15), AIR));
    store.relink();
    List<Incident> two = store.incidents(IncidentFilter.all());
    assertThat(two).hasSize(2);

    AuditEntry entry = store.merge(two.get(0).id(), two.get(1).id(), "AFP misplaced the strike", "omar");

    Incident merged = only(store.incidents(IncidentFilter.all()));
    assertThat(merged.members()).hasSize(2);
    assertThat(merged.status()).isEqualTo(Incident.Status.CORROBORATED);
    assertThat(merged.members()).extracting(Incident.Member::explanation).contains("merged by an analyst: AFP misplaced the strike");
    assertThat(entry.action()).isEqualTo("merge");
    assertThat(entry.before()).contains(two.get(0).id(), two.get(1).id());
    assertThat(entry.after()).isEqualTo(merged.id() + " (2 claims)");

    store.ingest(strike("SANA", DAY.plusDays(40), KHAN_SHAYKHUN, Count.exact(3), SHELLING));
    store.relink();

    assertThat(store.incident(merged.id())).contains(merged);
    assertThat(store.incidents(IncidentFilter.all())).hasSize(2);
    // The history is found by any of the ids, old or new.
    assertThat(store.audit(Optional.of(two.get(1).id()))).containsExactly(entry);
    assertThat(store.audit(Optional.of(merged.id()))).containsExactly(entry);
  }

  @Test
  void aMergeOfIncidentsMonthsApartSurvivesTheStreamingRelink() {
    // The relink streams claims in date order and writes what it has finished; a merge of a strike
    // and a report of it dated months later must still come out as one incident, with the
    // incidents between them untouched.
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR));
    store.ingest(strike("SANA", DAY.plusDays(30), KHAN_SHAYKHUN, Count.exact(3), SHELLING));
    store.ingest(strike("AFP", DAY.plusDays(90), SARAQIB, Count.exact(15), AIR));
    store.relink();
    List<Incident> three = store.incidents(IncidentFilter.all());
    assertThat(three).hasSize(3);
    Incident first = three.stream().filter(i -> i.placeName().orElse("").equals("Kafr Nabl")).findFirst().orElseThrow();
    Incident last = three.stream().filter(i -> i.placeName().orElse("").equals("Saraqib")).findFirst().orElseThrow();

    store.merge(first.id(), last.id(), "the later report dated the strike wrongly", "omar");
    store.relink();

    List<Incident> after = store.incidents(IncidentFilter.all());
    assertThat(after).hasSize(2);
    assertThat(after).anySatisfy(i -> assertThat(i.members()).hasSize(2));
    assertThat(after).anySatisfy(i -> assertThat(i.placeName()).hasValue("Khan Shaykhun"));
  }

  @Test
  void aSplitSurvivesRelinkAndANewReportJoinsTheClaimsLeft() {
    Extraction sohr = strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR);
    Extraction afp = strike("AFP", DAY, KAFR_NABL, Count.exact(15), AIR);
    store.ingest(sohr);
    store.ingest(afp);
    store.relink();
    Incident linked = only(store.incidents(IncidentFilter.all()));
    String afpClaim = afp.report().id().substring(0, 10) + ":c1";

    AuditEntry entry = store.split(linked.id(), List.of(afpClaim), "AFP describes the strike of the day before", "omar");

    assertThat(store.incidents(IncidentFilter.all())).hasSize(2)
        .allSatisfy(i -> assertThat(i.members()).hasSize(1));
    assertThat(entry.before()).isEqualTo(linked.id() + " (2 claims)");
    store.ingest(strike("Reuters", DAY, KAFR_NABL, Count.exact(14), AIR));
    store.relink();

    List<Incident> after = store.incidents(IncidentFilter.all());
    assertThat(after).hasSize(2);
    Incident alone = after.stream().filter(i -> i.members().size() == 1).findFirst().orElseThrow();
    assertThat(alone.members().get(0).ref()).isEqualTo(new ClaimRef(afp.report().id(), "c1"));
    assertThat(alone.members().get(0).explanation()).isEqualTo("split off by an analyst: AFP describes the strike of the day before");
  }

  @Test
  void aChangeNamingAnUnknownIncidentFieldOrClaimIsRefusedAndChangesNothing() {
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR));
    store.ingest(strike("AFP", DAY, KAFR_NABL, Count.exact(15), AIR));
    store.relink();
    Incident before = only(store.incidents(IncidentFilter.all()));

    assertThatThrownBy(() -> store.correct("inc-000000000000", "killed", "3", "typo", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageStartingWith("no incident 'inc-000000000000'");
    assertThatThrownBy(() -> store.correct(before.id(), "colour", "red", "why not", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("unknown field 'colour'; correctable fields: date,");
    assertThatThrownBy(() -> store.correct(before.id(), "killed.best", "40", "more", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("killed.best would be low 14, best 40, high 15");
    assertThatThrownBy(() -> store.correct(before.id(), "killed", "many", "more", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("value 'many' for killed is not a whole number");
    assertThatThrownBy(() -> store.correct(before.id(), "date", "4 November", "day", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("value '4 November' for date is not YYYY-MM-DD");
    assertThatThrownBy(() -> store.correct(before.id(), "killed", "20", " ", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("no reason given");
    assertThatThrownBy(() -> store.split(before.id(), List.of("nope:c9"), "two strikes", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("claim 'nope:c9' is not in incident " + before.id());
    assertThatThrownBy(() -> store.setStatus(before.id(), "corroborated", "two sources", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("an analyst sets verified, contested, discounted");
    assertThatThrownBy(() -> store.merge(before.id(), before.id(), "same", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("with itself");

    assertThat(store.incidents(IncidentFilter.all())).containsExactly(before);
    assertThat(store.audit(Optional.empty())).isEmpty();
    store.relink();
    assertThat(store.incidents(IncidentFilter.all())).containsExactly(before);
  }

  @Test
  void aTotalIsNeverMergedWithASingleEvent() {
    store.ingest(StoreContract.handMade());  // a total and its part
    store.relink();
    List<Incident> incidents = store.incidents(IncidentFilter.all());
    Incident total = incidents.stream().filter(Incident::aggregate).findFirst().orElseThrow();
    Incident part = incidents.stream().filter(i -> !i.aggregate()).findFirst().orElseThrow();

    assertThatThrownBy(() -> store.merge(total.id(), part.id(), "same", "rania"))
        .isInstanceOf(ReviewException.class).hasMessageContaining("would add a total to its parts");
  }

  // --- statuses ---

  @Test
  void sourcesFarApartOnTheDeadMakeAnIncidentContestedAndAnAnalystCanVerifyIt() {
    store.ingest(strike("SANA", DAY, KAFR_NABL, Count.exact(3), AIR));
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.of(40, Qualifier.AT_LEAST), AIR));
    store.relink();
    Incident i = only(store.incidents(IncidentFilter.all()));

    assertThat(i.status()).isEqualTo(Incident.Status.CONTESTED);
    assertThat(store.statusReason(i.id())).contains("killed figures disagree: SOHR at least 40, SANA 3");

    AuditEntry verified = store.setStatus(i.id(), "verified", "hospital records list 41 dead", "rania");
    assertThat(verified.before()).isEqualTo("contested");
    assertThat(verified.after()).isEqualTo("verified");
    store.relink();
    assertThat(store.incident(i.id()).orElseThrow().status()).isEqualTo(Incident.Status.VERIFIED);
    assertThat(store.statusReason(i.id())).contains("hospital records list 41 dead");

    store.setStatus(i.id(), "derived", "let the sources speak", "rania");
    assertThat(store.incident(i.id()).orElseThrow().status()).isEqualTo(Incident.Status.CONTESTED);
  }

  @Test
  void sourcesBlamingDifferentPerpetratorsMakeAnIncidentContested() {
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR, "Russia"));
    store.ingest(strike("SANA", DAY, KAFR_NABL, Count.exact(14), AIR, "Hayat Tahrir al-Sham"));
    store.relink();

    List<Incident> incidents = store.incidents(IncidentFilter.all());
    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(Incident.Status.CONTESTED));
    assertThat(store.statusReason(incidents.get(0).id()).orElseThrow()).startsWith("perpetrators disagree:");
  }

  @Test
  void aDiscountedIncidentStaysOutOfTotalsSeriesAndTallies() {
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR));
    store.ingest(strike("SOHR", DAY.plusDays(1), SARAQIB, Count.exact(5), AIR));
    store.ingest(tally("SNHR", DAY.minusDays(10), DAY.plusDays(10), 30, 10));
    store.relink();
    Incident hoax = store.incidents(IncidentFilter.all().from(DAY).to(DAY)).stream().filter(i -> !i.aggregate())
        .findFirst().orElseThrow();
    assertThat(store.totals(IncidentFilter.all()).sums().get(Measure.KILLED).best()).isEqualTo(19);

    store.setStatus(hoax.id(), "discounted", "the video is from 2016", "rania");
    store.relink();

    assertThat(store.incident(hoax.id()).orElseThrow().status()).isEqualTo(Incident.Status.DISCOUNTED);
    Totals totals = store.totals(IncidentFilter.all());
    assertThat(totals.incidents()).isEqualTo(1);
    assertThat(totals.sums().get(Measure.KILLED).best()).isEqualTo(5);
    assertThat(store.dailySeries("Idlib", DAY, DAY.plusDays(1))).extracting(DailyCount::incidents).containsExactly(0L, 1L);
    assertThat(only(store.tallies(IncidentFilter.all())).accounted().get(Measure.KILLED).best()).isEqualTo(5);
    // Still listed, with its status, for the analyst to see.
    assertThat(store.incidents(IncidentFilter.all())).extracting(Incident::status).contains(Incident.Status.DISCOUNTED);
  }

  // --- tallies ---

  @Test
  void aTallyIsAccountedForByTheSingleIncidentsOfItsRegionAndPeriodOnly() {
    LocalDate from = LocalDate.of(2019, 10, 22);
    LocalDate to = LocalDate.of(2019, 12, 1);
    store.ingest(tally("SNHR", from, to, 288, 93));
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR, Map.of(Category.CIVILIANS, Count.exact(14),
        Category.CHILDREN, Count.exact(5))));
    store.ingest(strike("SOHR", DAY.plusDays(2), SARAQIB, Count.of(20, Qualifier.AT_LEAST), AIR,
        Map.of(Category.CIVILIANS, Count.of(20, Qualifier.AT_LEAST))));
    store.ingest(strike("SOHR", to.plusDays(1), SARAQIB, Count.exact(7), AIR));  // after the period
    store.ingest(hama("SOHR", DAY, 9));  // another governorate
    store.relink();

    TallyAccount account = only(store.tallies(IncidentFilter.all()));

    assertThat(account.regions()).containsExactly("Idlib");
    assertThat(account.from()).contains(from);
    assertThat(account.to()).contains(to);
    assertThat(account.incidents()).isEqualTo(2);
    assertThat(account.stated().get(Measure.CIVILIANS)).isEqualTo(Count.exact(288));
    assertThat(account.accounted().get(Measure.CIVILIANS)).isEqualTo(new Totals.Sum(34, 34, OptionalLong.empty(), 2));
    assertThat(account.accounted().get(Measure.CHILDREN)).isEqualTo(new Totals.Sum(5, 5, OptionalLong.of(5), 1));
    assertThat(account.share(Measure.CIVILIANS).getAsDouble()).isEqualTo(34 / 288.0);
    // The tally itself is an aggregate: never in the totals.
    Totals totals = store.totals(IncidentFilter.all().region("Idlib"));
    assertThat(totals.sums().get(Measure.KILLED).best()).isEqualTo(14 + 20 + 7);
    assertThat(totals.aggregatesLeftOut()).isEqualTo(1);
    assertThat(store.tallies(IncidentFilter.all().region("Hama"))).isEmpty();
    assertThat(store.tallies(IncidentFilter.all().from(to.plusDays(1)))).isEmpty();
    assertThat(store.tallies(IncidentFilter.all().region("SY").to(from))).hasSize(1);
  }

  // --- daily series ---

  @Test
  void theDailySeriesHasEveryDayWithZerosAndCountsStrikesByType() {
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR, Map.of(Category.CIVILIANS, Count.exact(12))));
    store.ingest(strike("SOHR", DAY, SARAQIB, Count.exact(3), SHELLING));
    store.ingest(strike("SOHR", DAY.plusDays(2), KHAN_SHAYKHUN, Count.exact(6), AIR));
    store.ingest(hama("SOHR", DAY.plusDays(1), 9));
    store.ingest(tally("SNHR", DAY, DAY.plusDays(2), 288, 93));
    store.relink();

    List<DailyCount> idlib = store.dailySeries("idlib", DAY.minusDays(1), DAY.plusDays(3));

    assertThat(idlib).containsExactly(
        new DailyCount(DAY.minusDays(1), 0, 0, 0, 0, 0),
        new DailyCount(DAY, 2, 17, 12, 1, 1),
        new DailyCount(DAY.plusDays(1), 0, 0, 0, 0, 0),
        new DailyCount(DAY.plusDays(2), 1, 6, 0, 1, 0),
        new DailyCount(DAY.plusDays(3), 0, 0, 0, 0, 0));
    assertThat(store.dailySeries("SY", DAY, DAY.plusDays(2))).extracting(DailyCount::incidents).containsExactly(2L, 1L, 1L);
    assertThat(store.dailySeries("Syria", DAY, DAY.plusDays(2))).extracting(DailyCount::killed).containsExactly(17L, 9L, 6L);
    // The series sums to what totals sums over the same region and period.
    long killed = store.dailySeries("Idlib", DAY, DAY.plusDays(2)).stream().mapToLong(DailyCount::killed).sum();
    assertThat(killed).isEqualTo(store.totals(IncidentFilter.all().region("Idlib").from(DAY).to(DAY.plusDays(2)))
        .sums().get(Measure.KILLED).best());
    assertThatThrownBy(() -> store.dailySeries("Idlib", DAY, DAY.minusDays(1))).isInstanceOf(StoreException.class)
        .hasMessageContaining("needs a first day on or before its last");
  }

  // --- qualifiers ---

  @Test
  void categoryFiguresKeepTheirQualifierSoAnExactCountClosesTheRange() {
    // Regression: every stored category figure read back as "at least", so exact counts left high open.
    store.ingest(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR, Map.of(Category.CHILDREN, Count.exact(5),
        Category.WOMEN, Count.of(2, Qualifier.AT_LEAST))));
    store.ingest(strike("AFP", DAY, KAFR_NABL, Count.exact(15), AIR, Map.of(Category.CHILDREN, Count.exact(6))));
    store.relink();

    Incident i = only(store.incidents(IncidentFilter.all()));

    assertThat(i.estimate(Measure.CHILDREN)).contains(new Estimate(5, 5, OptionalLong.of(6)));
    assertThat(i.estimate(Measure.WOMEN)).contains(new Estimate(2, 2, OptionalLong.empty()));
  }

  @Test
  void aRangeOfDeadKeepsItsUpperEndInTheStore() {
    // Regression: "10 to 12 killed" was read back as "at least 10", losing the 12.
    store.ingest(strike("SOHR", DAY, KAFR_NABL, new Count.Range(10, 12), AIR));
    store.relink();

    assertThat(only(store.incidents(IncidentFilter.all())).estimate(Measure.KILLED))
        .contains(new Estimate(10, 10, OptionalLong.of(12)));
  }

  // --- upgrading ---

  @Test
  void aStoreMadeBeforeSchemaV3IsRelinkedWhenOpened() throws Exception {
    String url = freshDatabase();
    Flyway.configure().dataSource(url, null, null).locations(Store.MIGRATIONS).target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO reports (id, publisher, language, text, ingested_at)"
          + " VALUES ('r1', 'SOHR', 'en', '14 killed in Kafr Nabl.', '2019-11-04T10:00:00Z')");
      s.executeUpdate("INSERT INTO claims (report_id, claim_id, scope, date, killed, killed_qualifier, killed_low,"
          + " killed_high, children_killed, admin1, country) VALUES ('r1', 'c1', 'single', '2019-11-04', 14, 'exact', 14, 14, 5,"
          + " 'Idlib', 'SY')");
      // The incident a v2 relink made: dropped with its table, made again by the v3 relink.
      s.executeUpdate("INSERT INTO incidents (id, scope, status, date_from, date_to, sources)"
          + " VALUES ('inc-v2', 'single', 'reported', '2019-11-04', '2019-11-04', 'SOHR')");
      s.executeUpdate("INSERT INTO incident_claims (incident_id, seq, report_id, claim_id, explanation)"
          + " VALUES ('inc-v2', 0, 'r1', 'c1', 'first claim of the incident')");
    }

    try (Store store = Store.open(url)) {
      Incident i = only(store.incidents(IncidentFilter.all()));
      assertThat(i.status()).isEqualTo(Incident.Status.REPORTED);
      // A category figure stored before v3 has no qualifier: still read as a floor.
      assertThat(i.estimate(observatory.link.Measure.CHILDREN).orElseThrow().high()).isEmpty();
      assertThat(store.dailySeries("SY")).singleElement().extracting(DailyCount::killed).isEqualTo(14L);
    }
  }

  @Test
  void aStoreUpgradedToTheSummariesHasThemFilledBeforeAnyRelink() throws Exception {
    String url = freshDatabase();
    Flyway.configure().dataSource(url, null, null).locations(Store.MIGRATIONS).target("5").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO incidents (id, scope, status, date_from, date_to, admin1, sources)"
          + " VALUES ('inc-a', 'single', 'reported', '2019-11-04', '2019-11-04', 'Idlib', 'SOHR'),"
          + " ('inc-b', 'single', 'corroborated', '2019-11-20', '2019-11-20', 'Idlib', 'SOHR; AFP'),"
          + " ('inc-c', 'single', 'discounted', '2019-11-21', '2019-11-21', 'Idlib', 'SOHR')");
      s.executeUpdate("INSERT INTO incident_figures (incident_id, measure, low, best, high)"
          + " VALUES ('inc-a', 'killed', 14, 14, 14), ('inc-b', 'killed', 26, 26, NULL), ('inc-c', 'killed', 9, 9, 9)");
    }
    try (Store store = Store.open(url)) {
      observatory.link.Totals t = IncidentQueries.totals(store, IncidentFilter.all().region("Idlib")
          .from(LocalDate.of(2019, 11, 1)).to(LocalDate.of(2019, 11, 30)), Optional.empty());
      assertThat(t.incidents()).isEqualTo(2);
      assertThat(t.sums().get(Measure.KILLED).best()).isEqualTo(40);
      assertThat(t.sums().get(Measure.KILLED).high()).isEmpty();
    }
  }

  // --- helpers: hand-made reports, each field filled as the extractor would ---

  static <T> T only(List<T> list) {
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  static Place town(long id, String name, double lat, double lon) {
    return new Place(OptionalLong.of(id), name, List.of(), lat, lon, "SY", Optional.of("Idlib"), Optional.empty(),
        Place.Kind.POPULATED_PLACE, 10000);
  }

  static Extraction strike(String publisher, LocalDate day, Place town, Count killed, EventType type) {
    return strike(publisher, day, town, killed, type, Map.of());
  }

  static Extraction strike(String publisher, LocalDate day, Place town, Count killed, EventType type, String actor) {
    return strike(publisher, day, town, killed, type, Map.of(), Optional.of(actor));
  }

  static Extraction strike(String publisher, LocalDate day, Place town, Count killed, EventType type,
      Map<Category, Count> categories) {
    return strike(publisher, day, town, killed, type, categories, Optional.empty());
  }

  static Extraction strike(String publisher, LocalDate day, Place town, Count killed, EventType type,
      Map<Category, Count> categories, Optional<String> actor) {
    String text = killed + " killed in a strike on " + town.name() + " on " + day + ", " + publisher + " said"
        + (actor.map(a -> ", blaming " + a).orElse("")) + categories + ".";
    int at = text.indexOf(town.name());
    Claim.Builder claim = Claim.builder("c1")
        .when(new When.Day(day))
        .place(new PlaceMention(town.name(), Span.of(at, at + town.name().length()),
            new Resolution.Resolved(town.name(), town, LocationPrecision.PLACE, "name")))
        .casualties(new Casualties(Optional.of(killed), categories, Optional.empty()))
        .evidence(Evidence.of(Evidence.Field.STATEMENT, Span.of(0, text.length()), text));
    actor.ifPresent(a -> claim.perpetrator(new Perpetrator(a, Attribution.STATED)));
    Report report = Report.builder(text).publisher(publisher).published(day).build();
    return new Extraction(report, List.of(claim.build()), Optional.of(type));
  }

  static Extraction hama(String publisher, LocalDate day, long killed) {
    Place hama = new Place(OptionalLong.of(170017), "Hama", List.of(), 35.13179, 36.75783, "SY", Optional.of("Hama"),
        Optional.empty(), Place.Kind.POPULATED_PLACE, 460000);
    return strike(publisher, day, hama, Count.exact(killed), SHELLING);
  }

  static Extraction tally(String publisher, LocalDate from, LocalDate to, long civilians, long children) {
    String text = publisher + " documented " + civilians + " civilians including " + children + " children killed in Idlib"
        + " from " + from + " to " + to + ".";
    Claim claim = Claim.builder("c1")
        .scope(Scope.TALLY)
        .when(new When.Between(Optional.of(from), Optional.of(to), DatePrecision.PERIOD))
        .region(IDLIB)
        .source(publisher)
        .casualties(new Casualties(Optional.of(Count.exact(civilians)),
            Map.of(Category.CIVILIANS, Count.exact(civilians), Category.CHILDREN, Count.exact(children)), Optional.empty()))
        .evidence(Evidence.of(Evidence.Field.STATEMENT, Span.of(0, text.length()), text))
        .build();
    return new Extraction(Report.builder(text).publisher(publisher).published(to).build(), List.of(claim), Optional.of(AIR));
  }
}
