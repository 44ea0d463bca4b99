package observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import observatory.claim.Claim;
import observatory.claim.Evidence;
import observatory.report.Report;

/**
 * Extraction holds its invariants on any text: random report-like text built from fragments of
 * the field, and the red-team texts cut, duplicated, swapped and salted with digits and junk.
 * It never throws; every evidence span lies inside the text and quotes it; every part names a
 * claim of the same report, never itself.
 */
class ExtractionPropertiesTest {
  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 8);

  private static final List<String> FRAGMENTS = List.of(
      "at least 26 people", "killed", "were killed", "wounded", "dead", "including", "three children", "women",
      "civilians", "fighters", "another", "12", "1,204", "forty-two", "one", "a child", "dozens of",
      "in Kafr Nabl", "in the town of Maarat al-Numan", "in Idlib province", "the southern Idlib countryside",
      "Eastern Ghouta", "Deir ez-Zor", "Aleppo", "Syria", "Hama", "Douma", "in Raqqa and Deir ez-Zor provinces",
      "on Sunday", "on 3 May", "between 22 October and today", "since March 2011", "this month", "last week",
      "air strikes", "barrel bombs", "shelling", "a car bomb", "Russian warplanes", "regime forces", "ISIS",
      "the Syrian Observatory for Human Rights said", "according to SANA", "the White Helmets",
      "in total", "bringing the toll to", "raising the death toll to", "a previous toll had put the number at",
      "in a separate attack", "elsewhere", "most of the victims died in", "were among the dead", "of them",
      "(", ")", ",", ";", ":", "-", "\u2013", "\u2014", "\u2019s", "\u00a0", "\u200f", "\u0627\u0644", "\u0301",
      "\n", "\n\n", "\u2022 ", "- ", "* ", ".", "...", "?", "!", "\"", "'", "   ", "\t");

  @Property(tries = 300)
  void randomReportLikeTextKeepsTheInvariants(@ForAll("reportLike") String text) {
    checkInvariants(text);
  }

  @Property(tries = 200)
  void mutatedRedTeamTextsKeepTheInvariants(@ForAll @IntRange(min = 0, max = 10_000) int which,
      @ForAll long seed) {
    List<String> texts = RED_TEAM;
    checkInvariants(mutate(texts.get(which % texts.size()), new Random(seed)));
  }

  @Property(tries = 20)
  void aVeryLongSentenceKeepsTheInvariants(@ForAll @IntRange(min = 200, max = 2_000) int parts, @ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder("Air strikes killed ");
    for (int i = 0; i < parts; i++) {
      b.append(random.nextInt(50)).append(' ').append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())).replace(".", ""))
          .append(i % 3 == 0 ? ", " : " and ");
    }
    checkInvariants(b.append('.').toString());
  }

  @Provide
  Arbitrary<String> reportLike() {
    return Arbitraries.oneOf(
            Arbitraries.of(FRAGMENTS),
            Arbitraries.integers().between(0, 100_000).map(String::valueOf),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6),
            Arbitraries.strings().withCharRange('\u0600', '\u06ff').ofMaxLength(4))
        .list().ofMinSize(1).ofMaxSize(80)
        .map(parts -> String.join(" ", parts));
  }

  private static void checkInvariants(String text) {
    Report report = Report.builder(text).published(PUBLISHED).language("en").build();
    Extraction extraction = EXTRACTOR.extract(report);
    assertThat(extraction.warnings()).as("warnings on: %s", text).isEmpty();
    Set<String> ids = new HashSet<>();
    extraction.claims().forEach(c -> ids.add(c.id()));
    for (Claim c : extraction.claims()) {
      for (Evidence e : c.evidence()) {
        assertThat(e.span().start()).as("evidence start in: %s", text).isGreaterThanOrEqualTo(0);
        assertThat(e.span().end()).as("evidence end in: %s", text).isLessThanOrEqualTo(text.length());
        assertThat(e.text()).as("evidence text in: %s", text).isEqualTo(e.span().of(text));
      }
      c.partOf().ifPresent(total -> {
        assertThat(ids).as("part_of of %s in: %s", c.id(), text).contains(total);
        assertThat(total).as("part_of of %s in: %s", c.id(), text).isNotEqualTo(c.id());
      });
    }
  }

  /** Cuts, duplicates, swaps, inserts digits or junk: a few edits, each at a random place. */
  static String mutate(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(6);
    for (int k = 0; k < edits && b.length() > 0; k++) {
      int at = random.nextInt(b.length());
      int len = Math.min(b.length() - at, 1 + random.nextInt(200));
      switch (random.nextInt(5)) {
        case 0 -> b.delete(at, at + len);
        case 1 -> b.insert(at, b.substring(at, at + len));
        case 2 -> {
          int other = random.nextInt(b.length());
          int len2 = Math.min(b.length() - other, len);
          String x = b.substring(at, at + len);
          String y = b.substring(other, other + len2);
          if (other >= at + len) {
            b.replace(other, other + len2, x).replace(at, at + len, y);
          } else if (other + len2 <= at) {
            b.replace(at, at + len, y).replace(other, other + len2, x);
          }
        }
        case 3 -> b.insert(at, " " + random.nextInt(1_000_000) + " ");
        default -> b.insert(at, JUNK.get(random.nextInt(JUNK.size())));
      }
    }
    return b.toString();
  }

  private static final List<String> JUNK = List.of("\u0000", "\uFFFD", "((", "))", ":;", "\n\n\n", "\u200b", "%",
      "\\", "$1", "[", "]", "{", "}", "\u202e", "\ud83d\ude00", ",,,", "..", "--", "12:30", "3/5/2019", "#", "'s");

  private static final List<String> RED_TEAM = readRedTeam();

  private static List<String> readRedTeam() {
    Path dir = Path.of("src/test/resources/observatory/extract/redteam");
    try (Stream<Path> files = Files.list(dir)) {
      List<String> out = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      if (out.isEmpty()) {
        throw new IllegalStateException("no red-team text in " + dir.toAbsolutePath());
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the red-team texts in " + dir.toAbsolutePath(), e);
    }
  }
}
