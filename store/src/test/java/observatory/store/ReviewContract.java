package observatory.store;

import static observatory.store.AnalystContract.AIR;
import static observatory.store.AnalystContract.DAY;
import static observatory.store.AnalystContract.KAFR_NABL;
import static observatory.store.AnalystContract.SARAQIB;
import static observatory.store.AnalystContract.only;
import static observatory.store.AnalystContract.strike;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import observatory.claim.Category;
import observatory.claim.Confidence;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import observatory.extract.Extraction;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.review.ReviewMark;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Confidence and review, run once per engine ({@link SqliteReviewTest}, {@link PostgresReviewTest}):
 * claims keep their confidence, incidents are marked for review by the rule of {@link ReviewMark},
 * and every total says how much of it rests on incidents marked for review.
 */
abstract class ReviewContract {
  static final String SCOPE = "scope uncertain: a period word and a single place";
  static final String PLACE = "place uncertain: \"Kafr Nabl\" or <script>alert('x')</script>";
  static final Confidence DOUBT_SCOPE = Confidence.certain().lowered(0.4, SCOPE);
  static final Confidence DOUBT_PLACE = Confidence.certain().lowered(0.3, PLACE);

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

  /** The extraction with its one claim given this confidence. */
  static Extraction read(Extraction extraction, Confidence confidence) {
    return new Extraction(extraction.report(), List.of(extraction.claims().get(0).toBuilder().confidence(confidence).build()),
        extraction.eventType());
  }

  private ReviewMark mark(String incident) {
    return IncidentQueries.reviews(store, List.of(incident)).getOrDefault(incident, ReviewMark.none());
  }

