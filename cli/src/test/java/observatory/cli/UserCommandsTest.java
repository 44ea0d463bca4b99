package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import observatory.serve.Accounts;
import observatory.serve.Role;
import observatory.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user add} and {@code token create} on a temporary SQLite store. */
class UserCommandsTest {
  @TempDir
  Path dir;


  private Run run(String stdin, String... args) {
    return Run.of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  private String db() {
    return "jdbc:sqlite:" + dir.resolve("observatory.db");
  }

  @Test
  void addsAUserWithThePasswordFromStandardInputAndCreatesAToken() {
    Run add = run("a long passphrase\n", "user", "add", "amira", "--role", "analyst", "--db", db());
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(add.out()).contains("user amira added (analyst)");
    Run token = run("", "token", "create", "amira", "--db", db());
    assertThat(token.code()).as(token.err()).isZero();
    String printed = token.out().strip();
    assertThat(printed).startsWith("obs_");
    try (Store store = Store.open(db())) {
      Accounts accounts = new Accounts(store);
      assertThat(accounts.signIn("amira", "a long passphrase")).contains(new Accounts.User("amira", Role.ANALYST));
      assertThat(accounts.byToken(printed)).contains(new Accounts.User("amira", Role.ANALYST));
    }
  }

  @Test
  void badAccountsAreOneLineErrors() {
    Run role = run("a long passphrase\n", "user", "add", "amira", "--role", "editor", "--db", db());
    assertThat(role.code()).isEqualTo(2);
    assertThat(role.err().strip()).isEqualTo("observatory: unknown role 'editor'; use viewer, analyst or admin");
    Run empty = run("", "user", "add", "amira", "--role", "admin", "--db", db());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("no password on standard input").doesNotContain("\tat ");
    Run nobody = run("", "token", "create", "nobody", "--db", db());
    assertThat(nobody.err().strip()).startsWith("observatory: no user 'nobody'");
  }
}
