package observatory.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import observatory.generate.ReportTruth.Kind;
import observatory.generate.ReportTruth.Stated;
import observatory.generate.ReportTruth.Total;

/**
 * Generates a corpus of synthetic reports with its ground truth. The same {@code (reports, seed)}
 * gives the same corpus, byte for byte, on any JVM ({@link Random} is specified exactly).
 *
 * <pre>{@code
 * Corpus corpus = Generator.generate(200, 7);
 * CorpusWriter.write(corpus, Path.of("/tmp/corpus"));
 * }</pre>
 */
public final class Generator {
  /** The publisher of every generated report: what marks it as synthetic once stored. */
  public static final String PUBLISHER = "Observatory generator (synthetic)";

  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 730;
  private static final List<String> SOURCE_KINDS = List.of("monitor", "wire", "rescue", "state");
  private static final DateTimeFormatter CALENDAR = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety"};

  private final Facts facts;
  private final Random random;
  private final List<Incident> incidents = new ArrayList<>();
  private final List<Draft> drafts = new ArrayList<>();

  /** A report before it has its number: numbers follow the order of publication. */
  private record Draft(String title, String text, LocalDate published, String source, Kind kind,
      List<String> incidents, List<Stated> figures, List<Total> totals) {
  }

  private Generator(Facts facts, long seed) {
    this.facts = facts;
    this.random = new Random(seed);
  }

  /**
   * {@code reports} reports about incidents between 2019 and 2020, in order of publication.
   *
   * @throws IllegalArgumentException when {@code reports} is negative
   */
  public static Corpus generate(int reports, long seed) {
    if (reports < 0) {
      throw new IllegalArgumentException("the number of reports must be 0 or more, was " + reports);
    }
    Generator g = new Generator(Facts.bundled(), seed);
    while (g.drafts.size() < reports) {
      int left = reports - g.drafts.size();
      double roll = g.random.nextDouble();
      if (roll < 0.12) {
        g.other();
      } else if (roll < 0.27) {
        g.roundup(left);
      } else {
        g.bundle(left);
      }
    }
    List<Integer> order = new ArrayList<>(IntStream.range(0, g.drafts.size()).boxed().toList());
    order.sort(Comparator.comparing((Integer i) -> g.drafts.get(i).published()));  // stable: ties keep their order
    List<GeneratedReport> out = new ArrayList<>();
    List<ReportTruth> truth = new ArrayList<>();
    for (int n = 0; n < order.size(); n++) {
      Draft d = g.drafts.get(order.get(n));
      String id = String.format(Locale.ROOT, "%06d", n + 1);
      out.add(new GeneratedReport(id, d.title(), d.text(), d.published(), PUBLISHER,
          "https://observatory-generator.invalid/" + seed + "/" + id, d.source()));
      truth.add(new ReportTruth(id, d.published(), d.source(), d.kind(), d.incidents(), d.figures(), d.totals()));
    }
    return new Corpus(seed, out, g.incidents, truth);
  }

  // ---- incidents ------------------------------------------------------------------------------

  private Incident incident(LocalDate date, Facts.Town town, Facts.Weapon weapon, String actorPhrase) {
    int killed = 2 + (int) (Math.pow(random.nextDouble(), 2) * 44);  // from 2: "one people were killed" reads badly
    int children = killed >= 3 && random.nextDouble() < 0.5 ? 1 + random.nextInt(killed / 2) : 0;
    int women = killed - children >= 3 && random.nextDouble() < 0.35 ? 1 + random.nextInt((killed - children) / 3 + 1) : 0;
    women = Math.min(women, killed - children);
    Incident i = new Incident(String.format(Locale.ROOT, "I%04d", incidents.size() + 1), date, town.name(),
        town.geonameId(), town.admin1(), facts.actorLabels.get(actorPhrase), weapon.name(), killed, children, women);
    incidents.add(i);
    return i;
  }

  private Facts.Town townOf(Incident i) {
    return facts.towns.stream().filter(t -> t.geonameId() == i.geonameId()).findFirst().orElseThrow();
  }

