package observatory.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores a folder of predictions against a folder of annotated documents: a line-for-line port
 * of {@code shared/eval/score.py}, with the same matching, normalisation, handling of background
 * tolls and figure-less place lists, per-field accuracy, strict F1 and document totals, and the
 * same printed lines. Where score.py leans on Python semantics (truthiness, {@code int()} of a
 * JSON value, {@code ==} between JSON values, tuple ordering of candidate pairs, round-half-even
 * formatting), the port reproduces them; {@code ScorerAgreementTest} checks it against score.py.
 *
 * <pre>{@code
 * Scorer.Score score = Scorer.score(Path.of("../shared/eval/dev"), predictions);
 * score.lines().forEach(System.out::println);
 * }</pre>
 */
public final class Scorer {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // Python's json reads NaN and Infinity
      .build();

  private static final List<String> ARTICLES =
      List.of("al", "el", "an", "ar", "as", "ash", "at", "ad", "adh", "az", "ath", "ul");
  /** A claim is right end to end when it is paired and its figures and scope agree. */
  private static final List<String> STRICT =
      List.of("killed", "civilians_killed", "children_killed", "women_killed", "wounded");
  /** The fields whose accuracy is reported, in score.py's order. */
  public static final List<String> FIELDS = List.of("killed", "killed_qualifier", "civilians_killed",
      "children_killed", "women_killed", "combatants_killed", "wounded", "date", "admin1", "aggregate");

  private static final Pattern APOSTROPHES = Pattern.compile("[’'`ʼʿʾ‘]");
  private static final Pattern ALEFS = Pattern.compile("[\u0623\u0625\u0622\u0671]");
  private static final Pattern NOT_PLACE_CHAR = Pattern.compile("[^a-z0-9\u0600-\u06ff]+");
  private static final Pattern REPEATS = Pattern.compile("(.)\\1+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");
  private static final Pattern PY_INT = Pattern.compile("[+-]?\\d+(_\\d+)*");

  private Scorer() {
  }

  /** Scores {@code predDir} against {@code goldDir}, as {@code score.py GOLD PRED}. */
  public static Score score(Path goldDir, Path predDir) {
    return score(goldDir, predDir, false);
  }

