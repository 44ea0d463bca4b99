package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import observatory.claim.When;
import observatory.extract.Extractor;
import observatory.generate.Corpus;
import observatory.generate.GeneratedReport;
import observatory.generate.Generator;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The server's queries ({@link IncidentQueries}, {@link LinkPreview}) select, page and sum exactly
 * what the store's own reads do, on each engine.
 */
abstract class IncidentQueriesContract {
  abstract String freshDatabase() throws Exception;

  private static final Extractor EXTRACTOR = Extractor.standard();

  private Store filled(Corpus corpus, List<GeneratedReport> reports) throws Exception {
    Store store = Store.open(freshDatabase());
    for (GeneratedReport r : reports) {
      store.ingest(EXTRACTOR.extract(r.toReport()));
    }
    store.ingest(EXTRACTOR.extract(Report.builder("At least 288 civilians, including 93 children, were killed in"
        + " Idlib province between 2 March and 20 March 2019, the Syrian Network for Human Rights said in a"
        + " monthly report.").publisher("SNHR").published(LocalDate.of(2019, 3, 21)).build()));
    store.relink();
    return store;
  }

  @Test
  void pagesAndSumsAreTheStoresOwn() throws Exception {
    Corpus corpus = Generator.generate(40, 3);
    try (Store store = filled(corpus, corpus.reports())) {
      List<Incident> all = store.incidents(IncidentFilter.all());
      assertThat(all).anyMatch(i -> i.when() instanceof When.Between b && b.from().isPresent() && b.to().isPresent());
      List<IncidentFilter> filters = new ArrayList<>(List.of(IncidentFilter.all(),
          IncidentFilter.all().from(LocalDate.of(2019, 3, 10)),
          IncidentFilter.all().region("IDLIB").from(LocalDate.of(2019, 3, 10)).to(LocalDate.of(2019, 12, 31)),
          IncidentFilter.all().to(LocalDate.of(2019, 6, 30)).actor("gov"),
          IncidentFilter.all().type("air/drone strike")));
      for (IncidentFilter filter : filters) {
        List<Incident> expected = store.incidents(filter);
        List<Incident> paged = new ArrayList<>();
        int offset = 0;
        while (true) {
          IncidentQueries.Page page = IncidentQueries.page(store, filter, Optional.empty(), offset, 5);
          paged.addAll(page.incidents());
          if (!page.more()) {
            break;
          }
          offset += 5;
        }
        assertThat(paged).as(filter.toString()).containsExactlyElementsOf(expected);
        Totals sums = Totals.of(expected);
        Totals sql = IncidentQueries.totals(store, filter, Optional.empty());
        assertThat(sql.incidents()).isEqualTo(sums.incidents());
        assertThat(sql.aggregatesLeftOut()).isEqualTo(sums.aggregatesLeftOut());
        assertThat(sql.sums()).as(filter.toString()).isEqualTo(sums.sums());
      }
      List<Incident> corroborated = IncidentQueries.page(store, IncidentFilter.all(), Optional.of("corroborated"), 0, 1000)
          .incidents();
      assertThat(corroborated).isNotEmpty().allMatch(i -> i.status() == Incident.Status.CORROBORATED);
      long byRegion = IncidentQueries.totalsByRegion(store, IncidentFilter.all(), Optional.empty()).values().stream()
          .mapToLong(t -> t.sums().containsKey(Measure.KILLED) ? t.sums().get(Measure.KILLED).best() : 0).sum();
      assertThat(byRegion).isEqualTo(store.totals(IncidentFilter.all()).sums().get(Measure.KILLED).best());
    }
  }

