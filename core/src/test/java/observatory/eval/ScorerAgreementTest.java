package observatory.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer prints exactly what score.py prints, on small hand-made gold folders and on
 * the dev split, for predictions perturbed in every way the matching cares about. Skipped when
 * python3 or ../shared/eval/score.py is not there.
 */
class ScorerAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @TempDir
  Path tmp;

  @Test
  void agreesWithScorePyOnHandMadeGold() throws Exception {
    Path score = scorePy();
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    writeHandMadeGold(gold);
    assertAgreement(score, gold, 40);
  }

  @Test
  void agreesWithScorePyOnTheDevSplit() throws Exception {
    Path score = scorePy();
    Path dev = score.getParent().resolve("dev");
    assumeTrue(Files.isDirectory(dev), "no dev split at " + dev);
    assertAgreement(score, dev, 25);
  }

  @Test
  void agreesWhenPredictionsAreMissingOrMalformed() throws Exception {
    Path score = scorePy();
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    writeHandMadeGold(gold);
    Path pred = Files.createDirectories(tmp.resolve("broken"));
    Files.writeString(pred.resolve("a.json"), "{\"incidents\": [", StandardCharsets.UTF_8);
    Files.write(pred.resolve("b.json"), new byte[] {'{', '"', 'x', (byte) 0xC3, '"', ':', '1', '}'});
    Files.writeString(pred.resolve("c.json"), "{\"claims\": [{\"places\": [\"Saraqeb\"], \"killed\": \"19\"}]}");
    // d.json is absent
    compare(score, gold, pred);
  }

  @Test
  void roundsHalfToEvenLikePython() {
    assertThat(Scorer.f3(0.0625)).isEqualTo("0.062");
    assertThat(Scorer.f3(0.1875)).isEqualTo("0.188");
    assertThat(Scorer.f3(1.0)).isEqualTo("1.000");
  }

  @Test
  void normalisesPlaceNamesAsScorePyDoes() {
    assertThat(Scorer.normPlace("Maarrat al-Nu'man")).isEqualTo(Scorer.normPlace("Maarat al Numan"));
    assertThat(Scorer.normPlace("Kafr Nabl")).isEqualTo("kafrnabl");
    assertThat(Scorer.normPlace("Deir ez-Zor")).isEqualTo(Scorer.normPlace("Deir Ez Zor"));
    assertThat(Scorer.normPlace("Ṣaraqib")).isEqualTo("saraqib");
  }

  // ---- the comparison ---------------------------------------------------------------------

  private void assertAgreement(Path score, Path gold, int variants) throws Exception {
    Random random = new Random(20260101L);
    List<Path> preds = new ArrayList<>();
    preds.add(gold); // gold scored against itself
    preds.add(Files.createDirectories(tmp.resolve("empty")));
    for (int v = 0; v < variants; v++) {
      Path pred = Files.createDirectories(tmp.resolve("pred-" + gold.getFileName() + "-" + v));
      for (Path g : jsonFiles(gold)) {
        if (random.nextInt(12) == 0) {
          continue; // no prediction for this document
        }
        JsonNode doc = JSON.readTree(g.toFile());
        ObjectNode out = F.objectNode();
        out.set("incidents", perturb((ArrayNode) doc.path("incidents").deepCopy().require(), random));
        Files.writeString(pred.resolve(g.getFileName()), JSON.writeValueAsString(out), StandardCharsets.UTF_8);
      }
      preds.add(pred);
    }
    compareAll(score, gold, preds);
  }

  private void compare(Path score, Path gold, Path pred) throws Exception {
    compareAll(score, gold, List.of(pred));
  }

  /** One python3 process scores every folder, with and without --verbose; Java must print the same. */
  private static void compareAll(Path score, Path gold, List<Path> preds) throws Exception {
    List<String[]> cases = new ArrayList<>();
    for (Path pred : preds) {
      cases.add(new String[] {gold.toString(), pred.toString()});
      cases.add(new String[] {gold.toString(), pred.toString(), "--verbose"});
    }
    List<List<String>> python = runPython(score, cases);
    assertThat(python).hasSameSizeAs(cases);
    for (int k = 0; k < cases.size(); k++) {
      String[] c = cases.get(k);
      List<String> java = Scorer.score(Path.of(c[0]), Path.of(c[1]), c.length > 2).lines();
      assertThat(java).as("score.py %s", String.join(" ", c)).isEqualTo(python.get(k));
    }
  }

  private static ArrayNode perturb(ArrayNode incidents, Random r) {
    ArrayNode out = F.arrayNode();
    for (JsonNode n : incidents) {
      ObjectNode c = (ObjectNode) n;
      switch (r.nextInt(14)) {
        case 0 -> {
          continue; // dropped
        }
        case 1 -> c.put("killed", c.path("killed").asLong(0) + 1 + r.nextInt(3));
        case 2 -> c.putNull("killed");
        case 3 -> c.put("killed", c.path("killed").asText()); // "12" and "null" as strings
        case 4 -> c.put("killed", c.path("killed").asDouble(3) + 0.0);
        case 5 -> respell(c, r);
        case 6 -> c.putArray("places");
        case 7 -> c.put("aggregate", !c.path("aggregate").asBoolean());
        case 8 -> c.put("date", r.nextBoolean() ? "2019-01-01" : null);
        case 9 -> c.put("admin1", r.nextBoolean() ? "IDLIB" : "Hama; Idlib");
        case 10 -> c.put("perpetrator", r.nextBoolean() ? "russia" : "Syrian-government");
        case 11 -> c.putArray("weapons").add(r.nextBoolean() ? "Air strike" : "shelling");
        case 12 -> {
          // one figure-less claim per place, as an extractor may split a list of struck places
          for (JsonNode p : c.path("places")) {
            ObjectNode s = F.objectNode();
            s.putArray("places").add(p.asText());
            s.putNull("killed");
            out.add(s);
          }
          continue;
        }
        default -> {
        }
      }
      if (r.nextInt(6) == 0) {
        c.remove("part_of");
        c.put("children_killed", r.nextInt(4));
      }
      out.add(c);
      if (r.nextInt(5) == 0) {
        ObjectNode extra = c.deepCopy();
        extra.put("killed", r.nextInt(30));
        extra.put("part_of", r.nextBoolean() ? "i1" : null);
        out.add(extra);
      }
    }
    if (r.nextInt(4) == 0) {
      ObjectNode stray = out.addObject();
      stray.putArray("places").add("Nowhere-al-Village");
      stray.put("killed", 7);
      stray.put("aggregate", 0);
    }
    if (r.nextInt(3) == 0) { // order matters for ties in the greedy pairing
      List<JsonNode> items = new ArrayList<>();
      out.forEach(items::add);
      java.util.Collections.shuffle(items, r);
      out.removeAll();
      items.forEach(out::add);
    }
    return out;
  }

  private static void respell(ObjectNode c, Random r) {
    ArrayNode places = F.arrayNode();
    for (JsonNode p : c.path("places")) {
      String s = p.asText();
      s = switch (r.nextInt(4)) {
        case 0 -> s.toUpperCase(java.util.Locale.ROOT);
        case 1 -> s.replace("-", " ").replace("al ", "el-");
        case 2 -> s.replaceAll("([aeiou])", "$1$1");
        default -> s + " town";
      };
      if (r.nextBoolean()) {
        places.add(s);
      } else {
        places.addObject().put("as_written", s);
      }
    }
    c.set("places", places);
  }

  // ---- hand-made gold ---------------------------------------------------------------------

  /** Four small documents written for this test: totals and parts, background tolls, place lists. */
  private static void writeHandMadeGold(Path dir) throws IOException {
    write(dir, "a.json", doc(
        claim("i1", List.of("Idlib province"), 42, "at least", "2019-05-05", "Idlib", true, null, "Russia"),
        claim("i2", List.of("Saraqeb"), 19, "exact", "2019-05-05", "Idlib", false, "i1", "Russia"),
        claim("i3", List.of("Ehsim"), 23, "exact", null, "Idlib", false, "i1", "Syrian government"),
        background(claim("i4", List.of(), 370000, "more than", null, null, true, null, null))));
    write(dir, "b.json", doc(
        claim("i1", List.of("Kafranbel", "Maarat al-Numan", "Khan Sheikhoun"), null, null, "2019-05-06",
            "Idlib", false, null, "Russia or Syrian government"),
        claim("i2", List.of("Hass"), 12, "about", "2019-05-06", "Idlib", false, null, null)));
    write(dir, "c.json", doc());
    write(dir, "d.json", doc(
        claim("i1", List.of(), 288, "exact", null, "Idlib; Hama", true, null, "Syrian government"),
        claim("i2", List.of("Douma"), 8, "exact", "2018-02-20", "Rif Dimashq", false, null, "Syrian government"),
        claim("i3", List.of("al-Bab"), 0, "exact", null, "Aleppo", false, null, "Turkey")));
  }

  private static ObjectNode doc(ObjectNode... incidents) {
    ObjectNode d = F.objectNode();
    d.put("id", "x");
    d.put("text", "(not needed by the scorer)");
    ArrayNode list = d.putArray("incidents");
    for (ObjectNode i : incidents) {
      list.add(i);
    }
    return d;
  }

  private static ObjectNode claim(String id, List<String> places, Integer killed, String qualifier, String date,
      String admin1, boolean aggregate, String partOf, String perpetrator) {
    ObjectNode c = F.objectNode();
    c.put("id", id);
    c.put("date", date);
    ArrayNode p = c.putArray("places");
    places.forEach(p::add);
    c.put("admin1", admin1);
    c.put("perpetrator", perpetrator);
    c.putArray("weapons").add("air strike");
    c.put("killed", killed);
    c.put("killed_qualifier", qualifier);
    c.put("civilians_killed", killed == null ? null : killed / 2);
    c.putNull("children_killed");
    c.put("women_killed", killed == null ? null : 1);
    c.putNull("combatants_killed");
    c.put("wounded", killed == null ? null : killed * 2);
    c.put("aggregate", aggregate);
    c.put("part_of", partOf);
    return c;
  }

  private static ObjectNode background(ObjectNode c) {
    c.put("background", true);
    return c;
  }

  private static void write(Path dir, String name, JsonNode doc) throws IOException {
    Files.writeString(dir.resolve(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
  }

  // ---- running score.py -------------------------------------------------------------------

  private static Path scorePy() {
    Path root = projectRoot();
    Path score = root.resolve("../shared/eval/score.py").normalize();
    assumeTrue(Files.isRegularFile(score), "no score.py at " + score);
    assumeTrue(python3Available(), "python3 is not installed");
    return score;
  }

  /** The folder holding the parent pom (tests run in the module folder). */
  static Path projectRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !(Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("core")))) {
      p = p.getParent();
    }
    return p == null ? Path.of("").toAbsolutePath() : p;
  }

  private static boolean python3Available() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Loads score.py once and runs its main() for each case, cases separated by a NUL line. */
  private static final String DRIVER = String.join("\n",
      "import contextlib, importlib.util, io, sys",
      "spec = importlib.util.spec_from_file_location('score', sys.argv[1])",
      "m = importlib.util.module_from_spec(spec)",
      "spec.loader.exec_module(m)",
      "for line in sys.stdin:",
      "    buf = io.StringIO()",
      "    with contextlib.redirect_stdout(buf):",
      "        m.main(['score.py'] + line.rstrip('\\n').split('\\t'))",
      "    sys.stdout.write(buf.getvalue() + '\\0\\n')",
      "");

  private static List<List<String>> runPython(Path score, List<String[]> cases) throws Exception {
    Process p = new ProcessBuilder("python3", "-c", DRIVER, score.toString()).redirectErrorStream(true).start();
    StringBuilder input = new StringBuilder();
    cases.forEach(c -> input.append(String.join("\t", c)).append('\n'));
    try (var in = p.getOutputStream()) {
      in.write(input.toString().getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<List<String>> results = new ArrayList<>();
    for (String block : out.split("\0\n", -1)) {
      results.add(block.lines().toList());
    }
    return results.subList(0, results.size() - 1); // after the last separator: nothing
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
