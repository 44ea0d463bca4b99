package observatory.store;

/** Reports of one incident by several outlets, linked on a real PostgreSQL server (see {@link PostgresServer}). */
class PostgresLinkingTest extends LinkingContract {
  @Override
  String freshDatabase() throws Exception {
    return PostgresServer.freshDatabase();
  }
}