  @Test
  void aClaimKeepsItsConfidenceAndReasonsOneALine() {
    Confidence odd = Confidence.certain().lowered(0.45, SCOPE).lowered(0.9, "a reason\nwritten over two lines");
    Extraction doubtful = read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR), odd);
    Extraction sure = strike("AFP", DAY, SARAQIB, Count.exact(3), AIR);

    store.ingestAll(List.of(doubtful, sure));

    StoredClaim stored = only(store.claims(doubtful.report().id()));
    assertThat(stored.confidence().value()).isEqualTo(odd.value());
    // A line break inside a reason would split it in two: it is kept as a space.
    assertThat(stored.confidence().reasons()).containsExactly(SCOPE, "a reason written over two lines");
    assertThat(stored.confidence().needsReview()).isTrue();
    assertThat(only(store.claims(sure.report().id())).confidence()).isEqualTo(Confidence.certain());
  }

  @Test
  void anIncidentNoneOfWhoseClaimsIsConfidentIsMarkedWithTheirReasons() {
    store.ingest(read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR), DOUBT_SCOPE));
    store.ingest(read(strike("AFP", DAY, KAFR_NABL, Count.exact(15), AIR), DOUBT_PLACE));
    store.ingest(read(strike("SOHR", DAY, SARAQIB, Count.exact(3), AIR), Confidence.certain().lowered(0.8, "a small doubt")));
    store.relink();

    Incident kafrNabl = store.incidents(IncidentFilter.all()).stream().filter(i -> i.members().size() == 2)
        .findFirst().orElseThrow();
    assertThat(mark(kafrNabl.id())).isEqualTo(ReviewMark.needed(List.of(SCOPE, PLACE)));
    // A claim lowered a little is still confident: its incident is not marked.
    Incident saraqib = store.incidents(IncidentFilter.all()).stream().filter(i -> i.members().size() == 1)
        .findFirst().orElseThrow();
    assertThat(mark(saraqib.id())).isEqualTo(ReviewMark.none());
    IncidentQueries.Page page = IncidentQueries.page(store, IncidentFilter.all(), Optional.empty(), 0, 10);
    assertThat(page.review(kafrNabl.id()).reasons()).containsExactly(SCOPE, PLACE);
    assertThat(page.review(saraqib.id()).needsReview()).isFalse();
  }

  @Test
  void oneConfidentSourceAmongThreeKeepsTheIncidentUnmarked() {
    store.ingest(read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR), DOUBT_SCOPE));
    store.ingest(read(strike("AFP", DAY, KAFR_NABL, Count.exact(15), AIR), DOUBT_PLACE));
    store.ingest(strike("Reuters", DAY, KAFR_NABL, Count.exact(14), AIR));
    store.relink();

    Incident strike = only(store.incidents(IncidentFilter.all()));

    assertThat(strike.members()).hasSize(3);
    assertThat(mark(strike.id())).isEqualTo(ReviewMark.none());
    assertThat(store.incidents(IncidentFilter.all().needsReview(true))).isEmpty();
  }

  @Test
  void verificationClearsTheMarkAndHandingTheStatusBackRestoresIt() {
    store.ingest(read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR), DOUBT_SCOPE));
    store.relink();
    String id = only(store.incidents(IncidentFilter.all())).id();
    assertThat(mark(id).needsReview()).isTrue();
    assertThat(store.totals(IncidentFilter.all().needsReview(true)).incidents()).isEqualTo(1);
    assertThat(IncidentQueries.sum(store, IncidentFilter.all().region("Idlib"), Optional.empty()).reviewTotal().incidents())
        .isEqualTo(1);

    store.setStatus(id, "verified", "checked against the hospital list", "rania");

    assertThat(mark(id)).isEqualTo(ReviewMark.none());
    assertThat(store.totals(IncidentFilter.all().needsReview(true)).incidents()).isZero();
    // The summaries were rebuilt with the decision's relink.
    assertThat(IncidentQueries.sum(store, IncidentFilter.all().region("Idlib"), Optional.empty()).reviewTotal().incidents())
        .isZero();
    store.setStatus(id, "contested", "SANA denies it", "rania");
    assertThat(mark(id).needsReview()).as("contested is a doubt of the sources, not a check").isTrue();
    store.setStatus(id, "discounted", "a duplicate", "rania");
    assertThat(mark(id).needsReview()).isFalse();
    store.setStatus(id, "derived", "back to the sources", "rania");
    assertThat(mark(id).reasons()).containsExactly(SCOPE);
  }

  @Test
  void aRelinkKeepsTheMarkRightAsClaimsJoinMergeAndSplit() {
    store.ingest(read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR), DOUBT_SCOPE));
    store.ingest(strike("AFP", DAY, SARAQIB, Count.exact(15), AIR));
    store.relink();
    List<Incident> two = store.incidents(IncidentFilter.all());
    Incident doubtful = two.stream().filter(i -> mark(i.id()).needsReview()).findFirst().orElseThrow();
    Incident sure = two.stream().filter(i -> i != doubtful).findFirst().orElseThrow();

    // The analyst's merge holds both claims in one incident, one of them confident: unmarked.
    store.merge(doubtful.id(), sure.id(), "AFP misplaced the strike", "omar");
    Incident merged = only(store.incidents(IncidentFilter.all()));
    assertThat(mark(merged.id()).needsReview()).isFalse();

    // Split again, the doubtful claim alone is marked again, after every later relink too.
    String claim = doubtful.members().get(0).ref().reportId() + ":" + doubtful.members().get(0).ref().claimId();
    store.split(merged.id(), List.of(claim), "two raids after all", "omar");
    store.relink();
    Incident alone = store.incidents(IncidentFilter.all()).stream()
        .filter(i -> i.members().get(0).ref().equals(doubtful.members().get(0).ref())).findFirst().orElseThrow();
    assertThat(mark(alone.id())).isEqualTo(ReviewMark.needed(List.of(SCOPE)));
    assertThat(store.incidents(IncidentFilter.all().needsReview(true))).containsExactly(alone);
  }

  @Test
  void aConfidentReportJoiningTheIncidentClearsTheMarkAtTheRelink() {
    store.ingest(read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR), DOUBT_SCOPE));
    store.relink();
    assertThat(store.incidents(IncidentFilter.all().needsReview(true))).hasSize(1);

    store.ingest(strike("Reuters", DAY, KAFR_NABL, Count.exact(14), AIR));
    store.relink();

    Incident joined = only(store.incidents(IncidentFilter.all()));
    assertThat(joined.members()).hasSize(2);
    assertThat(mark(joined.id()).needsReview()).isFalse();
    assertThat(store.incidents(IncidentFilter.all().needsReview(true))).isEmpty();
  }

  @Test
  void needsReviewOnlySelectsTheMarkedIncidentsInEveryRead() {
    store.ingest(read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR), DOUBT_SCOPE));
    store.ingest(strike("SOHR", DAY.plusDays(1), SARAQIB, Count.exact(5), AIR));
    store.ingest(read(strike("SOHR", DAY.plusDays(40), SARAQIB, Count.of(20, Qualifier.AT_LEAST), AIR), DOUBT_PLACE));
    store.relink();
    IncidentFilter marked = IncidentFilter.all().needsReview(true);

    List<Incident> listed = store.incidents(marked);

    assertThat(listed).hasSize(2).allMatch(i -> mark(i.id()).needsReview());
    assertThat(IncidentQueries.page(store, marked, Optional.empty(), 0, 1).incidents()).containsExactly(listed.get(0));
    assertThat(IncidentQueries.page(store, marked.from(DAY.plusDays(1)), Optional.empty(), 0, 10).incidents())
        .containsExactly(listed.get(1));
    assertThat(store.incidents(marked.region("Idlib").to(DAY))).containsExactly(listed.get(0));
  }

  @Test
  void totalsSayHowMuchOfThemRestsOnIncidentsMarkedForReview() {
    store.ingest(read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR,
        Map.of(Category.CIVILIANS, Count.exact(14))), DOUBT_SCOPE));
    store.ingest(strike("SOHR", DAY.plusDays(1), SARAQIB, Count.exact(5), AIR, Map.of(Category.CIVILIANS, Count.exact(5))));
    store.ingest(read(strike("SOHR", DAY.plusDays(40), SARAQIB, Count.of(20, Qualifier.AT_LEAST), AIR), DOUBT_PLACE));
    store.ingest(AnalystContract.hama("SOHR", DAY, 9));
    store.relink();

    Totals all = store.totals(IncidentFilter.all());
    Totals review = store.totals(IncidentFilter.all().needsReview(true));

    assertThat(all.sums().get(Measure.KILLED)).isEqualTo(new Totals.Sum(48, 48, OptionalLong.empty(), 4));
    assertThat(review.incidents()).isEqualTo(2);
    assertThat(review.sums().get(Measure.KILLED)).isEqualTo(new Totals.Sum(34, 34, OptionalLong.empty(), 2));
    assertThat(review.sums().get(Measure.CIVILIANS)).isEqualTo(new Totals.Sum(14, 14, OptionalLong.of(14), 1));
    // The server's sums, from the summaries (a governorate, all regions) and from the incident tables (a country,
    // an actor): the same shares.
    for (IncidentFilter filter : List.of(IncidentFilter.all(), IncidentFilter.all().region("Idlib"),
        IncidentFilter.all().region("SY"), IncidentFilter.all().type("air/drone strike"),
        IncidentFilter.all().from(DAY.plusDays(1)).to(DAY.plusDays(60)))) {
      IncidentQueries.Summed summed = IncidentQueries.sum(store, filter, Optional.empty());
      assertThat(summed.total()).as(filter.toString()).isEqualTo(store.totals(filter));
      assertThat(summed.reviewTotal()).as(filter.toString()).isEqualTo(store.totals(filter.needsReview(true)));
      IncidentQueries.Summed only = IncidentQueries.sum(store, filter.needsReview(true), Optional.empty());
      assertThat(only.total()).as(filter.toString()).isEqualTo(summed.reviewTotal());
      assertThat(only.reviewTotal()).as(filter.toString()).isEqualTo(summed.reviewTotal());
    }
    IncidentQueries.Summed byRegion = IncidentQueries.sum(store, IncidentFilter.all(), Optional.empty());
    assertThat(byRegion.review(Optional.of("Hama"))).isEqualTo(new Totals(0, 0, Map.of()));
    assertThat(byRegion.review(Optional.of("Idlib")).sums().get(Measure.KILLED).low()).isEqualTo(34);
  }

  @Test
  void aTallySaysHowMuchOfWhatItIsAccountedForRestsOnIncidentsMarkedForReview() {
    store.ingest(read(AnalystContract.tally("SNHR", DAY.minusDays(10), DAY.plusDays(10), 30, 10), DOUBT_SCOPE));
    store.ingest(read(strike("SOHR", DAY, KAFR_NABL, Count.exact(14), AIR, Map.of(Category.CIVILIANS, Count.exact(14))),
        DOUBT_PLACE));
    store.ingest(strike("SOHR", DAY.plusDays(1), SARAQIB, Count.exact(5), AIR, Map.of(Category.CIVILIANS, Count.exact(5))));
    store.relink();

    TallyAccount account = only(store.tallies(IncidentFilter.all()));

    assertThat(account.accounted().get(Measure.CIVILIANS).best()).isEqualTo(19);
    assertThat(account.accountedInReview().get(Measure.CIVILIANS)).isEqualTo(new Totals.Sum(14, 14, OptionalLong.of(14), 1));
    assertThat(account.accountedInReview()).doesNotContainKey(Measure.CHILDREN);
    assertThat(account.confidence()).isEqualTo(DOUBT_SCOPE);
  }

  /**
   * Random incidents written straight into the tables, a random share of them marked: the review
   * share of every governorate's and district's totals over random periods is the same read from the
   * summaries, from the incident tables, and summed by hand over the marked incidents.
   */
  @Test
  void theReviewShareOfTheSummariesIsTheSumOverTheMarkedIncidents() throws Exception {
    String[][] places = {{"Idlib", "Kafr Nabl"}, {"Idlib", "Saraqib"}, {"IDLIB", "Kafr Nabl"}, {"Idlib", null},
        {"Hama", "Suqaylabiyah"}, {"Hama", null}, {null, null}};
    String[] statuses = {"reported", "corroborated", "verified", "contested", "discounted"};
    LocalDate first = LocalDate.of(2019, 1, 1);
    Random random = new Random(10);
    List<Row> written = new ArrayList<>();
    store.inTransaction(c -> {
      for (int n = 0; n < 400; n++) {
        String[] place = places[random.nextInt(places.length)];
        LocalDate from = first.plusDays(random.nextInt(180));
        int shape = random.nextInt(10);
        String dateFrom = shape == 9 ? null : from.toString();
        String dateTo = shape == 9 ? null : shape >= 7 ? from.plusDays(1 + random.nextInt(40)).toString() : from.toString();
        Row row = new Row(place[0], place[1], dateFrom, dateTo, random.nextInt(7) == 0 ? "aggregate" : "single",
            statuses[random.nextInt(statuses.length)], random.nextInt(3) == 0, new EnumMap<>(Measure.class));
        written.add(row);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO incidents (id, scope, status, date_from, date_to,"
            + " admin1, admin2, country, sources, needs_review, review_reasons) VALUES (?, ?, ?, ?, ?, ?, ?, 'SY', 'SOHR', ?, ?)")) {
          s.setString(1, "inc-" + n);
          s.setString(2, row.scope());
          s.setString(3, row.status());
          s.setString(4, dateFrom);
          s.setString(5, dateTo);
          s.setString(6, place[0]);
          s.setString(7, place[1]);
          s.setInt(8, row.marked() ? 1 : 0);
          s.setString(9, row.marked() ? SCOPE : null);
          s.executeUpdate();
        }
        for (String measure : List.of("killed", "civilians", "children")) {
          if (random.nextInt(3) == 0) {
            continue;
          }
          long low = random.nextInt(20);
          long best = low + random.nextInt(5);
          long high = random.nextInt(4) == 0 ? -1 : best + random.nextInt(5);
          row.figures().put(Measure.fromLabel(measure), new long[] {low, best, high});
          try (PreparedStatement s = c.prepareStatement("INSERT INTO incident_figures (incident_id, measure, low, best,"
              + " high) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, "inc-" + n);
            s.setString(2, measure);
            s.setLong(3, low);
            s.setLong(4, best);
            if (high < 0) {
              s.setNull(5, java.sql.Types.BIGINT);
            } else {
              s.setLong(5, high);
            }
            s.executeUpdate();
          }
        }
      }
      Summaries.rebuild(c);
      return null;
    });
    List<Region> regions = List.of(Region.governorate("idlib"), Region.governorate("Hama"),
        Region.district("Kafr Nabl", "Idlib"), Region.district("Saraqib", "Idlib"), Region.district("Suqaylabiyah", "Hama"));
    long marked = 0;
    for (int k = 0; k < 40; k++) {
      Region region = regions.get(k % regions.size());
      LocalDate a = first.plusDays(random.nextInt(200));
      LocalDate b = first.plusDays(random.nextInt(200));
      IncidentFilter filter = IncidentFilter.all().region(region);
      if (k % 4 != 0) {
        filter = filter.from(a.isBefore(b) ? a : b).to(a.isBefore(b) ? b : a);
      }
      IncidentFilter f = filter;
      IncidentQueries.Summed summarised = IncidentQueries.sum(store, f, Optional.empty());
      RegionSums detail = store.inTransaction(c -> IncidentQueries.sums(c, f, Optional.empty()));
      assertThat(summarised.reviewByRegion()).as(f.toString()).isEqualTo(detail.review());
      assertThat(summarised.byRegion()).as(f.toString()).isEqualTo(detail.all());
      Totals byHand = byHand(written, region, f.from(), f.to(), true);
      assertThat(summarised.reviewTotal()).as(f.toString()).isEqualTo(byHand);
      assertThat(summarised.total()).as(f.toString()).isEqualTo(byHand(written, region, f.from(), f.to(), false));
      assertThat(IncidentQueries.sum(store, f.needsReview(true), Optional.empty()).total()).as(f.toString()).isEqualTo(byHand);
      marked += byHand.incidents();
    }
    assertThat(marked).as("marked incidents summed over the filters").isGreaterThan(100);
  }

  private record Row(String admin1, String admin2, String from, String to, String scope, String status, boolean marked,
      Map<Measure, long[]> figures) {
  }

  private static Totals byHand(List<Row> rows, Region region, Optional<LocalDate> from, Optional<LocalDate> to,
      boolean markedOnly) {
    List<Incident> summed = new ArrayList<>();
    int n = 0;
    for (Row w : rows) {
      n++;
      boolean inRegion = w.admin1() != null && (region.level() == Region.Level.GOVERNORATE
          ? w.admin1().equalsIgnoreCase(region.name())
          : region.name().equals(w.admin2()) && w.admin1().equalsIgnoreCase(region.governorate().get()));
      String last = w.to() != null ? w.to() : w.from();
      String start = w.from() != null ? w.from() : w.to();
      boolean inPeriod = (from.isEmpty() || last != null && last.compareTo(from.get().toString()) >= 0)
          && (to.isEmpty() || start != null && start.compareTo(to.get().toString()) <= 0);
      if (!inRegion || !inPeriod || w.status().equals("discounted") || markedOnly && !w.marked()) {
        continue;
      }
      Map<Measure, observatory.link.Estimate> figures = new EnumMap<>(Measure.class);
      w.figures().forEach((m, f) -> figures.put(m, new observatory.link.Estimate(f[0], f[1],
          f[2] < 0 ? OptionalLong.empty() : OptionalLong.of(f[2]))));
      summed.add(new Incident("inc-" + n, List.of(new Incident.Member(new observatory.link.ClaimRef("r", "c"), "")),
          figures, List.of("SOHR"), Incident.Status.REPORTED, observatory.claim.When.UNKNOWN, OptionalLong.empty(),
          Optional.empty(), Optional.ofNullable(w.admin1()), Optional.empty(), Optional.empty(), w.scope().equals("aggregate")));
    }
    return Totals.of(summed);
  }

  @Test
  void aStoreAtV9UpgradesWithItsClaimsCertainAndNothingMarked() throws Exception {
    String old = freshDatabase();
    Flyway.configure().dataSource(old, null, null).locations(Store.MIGRATIONS).target("9").load().migrate();
    try (Connection c = DriverManager.getConnection(old); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO reports (id, publisher, language, text, ingested_at)"
          + " VALUES ('r1', 'SOHR', 'en', '14 killed in Kafr Nabl.', '2019-11-04T10:00:00Z')");
      s.executeUpdate("INSERT INTO claims (report_id, claim_id, scope, date, killed, killed_qualifier, killed_low,"
          + " killed_high, admin1, country) VALUES ('r1', 'c1', 'single', '2019-11-04', 14, 'exact', 14, 14, 'Idlib', 'SY')");
      s.executeUpdate("INSERT INTO incidents (id, scope, status, date_from, date_to, admin1, country, sources)"
          + " VALUES ('inc-a', 'single', 'reported', '2019-11-04', '2019-11-04', 'Idlib', 'SY', 'SOHR')");
      s.executeUpdate("INSERT INTO incident_claims (incident_id, seq, report_id, claim_id, explanation)"
          + " VALUES ('inc-a', 0, 'r1', 'c1', 'first claim of the incident')");
      s.executeUpdate("INSERT INTO incident_figures (incident_id, measure, low, best, high) VALUES ('inc-a', 'killed', 14, 14, 14)");
      s.executeUpdate("INSERT INTO incident_days (day, admin1, admin1_key, singles, aggregates)"
          + " VALUES ('2019-11-04', 'Idlib', 'idlib', 1, 0)");
      s.executeUpdate("INSERT INTO incident_day_figures (day, admin1, admin1_key, measure, low, best, high, open_highs, incidents)"
          + " VALUES ('2019-11-04', 'Idlib', 'idlib', 'killed', 14, 14, 14, 0, 1)");
    }
    try (Store upgraded = Store.open(old)) {
      assertThat(only(upgraded.claims("r1")).confidence()).isEqualTo(Confidence.certain());
      assertThat(IncidentQueries.reviews(upgraded, List.of("inc-a"))).isEmpty();
      IncidentQueries.Summed summed = IncidentQueries.sum(upgraded, IncidentFilter.all().region("Idlib")
          .from(LocalDate.of(2019, 11, 4)).to(LocalDate.of(2019, 11, 4)), Optional.empty());
      assertThat(summed.total().sums().get(Measure.KILLED).best()).isEqualTo(14);
      assertThat(summed.reviewTotal()).isEqualTo(new Totals(0, 0, Map.of()));
      // A relink reads the upgraded claims as certain.
      upgraded.relink();
      assertThat(upgraded.incidents(IncidentFilter.all().needsReview(true))).isEmpty();
    }
  }
}