  /** As {@code score.py GOLD PRED --verbose} when {@code verbose}: one extra line per document. */
  public static Score score(Path goldDir, Path predDir, boolean verbose) {
    List<String> out = new ArrayList<>();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    Map<String, Integer> fieldOk = new LinkedHashMap<>();
    Map<String, Integer> fieldN = new LinkedHashMap<>();
    FIELDS.forEach(f -> {
      fieldOk.put(f, 0);
      fieldN.put(f, 0);
    });
    int perpOk = 0;
    int perpN = 0;
    int weaponOk = 0;
    int weaponN = 0;
    int docTotalOk = 0;
    int docN = 0;
    int missing = 0;
    int strictOk = 0;

    for (String fname : jsonFiles(goldDir)) {
      JsonNode goldDoc = readJson(goldDir.resolve(fname));
      if (goldDoc == null) {
        throw new IllegalArgumentException(goldDir.resolve(fname) + ": not a readable JSON document");
      }
      List<JsonNode> gold = claims(goldDir.resolve(fname), goldDoc, false);
      Path ppath = predDir.resolve(fname);
      List<JsonNode> pred;
      if (Files.exists(ppath)) {
        JsonNode predDoc = readJson(ppath);
        if (predDoc == null) {
          pred = List.of();
          missing++;
        } else {
          pred = claims(ppath, predDoc, true);
        }
      } else {
        pred = List.of();
        missing++;
      }

      List<int[]> pairs = match(pred, gold);
      // Background tolls are optional: neither missing one nor finding one counts.
      int backgroundN = (int) gold.stream().filter(g -> truthy(g.get("background"))).count();
      Set<Integer> bgPred = new HashSet<>();
      List<int[]> kept = new ArrayList<>();
      for (int[] pair : pairs) {
        if (truthy(gold.get(pair[1]).get("background"))) {
          bgPred.add(pair[0]);
        } else {
          kept.add(pair);
        }
      }
      pairs = kept;
      // A gold list of struck places with no figure may be predicted as one claim per place.
      Set<Integer> paired = new HashSet<>();
      pairs.forEach(pair -> paired.add(pair[0]));
      List<Set<String>> groups = new ArrayList<>();
      for (JsonNode g : gold) {
        if (isNone(g.get("killed")) && placesOf(g).size() > 1) {
          groups.add(placesOf(g));
        }
      }
      for (int i = 0; i < pred.size(); i++) {
        JsonNode p = pred.get(i);
        if (paired.contains(i) || !isNone(p.get("killed"))) {
          continue;
        }
        Set<String> pp = placesOf(p);
        if (!pp.isEmpty() && groups.stream().anyMatch(grp -> grp.containsAll(pp))) {
          bgPred.add(i);
        }
      }
      List<JsonNode> predScored = new ArrayList<>();
      for (int i = 0; i < pred.size(); i++) {
        if (!bgPred.contains(i)) {
          predScored.add(pred.get(i));
        }
      }
      List<JsonNode> goldScored = gold.stream().filter(g -> !truthy(g.get("background"))).toList();
      tp += pairs.size();
      fp += predScored.size() - pairs.size();
      fn += goldScored.size() - pairs.size();
      docN++;
      docTotalOk += topLevelKilled(predScored) == topLevelKilled(goldScored) ? 1 : 0;

      for (int[] pair : pairs) {
        JsonNode p = pred.get(pair[0]);
        JsonNode g = gold.get(pair[1]);
        boolean strict = true;
        for (String f : STRICT) {
          if (!isNone(g.get(f)) || f.equals("killed")) {
            strict &= Objects.equals(num(p.get(f)), num(g.get(f)));
          }
        }
        strict &= truthy(p.get("aggregate")) == truthy(g.get("aggregate"));
        strictOk += strict ? 1 : 0;
        for (String f : FIELDS) {
          JsonNode gv = g.get(f);
          JsonNode pv = p.get(f);
          if (isNone(gv) && !f.equals("aggregate")) {
            if (isNone(pv)) {
              continue; // both silent: not scored
            }
            fieldN.merge(f, 1, Integer::sum); // predicted a value the text does not give
            continue;
          }
          fieldN.merge(f, 1, Integer::sum);
          boolean ok = switch (f) {
            case "killed_qualifier", "admin1" -> Objects.equals(normText(pv), normText(gv));
            case "aggregate" -> truthy(pv) == truthy(gv);
            case "date" -> pyEquals(pv, gv);
            default -> Objects.equals(num(pv), num(gv));
          };
          fieldOk.merge(f, ok ? 1 : 0, Integer::sum);
        }
        if (truthy(g.get("perpetrator"))) {
          perpN++;
          perpOk += Objects.equals(normText(p.get("perpetrator")), normText(g.get("perpetrator"))) ? 1 : 0;
        }
        Set<String> gw = weapons(g);
        if (!gw.isEmpty()) {
          weaponN++;
          Set<String> pw = weapons(p);
          pw.retainAll(gw);
          weaponOk += pw.isEmpty() ? 0 : 1;
        }
      }
      if (verbose) {
        out.add(fname + ": gold=" + goldScored.size() + " (+" + backgroundN + " background) pred="
            + predScored.size() + " matched=" + pairs.size());
      }
    }

    double prec = tp + fp != 0 ? (double) tp / (tp + fp) : 0.0;
    double rec = tp + fn != 0 ? (double) tp / (tp + fn) : 0.0;
    double f1 = prec + rec != 0 ? 2 * prec * rec / (prec + rec) : 0.0;
    out.add("documents: " + docN + " (without a prediction: " + missing + ")");
    out.add("incidents: gold=" + (tp + fn) + " predicted=" + (tp + fp) + " matched=" + tp);
    out.add("precision=" + f3(prec) + " recall=" + f3(rec) + " f1=" + f3(f1));
    Map<String, Double> acc = new LinkedHashMap<>();
    for (String f : FIELDS) {
      int n = fieldN.get(f);
      acc.put(f, n != 0 ? (double) fieldOk.get(f) / n : 0.0);
      out.add(fieldLine(f, fieldOk.get(f), n, acc.get(f)));
    }
    double perp = perpN != 0 ? (double) perpOk / perpN : 0.0;
    double weap = weaponN != 0 ? (double) weaponOk / weaponN : 0.0;
    double docs = docN != 0 ? (double) docTotalOk / docN : 0.0;
    out.add(fieldLine("perpetrator", perpOk, perpN, perp));
    out.add(fieldLine("weapons (overlap)", weaponOk, weaponN, weap));
    out.add(fieldLine("document total", docTotalOk, docN, docs) + "  (sum of top-level killed equals gold)");
    double sp = tp + fp != 0 ? (double) strictOk / (tp + fp) : 0.0;
    double sr = tp + fn != 0 ? (double) strictOk / (tp + fn) : 0.0;
    double sf1 = sp + sr != 0 ? 2 * sp * sr / (sp + sr) : 0.0;
    out.add("strict (paired, same figures and scope): " + strictOk + "  precision=" + f3(sp) + " recall="
        + f3(sr) + " f1=" + f3(sf1));
    out.add("incident_f1=" + f3(f1) + " strict_f1=" + f3(sf1) + " killed_acc=" + f3(acc.get("killed"))
        + " children_acc=" + f3(acc.get("children_killed")) + " date_acc=" + f3(acc.get("date"))
        + " admin1_acc=" + f3(acc.get("admin1")) + " doc_total_acc=" + f3(docs));
    return new Score(out, docN, missing, tp, fp, fn, prec, rec, f1, strictOk, sp, sr, sf1,
        Collections.unmodifiableMap(acc), perp, weap, docs);
  }

