package observatory.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Reports of one incident by several outlets, linked on SQLite. */
class SqliteLinkingTest extends LinkingContract {
  @TempDir
  Path dir;

  @Override
  String freshDatabase() {
    return "jdbc:sqlite:" + dir.resolve("linking.db");
  }
}
