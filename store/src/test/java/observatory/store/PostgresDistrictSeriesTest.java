package observatory.store;

/** The district contract on a real PostgreSQL server (see {@link PostgresServer}), one new database per test. */
class PostgresDistrictSeriesTest extends DistrictSeriesContract {
  @Override
  String freshDatabase() throws Exception {
    return PostgresServer.freshDatabase();
  }
}