  /** One incident told by one to four sources; the last may come a few days late. */
  private void bundle(int left) {
    Facts.Weapon weapon = pick(facts.weapons);
    String actor = pick(weapon.actors());
    Incident incident = incident(FIRST_DAY.plusDays(random.nextInt(DAYS)), pick(facts.townsOf(actor)), weapon, actor);
    List<String> kinds = new ArrayList<>(SOURCE_KINDS);
    Collections.shuffle(kinds, random);
    int n = Math.min(left, 2 + random.nextInt(3));
    boolean late = n >= 2 && random.nextDouble() < 0.4;
    for (int k = 0; k < n; k++) {
      single(incident, weapon, actor, kinds.get(k), late && k == n - 1);
    }
  }

  private void single(Incident incident, Facts.Weapon weapon, String actor, String kind, boolean late) {
    LocalDate published = late ? incident.date().plusDays(1 + random.nextInt(3)) : incident.date();
    Stated figure = late ? stated(incident, incident.killed(), random.nextBoolean() ? "exact" : "at least")
        : statedBy(kind, incident);
    Map<String, String> slots = slots(incident, weapon, actor, kind, figure);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(fill(pick(facts.templates(late ? "late" : "lead." + kind)), slots));
    boolean hasParts = incident.children() + incident.women() > 0;
    if (hasParts && !kind.equals("state") && figure.killed() >= incident.children() + incident.women()
        && random.nextDouble() < 0.8) {
      String section = incident.children() > 0 && incident.women() > 0 ? "parts.both"
          : incident.children() > 0 ? "parts.children" : "parts.women";
      paragraphs.add(fill(pick(facts.templates(section)), slots));
    }
    paragraphs.add(fill(pick(facts.templates("context")), slots));
    String title = "[Synthetic] " + capital(weapon.name()) + " on " + slots.get("place");
    drafts.add(new Draft(title, String.join("\n\n", paragraphs), published, kind, late ? Kind.LATE : Kind.SINGLE,
        List.of(incident.id()), List.of(figure), List.of()));
  }

  /** Sources differ: the monitor counts "at least", a wire rounds, rescuers and state media count fewer. */
  private Stated statedBy(String kind, Incident incident) {
    int k = incident.killed();
    return switch (kind) {
      case "monitor" -> random.nextDouble() < 0.6 ? stated(incident, k, "at least") : stated(incident, k, "exact");
      case "wire" -> k >= 12 && random.nextDouble() < 0.5
          ? stated(incident, (int) Math.round(k / 5.0) * 5, "about")
          : stated(incident, k, random.nextBoolean() ? "exact" : "at least");
      case "rescue" -> stated(incident, Math.max(2, k - random.nextInt(3)), "exact");
      default -> stated(incident, Math.max(2, k - random.nextInt(4)), "exact");
    };
  }

  private static Stated stated(Incident incident, int killed, String qualifier) {
    return new Stated(incident.id(), killed, qualifier);
  }