  /**
   * What {@link #score} found.
   *
   * @param lines the lines score.py prints, the summary line last
   * @param fieldAccuracy accuracy per field of {@link #FIELDS}, over paired claims
   */
  public record Score(List<String> lines, int documents, int withoutPrediction, int matched, int falseAlarms,
      int missed, double precision, double recall, double f1, int strictMatched, double strictPrecision,
      double strictRecall, double strictF1, Map<String, Double> fieldAccuracy, double perpetratorAccuracy,
      double weaponOverlap, double documentTotalAccuracy) {
    public Score {
      lines = List.copyOf(lines);
    }

    /** The printed report, one line per line, ending with a newline. */
    public String text() {
      return String.join("\n", lines) + "\n";
    }

    /** {@code incident_f1=... strict_f1=... killed_acc=...}. */
    public String summary() {
      return lines.get(lines.size() - 1);
    }
  }

  // ---- matching ---------------------------------------------------------------------------

  private static Double pairScore(JsonNode p, JsonNode g) {
    Set<String> pp = placesOf(p);
    Set<String> gp = placesOf(g);
    boolean place = pp.stream().anyMatch(gp::contains);
    Long pk = num(p.get("killed"));
    Long gk = num(g.get("killed"));
    boolean killed = pk != null && pk.equals(gk);
    if (!place && !((pp.isEmpty() || gp.isEmpty()) && killed)) {
      return null;
    }
    double score = 2.0 * (place ? 1 : 0) + 1.5 * (killed ? 1 : 0);
    score += 0.5 * (!isNone(p.get("date")) && pyEquals(p.get("date"), g.get("date")) ? 1 : 0);
    score += 0.5 * (truthy(p.get("aggregate")) == truthy(g.get("aggregate")) ? 1 : 0);
    return score;
  }

