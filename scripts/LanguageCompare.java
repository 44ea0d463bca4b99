import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Language detection at ingest: the rule of observatory.report.Languages against Lingua
 * (com.github.pemistahl:lingua) and optimaize's language-detector, on labelled sentences and on
 * the eval corpus. Run through scripts/language-compare.sh, which fetches the two libraries into a
 * scratch Maven repository; the project does not depend on them.
 *
 * For each method: accuracy on the three classes the pipeline routes by (ar, en, other), on
 * short (five words or fewer) and longer sentences; how many texts of another language would be
 * read by the Arabic or English reader ("misread"); exact-language accuracy; the time to build
 * the detector and to detect one text (CPU of this thread), and the heap the detector keeps.
 */
public class LanguageCompare {
  record Text(String label, String text, String source) {
  }

  public static void main(String[] args) throws Exception {
    List<Text> sentences = new ArrayList<>();
    List<Text> corpus = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (a.endsWith(".tsv")) {
        for (String line : Files.readAllLines(p)) {
          if (!line.isBlank() && !line.startsWith("#")) {
            String[] c = line.split("\t", 2);
            sentences.add(new Text(c[0], c[1], p.getFileName().toString()));
          }
        }
      } else {
        corpus.addAll(read(p));
      }
    }
    Map<String, Function<String, String>> methods = new LinkedHashMap<>();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, String> build = new LinkedHashMap<>();

    methods.put("rule (observatory.report.Languages)", observatory.report.Languages::detect);
    build.put("rule (observatory.report.Languages)", "0 ms, 0 MB");

    long heap0 = usedHeap();
    long t0 = mx.getCurrentThreadCpuTime();
    com.github.pemistahl.lingua.api.LanguageDetector linguaFew = com.github.pemistahl.lingua.api.LanguageDetectorBuilder
        .fromLanguages(com.github.pemistahl.lingua.api.Language.ENGLISH, com.github.pemistahl.lingua.api.Language.ARABIC,
            com.github.pemistahl.lingua.api.Language.PERSIAN, com.github.pemistahl.lingua.api.Language.FRENCH,
            com.github.pemistahl.lingua.api.Language.SPANISH, com.github.pemistahl.lingua.api.Language.GERMAN,
            com.github.pemistahl.lingua.api.Language.TURKISH).withPreloadedLanguageModels().build();
    long t1 = mx.getCurrentThreadCpuTime();
    build.put("lingua 1.2.2, the 7 languages of the test set it knows", String.format(Locale.ROOT, "%.0f ms, %.0f MB",
        (t1 - t0) / 1e6, (usedHeap() - heap0) / 1e6));
    methods.put("lingua 1.2.2, the 7 languages of the test set it knows",
        s -> code(linguaFew.detectLanguageOf(s).getIsoCode639_1().toString()));

    heap0 = usedHeap();
    t0 = mx.getCurrentThreadCpuTime();
    com.github.pemistahl.lingua.api.LanguageDetector lingua = com.github.pemistahl.lingua.api.LanguageDetectorBuilder
        .fromAllLanguages().withPreloadedLanguageModels().build();
    t1 = mx.getCurrentThreadCpuTime();
    build.put("lingua 1.2.2, all 75 languages", String.format(Locale.ROOT, "%.0f ms, %.0f MB", (t1 - t0) / 1e6,
        (usedHeap() - heap0) / 1e6));
    methods.put("lingua 1.2.2, all 75 languages", s -> code(lingua.detectLanguageOf(s).getIsoCode639_1().toString()));

    heap0 = usedHeap();
    t0 = mx.getCurrentThreadCpuTime();
    com.optimaize.langdetect.LanguageDetector optimaize = com.optimaize.langdetect.LanguageDetectorBuilder
        .create(com.optimaize.langdetect.ngram.NgramExtractors.standard())
        .withProfiles(new com.optimaize.langdetect.profiles.LanguageProfileReader().readAllBuiltIn()).build();
    com.optimaize.langdetect.text.TextObjectFactory shortText =
        com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingShortCleanText();
    t1 = mx.getCurrentThreadCpuTime();
    build.put("optimaize language-detector 0.6, 71 languages", String.format(Locale.ROOT, "%.0f ms, %.0f MB",
        (t1 - t0) / 1e6, (usedHeap() - heap0) / 1e6));
    methods.put("optimaize language-detector 0.6, 71 languages", s -> {
      var found = optimaize.detect(shortText.forText(s));
      if (found.isPresent()) {
        return code(found.get().getLanguage());
      }
      var ranked = optimaize.getProbabilities(shortText.forText(s));
      return ranked.isEmpty() ? "und" : code(ranked.get(0).getLocale().getLanguage());
    });
    methods.put("hybrid: rule for Arabic script, lingua for Latin", s -> {
      String rule = observatory.report.Languages.detect(s);
      return latinMajority(s) ? code(lingua.detectLanguageOf(s).getIsoCode639_1().toString()) : rule;
    });

