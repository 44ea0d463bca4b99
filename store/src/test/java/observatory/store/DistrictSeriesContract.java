package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import observatory.extract.Extractor;
import observatory.report.Report;
import observatory.trend.DailySeries;
import observatory.trend.Onset;
import observatory.trend.OnsetParameters;
import observatory.trend.SeriesSource;
import observatory.trend.Verdict;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Districts (admin2): an incident's district from its claims, district series, onsets and the
 * names a region is asked for, on each engine ({@link SqliteDistrictSeriesTest},
 * {@link PostgresDistrictSeriesTest}). The reports are written for these tests in the style of
 * monitors' and agencies' copy and go through the real extractor and gazetteer: Kafr Nabl, Khan
 * Shaykhun and Maarat al-Numan lie in the Ma‘arrat an Nu‘mān district (the first two by the
 * nearest district seat, the third is the seat), Saraqib in the Idlib district of the Idlib
 * governorate.
 */
abstract class DistrictSeriesContract {
  static final String MAARRAT = "Ma‘arrat an Nu‘mān";
  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  abstract String freshDatabase() throws Exception;

  private Store store;

  @BeforeEach
  void openFresh() throws Exception {
    store = Store.open(freshDatabase());
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private void ingest(String publisher, LocalDate published, String text) {
    store.ingest(EXTRACTOR.extract(Report.builder(text).publisher(publisher).published(published).build()));
  }

  /** Four days of reports from Idlib in November 2019 (the 4th was a Monday). */
  private void autumnReports() {
    ingest("SOHR", LocalDate.of(2019, 11, 5), "At least 12 civilians were killed on Monday in air strikes on the town of"
        + " Kafr Nabl in the southern Idlib countryside, the Syrian Observatory for Human Rights said.");
    ingest("AFP", LocalDate.of(2019, 11, 5), "Air strikes killed 14 people in Kafranbel in Idlib province on Monday,"
        + " the civil defence said.");
    ingest("SOHR", LocalDate.of(2019, 11, 6), "Russian air strikes killed 5 civilians in the town of Saraqib in Idlib"
        + " province on Tuesday, the Syrian Observatory for Human Rights said.");
    // Artillery, not air strikes, and a far lower toll: not the Kafr Nabl strike told by another source.
    ingest("Civil defence", LocalDate.of(2019, 11, 5), "Artillery fire killed 4 people in a village in the southern"
        + " Idlib countryside on Monday, the civil defence said.");
    ingest("Local activists", LocalDate.of(2019, 11, 7), "Government shelling killed 3 people in Maarat al-Numan on"
        + " Wednesday, local activists said.");
    store.relink();
  }

  /** Each incident's place, district and whether that district is approximate, by place. */
  private Map<String, String> districtsByPlace() {
    return store.inTransaction(c -> {
      Map<String, String> out = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(place_name, admin1), admin2, admin2_approximate, scope"
          + " FROM incidents");
           ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int approximate = r.getInt(3);
          String district = r.getString(2) == null ? "none" : r.getString(2) + (approximate == 1 ? " (approximate)" : "");
          out.merge(r.getString(1) + " " + r.getString(4), district, (a, b) -> a + " | " + b);
        }
      }
      return out;
    });
  }

  @Test
  void anIncidentKeepsTheDistrictItsClaimsAgreeOn() {
    autumnReports();

    assertThat(districtsByPlace()).containsExactlyInAnyOrderEntriesOf(Map.of(
        // Two reports, one incident: both claims put Kafr Nabl (written two ways) in the district of the nearest seat.
        "Kafranbel single", MAARRAT + " (approximate)",
        "Sarāqib single", "Idlib (approximate)",
        // The seat itself: its district is stated, not approximated.
        MAARRAT + " single", MAARRAT,
        // Known only to its governorate: no district.
        "Idlib single", "none"));
  }

  @Test
  void claimsThatDisagreeGiveNoDistrict() {
    autumnReports();
    String kafrNabl = incidentAt("Kafranbel");
    String saraqib = incidentAt("Sarāqib");

    // An analyst holds the Kafr Nabl and Saraqib strikes to be one event: its claims name two districts.
    store.merge(kafrNabl, saraqib, "one wave of strikes reported by town", "analyst");

    String merged = store.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT admin2 FROM incidents WHERE place_name = 'Kafranbel'");
           ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return Optional.ofNullable(r.getString(1)).orElse("none");
      }
    });
    assertThat(merged).isEqualTo("none");
    // It no longer counts in either district, and still counts (once) in the governorate.
    LocalDate monday = LocalDate.of(2019, 11, 4);
    assertThat(store.dailySeries("Maarrat al-Numan", monday, monday.plusDays(1))).extracting(DailyCount::incidents)
        .containsExactly(0L, 0L);
    // No incident is left in the Idlib district: its name is now unknown, and its series is zeros.
    assertThatThrownBy(() -> store.region("Idlib district")).hasMessageStartingWith("unknown region 'Idlib district'");
    assertThat(store.dailySeries(Region.district("Idlib", "Idlib"), monday, monday.plusDays(1)))
        .extracting(DailyCount::incidents).containsExactly(0L, 0L);
    // The merged strike and the shelling known only to the governorate, on the Monday.
    assertThat(store.dailySeries("Idlib", monday, monday.plusDays(1))).extracting(DailyCount::incidents)
        .containsExactly(2L, 0L);
  }

  @Test
  void theAnalystsCorrectionsAndSplitsKeepDistrictsHonest() {
    autumnReports();
    LocalDate monday = LocalDate.of(2019, 11, 4);
    String kafrNabl = incidentAt("Kafranbel");
    String saraqib = incidentAt("Sarāqib");
    store.merge(kafrNabl, saraqib, "one wave of strikes", "analyst");
    String merged = incidentAt("Kafranbel");

    // Split back, each part has its own claims' district again.
    String saraqibClaim = store.incident(merged).orElseThrow().members().stream()
        .filter(m -> store.claims(m.ref().reportId()).stream().anyMatch(c -> c.id().equals(m.ref().claimId())
            && c.places().stream().anyMatch(p -> p.name().orElse("").equals("Sarāqib"))))
        .map(m -> m.ref().reportId() + ":" + m.ref().claimId()).findFirst().orElseThrow();
    store.split(merged, List.of(saraqibClaim), "two towns, two strikes", "analyst");
    assertThat(districtsByPlace()).containsEntry("Kafranbel single", MAARRAT + " (approximate)")
        .containsEntry("Sarāqib single", "Idlib (approximate)");

    // A corrected place is the analyst's word, not the claims': the district no longer speaks for it.
    store.correct(incidentAt("Kafranbel"), "place", "Hass", "the strike hit Hass, next to Kafr Nabl", "analyst");
    assertThat(districtsByPlace()).containsEntry("Hass single", "none");
    assertThat(store.dailySeries("Maarrat al-Numan", monday, monday)).extracting(DailyCount::incidents).containsExactly(0L);
    // A governorate corrected away from the district's: no district either.
    store.correct(incidentAt("Sarāqib"), "admin1", "Hama", "misplaced by the wire", "analyst");
    assertThat(districtsByPlace()).containsEntry("Sarāqib single", "none");
  }

  @Test
  void oneClaimNamingTwoDistrictsGivesNoDistrict() {
    ingest("SOHR", LocalDate.of(2019, 11, 8), "Air strikes on the towns of Kafr Nabl and Saraqib killed 9 civilians on"
        + " Thursday, the Syrian Observatory for Human Rights said.");
    store.relink();

    assertThat(districtsByPlace().values()).containsOnly("none");
  }

  @Test
  void aDistrictSeriesSumsOnlyItsIncidents() {
    autumnReports();
    LocalDate monday = LocalDate.of(2019, 11, 4);

    List<DailyCount> maarrat = store.dailySeries("Maarrat al-Numan", monday, monday.plusDays(2));
    List<DailyCount> idlibDistrict = store.dailySeries("Idlib district", monday, monday.plusDays(2));
    List<DailyCount> governorate = store.dailySeries("Idlib", monday, monday.plusDays(2));

    assertThat(maarrat).extracting(DailyCount::incidents).containsExactly(1L, 0L, 1L);
    // "At least 12" and 14 from two sources of one incident: low 14 (the exact figure above the floor), so best 14,
    // counted once.
    assertThat(maarrat).extracting(DailyCount::killed).containsExactly(14L, 0L, 3L);
    assertThat(idlibDistrict).extracting(DailyCount::killed).containsExactly(0L, 5L, 0L);
    // The governorate holds both districts and the strike known only to the governorate.
    assertThat(governorate).extracting(DailyCount::killed).containsExactly(18L, 5L, 3L);
    // Without dates, the district's own first to last incident.
    assertThat(store.dailySeries("district:" + MAARRAT)).extracting(DailyCount::day)
        .containsExactly(monday, monday.plusDays(1), monday.plusDays(2));
  }

  @Test
  void aNameThatIsAGovernorateAndADistrictIsTheGovernorateUnlessTheDistrictIsAskedFor() {
    autumnReports();

    assertThat(store.region("Idlib")).isEqualTo(Region.governorate("Idlib"));
    assertThat(store.region("idlib governorate")).isEqualTo(Region.governorate("Idlib"));
    assertThat(store.region("Idlib district")).isEqualTo(Region.district("Idlib", "Idlib"));
    assertThat(store.region("DISTRICT:idlib")).isEqualTo(Region.district("Idlib", "Idlib"));
    assertThat(store.region("Idlib district, Idlib")).isEqualTo(Region.district("Idlib", "Idlib"));
    // The district as the gazetteer writes it, and as reports and people do.
    for (String name : List.of(MAARRAT, "Maarrat al-Numan", "Maarat al-Numan", "maarrat an nouman district", "Ma'arrat an-Nu'man")) {
      assertThat(store.region(name)).as(name).isEqualTo(Region.district(MAARRAT, "Idlib"));
    }
    assertThat(store.region("Syria")).isEqualTo(Region.country("SY"));
    assertThat(store.region("sy")).isEqualTo(Region.country("SY"));
  }

  @Test
  void anUnknownDistrictIsAnErrorNamingItAndTheNearestKnownNames() {
    autumnReports();

    assertThatThrownBy(() -> store.dailySeries("Jisr al-Shughur district"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("unknown region 'Jisr al-Shughur district': no district named 'Jisr al-Shughur'")
        .hasMessageContaining("nearest: ");
    // A near miss is suggested.
    assertThatThrownBy(() -> store.region("Maarat Misrin"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("unknown region 'Maarat Misrin': no country, governorate or district named 'Maarat Misrin'")
        .hasMessageContaining("nearest: ").hasMessageContaining(MAARRAT + " district");
    // A governorate is not a district's qualifier unless it holds it.
    assertThatThrownBy(() -> store.region("Idlib district, Hama")).isInstanceOf(StoreException.class)
        .hasMessageContaining("no district named 'Idlib'");
    assertThatThrownBy(() -> StoreSeries.of(store, "incidents").daily("Kafr Nabl district"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown region 'Kafr Nabl district'");
  }

  /**
   * Quiet weeks in both districts of Idlib, then three strikes a day in the Ma‘arrat an Nu‘mān
   * district only, from 22 March 2021: the district's onset, driven by its own incidents.
   */
  @Test
  void theOnsetOfADistrictFromTheStoreIsDrivenByItsOwnIncidents() {
    LocalDate start = LocalDate.of(2021, 1, 1);
    LocalDate escalation = start.plusDays(80);
    String[] maarratTowns = {"Kafr Nabl", "Khan Shaykhun", "Maarat al-Numan"};
    for (int day = 0; day < 100; day++) {
      LocalDate date = start.plusDays(day);
      int strikes = day < 80 ? (day % 4 == 0 ? 1 : 0) : 3;
      for (int k = 0; k < strikes; k++) {
        // Air strikes and shelling take turns: one town struck two days running by one weapon with a like toll
        // would rightly be read as one event told with two dates.
        ingest("Monitor " + k, date.plusDays(1), (day % 2 == 0 ? "An air strike" : "Artillery shelling") + " killed " + (2 + k)
            + " people in " + maarratTowns[(day + k) % 3]
            + " in the southern Idlib countryside on " + date.format(DAY_MONTH_YEAR) + ", the monitor said.");
      }
      if (day % 5 == 0) {
        ingest("Monitor S", date.plusDays(1), "Government shelling killed 2 people in Saraqib on " + date.format(DAY_MONTH_YEAR)
            + ", local activists said.");
      }
    }
    store.relink();

    StoreSeries source = StoreSeries.of(store, "incidents", Region.Level.DISTRICT);
    assertThat(source.regions()).containsExactly("Idlib district", MAARRAT + " district");
    DailySeries s = source.daily("Maarrat al-Numan");
    assertThat(s.region()).isEqualTo(MAARRAT + " district");
    Verdict v = Onset.assess(s, s.end(), OnsetParameters.defaults());
    assertThat(v).isInstanceOf(Verdict.Yes.class);
    Verdict.Yes yes = (Verdict.Yes) v;
    assertThat(yes.onset()).isBetween(escalation.minusDays(3), escalation.plusDays(3));
    List<SeriesSource.Driver> drivers = source.drivers(yes.region(), yes.onset(), yes.asOf(), 5);
    assertThat(drivers).hasSize(5);
    assertThat(drivers).extracting(SeriesSource.Driver::place).allMatch(p -> List.of("Kafranbel", "Khān Shaykhūn", MAARRAT).contains(p));
    // The Idlib district stays quiet; alerts at district level name only the escalating district.
    assertThat(Onset.assess(source.daily("Idlib district"), s.end(), OnsetParameters.defaults())).isNotInstanceOf(Verdict.Yes.class);
    assertThat(Onset.alerts(source, s.end(), OnsetParameters.defaults())).extracting(Verdict.Yes::region)
        .containsExactly(MAARRAT + " district");
  }

  @Test
  void aStoreUpgradedToDistrictsHasThemFilledBeforeAnyRelink() throws Exception {
    store.close();
    String url = freshDatabase();
    Flyway.configure().dataSource(url, null, null).locations(Store.MIGRATIONS).target("6").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO reports (id, publisher, language, text, ingested_at) VALUES"
          + " ('r1', 'SOHR', 'en', 'Strikes on Kafr Nabl, Khan Shaykhun and Saraqib.', '2019-11-04T10:00:00Z'),"
          + " ('r2', 'AFP', 'en', 'A strike on Kafranbel.', '2019-11-04T11:00:00Z')");
      s.executeUpdate("INSERT INTO claims (report_id, claim_id, scope, date, admin1, country) VALUES"
          + " ('r1', 'c1', 'single', '2019-11-04', 'Idlib', 'SY'), ('r2', 'c1', 'single', '2019-11-04', 'Idlib', 'SY'),"
          + " ('r1', 'c2', 'single', '2019-11-05', 'Idlib', 'SY'), ('r1', 'c3', 'single', '2019-11-06', 'Idlib', 'SY')");
      s.executeUpdate("INSERT INTO claim_places (report_id, claim_id, seq, as_written, span_start, span_end, outcome, name,"
          + " geonameid, admin1, admin2, place_precision) VALUES"
          + " ('r1', 'c1', 0, 'Kafr Nabl', 11, 20, 'resolved', 'Kafranbel', 169389, 'Idlib', '" + MAARRAT + "', 'place'),"
          + " ('r2', 'c1', 0, 'Kafranbel', 14, 23, 'resolved', 'Kafranbel', 169389, 'Idlib', '" + MAARRAT + "', 'place'),"
          + " ('r1', 'c2', 0, 'Khan Shaykhun', 22, 35, 'resolved', 'Khan Shaykhun', 168325, 'Idlib', '" + MAARRAT + "', 'place'),"
          + " ('r1', 'c2', 1, 'Saraqib', 40, 47, 'resolved', 'Saraqib', 164816, 'Idlib', 'Idlib', 'place'),"
          + " ('r1', 'c3', 0, 'Saraqib', 40, 47, 'resolved', 'Saraqib', 164816, 'Idlib', 'Idlib', 'place')");
      // The Kafr Nabl strike from two reports; a claim naming two districts; one whose place an analyst corrected.
      s.executeUpdate("INSERT INTO incidents (id, scope, status, date_from, date_to, place_name, geonameid, admin1, country,"
          + " sources) VALUES ('inc-a', 'single', 'corroborated', '2019-11-04', '2019-11-04', 'Kafranbel', 169389, 'Idlib', 'SY',"
          + " 'SOHR; AFP'), ('inc-b', 'single', 'reported', '2019-11-05', '2019-11-05', 'Khan Shaykhun', 168325, 'Idlib', 'SY',"
          + " 'SOHR'), ('inc-c', 'single', 'reported', '2019-11-06', '2019-11-06', 'Tal Dahabiya', NULL, 'Idlib', 'SY', 'SOHR')");
      s.executeUpdate("INSERT INTO incident_claims (incident_id, seq, report_id, claim_id, explanation) VALUES"
          + " ('inc-a', 0, 'r1', 'c1', 'first'), ('inc-a', 1, 'r2', 'c1', 'same place'), ('inc-b', 0, 'r1', 'c2', 'first'),"
          + " ('inc-c', 0, 'r1', 'c3', 'first')");
    }
    store = Store.open(url);
    Map<String, String> districts = store.inTransaction(c -> {
      Map<String, String> out = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id, admin2, admin2_approximate FROM incidents");
           ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2) == null ? "none" : r.getString(2) + " " + r.getInt(3));
        }
      }
      return out;
    });
    // Places stored before v7 say nothing of how their district was found: approximate.
    assertThat(districts).containsExactlyInAnyOrderEntriesOf(Map.of("inc-a", MAARRAT + " 1", "inc-b", "none", "inc-c", "none"));
    assertThat(store.dailySeries("Maarrat al-Numan")).extracting(DailyCount::incidents).containsExactly(1L);
  }

  private String incidentAt(String place) {
    return store.inTransaction(c -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM incidents WHERE place_name = ?")) {
        s.setString(1, place);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getString(1));
          }
        }
      }
      assertThat(ids).as("incidents at " + place).hasSize(1);
      return ids.get(0);
    });
  }

  // --- incidents, totals and tallies of a district (the filters every command and endpoint share) ---

  @Test
  void aDistrictFilterListsOnlyTheIncidentsOfThatDistrict() {
    autumnReports();

    IncidentFilter maarrat = IncidentFilter.all().region("Maarrat al-Numan");
    assertThat(store.incidents(maarrat)).extracting(i -> i.placeName().orElse("")).containsExactly("Kafranbel", MAARRAT);
    assertThat(IncidentQueries.page(store, maarrat, Optional.empty(), 0, 10).incidents())
        .extracting(i -> i.placeName().orElse("")).containsExactly("Kafranbel", MAARRAT);
    // From the Tuesday on: the page's day index and the list agree.
    IncidentFilter fromTuesday = maarrat.from(LocalDate.of(2019, 11, 5));
    assertThat(IncidentQueries.page(store, fromTuesday, Optional.empty(), 0, 10).incidents())
        .extracting(i -> i.placeName().orElse("")).containsExactly(MAARRAT);
    // The Idlib district, not the governorate of the same name.
    assertThat(store.incidents(IncidentFilter.all().region("Idlib district"))).extracting(i -> i.placeName().orElse(""))
        .containsExactly("Sarāqib");
    assertThat(store.incidents(IncidentFilter.all().region("idlib"))).hasSize(4);
    // Resolved once, the filter names what it found.
    assertThat(store.resolve(maarrat).region()).contains(Region.district(MAARRAT, "Idlib"));
  }

  @Test
  void aDistrictsTotalsAreTheSumOfItsSingleIncidentsThatAreNotDiscounted() {
    autumnReports();
    ingest("SOHR", LocalDate.of(2019, 11, 10), "Air strikes killed 6 people in Maarat al-Numan on Saturday,"
        + " the Syrian Observatory for Human Rights said.");
    store.relink();
    IncidentFilter maarrat = IncidentFilter.all().region("district:Maarrat al-Numan");
    String wednesday = store.incidents(maarrat.from(LocalDate.of(2019, 11, 6)).to(LocalDate.of(2019, 11, 6))).get(0).id();
    store.setStatus(wednesday, "discounted", "the same shelling as the day after, misdated", "analyst");

    List<observatory.link.Incident> counted = store.incidents(maarrat).stream()
        .filter(i -> !i.aggregate() && i.status() != observatory.link.Incident.Status.DISCOUNTED).toList();
    long bestByHand = counted.stream().mapToLong(i -> i.estimate(observatory.link.Measure.KILLED).orElseThrow().best()).sum();
    // Kafr Nabl 14 and the Saturday's 6; the discounted 3 of the Wednesday are left out.
    assertThat(bestByHand).isEqualTo(20);
    observatory.link.Totals byQuery = IncidentQueries.totals(store, maarrat, Optional.empty());
    assertThat(byQuery.incidents()).isEqualTo(counted.size());
    assertThat(byQuery.sums().get(observatory.link.Measure.KILLED).best()).isEqualTo(bestByHand);
    assertThat(store.totals(maarrat).sums().get(observatory.link.Measure.KILLED).best()).isEqualTo(bestByHand);
    // Grouped by governorate, a district is one row: its governorate's, with the district's sums only.
    assertThat(IncidentQueries.totalsByRegion(store, maarrat, Optional.empty())).containsOnlyKeys(Optional.of("Idlib"));
    // Over a period, from the incident tables, as the governorate's from its summaries.
    observatory.link.Totals monday = IncidentQueries.totals(store, maarrat.from(LocalDate.of(2019, 11, 4))
        .to(LocalDate.of(2019, 11, 4)), Optional.empty());
    assertThat(monday.sums().get(observatory.link.Measure.KILLED).best()).isEqualTo(14);

    // The governorate (from its summaries) is its districts plus what is known only to the governorate, once each.
    long governorate = IncidentQueries.totals(store, IncidentFilter.all().region("Idlib"), Optional.empty())
        .sums().get(observatory.link.Measure.KILLED).best();
    long idlibDistrict = IncidentQueries.totals(store, IncidentFilter.all().region("Idlib district"), Optional.empty())
        .sums().get(observatory.link.Measure.KILLED).best();
    long noDistrict = store.incidents(IncidentFilter.all().region("Idlib")).stream()
        .filter(i -> i.status() != observatory.link.Incident.Status.DISCOUNTED && !i.aggregate())
        .filter(i -> !IncidentQueries.districts(store, List.of(i.id())).containsKey(i.id()))
        .mapToLong(i -> i.estimate(observatory.link.Measure.KILLED).map(e -> e.best()).orElse(0L)).sum();
    assertThat(governorate).isEqualTo(bestByHand + idlibDistrict + noDistrict).isEqualTo(20 + 5 + 4);
  }

  @Test
  void anIncidentShowsItsDistrictAndWhetherItIsTheNearestSeats() {
    autumnReports();

    List<String> ids = store.incidents(IncidentFilter.all()).stream().map(observatory.link.Incident::id).toList();
    Map<String, IncidentQueries.District> districts = IncidentQueries.districts(store, ids);
    assertThat(districts.get(incidentAt("Kafranbel"))).isEqualTo(new IncidentQueries.District(MAARRAT, "Idlib", true));
    assertThat(districts.get(incidentAt("Kafranbel")).label()).isEqualTo(MAARRAT + " (nearest district seat)");
    assertThat(districts.get(incidentAt(MAARRAT))).isEqualTo(new IncidentQueries.District(MAARRAT, "Idlib", false));
    assertThat(districts.get(incidentAt("Sarāqib"))).isEqualTo(new IncidentQueries.District("Idlib", "Idlib", true));
    // The shelling known only to its governorate has none.
    assertThat(ids).hasSize(4);
    assertThat(districts).hasSize(3);
  }

  @Test
  void aRegionNameIsReadAsSeriesReadItAndAnUnknownOneNamesTheNearest() {
    autumnReports();

    // A governorate the gazetteer knows but no incident lies in: nothing, not an error.
    assertThat(store.incidents(IncidentFilter.all().region("Hama"))).isEmpty();
    assertThat(store.resolve(IncidentFilter.all().region("SY.12")).region()).isPresent();
    // A country: its incidents.
    assertThat(store.incidents(IncidentFilter.all().region("Syria"))).hasSize(4);
    assertThat(IncidentQueries.page(store, IncidentFilter.all().region("SY"), Optional.empty(), 0, 10).incidents()).hasSize(4);
    assertThat(IncidentQueries.totals(store, IncidentFilter.all().region("Syria"), Optional.empty()))
        .isEqualTo(store.totals(IncidentFilter.all().region("SY")));
    assertThatThrownBy(() -> store.incidents(IncidentFilter.all().region("Maarat Nuumaan district, Hama")))
        .isInstanceOf(StoreException.class).hasMessageContaining("unknown region 'Maarat Nuumaan district, Hama'");
    assertThatThrownBy(() -> IncidentQueries.totals(store, IncidentFilter.all().region("Kafr Nubl district"), Optional.empty()))
        .isInstanceOf(StoreException.class).hasMessageContaining("nearest: ").hasMessageContaining(MAARRAT + " district");
  }

  @Test
  void aDistrictSelectsTheTalliesOfItsGovernorate() {
    autumnReports();
    ingest("SNHR", LocalDate.of(2019, 11, 30), "The Syrian Network for Human Rights documented the killing of 150"
        + " civilians in Idlib governorate since 1 November 2019.");
    ingest("SNHR", LocalDate.of(2019, 11, 30), "The Syrian Network for Human Rights documented the killing of 40"
        + " civilians in Hama governorate since 1 November 2019.");
    store.relink();

    List<TallyAccount> all = store.tallies(IncidentFilter.all());
    assertThat(all).extracting(TallyAccount::regions).containsExactlyInAnyOrder(List.of("Idlib"), List.of("Hama"));
    // A tally names governorates, never districts: a district selects its governorate's tallies, accounted over the governorate.
    List<TallyAccount> maarrat = store.tallies(IncidentFilter.all().region("Maarrat al-Numan"));
    assertThat(maarrat).extracting(TallyAccount::regions).containsExactly(List.of("Idlib"));
    assertThat(maarrat).isEqualTo(store.tallies(IncidentFilter.all().region("Idlib")));
  }
}
