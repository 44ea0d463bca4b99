package observatory.store;

/** The incident-queries contract on a real PostgreSQL server (see {@link PostgresServer}), one new database per test. */
class PostgresIncidentQueriesTest extends IncidentQueriesContract {
  @Override
  String freshDatabase() throws Exception {
    return PostgresServer.freshDatabase();
  }
}