  @Test
  void regionalTotalsFromTheDailySummaryEqualTheTotalsOfTheIncidentsThemselves() throws Exception {
    Corpus corpus = Generator.generate(60, 5);
    try (Store store = filled(corpus, corpus.reports())) {
      // A discounted incident leaves the totals: the summary is rebuilt by the analyst's relink.
      Incident discounted = store.incidents(IncidentFilter.all()).stream()
          .filter(i -> !i.aggregate() && i.when() instanceof When.Day && i.estimate(Measure.KILLED).isPresent())
          .findFirst().orElseThrow();
      store.setStatus(discounted.id(), "discounted", "a duplicate of an older report", "test");
      LocalDate day = ((When.Day) discounted.when()).date();
      List<IncidentFilter> filters = List.of(IncidentFilter.all(),
          IncidentFilter.all().from(LocalDate.of(2019, 3, 10)),
          IncidentFilter.all().to(LocalDate.of(2019, 3, 15)),
          IncidentFilter.all().region("IDLIB").from(LocalDate.of(2019, 3, 10)).to(LocalDate.of(2019, 12, 31)),
          IncidentFilter.all().region(discounted.admin1().orElse(null)).from(day).to(day),
          IncidentFilter.all().from(LocalDate.of(2019, 3, 12)).to(LocalDate.of(2019, 3, 12)),
          // whole months, and months with days at both edges (the summary reads months and edge days)
          IncidentFilter.all().from(LocalDate.of(2019, 2, 1)).to(LocalDate.of(2019, 4, 30)),
          IncidentFilter.all().from(LocalDate.of(2019, 1, 15)).to(LocalDate.of(2019, 6, 10)),
          IncidentFilter.all().region("idlib").from(LocalDate.of(2019, 1, 15)).to(LocalDate.of(2019, 2, 10)));
      for (IncidentFilter filter : filters) {
        Totals stores = store.totals(filter);
        var summary = IncidentQueries.totalsByRegion(store, filter, Optional.empty());
        var detail = store.inTransaction(c -> IncidentQueries.totalsByRegion(c, filter, Optional.empty()));
        assertThat(summary).as(filter.toString()).isEqualTo(detail);
        Totals total = IncidentQueries.totals(store, filter, Optional.empty());
        assertThat(total.incidents()).as(filter.toString()).isEqualTo(stores.incidents());
        assertThat(total.aggregatesLeftOut()).as(filter.toString()).isEqualTo(stores.aggregatesLeftOut());
        assertThat(total.sums()).as(filter.toString()).isEqualTo(stores.sums());
      }
      Totals onTheDay = IncidentQueries.totals(store, IncidentFilter.all().region(discounted.admin1().orElse(null))
          .from(day).to(day), Optional.empty());
      long others = store.incidents(IncidentFilter.all().region(discounted.admin1().orElse(null)).from(day).to(day))
          .stream().filter(i -> !i.aggregate() && i.status() != Incident.Status.DISCOUNTED).count();
      assertThat(onTheDay.incidents()).isEqualTo(others);
    }
  }

