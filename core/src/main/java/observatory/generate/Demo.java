package observatory.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo's reports: generated from the fact table {@code demo.tsv} (documented figures for Idlib
 * in late 2016, and a generated background that escalates on a known day) in the generator's own
 * templates. Every report is labelled as generated, as {@link Generator}'s are. Deterministic: the
 * same fact table gives the same reports.
 *
 * <pre>{@code
 * for (GeneratedReport r : Demo.reports()) store.ingest(extractor.extract(r.toReport()));
 * Demo.Table facts = Demo.facts();   // what the demo store should show
 * }</pre>
 */
public final class Demo {
  private static final DateTimeFormatter CALENDAR = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

  /** A documented event and who tells it ({@code SOURCE:SECTION#N}). */
  public record Documented(String id, LocalDate day, String place, String admin1, String attack, int killed,
      String qualifier, int children, int women, List<String> reports) {
  }

  /** A monitor's roundup of one day: a total over a governorate, never added to its parts. */
  public record Roundup(LocalDate day, String admin1, String attack, int total, String qualifier, List<String> parts) {
  }

  /** A monitor's tally of civilians killed in a governorate from {@code since} to {@code published}. */
  public record Tally(LocalDate published, String admin1, int civilians, int children, int women, LocalDate since,
      String report) {
  }

  /** Generated incidents at a daily rate, on the fact table's towns of a governorate. */
  public record Background(LocalDate from, LocalDate to, double perDay, int fewest, int most, String admin1,
      List<String> attacks, long seed) {
  }

  /** The fact table. */
  public record Table(List<Documented> incidents, List<Roundup> roundups, List<Tally> tallies,
      List<Background> background, String offensiveRegion, LocalDate offensiveStart, Map<String, List<String>> templates) {

    public Optional<Documented> incident(String id) {
      return incidents.stream().filter(i -> i.id().equals(id)).findFirst();
    }
  }

  private Demo() {
  }

