package observatory.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import observatory.claim.Count;
import observatory.claim.When;
import observatory.text.ArabicDates;
import observatory.text.ArabicLetters;
import observatory.text.ArabicNumbers;
import observatory.text.DateMention;
import observatory.text.NumberMention;

/**
 * The Arabic number and date readers of {@code observatory.text} on real texts: how many figures
 * and dates they find, how many of an annotation's figures and dates they find, and how fast.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar observatory.bench.ArabicReadersRunner
 * --texts PATH [--select odd|even|all] [--dump FILE] [--misses true] [--seconds S]}. PATH is a folder of eval
 * documents ({@code ../shared/eval/dev-ar}: their gold figures and dates are checked) or an
 * Airwars sample ({@code ../shared/eval/airwars/airwars-source-texts-sample.jsonl}: the
 * incident's day is taken as the publication date, as {@code airwars_check.py} does, and a
 * figure inside Airwars' civilian range is looked for). {@code --select} keeps the documents at
 * odd or even positions (1-based); {@code --dump} writes every mention, one a line, for checking
 * by hand (document, kind, start offset, text, reading), and {@code --misses true} lists the gold figures and dates not found (leave both off on
 * a held-out split). Speed is MB of text (UTF-8) per CPU-second of the reading thread, over repeated passes
 * after a warm-up of the same length.
 */
public final class ArabicReadersRunner {
  private ArabicReadersRunner() {
  }

  static final String USAGE = "ArabicReadersRunner --texts PATH [--select odd|even|all] [--dump FILE] [--misses true] [--seconds S]";

  /** One text with what is known of it. */
  record Doc(String id, String text, Optional<LocalDate> published, List<Gold> gold, Optional<long[]> civilianRange) {
  }

  /** One annotated claim: its killed and wounded figures (-1 when none) and its dates. */
  record Gold(long killed, String killedQualifier, long wounded, Optional<LocalDate> date, Optional<LocalDate> from,
      Optional<LocalDate> to) {
  }