  /**
   * Random stores written straight into the incident tables (one-day incidents, periods, open periods
   * and undated ones; aggregates; every status; highs stated or open; governorates written in two
   * cases; incidents with no district or no governorate): the totals of every governorate and every
   * district over random periods read from the summaries equal those summed from the incident tables
   * and the store's own sum of the incidents it lists.
   */
  @Test
  void totalsFromTheSummariesEqualTheIncidentTablesForEveryGovernorateAndDistrictOfRandomStores() throws Exception {
    String[][] places = {{"Idlib", "Kafr Nabl"}, {"Idlib", "Saraqib"}, {"IDLIB", "Kafr Nabl"}, {"Idlib", null},
        {"Hama", "Kafr Nabl"}, {"Hama", "Suqaylabiyah"}, {"Hama", null}, {null, null}};
    String[] statuses = {"reported", "corroborated", "verified", "contested", "discounted"};
    String[] measures = {"killed", "civilians", "children", "wounded"};
    LocalDate first = LocalDate.of(2019, 1, 1);
    for (long round = 1; round <= 3; round++) {
      long seed = round;
      java.util.Random random = new java.util.Random(seed);
      List<Written> written = new ArrayList<>();
      try (Store store = Store.open(freshDatabase())) {
        store.inTransaction(c -> {
          for (int n = 0; n < 400; n++) {
            String[] place = places[random.nextInt(places.length)];
            LocalDate from = first.plusDays(random.nextInt(180));
            int shape = random.nextInt(20);
            // Mostly one day; else a period (often across a month's end), one open at either end, or undated.
            String dateFrom = shape == 19 ? null : shape == 18 ? null : from.toString();
            String dateTo = shape == 19 ? null : shape == 17 ? null : shape == 18 ? from.toString()
                : shape >= 14 ? from.plusDays(1 + random.nextInt(40)).toString() : from.toString();
            Written w = new Written(place[0], place[1], dateFrom, dateTo, random.nextInt(7) == 0 ? "aggregate" : "single",
                statuses[random.nextInt(statuses.length)], new java.util.EnumMap<>(Measure.class));
            written.add(w);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO incidents (id, scope, status, date_from, date_to,"
                + " admin1, admin2, country, sources) VALUES (?, ?, ?, ?, ?, ?, ?, 'SY', 'SOHR')")) {
              s.setString(1, "inc-" + seed + "-" + n);
              s.setString(2, w.scope());
              s.setString(3, w.status());
              s.setString(4, dateFrom);
              s.setString(5, dateTo);
              s.setString(6, place[0]);
              s.setString(7, place[1]);
              s.executeUpdate();
            }
            for (String measure : measures) {
              if (random.nextInt(3) == 0) {
                continue;
              }
              long low = random.nextInt(20);
              long best = low + random.nextInt(5);
              try (PreparedStatement s = c.prepareStatement("INSERT INTO incident_figures (incident_id, measure, low, best,"
                  + " high) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, "inc-" + seed + "-" + n);
                s.setString(2, measure);
                s.setLong(3, low);
                s.setLong(4, best);
                long high = random.nextInt(4) == 0 ? -1 : best + random.nextInt(5);
                if (high < 0) {
                  s.setNull(5, java.sql.Types.BIGINT);
                } else {
                  s.setLong(5, high);
                }
                w.figures().put(Measure.fromLabel(measure), new long[] {low, best, high});
                s.executeUpdate();
              }
            }
          }
          Summaries.rebuild(c);  // what every relink does after writing incidents
          return null;
        });
        List<Region> regions = List.of(Region.governorate("idlib"), Region.governorate("Hama"),
            Region.district("Kafr Nabl", "Idlib"), Region.district("Kafr Nabl", "hama"), Region.district("Saraqib", "Idlib"),
            Region.district("Suqaylabiyah", "Hama"), Region.district("Saraqib", "Hama"));
        int checked = 0;
        for (int k = 0; k < 60; k++) {
          Region region = regions.get(k % regions.size());
          IncidentFilter filter = IncidentFilter.all().region(region);
          LocalDate a = randomBound(random, first);
          LocalDate b = randomBound(random, first);
          if (random.nextInt(4) > 0) {
            filter = filter.from(a.isBefore(b) ? a : b);
          }
          if (random.nextInt(4) > 0) {
            filter = filter.to(a.isBefore(b) ? b : a);
          }
          IncidentFilter f = filter;
          var summarised = IncidentQueries.totalsByRegion(store, f, Optional.empty());
          var detail = store.inTransaction(c -> IncidentQueries.totalsByRegion(c, f, Optional.empty()));
          assertThat(summarised).as("seed " + seed + ", " + f).isEqualTo(detail);
          // By hand, from the rows written: the incidents that end on or after the first day and start on or before the last.
          Totals stores = byHand(written, region, f.from(), f.to());
          Totals total = IncidentQueries.totals(store, f, Optional.empty());
          assertThat(total.incidents()).as("seed " + seed + ", " + f).isEqualTo(stores.incidents());
          assertThat(total.aggregatesLeftOut()).as("seed " + seed + ", " + f).isEqualTo(stores.aggregatesLeftOut());
          assertThat(total.sums()).as("seed " + seed + ", " + f).isEqualTo(stores.sums());
          checked += total.incidents();
        }
        assertThat(checked).as("incidents summed over the filters of seed " + seed).isGreaterThan(500);
      }
    }
  }

  @Test
  void aStoreUpgradedToDistrictSummariesHasThemFilledBeforeAnyRelink() throws Exception {
    String url = freshDatabase();
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations(Store.MIGRATIONS).target("8").load().migrate();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
      // Two one-day incidents of one district (one with an open high), a discounted one, a total, a period, and one
      // of the governorate without a district.
      s.executeUpdate("INSERT INTO incidents (id, scope, status, date_from, date_to, admin1, admin2, country, sources) VALUES"
          + " ('a', 'single', 'reported', '2019-11-04', '2019-11-04', 'Idlib', 'Kafr Nabl', 'SY', 'SOHR'),"
          + " ('b', 'single', 'corroborated', '2019-11-20', '2019-11-20', 'Idlib', 'Kafr Nabl', 'SY', 'SOHR'),"
          + " ('c', 'single', 'discounted', '2019-11-05', '2019-11-05', 'Idlib', 'Kafr Nabl', 'SY', 'SOHR'),"
          + " ('d', 'aggregate', 'reported', '2019-11-06', '2019-11-06', 'Idlib', 'Kafr Nabl', 'SY', 'SNHR'),"
          + " ('e', 'single', 'reported', '2019-10-30', '2019-11-02', 'Idlib', 'Kafr Nabl', 'SY', 'SOHR'),"
          + " ('f', 'single', 'reported', '2019-11-04', '2019-11-04', 'Idlib', NULL, 'SY', 'SOHR')");
      s.executeUpdate("INSERT INTO incident_figures (incident_id, measure, low, best, high) VALUES"
          + " ('a', 'killed', 12, 14, 14), ('b', 'killed', 3, 3, NULL), ('c', 'killed', 50, 50, 50),"
          + " ('d', 'killed', 150, 150, 150), ('e', 'killed', 7, 7, 9), ('f', 'killed', 4, 4, 4)");
    }
    try (Store store = Store.open(url)) {
      IncidentFilter november = IncidentFilter.all().region(Region.district("Kafr Nabl", "Idlib"))
          .from(LocalDate.of(2019, 11, 1)).to(LocalDate.of(2019, 11, 30));
      Totals totals = IncidentQueries.totals(store, november, Optional.empty());
      // 14 + 3 from the day rows, 7 from the period that reaches November; the discounted 50 and the total 150 never.
      assertThat(totals).isEqualTo(new Totals(3, 1, Map.of(Measure.KILLED,
          new Totals.Sum(22, 24, java.util.OptionalLong.empty(), 3))));
      // The month row alone (the whole of November) says the same as the day rows.
      long month = store.inTransaction(c -> {
        try (PreparedStatement s = c.prepareStatement("SELECT SUM(best) FROM incident_district_month_figures"
            + " WHERE admin2 = 'Kafr Nabl' AND month = '2019-11'"); java.sql.ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      });
      assertThat(month).isEqualTo(17);
    }
  }