  /** Two or three incidents of one day in one governorate, summed by a monitor; some also told alone. */
  private void roundup(int left) {
    Facts.Weapon weapon = pick(facts.weapons.subList(0, 3));  // a day of strikes, barrel bombs or shelling
    String actor = pick(weapon.actors());
    Map<String, List<Facts.Town>> byAdmin1 = new LinkedHashMap<>();
    for (Facts.Town t : facts.townsOf(actor)) {
      byAdmin1.computeIfAbsent(t.admin1(), k -> new ArrayList<>()).add(t);
    }
    List<List<Facts.Town>> groups = byAdmin1.values().stream().filter(g -> g.size() >= 2).toList();
    List<Facts.Town> towns = new ArrayList<>(pick(groups));
    Collections.shuffle(towns, random);
    int n = Math.min(towns.size(), 2 + random.nextInt(2));
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    List<Incident> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(incident(date, towns.get(i), weapon, actor));
    }
    int total = parts.stream().mapToInt(Incident::killed).sum();
    String qualifier = random.nextBoolean() ? "at least" : "exact";
    Map<String, String> slots = slots(parts.get(0), weapon, actor, "monitor", stated(parts.get(0), total, qualifier));
    slots.put("total", count(total, qualifier, false));
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(fill(pick(facts.templates("roundup.lead")), slots));
    List<Stated> figures = new ArrayList<>();
    for (Incident part : parts) {
      Stated figure = stated(part, part.killed(), "exact");
      figures.add(figure);
      Map<String, String> partSlots = slots(part, weapon, actor, "monitor", figure);
      paragraphs.add(fill(pick(facts.templates("roundup.part")), partSlots));
    }
    paragraphs.add(fill(pick(facts.templates("context")), slots));
    List<String> ids = parts.stream().map(Incident::id).toList();
    drafts.add(new Draft("[Synthetic] Roundup: " + slots.get("gov"), String.join("\n\n", paragraphs), date,
        "monitor", Kind.ROUNDUP, ids, figures, List.of(new Total(total, qualifier, ids))));
    int room = left - 1;
    for (Incident part : parts) {
      if (room > 0 && random.nextDouble() < 0.4) {
        single(part, weapon, actor, pick(List.of("wire", "rescue", "state")), false);
        room--;
      }
    }
  }

  /** Diplomacy or aid: no incident, no toll. */
  private void other() {
    Facts.Town town = pick(facts.towns);
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("gov", governorate(town.admin1()));
    slots.put("place", pick(town.spellings()));
    slots.put("day", day(date));
    slots.put("city", pick(facts.cities));
    slots.put("trucks", Integer.toString(10 + random.nextInt(50)));
    String text = fill(pick(facts.templates("other")), slots) + "\n\n" + fill(pick(facts.templates("other.more")), slots);
    drafts.add(new Draft("[Synthetic] Aid and diplomacy", text, date, pick(List.of("wire", "state")), Kind.OTHER,
        List.of(), List.of(), List.of()));
  }

  // ---- words ----------------------------------------------------------------------------------

  private Map<String, String> slots(Incident incident, Facts.Weapon weapon, String actor, String kind, Stated figure) {
    Facts.Town town = townOf(incident);
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("place", random.nextDouble() < 0.5 ? town.name() : pick(town.spellings()));
    slots.put("gov", governorate(town.admin1()));
    slots.put("day", day(incident.date()));
    // state media do not name the side that their own forces are on
    slots.put("attack", kind.equals("state") ? weapon.withoutActor() : weapon.withActor().replace("{actor}", actor));
    String source = pick(facts.sources.get(kind));
    slots.put("source", source);
    slots.put("source_cap", capital(source));
    slots.put("count", count(figure.killed(), figure.qualifier(), false));
    slots.put("count_cap", count(figure.killed(), figure.qualifier(), true));
    slots.put("people", figure.killed() == 1 ? "person" : pick(List.of("people", "civilians", "people")));
    slots.put("children", number(incident.children()));
    slots.put("women", number(incident.women()));
    return slots;
  }

  private String governorate(String admin1) {
    return pick(facts.governorates.getOrDefault(admin1, List.of(admin1 + " province")));
  }

  private String day(LocalDate date) {
    return random.nextDouble() < 0.7 ? "on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        : "on " + CALENDAR.format(date);
  }

  /** "at least 12", "about 15", "12"; opening a sentence, an exact figure is written in words. */
  private String count(int n, String qualifier, boolean opening) {
    String figure = opening && qualifier.equals("exact") ? words(n) : number(n);
    String phrase = switch (qualifier) {
      case "at least" -> "at least " + figure;
      case "about" -> "about " + figure;
      default -> figure;
    };
    return opening ? capital(phrase) : phrase;
  }

  /** Small figures as words now and then, as newspapers write them. */
  private String number(int n) {
    return n <= 9 && random.nextBoolean() ? words(n) : Integer.toString(n);
  }

  static String words(int n) {
    if (n < 20) {
      return UNITS[n];
    }
    if (n < 100) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    }
    return Integer.toString(n);
  }

  static String fill(String template, Map<String, String> slots) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      String key = template.substring(open + 1, close);
      String value = slots.get(key);
      if (value == null) {
        throw new IllegalStateException("template '" + template + "' uses {" + key
            + "}, which this kind of report does not fill; see the placeholders in templates.tsv");
      }
      out.append(template, i, open).append(value);
      i = close + 1;
    }
    return capital(out.toString());
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
