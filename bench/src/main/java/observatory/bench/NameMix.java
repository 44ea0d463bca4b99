package observatory.bench;

import java.util.List;
import java.util.stream.Stream;

/**
 * The place names the gazetteer benchmarks resolve, in the proportions reports bring them: mostly
 * names as the gazetteer holds them or in a transliteration it must fold, some area phrases, and
 * names it does not have (which cost a full miss through every tier).
 */
final class NameMix {
  private NameMix() {
  }

  static final List<String> EXACT = List.of(
      "Kafr Nabl", "Saraqeb", "Ariha", "Douma", "Harasta", "Raqqa", "Afrin", "Manbij", "Azaz", "Aleppo",
      "Idlib", "Homs");
  static final List<String> VARIANTS = List.of(
      "Kafranbel", "Maaret al-Numan", "Maarrat al-Nu'man", "Saraqib", "Jisr al-Shugur", "Khan Shaykhun",
      "Deir al-Zor", "Albu Kamal", "al-Raqqa", "Efrin", "Menbij", "Duma");
  static final List<String> AREAS = List.of(
      "the southern Idlib countryside", "eastern Ghouta", "Idlib province", "the western Aleppo countryside",
      "northern Hama", "rural Damascus", "eastern Deir ez-Zor");
  static final List<String> UNKNOWN = List.of(
      "Kafr Quzzah al-Jadida", "Tell Zarzour al-Gharbi", "Springfield", "Khirbet Umm Nawwar", "the front");

  /** All of them, interleaved so that consecutive look-ups are of different kinds. */
  static List<String> all() {
    return Stream.of(EXACT, VARIANTS, AREAS, UNKNOWN).flatMap(List::stream).sorted().toList();
  }
}
