package observatory.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreSeriesTest extends StoreSeriesContract {
  @TempDir
  Path dir;

  private int databases;

  @Override
  String freshDatabase() {
    return "jdbc:sqlite:" + dir.resolve("series" + ++databases + ".db");
  }
}
