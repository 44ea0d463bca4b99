package observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process with captured output. */
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;


  private static Run run(InputStream stdin, String... args) {
    return Run.of(stdin, args);
  }

  private static Run run(String... args) {
    return Run.of(args);
  }

  private Path good() throws IOException {
    return write("good.txt", "Air strikes killed at least 12 people in Kafranbel on Sunday, a monitor said.");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private void assertOneLineErrorAndOthersProcessed(Path bad, String fault, String... extra) throws IOException {
    Path good = good();
    String[] args = new String[extra.length + 3];
    args[0] = "extract";
    System.arraycopy(extra, 0, args, 1, extra.length);
    args[extra.length + 1] = bad.toString();
    args[extra.length + 2] = good.toString();
    Run r = run(args);
    assertThat(r.code()).isNotZero();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("observatory: " + bad + ": ").contains(fault).doesNotContain("Exception", "\tat ");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(JSON.readTree(lines.get(0)).get("file").asText()).isEqualTo(good.toString());
  }

  @Test
  void emptyFileIsNamedAndTheOthersStillProcessed() throws IOException {
    assertOneLineErrorAndOthersProcessed(write("empty.txt", ""), "empty");
  }

  @Test
  void binaryFileIsRefused() throws IOException {
    assertOneLineErrorAndOthersProcessed(write("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F'}),
        "binary");
  }

  @Test
  void invalidUtf8GivesTheByteOffset() throws IOException {
    byte[] latin1 = "Killed in Ma'arrat: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertOneLineErrorAndOthersProcessed(write("latin1.txt", latin1), "invalid UTF-8 at byte offset 23");
  }

  @Test
  void fileOverTheSizeLimitIsRefused() throws IOException {
    assertOneLineErrorAndOthersProcessed(write("big.txt", "x".repeat(5000)), "too large", "--max-size", "1KB");
  }

  @Test
  void htmlWithOnlyScriptsIsRefused() throws IOException {
    assertOneLineErrorAndOthersProcessed(
        write("scripts.html", "<html><head><script>var a = 1;</script></head><body><script>x()</script>"
            + "<nav>Home | World</nav></body></html>"),
        "no text");
  }

  @Test
  void malformedJsonIsRefused() throws IOException {
    assertOneLineErrorAndOthersProcessed(write("broken.json", "{\"text\": \"Air strikes\", "), "malformed JSON");
  }

  @Test
  void jsonWithoutTextIsRefused() throws IOException {
    assertOneLineErrorAndOthersProcessed(write("notext.json", "{\"title\": \"x\"}"), "no \"text\" field");
  }

  @Test
  void invalidPublishedDateIsRefused() throws IOException {
    assertOneLineErrorAndOthersProcessed(write("baddate.json", "{\"text\": \"x\", \"published\": \"2019-02-30\"}"),
        "'2019-02-30' is not a valid date");
  }

  @Test
  void missingFileIsNamed() throws IOException {
    assertOneLineErrorAndOthersProcessed(dir.resolve("nope.txt"), "no such file");
  }

  @Test
  void oneFilePrintsOneObjectWithTheSchemaFields() throws IOException {
    Run r = run("extract", good().toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.has("incidents")).isTrue();
    assertThat(doc.get("incidents").isArray()).isTrue();
    assertThat(doc.has("event_type")).isTrue();
    assertThat(doc.has("sub_event_type")).isTrue();
    assertThat(doc.has("file")).isFalse();
  }

  @Test
  void severalFilesPrintOneObjectPerLineWithTheirFile() throws IOException {
    Path a = good();
    Path b = write("b.txt", "Shelling killed three in Douma.");
    Run r = run("extract", a.toString(), b.toString());
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines.get(1)).get("file").asText()).isEqualTo(b.toString());
  }

  @Test
  void aFolderStandsForItsFiles() throws IOException {
    good();
    write("b.txt", "Shelling killed three in Douma.");
    write(".hidden.txt", "");
    Run r = run("extract", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(2);
  }

  @Test
  void dashReadsStandardInput() {
    Run r = run(new ByteArrayInputStream("Air strikes hit Saraqeb.".getBytes(StandardCharsets.UTF_8)),
        "extract", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"incidents\"");
  }

  @Test
  void tableFormatHasAHeader() throws IOException {
    Run r = run("extract", "--format", "table", good().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).satisfiesAnyOf(
        out -> assertThat(out).contains("id", "date", "places", "killed", "scope", "part_of"),
        out -> assertThat(out).contains("(no incidents)"));
  }

  @Test
  void badPublishedOptionIsAUsageError() throws IOException {
    Run r = run("extract", "--published", "14/07/2019", good().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("observatory: ").contains("14/07/2019").doesNotContain("\tat ");
  }

  @Test
  void versionAndHelp() {
    assertThat(run("--version").out()).startsWith("observatory ");
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("extract", "eval");
    assertThat(run("extract", "--help").out()).contains("--published", "--format", "--max-size");
  }

  @Test
  void evalWritesPredictionsAndPrintsTheScore() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("doc-1.json"), "{\"id\": \"doc-1\", \"text\": \"Air strikes killed 12 in Hass.\","
        + " \"published\": \"2019-05-06\", \"incidents\": [{\"id\": \"i1\", \"places\": [\"Hass\"], \"killed\": 12}]}");
    Path out = dir.resolve("pred");
    Run r = run("eval", gold.toString(), "--predictions", out.toString());
    assertThat(r.code()).isZero();
    assertThat(out.resolve("doc-1.json")).exists();
    assertThat(r.out()).startsWith("documents: 1 (without a prediction: 0)");
    assertThat(r.out().lines().reduce((x, y) -> y).orElseThrow()).startsWith("incident_f1=");
    assertThat(r.err()).contains("predictions: " + out);
  }

  @Test
  void aWatchedCountryResolvesANameThatIsAlsoAPlaceAbroad() throws IOException {
    // "Ariha" is the Arabic name of Jericho and a town in Idlib: with no country in the report it is
    // ambiguous, and a monitor watching Syria reads it as the town in Idlib.
    Path report = write("ariha.txt", "State television said barrel bombs killed 9 people in Ariha on Thursday.");

    JsonNode plain = JSON.readTree(run("extract", report.toString()).out()).get("incidents").get(0);
    JsonNode watched = JSON.readTree(run("extract", "--country", "SY", report.toString()).out())
        .get("incidents").get(0);

    assertThat(plain.get("admin1").isNull()).isTrue();
    assertThat(watched.get("admin1").asText()).isEqualTo("Idlib");
    assertThat(run("extract", "--country", "Atlantis", report.toString()).err()).contains("unknown country 'Atlantis'");
  }
}
