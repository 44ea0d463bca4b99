package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir
  Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
        new ByteArrayInputStream(new byte[0]));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void writesReportsAndTruthThatExtractReads() throws Exception {
    String[] gen = run("generate", "--reports", "12", "--seed", "3", "--out", dir.toString());
    assertThat(gen[0]).as(gen[2]).isEqualTo("0");
    assertThat(gen[1]).startsWith("12 reports about ");
    try (var files = Files.list(dir.resolve("reports"))) {
      assertThat(files.count()).isEqualTo(12);
    }
    assertThat(Files.readString(dir.resolve("truth.json"))).contains("\"incidents\"", "\"totals\"");
    String[] extract = run("extract", dir.resolve("reports/000001.json").toString());
    assertThat(extract[0]).as(extract[2]).isEqualTo("0");
    assertThat(extract[1]).contains("\"incidents\"");
  }

  @Test
  void theSameSeedWritesTheSameFiles() throws Exception {
    run("generate", "--reports", "5", "--seed", "9", "--out", dir.resolve("a").toString());
    run("generate", "--reports", "5", "--seed", "9", "--out", dir.resolve("b").toString());
    assertThat(Files.readString(dir.resolve("a/truth.json"))).isEqualTo(Files.readString(dir.resolve("b/truth.json")));
    assertThat(Files.readString(dir.resolve("a/reports/000005.json")))
        .isEqualTo(Files.readString(dir.resolve("b/reports/000005.json")));
  }
}
