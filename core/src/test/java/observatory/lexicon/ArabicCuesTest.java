package observatory.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Arabic cue file {@code cues-ar.tsv}: it must load under the rules the extractor's cue
 * loader applies to {@code cues.tsv} (so that it can be moved next to it), name only roles the
 * English file names, and its cues must be found in Arabic text with their proclitics.
 */
class ArabicCuesTest {
  static final String ARABIC = "observatory/lexicon/cues-ar.tsv";
  static final String ENGLISH = "observatory/extract/cues.tsv";
  /** The scope stage's roles (period, aggregate, background, ...) live in their own file since the stages split. */
  static final String ENGLISH_SCOPE = "observatory/extract/scope-cues.tsv";

  /** A row as the extractor's loader reads it: role and lower-cased words split on spaces and hyphens. */
  record Row(int line, String role, List<String> words) {
  }

  /**
   * The rules of {@code observatory.extract.Cues.load}, restated: blank lines and lines starting
   * with '#' are skipped; every other line is exactly ROLE TAB PHRASE, both non-blank; the phrase
   * is lower-cased and split on spaces and hyphens into at least one word; a '*' may only end the
   * last word.
   */
  static List<Row> readLikeTheCueLoader(String resource) {
    List<Row> rows = new ArrayList<>();
    List<String> lines = DataFiles.lines(resource);
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new AssertionError(resource + " line " + n + ": expected ROLE<TAB>PHRASE, found '" + line + "'");
      }
      List<String> words = new ArrayList<>();
      for (String w : cols[1].trim().toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      if (words.isEmpty()) {
        throw new AssertionError(resource + " line " + n + ": phrase '" + cols[1] + "' has no word");
      }
      for (int i = 0; i < words.size() - 1; i++) {
        if (words.get(i).contains("*")) {
          throw new AssertionError(resource + " line " + n + ": '*' may only end the last word");
        }
      }
      rows.add(new Row(n, cols[0].trim(), words));
    }
    return rows;
  }

  private static Set<String> roles(List<Row> rows) {
    Set<String> roles = new LinkedHashSet<>();
    rows.forEach(r -> roles.add(r.role()));
    return roles;
  }

  @Test
  void theArabicFileLoadsUnderTheRulesOfTheEnglishOneAndNamesOnlyItsRoles() {
    List<Row> arabic = readLikeTheCueLoader(ARABIC);
    Set<String> englishRoles = roles(readLikeTheCueLoader(ENGLISH));
    englishRoles.addAll(roles(readLikeTheCueLoader(ENGLISH_SCOPE)));
    assertThat(arabic).hasSizeGreaterThan(400);
    assertThat(englishRoles).containsAll(roles(arabic));
    // every role the figures and scope rules read has Arabic words
    assertThat(roles(arabic)).contains("killed", "wounded", "noun:killed", "noun:wounded", "person", "civilians",
        "children", "women", "combatants", "composition", "not-casualty", "aggregate", "period", "background",
        "separate", "superseded", "suspected", "disputed", "negation", "attack", "generic");
    assertThat(arabic).allMatch(r -> r.words().stream().noneMatch(w -> w.endsWith("*")),
        "no prefix cues in Arabic");
  }

  @Test
  void everyArabicCueIsFoundInASentenceWithAConjunctionWrittenOntoIt() {
    RoleLexicon cues = RoleLexicon.load(ARABIC);
    List<String> missed = new ArrayList<>();
    for (Row row : readLikeTheCueLoader(ARABIC)) {
      String phrase = String.join(" ", row.words());
      String sentence = "قال المصدر " + "و" + phrase + " في البلدة";
      boolean found = cues.find(sentence).stream()
          .anyMatch(m -> m.label().equals(row.role()) && m.text(sentence).endsWith(row.words().get(row.words().size() - 1)));
      if (!found) {
        missed.add(row.line() + ": " + row.role() + " " + phrase);
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void aCasualtySentenceReadsByRole() {
    RoleLexicon cues = RoleLexicon.load(ARABIC);
    String text = "استشهد ثلاثة مدنيين بينهم طفلان، وأصيب آخرون بجروح، في حصيلة أولية";
    List<String> found = cues.find(text).stream().map(m -> m.label() + ":" + m.text(text)).toList();
    assertThat(found).contains("killed:استشهد", "civilians:مدنيين", "composition:بينهم", "children:طفلان",
        "wounded:أصيب", "wounded:بجروح", "superseded:في حصيلة أولية", "killed:حصيلة");
  }

  @Test
  void aCueOfOneRoleDoesNotHideAShorterOneOfAnother() {
    RoleLexicon cues = RoleLexicon.fromLines("two roles", List.of("aggregate\tارتفاع حصيلة", "killed\tحصيلة"));
    String text = "ارتفاع حصيلة القصف";
    assertThat(cues.find(text)).extracting(m -> m.label() + ":" + m.text(text))
        .containsExactly("aggregate:ارتفاع حصيلة", "killed:حصيلة");
  }

  @Test
  void aPrefixCueIsRefusedWithTheLineThatHoldsIt() {
    assertThatThrownBy(() -> RoleLexicon.fromLines("bad", List.of("# roles", "wounded\tinjur*")))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("bad line 2").hasMessageContaining("injur*");
  }
}