    for (Map.Entry<String, Function<String, String>> m : methods.entrySet()) {
      for (int warm = 0; warm < 3; warm++) { // the JIT first, so that the times are of the detector
        sentences.forEach(t -> m.getValue().apply(t.text()));
      }
      System.out.println("== " + m.getKey() + " (build: " + build.getOrDefault(m.getKey(), "as above") + ")");
      for (String set : sentences.stream().map(Text::source).distinct().toList()) {
        score(m.getValue(), sentences.stream().filter(t -> t.source().equals(set)).toList(), set, mx, true);
      }
      if (!corpus.isEmpty()) {
        for (String set : corpus.stream().map(Text::source).distinct().toList()) {
          score(m.getValue(), corpus.stream().filter(t -> t.source().equals(set)).toList(), set, mx, false);
        }
      }
    }
  }

  static boolean latinMajority(String s) {
    int latin = 0;
    int arabic = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        if (sc == Character.UnicodeScript.LATIN) {
          latin++;
        } else if (sc == Character.UnicodeScript.ARABIC) {
          arabic++;
        }
      }
    }
    return latin > arabic;
  }

  static String code(String iso) {
    String c = iso.toLowerCase(Locale.ROOT);
    return c.equals("none") || c.isEmpty() ? "und" : c;
  }

  static String route(String code) {
    return code.equals("ar") || code.equals("en") ? code : "other";
  }

  static void score(Function<String, String> detect, List<Text> texts, String set, ThreadMXBean mx, boolean showWrong) {
    int right = 0;
    int exact = 0;
    int shortRight = 0;
    int shortAll = 0;
    int misread = 0;
    Map<String, Integer> seen = new java.util.TreeMap<>();
    List<String> wrong = new ArrayList<>();
    long t0 = mx.getCurrentThreadCpuTime();
    for (Text t : texts) {
      String got = detect.apply(t.text());
      seen.merge(got, 1, Integer::sum);
      boolean ok = route(got).equals(route(t.label()));
      boolean isShort = t.text().trim().split("\\s+").length <= 5;
      right += ok ? 1 : 0;
      exact += got.equals(t.label()) ? 1 : 0;
      if (isShort) {
        shortAll++;
        shortRight += ok ? 1 : 0;
      }
      if (!ok && route(t.label()).equals("other")) {
        misread++;
      }
      if (!ok && showWrong) {
        wrong.add(t.label() + "->" + got);
      }
    }
    long cpu = mx.getCurrentThreadCpuTime() - t0;
    System.out.printf(Locale.ROOT, "  %-34s ar/en/other %3d/%3d (short %d/%d), misread %d, exact %d/%d, %.0f µs/text; found %s%s%n",
        set, right, texts.size(), shortRight, shortAll, misread, exact, texts.size(), cpu / 1e3 / texts.size(), seen,
        wrong.isEmpty() ? "" : "; wrong " + wrong);
  }

  static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /** Eval documents (a folder: label from "language") or an Airwars sample (label "text_language"). */
  static List<Text> read(Path p) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Text> out = new ArrayList<>();
    String name = p.getFileName().toString();
    if (Files.isDirectory(p)) {
      try (Stream<Path> files = Files.list(p)) {
        for (Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
          JsonNode d = json.readTree(f.toFile());
          out.add(new Text(d.path("language").asText("en"), d.path("text").asText(), name));
        }
      }
    } else {
      for (String line : Files.readAllLines(p)) {
        if (!line.isBlank()) {
          JsonNode d = json.readTree(line);
          out.add(new Text(d.path("text_language").asText("und"), d.path("text").asText(), name));
        }
      }
    }
    return out;
  }
}
