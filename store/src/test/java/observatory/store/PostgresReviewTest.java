package observatory.store;

/** The review contract on a real PostgreSQL server (see {@link PostgresServer}), one new database per test. */
class PostgresReviewTest extends ReviewContract {
  @Override
  String freshDatabase() throws Exception {
    return PostgresServer.freshDatabase();
  }
}