  public static void main(String[] args) throws IOException {
    Path texts = null;
    String select = "all";
    Path dump = null;
    double seconds = 3;
    boolean misses = false;
    for (int i = 0; i < args.length; i++) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value; usage: " + USAGE);
      }
      switch (args[i]) {
        case "--texts" -> texts = Path.of(args[++i]);
        case "--select" -> select = args[++i];
        case "--dump" -> dump = Path.of(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--misses" -> misses = Boolean.parseBoolean(args[++i]);
        default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'; usage: " + USAGE);
      }
    }
    if (texts == null) {
      throw new IllegalArgumentException("--texts is required; usage: " + USAGE);
    }
    if (!List.of("odd", "even", "all").contains(select)) {
      throw new IllegalArgumentException("--select takes odd, even or all, was '" + select + "'");
    }
    List<Doc> docs = select(read(texts), select);
    // an eval folder is Arabic by its annotation (a bilingual post included); an Airwars sample mixes in English texts
    List<Doc> arabic = Files.isDirectory(texts) ? docs : docs.stream().filter(d -> mostlyArabic(d.text())).toList();
    long bytes = arabic.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(Locale.ROOT, "%s (%s): %d texts, %d mostly in Arabic script, %.3f MB%n", texts, select, docs.size(),
        arabic.size(), bytes / 1e6);
    report(arabic, dump, misses);
    speed(arabic, bytes, seconds);
  }

  private static List<Doc> select(List<Doc> docs, String select) {
    List<Doc> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      boolean odd = (i + 1) % 2 == 1;
      if (select.equals("all") || select.equals("odd") == odd) {
        out.add(docs.get(i));
      }
    }
    return out;
  }

  private static void report(List<Doc> docs, Path dump, boolean showMisses) throws IOException {
    int numbers = 0;
    int vague = 0;
    int dates = 0;
    int resolved = 0;
    int goldKilled = 0;
    int foundKilled = 0;
    int qualifierAgrees = 0;
    int goldWounded = 0;
    int killedAsSingular = 0;
    int woundedAsSingular = 0;
    int foundWounded = 0;
    int goldDates = 0;
    int foundDates = 0;
    int withRange = 0;
    int inRange = 0;
    int inRangeWithSingular = 0;
    int withDate = 0;
    int onIncidentDay = 0;
    List<String> missed = new ArrayList<>();
    try (PrintWriter out = dump == null ? null : new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
      for (Doc d : docs) {
        List<NumberMention> ns = ArabicNumbers.find(d.text());
        List<DateMention> ds = ArabicDates.find(d.text(), d.published());
        numbers += ns.size();
        vague += (int) ns.stream().filter(n -> n.count() instanceof Count.Vague).count();
        dates += ds.size();
        resolved += (int) ds.stream().filter(m -> !(m.when() instanceof When.Unknown)).count();
        if (out != null) {
          for (NumberMention n : ns) {
            out.printf("%s\tnumber\t%d\t%s\t%s%n", d.id(), n.span().start(), oneLine(n.span().of(d.text())),
                describe(n.count()));
          }
          for (DateMention m : ds) {
            out.printf("%s\tdate\t%d\t%s\t%s%n", d.id(), m.span().start(), oneLine(m.span().of(d.text())), m.when());
          }
        }
        for (Gold g : d.gold()) {
          if (g.killed() >= 0) {
            goldKilled++;
            Optional<NumberMention> hit = ns.stream().filter(n -> n.count().figure() == g.killed()
                && !(n.count() instanceof Count.Vague)).findFirst();
            if (hit.isPresent()) {
              foundKilled++;
              if (hit.get().count().qualifier().label().equals(g.killedQualifier())) {
                qualifierAgrees++;
              }
            } else if (g.killed() == 1 && !ArabicNumbers.singulars(d.text(), 0, d.text().length()).isEmpty()) {
              killedAsSingular++;
              missed.add(d.id() + " killed 1 (a singular noun of people is in the text)");
            } else {
              missed.add(d.id() + " killed " + g.killed());
            }
          }
          if (g.wounded() >= 0) {
            goldWounded++;
            if (ns.stream().anyMatch(n -> n.count().figure() == g.wounded() && !(n.count() instanceof Count.Vague))) {
              foundWounded++;
            } else if (g.wounded() == 1 && !ArabicNumbers.singulars(d.text(), 0, d.text().length()).isEmpty()) {
              woundedAsSingular++;
              missed.add(d.id() + " wounded 1 (a singular noun of people is in the text)");
            } else {
              missed.add(d.id() + " wounded " + g.wounded());
            }
          }
          if (g.date().isPresent() || g.from().isPresent() || g.to().isPresent()) {
            goldDates++;
            if (ds.stream().anyMatch(m -> sameDate(m.when(), g))) {
              foundDates++;
            } else {
              missed.add(d.id() + " date " + g.date().map(LocalDate::toString).orElse(g.from() + ".." + g.to()));
            }
          }
        }
        if (d.civilianRange().isPresent()) {
          long[] r = d.civilianRange().get();
          withRange++;
          if (ns.stream().anyMatch(n -> !(n.count() instanceof Count.Vague) && n.count().figure() >= r[0]
              && n.count().figure() <= r[1])) {
            inRange++;
          } else if (r[0] == 1 && !ArabicNumbers.singulars(d.text(), 0, d.text().length()).isEmpty()) {
            inRangeWithSingular++;
          }
        }
        if (d.civilianRange().isPresent() || d.gold().isEmpty() && d.published().isPresent()) {
          if (!ds.isEmpty()) {
            withDate++;
          }
          LocalDate day = d.published().orElse(null);
          if (day != null && ds.stream().anyMatch(m -> m.when() instanceof When.Day x && x.date().equals(day))) {
            onIncidentDay++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "numbers: %d found (%d vague); dates: %d found, %d resolved to a day or period%n",
        numbers, vague, dates, resolved);
    if (goldKilled + goldWounded + goldDates > 0) {
      System.out.printf(Locale.ROOT, "gold figures found among the numbers: killed %d/%d (qualifier agrees %d; "
          + "%d more are one, with a singular noun of people in the text), wounded %d/%d (%d more); gold dates found "
          + "among the dates: %d/%d%n", foundKilled, goldKilled, qualifierAgrees, killedAsSingular, foundWounded,
          goldWounded, woundedAsSingular, foundDates, goldDates);
      if (showMisses) {
        missed.forEach(m -> System.out.println("  not found: " + m));
      }
    }
    if (withRange > 0) {
      System.out.printf(Locale.ROOT, "texts whose incident killed civilians: %d; with a number inside Airwars' civilian "
          + "range: %d (%.0f%%); with a singular noun of people instead, where the range starts at one: %d more%n",
          withRange, inRange, 100.0 * inRange / withRange, inRangeWithSingular);
    }
    if (withDate + onIncidentDay > 0) {
      System.out.printf(Locale.ROOT, "texts with a date phrase: %d; with one that resolves to the incident's day "
          + "(taken as the publication date): %d%n", withDate, onIncidentDay);
    }
  }

  private static boolean sameDate(When when, Gold g) {
    if (when instanceof When.Day day) {
      return g.date().isPresent() && g.date().get().equals(day.date());
    }
    if (when instanceof When.Between b) {
      return g.date().isEmpty() && b.from().equals(g.from()) && b.to().equals(g.to())
          || g.date().isPresent() && b.from().equals(g.date()) && b.to().equals(g.date());
    }
    return false;
  }

  private static void speed(List<Doc> docs, long bytes, double seconds) {
    if (docs.isEmpty() || seconds <= 0) {
      return;
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (String reader : List.of("numbers", "dates")) {
      pass(docs, reader, seconds, mx); // warm-up
      long[] measured = pass(docs, reader, seconds, mx);
      double mb = measured[0] * (bytes / 1e6);
      double cpu = measured[1] / 1e9;
      System.out.printf(Locale.ROOT, "%s: %.2f MB per CPU-second, %.0f mentions per CPU-second (%d passes, %.2f CPU-s)%n",
          reader, mb / cpu, measured[2] / cpu, measured[0], cpu);
    }
  }

  /** {passes, CPU nanoseconds, mentions}. */
  private static long[] pass(List<Doc> docs, String reader, double seconds, ThreadMXBean mx) {
    long start = mx.getCurrentThreadCpuTime();
    long passes = 0;
    long mentions = 0;
    while (mx.getCurrentThreadCpuTime() - start < seconds * 1e9) {
      for (Doc d : docs) {
        // a fresh String each time, so that no per-text cache of the tokens is reused across passes
        String text = new String(d.text().toCharArray());
        mentions += reader.equals("numbers") ? ArabicNumbers.find(text).size() : ArabicDates.find(text, d.published()).size();
      }
      passes++;
    }
    return new long[] {passes, mx.getCurrentThreadCpuTime() - start, mentions};
  }

  private static String describe(Count c) {
    if (c instanceof Count.Range r) {
      return r.from() + "-" + r.to();
    }
    if (c instanceof Count.Vague v) {
      return v.word() + " (at least " + v.floor() + ")";
    }
    return c.figure() + " " + c.qualifier().label();
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }

  static boolean mostlyArabic(String text) {
    int arabic = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (ArabicLetters.isArabicScript(c)) {
          arabic++;
        }
      }
    }
    return letters > 0 && arabic * 2 > letters;
  }

  // ---- reading -----------------------------------------------------------------------------------

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Doc> read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        List<Doc> docs = new ArrayList<>();
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          docs.add(evalDoc(JSON.readTree(f.toFile())));
        }
        return docs;
      }
    }
    List<Doc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        docs.add(airwarsDoc(JSON.readTree(line)));
      }
    }
    return docs;
  }

  private static Doc evalDoc(JsonNode doc) {
    List<Gold> gold = new ArrayList<>();
    for (JsonNode inc : doc.path("incidents")) {
      gold.add(new Gold(number(inc, "killed"), inc.path("killed_qualifier").asText(""), number(inc, "wounded"),
          date(inc, "date"), date(inc, "date_from"), date(inc, "date_to")));
    }
    return new Doc(doc.path("id").asText(), doc.path("text").asText(), date(doc, "published"), gold, Optional.empty());
  }

  private static Doc airwarsDoc(JsonNode row) {
    Optional<long[]> range = Optional.empty();
    long min = number(row, "civilians_killed_min");
    long max = number(row, "civilians_killed_max");
    if (min > 0 && max >= min) {
      range = Optional.of(new long[] {min, max});
    }
    return new Doc(row.path("id").asText(), row.path("text").asText(), date(row, "date"), List.of(), range);
  }

  private static long number(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNumber() ? v.asLong() : -1;
  }

  private static Optional<LocalDate> date(JsonNode node, String field) {
    String v = node.path(field).asText("");
    if (v.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.substring(0, 10)));
    } catch (DateTimeParseException e) {
      throw new UncheckedIOException(new IOException("field " + field + " is not a date: '" + v + "'", e));
    }
  }
}