  /** The bundled fact table, {@code observatory/generate/demo.tsv}. */
  public static Table facts() {
    List<Documented> incidents = new ArrayList<>();
    List<Roundup> roundups = new ArrayList<>();
    List<Tally> tallies = new ArrayList<>();
    List<Background> background = new ArrayList<>();
    Map<String, List<String>> templates = new LinkedHashMap<>();
    String region = null;
    LocalDate start = null;
    int n = 0;
    for (String line : lines("demo.tsv")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      try {
        switch (c[0]) {
          case "template" -> templates.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c[2]);
          case "offensive" -> {
            region = c[1];
            start = LocalDate.parse(c[2]);
          }
          case "incident" -> incidents.add(new Documented(c[1], LocalDate.parse(c[2]), c[3], c[4], c[5],
              Integer.parseInt(c[6]), c[7], Integer.parseInt(c[8]), Integer.parseInt(c[9]), list(c[10], ",")));
          case "roundup" -> roundups.add(new Roundup(LocalDate.parse(c[1]), c[2], c[3], Integer.parseInt(c[4]), c[5],
              list(c[6], ",")));
          case "tally" -> tallies.add(new Tally(LocalDate.parse(c[1]), c[2], Integer.parseInt(c[3]), Integer.parseInt(c[4]),
              Integer.parseInt(c[5]), LocalDate.parse(c[6]), c[7]));
          case "background" -> background.add(new Background(LocalDate.parse(c[1]), LocalDate.parse(c[2]),
              Double.parseDouble(c[3]), Integer.parseInt(c[4]), Integer.parseInt(c[5]), c[6], list(c[7], "\\|"),
              Long.parseLong(c[8])));
          default -> throw new IllegalStateException("unknown row '" + c[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("demo.tsv line " + n + ": " + e.getMessage() + " in '" + line + "'", e);
      }
    }
    if (region == null) {
      throw new IllegalStateException("demo.tsv has no offensive row; add one: offensive<TAB>GOVERNORATE<TAB>DAY");
    }
    return new Table(List.copyOf(incidents), List.copyOf(roundups), List.copyOf(tallies), List.copyOf(background),
        region, start, Map.copyOf(templates));
  }

  /** The demo's reports, in order of publication. */
  public static List<GeneratedReport> reports() {
    return new Writer(Facts.bundled(), facts()).write();
  }

  private static final class Writer {
    private final Facts facts;
    private final Table table;
    private final Random random = new Random(20161020L);
    private final List<Draft> drafts = new ArrayList<>();

    private record Draft(LocalDate published, String title, String text, String source) {
    }

    Writer(Facts facts, Table table) {
      this.facts = facts;
      this.table = table;
    }

    List<GeneratedReport> write() {
      Set<String> taken = new HashSet<>();
      for (Documented i : table.incidents()) {
        taken.add(i.day() + "|" + i.admin1());
        for (String report : i.reports()) {
          single(i, report);
        }
      }
      table.roundups().forEach(r -> taken.add(r.day() + "|" + r.admin1()));
      for (Roundup r : table.roundups()) {
        roundup(r);
      }
      for (Tally t : table.tallies()) {
        tally(t);
      }
      for (Background b : table.background()) {
        background(b, taken);
      }
      List<Draft> sorted = new ArrayList<>(drafts);
      sorted.sort(Comparator.comparing(Draft::published));  // stable
      List<GeneratedReport> out = new ArrayList<>();
      for (int k = 0; k < sorted.size(); k++) {
        Draft d = sorted.get(k);
        String id = String.format(Locale.ROOT, "demo-%04d", k + 1);
        out.add(new GeneratedReport(id, d.title(), d.text(), d.published(), Generator.PUBLISHER,
            "https://observatory-generator.invalid/demo/" + id, d.source()));
      }
      return out;
    }

    private void single(Documented i, String report) {
      String[] sourceAndTemplate = report.split(":", 2);
      String kind = sourceAndTemplate[0];
      Map<String, String> slots = slots(i.place(), i.admin1(), i.day(), i.attack(), kind, i.killed(), i.qualifier());
      slots.put("children", Generator.words(i.children()));
      slots.put("women", Generator.words(i.women()));
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(Generator.fill(template(sourceAndTemplate[1]), slots));
      if (i.children() > 0 || i.women() > 0) {
        String section = i.children() > 0 && i.women() > 0 ? "parts.both" : i.children() > 0 ? "parts.children" : "parts.women";
        paragraphs.add(Generator.fill(facts.templates(section).get(0), slots));
      }
      paragraphs.add(Generator.fill(pick(facts.templates("context")), slots));
      drafts.add(new Draft(i.day(), "[Synthetic] " + Generator.capital(i.attack()) + " on " + i.place(),
          String.join("\n\n", paragraphs), kind));
    }

    private void roundup(Roundup r) {
      Map<String, String> slots = slots("", r.admin1(), r.day(), r.attack(), "monitor", r.total(), r.qualifier());
      slots.put("total", count(r.total(), r.qualifier(), false));
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(Generator.fill(facts.templates("roundup.lead").get(0), slots));
      for (String part : r.parts()) {
        String[] idAndTemplate = part.split(":", 2);
        Documented i = table.incident(idAndTemplate[0]).orElseThrow(() ->
            new IllegalStateException("demo.tsv: roundup part '" + idAndTemplate[0] + "' has no incident row"));
        Map<String, String> partSlots = slots(i.place(), i.admin1(), i.day(), i.attack(), "monitor", i.killed(), i.qualifier());
        paragraphs.add(Generator.fill(template(idAndTemplate[1]), partSlots));
      }
      paragraphs.add(Generator.fill(pick(facts.templates("context")), slots));
      drafts.add(new Draft(r.day(), "[Synthetic] Roundup: " + slots.get("gov"), String.join("\n\n", paragraphs), "monitor"));
    }

    private void tally(Tally t) {
      String[] sourceAndTemplate = t.report().split(":", 2);
      Map<String, String> slots = slots("", t.admin1(), t.published(), "", sourceAndTemplate[0], t.civilians(), "exact");
      slots.put("total", Integer.toString(t.civilians()));
      slots.put("children", Integer.toString(t.children()));
      slots.put("women", Integer.toString(t.women()));
      slots.put("since", CALENDAR.format(t.since()));
      String text = Generator.fill(template(sourceAndTemplate[1]), slots);
      drafts.add(new Draft(t.published(), "[Synthetic] Civilian deaths in " + slots.get("gov"), text, sourceAndTemplate[0]));
    }

    /** Incidents drawn day by day: one a day at most per town, none on a day the documented rows hold. */
    private void background(Background b, Set<String> taken) {
      Random r = new Random(b.seed());
      List<Facts.Town> towns = facts.towns.stream().filter(t -> t.admin1().equals(b.admin1())).toList();
      if (towns.isEmpty()) {
        throw new IllegalStateException("demo.tsv: no town of facts.tsv lies in '" + b.admin1() + "'");
      }
      int k = 0;
      for (LocalDate day = b.from(); !day.isAfter(b.to()); day = day.plusDays(1)) {
        if (taken.contains(day + "|" + b.admin1())) {
          continue;
        }
        int count = poisson(r, b.perDay());
        List<Facts.Town> free = new ArrayList<>(towns);
        for (int j = 0; j < count && !free.isEmpty(); j++) {
          Facts.Town town = free.remove(r.nextInt(free.size()));
          int killed = b.fewest() + r.nextInt(b.most() - b.fewest() + 1);
          String attack = b.attacks().get(r.nextInt(b.attacks().size()));
          String place = town.spellings().get(r.nextInt(town.spellings().size()));
          Documented i = new Documented("bg-" + b.admin1() + "-" + (++k), day, place, b.admin1(), attack, killed,
              r.nextBoolean() ? "exact" : "at least", 0, 0, List.of());
          single(i, "monitor:lead.monitor#" + (1 + r.nextInt(facts.templates("lead.monitor").size())));
          if (r.nextDouble() < 0.3) {
            single(new Documented(i.id(), day, town.name(), i.admin1(), attack, killed, "exact", 0, 0, List.of()),
                "wire:lead.wire#1");
          }
        }
      }
    }

    private static int poisson(Random r, double mean) {
      double limit = Math.exp(-mean);
      double p = r.nextDouble();
      int k = 0;
      while (p > limit) {
        p *= r.nextDouble();
        k++;
      }
      return k;
    }

    private Map<String, String> slots(String place, String admin1, LocalDate day, String attack, String kind, int killed,
        String qualifier) {
      Map<String, String> slots = new LinkedHashMap<>();
      slots.put("place", place);
      slots.put("gov", facts.governorates.getOrDefault(admin1, List.of(admin1 + " province")).get(0));
      slots.put("day", "on " + CALENDAR.format(day));
      slots.put("attack", attack);
      String source = facts.sources.get(kind).get(0);
      slots.put("source", source);
      slots.put("source_cap", Generator.capital(source));
      slots.put("count", count(killed, qualifier, false));
      slots.put("count_cap", count(killed, qualifier, true));
      slots.put("people", killed == 1 ? "person" : "civilians");
      return slots;
    }

    private static String count(int n, String qualifier, boolean opening) {
      String figure = opening && qualifier.equals("exact") || n < 10 ? Generator.words(n) : Integer.toString(n);
      String phrase = switch (qualifier) {
        case "at least" -> "at least " + figure;
        case "about" -> "about " + figure;
        default -> figure;
      };
      return opening ? Generator.capital(phrase) : phrase;
    }

    /** SECTION#N: the Nth template of the section, from the demo's own templates or the generator's. */
    private String template(String name) {
      int hash = name.lastIndexOf('#');
      String section = hash < 0 ? name : name.substring(0, hash);
      int index = hash < 0 ? 1 : Integer.parseInt(name.substring(hash + 1));
      List<String> found = table.templates().containsKey(section) ? table.templates().get(section) : facts.templates(section);
      if (index < 1 || index > found.size()) {
        throw new IllegalStateException("demo.tsv: template " + name + " does not exist; " + section + " has " + found.size());
      }
      return found.get(index - 1);
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }
  }

  private static List<String> list(String cell, String separator) {
    return cell.isBlank() ? List.of() : List.of(cell.split(separator));
  }

  private static List<String> lines(String resource) {
    InputStream in = Demo.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource observatory/generate/" + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
