package observatory.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The district contract on SQLite, one new file per test. */
class SqliteDistrictSeriesTest extends DistrictSeriesContract {
  @TempDir
  Path dir;

  private int databases;

  @Override
  String freshDatabase() {
    return "jdbc:sqlite:" + dir.resolve("districts" + ++databases + ".db");
  }
}
