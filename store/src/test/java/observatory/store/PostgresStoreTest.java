package observatory.store;

/** The store contract on a real PostgreSQL server (see {@link PostgresServer}), one new database per test. */
class PostgresStoreTest extends StoreContract {
  @Override
  String freshDatabase() throws Exception {
    return PostgresServer.freshDatabase();
  }
}
