package observatory.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The review contract on SQLite, one temporary file per test. */
class SqliteReviewTest extends ReviewContract {
  @TempDir
  Path dir;

  private int databases;

  @Override
  String freshDatabase() {
    return "jdbc:sqlite:" + dir.resolve("db" + ++databases + ".db");
  }
}
