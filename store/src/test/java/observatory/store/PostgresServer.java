package observatory.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (binaries from Maven Central) for all the PostgreSQL tests of a test
 * run, started on first use and stopped when the JVM exits; each test gets a database of its own.
 */
final class PostgresServer {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private PostgresServer() {
  }

  private static final class Holder {
    static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            // the JVM is exiting; the server's folder is removed with it
          }
        }, "embedded-postgres-stop"));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
    }
  }

  /** The JDBC URL of a new, empty database on the shared server. */
  static String freshDatabase() throws SQLException {
    String name = "observatory_" + DATABASES.incrementAndGet();
    try (Connection c = Holder.SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return Holder.SERVER.getJdbcUrl("postgres", name);
  }
}