  /** An incident as written into the tables: its figures are low, best and high (-1: open). */
  private record Written(String admin1, String admin2, String from, String to, String scope, String status,
      Map<Measure, long[]> figures) {
  }

  private static Totals byHand(List<Written> written, Region region, Optional<LocalDate> from, Optional<LocalDate> to) {
    int singles = 0;
    int aggregates = 0;
    Map<Measure, long[]> acc = new java.util.EnumMap<>(Measure.class);  // low, best, high, open, incidents
    for (Written w : written) {
      boolean inRegion = w.admin1() != null && switch (region.level()) {
        case GOVERNORATE -> w.admin1().equalsIgnoreCase(region.name());
        case DISTRICT -> region.name().equals(w.admin2()) && w.admin1().equalsIgnoreCase(region.governorate().get());
        case COUNTRY -> true;
      };
      String last = w.to() != null ? w.to() : w.from();
      String start = w.from() != null ? w.from() : w.to();
      boolean inPeriod = (from.isEmpty() || last != null && last.compareTo(from.get().toString()) >= 0)
          && (to.isEmpty() || start != null && start.compareTo(to.get().toString()) <= 0);
      if (!inRegion || !inPeriod || w.status().equals("discounted")) {
        continue;
      }
      if (w.scope().equals("aggregate")) {
        aggregates++;  // counted apart, never summed
        continue;
      }
      singles++;
      w.figures().forEach((m, f) -> {
        long[] a = acc.computeIfAbsent(m, k -> new long[5]);
        a[0] += f[0];
        a[1] += f[1];
        if (f[2] < 0) {
          a[3] = 1;
        } else {
          a[2] += f[2];
        }
        a[4]++;
      });
    }
    Map<Measure, Totals.Sum> sums = new java.util.EnumMap<>(Measure.class);
    acc.forEach((m, a) -> sums.put(m, new Totals.Sum(a[0], a[1],
        a[3] == 1 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(a[2]), (int) a[4])));
    return new Totals(singles, aggregates, sums);
  }

  /** A day of the first half of 2019 and a little beyond: often a month's first or last day, where the summaries switch tables. */
  private static LocalDate randomBound(java.util.Random random, LocalDate first) {
    LocalDate day = first.plusDays(random.nextInt(200));
    return switch (random.nextInt(3)) {
      case 0 -> day.withDayOfMonth(1);
      case 1 -> day.withDayOfMonth(day.lengthOfMonth());
      default -> day;
    };
  }

  @Test
  void aPreviewFindsTheIncidentAHeldOutReportJoins() throws Exception {
    Corpus corpus = Generator.generate(80, 7);
    List<GeneratedReport> stored = new ArrayList<>(corpus.reports().subList(0, 25));
    stored.addAll(corpus.reports().subList(35, 80));
    try (Store store = filled(corpus, stored)) {
      var before = store.counts();
      int joins = 0;
      for (GeneratedReport held : corpus.reports().subList(25, 35)) {
        for (LinkPreview.Join join : LinkPreview.of(store, EXTRACTOR.extract(held.toReport()))) {
          for (String id : join.incidents()) {
            assertThat(store.incident(id)).isPresent();
            joins++;
          }
        }
      }
      assertThat(joins).isPositive();
      assertThat(store.counts()).isEqualTo(before);
    }
  }
}
