package observatory.store;

/** The analyst contract on a real PostgreSQL server (see {@link PostgresServer}), one new database per test. */
class PostgresAnalystTest extends AnalystContract {
  @Override
  String freshDatabase() throws Exception {
    return PostgresServer.freshDatabase();
  }
}
