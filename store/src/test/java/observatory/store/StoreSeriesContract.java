package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import observatory.trend.DailySeries;
import observatory.trend.SeriesSource;
import org.junit.jupiter.api.Test;

/** The store-backed daily series, on each engine. */
abstract class StoreSeriesContract {
  abstract String freshDatabase() throws Exception;

  private static void incident(java.sql.Connection c, String id, String scope, String from, String to, String admin1,
      String subType, Long killed, Long civilians) throws java.sql.SQLException {
    incident(c, id, scope, "reported", from, to, admin1, "SY", subType, killed, civilians);
  }

  private static void incident(java.sql.Connection c, String id, String scope, String status, String from, String to, String admin1,
      String country, String subType, Long killed, Long civilians) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO incidents (id, scope, status, date_from, date_to, place_name,"
        + " admin1, country, sub_event_type, sources) VALUES (?, ?, ?, ?, ?, 'Town', ?, ?, ?, 'SOHR')")) {
      s.setString(1, id);
      s.setString(2, scope);
      s.setString(3, status);
      s.setString(4, from);
      s.setString(5, to);
      s.setString(6, admin1);
      s.setString(7, country);
      s.setString(8, subType);
      s.executeUpdate();
    }
    for (String[] m : new String[][] {{"killed", killed == null ? null : killed.toString()},
        {"civilians", civilians == null ? null : civilians.toString()}}) {
      if (m[1] == null) {
        continue;
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO incident_figures (incident_id, measure, low, best, high) VALUES (?, ?, ?, ?, ?)")) {
        long v = Long.parseLong(m[1]);
        s.setString(1, id);
        s.setString(2, m[0]);
        s.setLong(3, v);
        s.setLong(4, v);
        s.setLong(5, v);
        s.executeUpdate();
      }
    }
  }

  private Store filled() throws Exception {
    Store store = Store.open(freshDatabase());
    store.inTransaction(c -> {
      incident(c, "inc-a", "single", "2020-03-01", "2020-03-01", "Idlib", "Air/drone strike", 5L, 3L);
      incident(c, "inc-b", "single", "2020-03-01", "2020-03-01", "Idlib", "Armed clash", 2L, null);
      incident(c, "inc-c", "single", "2020-03-04", "2020-03-04", "Idlib", "Shelling/artillery/missile attack", 7L, 7L);
      incident(c, "inc-d", "aggregate", "2020-03-02", "2020-03-02", "Idlib", null, 100L, 90L);   // a total: never summed
      incident(c, "inc-e", "single", "2020-03-02", "2020-03-03", "Idlib", null, 40L, null);       // a period: on its first day
      incident(c, "inc-f", "single", "2020-03-05", "2020-03-05", "Hama", null, 1L, null);
      incident(c, "inc-g", "single", "discounted", "2020-03-04", "2020-03-04", "Idlib", "SY", null, 50L, null);  // never counted
      incident(c, "inc-h", "single", "reported", "2020-03-03", "2020-03-03", null, "SY", null, 4L, null);  // Syria, no governorate
      // What every relink does after writing incidents: the summaries and the regions names are found among.
      Summaries.rebuild(c);
      return null;
    });
    return store;
  }

  @Test
  void sumsBestKilledPerDayWithZerosAndLeavesOutTotalsAndDiscounted() throws Exception {
    try (Store store = filled()) {
      DailySeries s = StoreSeries.of(store, "killed").daily("idlib");
      assertThat(s.region()).isEqualTo("Idlib");
      assertThat(s.start()).isEqualTo(LocalDate.of(2020, 3, 1));
      // The total (100) and the discounted incident (50) never count; the period (40) counts on its first day.
      assertThat(s.counts()).containsExactly(7, 40, 0, 7, 0);
    }
  }

  @Test
  void aCountryIsARegionByNameOrCode() throws Exception {
    try (Store store = filled()) {
      StoreSeries killed = StoreSeries.of(store, "killed");
      // Every Syrian incident, with or without a governorate: Idlib, Hama and the one known only as "Syria".
      assertThat(killed.daily("Syria").counts()).containsExactly(7, 40, 4, 7, 1);
      assertThat(killed.daily("SY").counts()).containsExactly(7, 40, 4, 7, 1);
      assertThat(killed.drivers("Syria", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 5), 2))
          .extracting(SeriesSource.Driver::incidentId).containsExactly("inc-e", "inc-c");
    }
  }

  @Test
  void theSeriesIsTheOneTheSeriesCommandReads() throws Exception {
    try (Store store = filled()) {
      long[] fromDaily = store.dailySeries("Idlib", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 5)).stream()
          .mapToLong(DailyCount::incidents).toArray();
      assertThat(StoreSeries.of(store, "incidents").daily("Idlib").counts()).containsExactly(fromDaily);
    }
  }

  @Test
  void countsCiviliansIncidentsAndStrikes() throws Exception {
    try (Store store = filled()) {
      assertThat(StoreSeries.of(store, "civilians").daily("Idlib").counts()).containsExactly(3, 0, 0, 7, 0);
      assertThat(StoreSeries.of(store, "incidents").daily("Idlib").counts()).containsExactly(2, 1, 0, 1, 0);
      assertThat(StoreSeries.of(store, "strikes").daily("Idlib").counts()).containsExactly(1, 0, 0, 1, 0);
      assertThat(StoreSeries.of(store, "killed").regions()).containsExactly("Hama", "Idlib");
    }
  }

  @Test
  void driversAreTheIncidentsOfTheWindowLargestFirst() throws Exception {
    try (Store store = filled()) {
      var drivers = StoreSeries.of(store, "killed").drivers("Idlib", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 4), 3);
      // The period incident (40, counted on its first day) leads; the discounted one (50) never drives.
      assertThat(drivers).extracting(SeriesSource.Driver::incidentId).containsExactly("inc-e", "inc-c", "inc-a");
    }
  }

  @Test
  void anUnknownRegionOrMetricIsAnErrorNamingIt() throws Exception {
    try (Store store = filled()) {
      assertThatThrownBy(() -> StoreSeries.of(store, "killed").daily("Aleppo")).hasMessageStartingWith("unknown region 'Aleppo'")
          .hasMessageContaining("nearest: Idlib, Hama");
      assertThatThrownBy(() -> StoreSeries.of(store, "dead")).hasMessageContaining("unknown metric 'dead'");
    }
  }
}
