package observatory.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The server's queries on SQLite. */
class SqliteIncidentQueriesTest extends IncidentQueriesContract {
  @TempDir
  Path dir;
  private int databases;

  @Override
  String freshDatabase() {
    return "jdbc:sqlite:" + dir.resolve("observatory-" + ++databases + ".db");
  }
}
