package observatory.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import observatory.report.Report;

/**
 * A corpus of <b>generated</b> news reports for benchmarking: none of it is real, none of it is
 * copied from an article or from the evaluation set. Each report is 1,500 to 3,000 characters of
 * wire-news or monitor-bulletin prose about air strikes, shelling, barrel bombs and running
 * tallies in Syrian towns (written in the spellings reports use: "Kafranbel" as well as
 * "Kafr Nabl"), with qualified figures ("at least 12", "dozens"), relative and calendar dates,
 * sources, and paragraphs about other things (aid, talks, prices) that the extractor must skip.
 * Every report has a publication date.
 *
 * <p>The same {@code (n, seed)} gives the same reports, so benchmark runs are comparable. The
 * prose is plausible, not true: figures, places and dates are drawn independently.
 */
public final class BenchCorpus {
  static final int MIN_LENGTH = 1_500;
  static final int MAX_LENGTH = 3_000;

  private BenchCorpus() {
  }

  /** {@code n} generated reports; the same {@code n} and {@code seed} give the same reports. */
  public static List<Report> generate(int n, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of reports must be 0 or more, was " + n);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Report> reports = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      reports.add(new Writer(random.split()).report());
    }
    return List.copyOf(reports);
  }

  /** A town as reports name it: its spellings and its governorate as reports write it. */
  private record Town(List<String> spellings, String governorate) {
    Town(String governorate, String... spellings) {
      this(List.of(spellings), governorate);
    }
  }

  private static final List<Town> TOWNS = List.of(
      new Town("Idlib", "Kafr Nabl", "Kafranbel", "Kafrnabel"),
      new Town("Idlib", "Maarat al-Numan", "Maaret al-Numan", "Maarrat al-Nu'man", "Ma'arat al-Nouman"),
      new Town("Idlib", "Saraqeb", "Saraqib"),
      new Town("Idlib", "Ariha"),
      new Town("Idlib", "Jisr al-Shughur", "Jisr al-Shugur", "Jisr ash-Shughur"),
      new Town("Idlib", "Khan Sheikhoun", "Khan Shaykhun", "Khan Shaykhoun"),
      new Town("Idlib", "Sarmin"),
      new Town("Idlib", "Binnish", "Binnesh"),
      new Town("Rif Dimashq", "Douma", "Duma"),
      new Town("Rif Dimashq", "Harasta"),
      new Town("Rif Dimashq", "Zamalka", "Zamalka'a"),
      new Town("Rif Dimashq", "Darayya", "Daraya"),
      new Town("Rif Dimashq", "Arbin", "Irbin"),
      new Town("Deir ez-Zor", "Deir ez-Zor", "Deir al-Zor", "Deir Ezzor"),
      new Town("Deir ez-Zor", "al-Bukamal", "Albu Kamal", "Abu Kamal"),
      new Town("Deir ez-Zor", "al-Mayadin", "Mayadeen"),
      new Town("Raqqa", "Raqqa", "al-Raqqa", "Rakka"),
      new Town("Raqqa", "Tabqa", "al-Tabqa"),
      new Town("Aleppo", "Afrin", "Efrin"),
      new Town("Aleppo", "al-Bab", "Al Bab"),
      new Town("Aleppo", "Azaz", "A'zaz"),
      new Town("Aleppo", "Manbij", "Menbij"),
      new Town("Aleppo", "al-Atarib", "Atareb"),
      new Town("Hama", "Latamneh", "al-Lataminah"),
      new Town("Hama", "Kafr Zita", "Kafr Zeita"),
      new Town("Hama", "Morek", "Murak"),
      new Town("Homs", "Talbiseh", "Talbisa"),
      new Town("Homs", "al-Rastan", "Rastan"),
      new Town("Daraa", "Busra al-Harir", "Busr al-Harir"),
      new Town("Daraa", "Nawa"));

  private static final List<String> DIRECTIONS = List.of("southern", "northern", "eastern", "western");
  private static final List<String> AGENCIES = List.of("AFP", "Reuters", "AP", "dpa", "ANHA", "SMART");
  private static final List<String> MONITORS = List.of(
      "the Syrian Observatory for Human Rights", "the Britain-based Observatory",
      "the Syrian Network for Human Rights", "the Violations Documentation Center",
      "the Syrian Civil Defence", "the White Helmets rescue service", "a local coordination committee",
      "a doctor at the field hospital", "activists on the ground", "state news agency SANA");
  private static final List<String> STRIKERS = List.of(
      "Russian warplanes", "Syrian government aircraft", "regime helicopters", "warplanes believed to be Russian",
      "coalition aircraft", "Turkish drones", "unidentified jets");
  private static final List<String> MUNITIONS = List.of(
      "barrel bombs", "vacuum missiles", "cluster munitions", "guided missiles", "incendiary bombs");
  private static final List<String> GROUND_FIRE = List.of(
      "artillery shelling", "rocket fire", "mortar rounds", "Grad rockets", "tank fire", "elephant rockets");
  private static final List<String> TARGETS = List.of(
      "a crowded market", "a residential block", "a bakery", "a school", "the main hospital", "a mosque",
      "a camp for displaced families", "a petrol station", "the old town", "a poultry farm",
      "the road out of town");
  private static final List<String> VICTIMS = List.of(
      "civilians", "people", "residents", "members of one family", "displaced people", "fighters", "rebels",
      "soldiers", "pro-government militiamen");
  private static final List<String> SMALL = List.of(
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final List<String> VAGUE = List.of("dozens of", "scores of", "several", "a number of", "tens of");
  private static final List<String> QUALIFIERS = List.of(
      "at least ", "more than ", "nearly ", "around ", "some ", "up to ", "", "", "");

  /** Writes one report from its own random stream, so reports do not depend on each other's length. */
  private static final class Writer {
    private final SplittableRandom random;
    private final LocalDate published;
    private final Town town;
    private final String spelling;

    Writer(SplittableRandom random) {
      this.random = random;
      this.published = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(365 * 9));
      this.town = pick(TOWNS);
      this.spelling = pick(town.spellings());
    }

    Report report() {
      int target = MIN_LENGTH + random.nextInt(MAX_LENGTH - MIN_LENGTH - 300);
      boolean bulletin = random.nextInt(3) == 0;
      StringBuilder text = new StringBuilder(MAX_LENGTH);
      text.append(bulletin ? bulletinLead() : wireLead());
      while (text.length() < target) {
        String paragraph = paragraph(bulletin);
        if (text.length() + 2 + paragraph.length() > MAX_LENGTH) {
          continue;
        }
        text.append("\n\n").append(paragraph);
      }
      return Report.builder(text.toString())
          .title(bulletin ? "Daily toll: " + town.governorate() : "Strikes hit " + spelling)
          .publisher(bulletin ? "Monitor bulletin (generated)" : "Wire service (generated)")
          .published(published)
          .build();
    }

    private String wireLead() {
      String dateline = pick(List.of("BEIRUT", "AMMAN", "ISTANBUL", "DAMASCUS", "GAZIANTEP"));
      return dateline + " (" + pick(AGENCIES) + ") - " + pick(STRIKERS) + " struck " + spelling + " in "
          + pick(DIRECTIONS) + " " + town.governorate() + " " + when() + ", killing " + figure() + " "
          + pick(VICTIMS) + " and wounding " + figure() + " others, " + pick(MONITORS) + " said. "
          + "The strikes hit " + pick(TARGETS) + " as people gathered " + pick(List.of(
              "for morning prayers", "to buy bread", "after a night of bombardment", "to collect aid parcels"))
          + ".";
    }

    private String bulletinLead() {
      return "Daily bulletin, " + calendarDate(published) + ". " + capitalized(pick(MONITORS))
          + " documented the deaths of " + figure() + " people across Syria "
          + when() + ", among them " + small() + " children and " + small() + " women. The following "
          + "incidents were recorded by its network of sources.";
    }

    private String paragraph(boolean bulletin) {
      return switch (random.nextInt(bulletin ? 8 : 10)) {
        case 0, 1 -> airStrike();
        case 2 -> shelling();
        case 3 -> barrelBombs();
        case 4 -> tally();
        case 5 -> rescue();
        case 6 -> townLine();
        case 7 -> denial();
        default -> aside();
      };
    }

    private String airStrike() {
      Town other = pick(TOWNS);
      return pick(List.of("In ", "Further south, in ", "Elsewhere, in ", "In nearby "))
          + pick(other.spellings()) + ", " + pick(STRIKERS) + " dropped " + pick(MUNITIONS) + " on "
          + pick(TARGETS) + " " + when() + ". " + capitalized(figure()) + " " + pick(VICTIMS) + " were killed, "
          + "including " + pick(List.of("a child", "two children", "three women", "a rescuer")) + ", according to "
          + pick(MONITORS) + ". "
          + "Rescuers said the toll could rise because " + small() + " people remained under the rubble.";
    }

    private String shelling() {
      Town other = pick(TOWNS);
      return capitalized(pick(GROUND_FIRE)) + " on " + pick(other.spellings()) + " in the " + pick(DIRECTIONS)
          + " " + other.governorate() + " countryside killed " + figure() + " " + pick(VICTIMS) + " and injured "
          + pick(VAGUE) + " others " + when() + ", " + pick(MONITORS) + " reported. "
          + "Government forces have pounded the area for " + small() + " days, residents said by telephone.";
    }

    private String barrelBombs() {
      Town other = pick(TOWNS);
      return "Helicopters dropped " + small() + " barrel bombs on " + pick(other.spellings())
          + " " + when() + ", a witness told " + pick(AGENCIES) + ". \"We pulled " + small()
          + " bodies out with our hands,\" said a volunteer, who gave only his first name. "
          + capitalized(pick(MONITORS)) + " said " + (3 + random.nextInt(40)) + " people had died.";
    }

    private String tally() {
      int total = 1_000 + random.nextInt(60_000);
      return "Since the beginning of " + pick(List.of("the month", "the year", "the offensive", "March")) + ", "
          + pick(MONITORS) + " has documented the deaths of " + String.format(Locale.ROOT, "%,d", total)
          + " people in " + town.governorate() + " province, " + String.format(Locale.ROOT, "%,d", total / 3)
          + " of them civilians. More than " + (100 + random.nextInt(900)) + " children are among the dead.";
    }

    private String rescue() {
      return "Civil defence teams in " + pick(pick(TOWNS).spellings()) + " said they had recovered "
          + figure() + " bodies from " + pick(TARGETS) + " that was hit " + when() + " and were still searching "
          + "for survivors. A hospital in " + pick(pick(TOWNS).spellings()) + " was put out of service.";
    }

    private String townLine() {
      Town other = pick(TOWNS);
      return pick(other.spellings()) + " (" + other.governorate() + "): " + figure() + " " + pick(VICTIMS)
          + " killed in " + pick(List.of("an air strike", "shelling", "a drone strike", "clashes", "a car bomb"))
          + " " + when() + ".";
    }

    private String denial() {
      return pick(List.of("Russia's defence ministry", "The Syrian army", "A military source")) + " denied "
          + "that its forces had targeted civilians, saying the strikes hit " + pick(List.of(
              "\"terrorist positions\"", "weapons depots", "militant headquarters")) + " near "
          + pick(pick(TOWNS).spellings()) + ". The claim could not be independently verified.";
    }

    private String aside() {
      return switch (random.nextInt(5)) {
        case 0 -> "Talks in " + pick(List.of("Geneva", "Astana", "Sochi", "Vienna")) + " resumed " + when()
            + " without a breakthrough. Delegates said the next round was expected in " + pick(List.of(
                "two weeks", "the spring", "a month")) + ".";
        case 1 -> "A convoy of " + (10 + random.nextInt(60)) + " trucks carrying food and medicine crossed "
            + "from Turkey " + when() + ", the United Nations said, the first in " + small() + " weeks.";
        case 2 -> "The price of a bundle of bread in " + pick(pick(TOWNS).spellings()) + " has risen to "
            + (50 + random.nextInt(400)) + " Syrian pounds, traders said, as fuel shortages slowed bakeries.";
        case 3 -> "Schools in the area were closed for " + small() + " days and exams were postponed, the "
            + "local education directorate said in a statement.";
        default -> "Heavy rain flooded tents in camps near the Turkish border " + when() + ", aid workers said, "
            + "and families moved into mosques and unfinished buildings.";
      };
    }

    /** A casualty figure as reports write it: qualified, spelled out, vague or a range. */
    private String figure() {
      return switch (random.nextInt(6)) {
        case 0 -> small();
        case 1 -> pick(List.of("dozens of", "scores of", "several", "tens of"));
        case 2 -> {
          int low = 5 + random.nextInt(20);
          yield "between " + low + " and " + (low + 2 + random.nextInt(10));
        }
        default -> pick(QUALIFIERS) + (2 + random.nextInt(80));
      };
    }

    /** A date phrase relative to publication or on the calendar, sometimes none. */
    private String when() {
      return switch (random.nextInt(6)) {
        case 0 -> "on " + weekday(published.minusDays(1 + random.nextInt(6)));
        case 1 -> "yesterday";
        case 2 -> "on " + calendarDate(published.minusDays(random.nextInt(10)));
        case 3 -> "overnight";
        case 4 -> "on " + weekday(published) + " morning";
        default -> "last week";
      };
    }

    private String small() {
      return pick(SMALL);
    }

    private static String weekday(LocalDate date) {
      DayOfWeek day = date.getDayOfWeek();
      return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private String calendarDate(LocalDate date) {
      String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return random.nextBoolean() ? date.getDayOfMonth() + " " + month : month + " " + date.getDayOfMonth();
    }

    private static String capitalized(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private <T> T pick(List<T> options) {
      return options.get(random.nextInt(options.size()));
    }
  }
}
