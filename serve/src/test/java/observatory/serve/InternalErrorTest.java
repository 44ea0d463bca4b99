package observatory.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import observatory.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure inside the server reaches the client as a 500 in the error shape, never as a stack trace. */
class InternalErrorTest {
  @Test
  void aFailingStoreGivesA500WithoutAStackTrace(@TempDir Path dir) {
    Store store = Store.embedded(dir.resolve("o.db"));
    try (Server server = Server.start(store, Fixture.EXTRACTOR, ServeConfig.local(0))) {
      Fixture.Client client = new Fixture.Client(server);
      assertThat(client.get("/api/incidents").status()).isEqualTo(200);
      store.close();  // every store call now throws
      Fixture.Response r = client.get("/api/incidents");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json().path("error").path("code").asText()).isEqualTo("internal");
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("closed")
          .doesNotContain(dir.toString());
    }
  }
}
