package observatory.store;

/** The store-series contract on a real PostgreSQL server (see {@link PostgresServer}), one new database per test. */
class PostgresStoreSeriesTest extends StoreSeriesContract {
  @Override
  String freshDatabase() throws Exception {
    return PostgresServer.freshDatabase();
  }
}