  /** Greedy pairing, best first; ties go as Python sorts (score, i, j) in reverse. */
  private static List<int[]> match(List<JsonNode> pred, List<JsonNode> gold) {
    record Candidate(double score, int i, int j) {
    }
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < pred.size(); i++) {
      for (int j = 0; j < gold.size(); j++) {
        Double s = pairScore(pred.get(i), gold.get(j));
        if (s != null) {
          cands.add(new Candidate(s, i, j));
        }
      }
    }
    cands.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score)
        : a.i != b.i ? Integer.compare(b.i, a.i) : Integer.compare(b.j, a.j));
    Set<Integer> usedP = new HashSet<>();
    Set<Integer> usedG = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (Candidate c : cands) {
      if (usedP.contains(c.i) || usedG.contains(c.j)) {
        continue;
      }
      usedP.add(c.i);
      usedG.add(c.j);
      pairs.add(new int[] {c.i, c.j});
    }
    return pairs;
  }

  private static long topLevelKilled(List<JsonNode> claims) {
    long total = 0;
    for (JsonNode c : claims) {
      if (truthy(c.get("part_of"))) {
        continue;
      }
      Long k = num(c.get("killed"));
      total += k == null ? 0 : k;
    }
    return total;
  }

  // ---- normalisation ----------------------------------------------------------------------

  /**
   * A place name compared loosely: case, accents, apostrophes, hyphens, Arabic letter variants and
   * articles (al-, el-, an-, ...) are ignored, and doubled letters count once.
   */
  public static String normPlace(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(s.length());
    s.codePoints().filter(c -> !isCombining(c)).forEach(kept::appendCodePoint);
    s = pyLower(kept.toString());
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = s.replace("\u0640", ""); // tatweel
    s = ALEFS.matcher(s).replaceAll("\u0627");
    s = s.replace('\u0629', '\u0647').replace('\u0649', '\u064a');
    s = NOT_PLACE_CHAR.matcher(s).replaceAll(" ").strip();
    StringBuilder joined = new StringBuilder();
    for (String w : s.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.startsWith("\u0627\u0644") && w.length() > 3) {
        w = w.substring(2);
      }
      if (!ARTICLES.contains(w)) {
        joined.append(w);
      }
    }
    return REPEATS.matcher(joined).replaceAll("$1");
  }

  /**
   * Python's {@code unicodedata.combining(c) != 0}. Java exposes no canonical combining class;
   * the non-spacing and enclosing marks are the same set within the characters that survive
   * {@link #normPlace} (Latin letters, digits and the Arabic block), which is what matters here.
   */
  private static boolean isCombining(int c) {
    int type = Character.getType(c);
    return (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) && c != 0x034F;
  }

  private static String pyLower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Set<String> placesOf(JsonNode claim) {
    Set<String> names = new HashSet<>();
    for (JsonNode p : iterate(claim.get("places"))) {
      String raw;
      if (p.isTextual()) {
        raw = p.asText();
      } else if (p.isObject()) {
        raw = truthy(p.get("name")) ? pyStr(p.get("name"))
            : truthy(p.get("as_written")) ? pyStr(p.get("as_written")) : "";
      } else {
        throw new IllegalArgumentException("a place must be a string or an object, found " + p);
      }
      String n = normPlace(raw);
      if (!n.isEmpty()) {
        names.add(n);
      }
    }
    return names;
  }

  private static Set<String> weapons(JsonNode claim) {
    Set<String> set = new HashSet<>();
    for (JsonNode w : iterate(claim.get("weapons"))) {
      set.add(normText(w));
    }
    return set;
  }

  /** {@code re.sub(r"[^a-z]+", " ", str(v).lower()).strip()}, null for null. */
  static String normText(JsonNode v) {
    if (isNone(v)) {
      return null;
    }
    return NOT_LETTER.matcher(pyLower(pyStr(v))).replaceAll(" ").strip();
  }

  // ---- Python semantics of JSON values ----------------------------------------------------

  private static boolean isNone(JsonNode v) {
    return v == null || v.isNull();
  }

  /** Python's {@code bool(v)}. */
  private static boolean truthy(JsonNode v) {
    if (isNone(v)) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.isIntegralNumber() ? v.bigIntegerValue().signum() != 0 : v.doubleValue() != 0.0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    return v.size() > 0;
  }

  /** Python's {@code int(v)} when it succeeds, null when it raises TypeError or ValueError. */
  static Long num(JsonNode v) {
    if (isNone(v)) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? 1L : 0L;
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      double d = v.doubleValue();
      return Double.isFinite(d) ? (long) d : null;
    }
    if (v.isTextual()) {
      String s = v.textValue().strip();
      if (!PY_INT.matcher(s).matches()) {
        return null;
      }
      try {
        return Long.parseLong(s.replace("_", "").replace("+", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Python's {@code ==} between two JSON values (1 == 1.0 == True). */
  private static boolean pyEquals(JsonNode a, JsonNode b) {
    if (isNone(a) || isNone(b)) {
      return isNone(a) && isNone(b);
    }
    boolean aNum = a.isNumber() || a.isBoolean();
    boolean bNum = b.isNumber() || b.isBoolean();
    if (aNum || bNum) {
      return aNum && bNum && numeric(a).compareTo(numeric(b)) == 0;
    }
    if (a.isTextual() || b.isTextual()) {
      return a.isTextual() && b.isTextual() && a.textValue().equals(b.textValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!pyEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!b.has(k) || !pyEquals(a.get(k), b.get(k))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static BigDecimal numeric(JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (v.isIntegralNumber()) {
      return new BigDecimal(v.bigIntegerValue());
    }
    double d = v.doubleValue();
    return Double.isFinite(d) ? new BigDecimal(d) : BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE);
  }

  /** Python's {@code str(v)}, enough for its letters: containers keep their elements' words. */
  private static String pyStr(JsonNode v) {
    if (isNone(v)) {
      return "None";
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      double d = v.doubleValue();
      return Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : Double.toString(d);
    }
    List<String> parts = new ArrayList<>();
    if (v.isObject()) {
      v.fields().forEachRemaining(e -> {
        parts.add(e.getKey());
        parts.add(pyStr(e.getValue()));
      });
    } else {
      v.forEach(e -> parts.add(pyStr(e)));
    }
    return "[" + String.join(" ", parts) + "]";
  }

  /** What {@code for x in v or []} visits: a list's items, a string's characters, an object's keys. */
  private static List<JsonNode> iterate(JsonNode v) {
    List<JsonNode> items = new ArrayList<>();
    if (!truthy(v)) {
      return items;
    }
    if (v.isArray()) {
      v.forEach(items::add);
    } else if (v.isTextual()) {
      v.textValue().codePoints().forEach(c -> items.add(JSON.getNodeFactory().textNode(Character.toString(c))));
    } else if (v.isObject()) {
      v.fieldNames().forEachRemaining(k -> items.add(JSON.getNodeFactory().textNode(k)));
    } else {
      throw new IllegalArgumentException("cannot iterate over " + v);
    }
    return items;
  }

  // ---- files and formatting ---------------------------------------------------------------

  private static List<String> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json")).toList());
      names.sort(Scorer::compareCodePoints); // Python sorts str by code point
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** The parsed document, or null where Python's json.load raises ValueError (bad JSON or UTF-8). */
  private static JsonNode readJson(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\uFEFF")) {
        return null; // json.loads refuses a byte order mark
      }
      JsonNode node = JSON.readTree(text);
      return node == null || node.isMissingNode() ? null : node;
    } catch (CharacterCodingException | JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** {@code doc.get("incidents") or doc.get("claims") or []} (claims only for predictions). */
  private static List<JsonNode> claims(Path file, JsonNode doc, boolean prediction) {
    if (!doc.isObject()) {
      throw new IllegalArgumentException(file + ": expected a JSON object, found " + doc.getNodeType());
    }
    JsonNode list = doc.get("incidents");
    if (!truthy(list) && prediction) {
      list = doc.get("claims");
    }
    List<JsonNode> claims = new ArrayList<>();
    for (JsonNode c : iterate(list)) {
      if (!c.isObject()) {
        throw new IllegalArgumentException(file + ": each incident must be an object, found " + c);
      }
      claims.add(c);
    }
    return claims;
  }

  /** {@code f"  {name:18s} {ok:4d}/{n:<4d} {acc:.3f}"}. */
  private static String fieldLine(String name, int ok, int n, double acc) {
    return String.format(Locale.ROOT, "  %-18s %4d/%-4d %s", name, ok, n, f3(acc));
  }

  /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half to even. */
  static String f3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }
}
