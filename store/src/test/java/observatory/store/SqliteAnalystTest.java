package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import observatory.link.Incident;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst contract on SQLite, one temporary file per test. */
class SqliteAnalystTest extends AnalystContract {
  @TempDir
  Path dir;

  private int databases;

  @Override
  String freshDatabase() {
    return "jdbc:sqlite:" + dir.resolve("db" + ++databases + ".db");
  }

  @Test
  void aStoreMadeBeforeSchemaV3IsRelinkedWhenOpened() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("v2.db");
    Flyway.configure().dataSource(url, null, null).locations(Store.MIGRATIONS).target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO reports (id, publisher, language, text, ingested_at)"
          + " VALUES ('r1', 'SOHR', 'en', '14 killed in Kafr Nabl.', '2019-11-04T10:00:00Z')");
      s.executeUpdate("INSERT INTO claims (report_id, claim_id, scope, date, killed, killed_qualifier, killed_low,"
          + " killed_high, children_killed, admin1, country) VALUES ('r1', 'c1', 'single', '2019-11-04', 14, 'exact', 14, 14, 5,"
          + " 'Idlib', 'SY')");
    }

    try (Store store = Store.open(url)) {
      Incident i = AnalystContract.only(store.incidents(IncidentFilter.all()));
      assertThat(i.status()).isEqualTo(Incident.Status.REPORTED);
      // A category figure stored before v3 has no qualifier: still read as a floor.
      assertThat(i.estimate(observatory.link.Measure.CHILDREN).orElseThrow().high()).isEmpty();
      assertThat(store.dailySeries("SY")).singleElement().extracting(DailyCount::killed).isEqualTo(14L);
    }
  }
}
