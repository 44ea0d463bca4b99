package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, one temporary file per test. */
class SqliteStoreTest extends StoreContract {
  @TempDir
  Path dir;

  private int databases;

  @Override
  String freshDatabase() {
    return "jdbc:sqlite:" + dir.resolve("db" + ++databases + ".db");
  }

  @Test
  void embeddedCreatesTheFileAndItsFolder() {
    Path file = dir.resolve("nested/deeper/observatory.db");

    try (Store store = Store.embedded(file)) {
      assertThat(store.engine()).isEqualTo(Store.Engine.SQLITE);
    }

    assertThat(Files.isRegularFile(file)).isTrue();
  }

  @Test
  void anInMemoryDatabaseIsRefusedWithAHint() {
    assertThatThrownBy(() -> Store.open("jdbc:sqlite::memory:"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("name a file");
  }

  @Test
  void anUnknownEngineIsNamedInTheError() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/obs"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unsupported database URL 'jdbc:mysql://localhost/obs'")
        .hasMessageContaining("jdbc:sqlite:FILE");
  }

  @Test
  void passwordsAreNotShownInMessages() {
    assertThat(Store.redacted("jdbc:postgresql://db/obs?user=obs&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/obs?user=obs&password=***&ssl=true");
  }
}
