package observatory.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place name as reports write it, taken apart: "the southern Idlib countryside" is the core
 * "idlib" with a direction and an area word; "Rif Idlib" and "ريف إدلب" likewise. A name
 * without such words is its own core.
 *
 * @param core the words that name the place, lower case
 * @param withoutDirections every word but "the" and the directions ("damascus countryside"):
 *     some areas are named that way ("Rural Damascus" is Rif Dimashq, not Damascus)
 * @param areaWord the word that makes it an area ("province", "countryside", "rif"), or null
 * @param direction "northern", "southern", ..., or null
 * @param cityWord true when the phrase says it is the town itself ("Idlib city")
 */
record AreaPhrase(String core, String withoutDirections, String areaWord, String direction, boolean cityWord) {

  // Arabic words are listed as NameKeys.arabicWords writes them (ة as ه, أ as ا).
  private static final Set<String> AREA_WORDS = Set.of(
      "province", "governorate", "governate", "countryside", "rural", "rif", "reef", "region", "area",
      "suburbs", "outskirts", "environs", "desert", "badia", "badiya",
      // countryside, governorate, area, subdistrict, camp, suburbs, surroundings, outskirts, desert, road
      "ريف", "الريف", "ارياف", "محافظه", "منطقه", "ناحيه", "مخيم", "ضواحي", "محيط", "اطراف", "باديه", "طريق");
  private static final Set<String> DIRECTIONS = Set.of(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
      "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
      "southwestern", "شمال", "جنوب", "شرق", "غرب", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الاوسط",
      "شمالي", "جنوبي", "شرقي", "غربي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الوسطي");
  // city, town, village. Not "حي" (neighbourhood): neighbourhoods are often named after towns
  // elsewhere, so "حي X" is only the place a gazetteer lists under that whole name.
  private static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "مدينه", "المدينه", "بلده", "قريه");
  // "in", "from", "to", "at" in Arabic ("في ريف حماة"); not "on" (على), written like the name Ali.
  private static final Set<String> FILLERS = Set.of("the", "of", "in", "s", "في", "من", "الي", "عند");

  private static final int AREA = 1;
  private static final int DIRECTION = 2;
  private static final int CITY = 3;
  /** Every word that makes a phrase more than a bare name, with its kind: one lookup per word. */
  private static final Map<String, Integer> KINDS = kinds();

  private static Map<String, Integer> kinds() {
    Map<String, Integer> kinds = new HashMap<>();
    AREA_WORDS.forEach(w -> kinds.put(w, AREA));
    DIRECTIONS.forEach(w -> kinds.put(w, DIRECTION));
    CITY_WORDS.forEach(w -> kinds.put(w, CITY));
    return Map.copyOf(kinds);
  }

  static AreaPhrase parse(String phrase) {
    List<String> words = NameKeys.phraseWords(phrase);
    int n = words.size();
    // A bare name, the common case: no "the" to drop and no area, direction or city word.
    boolean bare = n == 0 || !words.get(0).equals("the");
    for (int i = 0; bare && i < n; i++) {
      bare = kind(words.get(i)) == null;
    }
    if (bare) {
      String joined = n == 1 ? words.get(0) : String.join(" ", words);
      return new AreaPhrase(joined, joined, null, null, false);
    }
    List<String> core = new ArrayList<>(n);
    List<String> withoutDirections = new ArrayList<>(n);
    String area = null;
    String direction = null;
    boolean city = false;
    for (int i = 0; i < n; i++) {
      String word = words.get(i);
      if (i == 0 && word.equals("the")) {
        continue;
      }
      Integer kind = kind(word);
      if (kind != null && kind == DIRECTION) {
        direction = direction == null ? word : direction + "-" + word;
        continue;
      }
      withoutDirections.add(word);
      if (kind == null) {
        core.add(word);
      } else if (kind == AREA) {
        area = area == null ? word : area;
      } else {
        city = true;
      }
    }
    if (area != null || direction != null || city) {
      core.removeIf(FILLERS::contains);
    }
    return new AreaPhrase(String.join(" ", core), String.join(" ", withoutDirections), area, direction, city);
  }

  /**
   * What kind of qualifier a word is, or null for part of a name. An Arabic area or city word may
   * carry a conjunction or preposition before it and a possessive after it: "بريف" (in the
   * countryside of), "ومدينة", "وريفها" (and its countryside: "X وريفها").
   */
  private static Integer kind(String word) {
    Integer kind = KINDS.get(word);
    if (kind != null || word.length() < 4 || !NameKeys.isArabic(word)) {
      return kind;
    }
    for (String form : arabicForms(word)) {
      kind = KINDS.get(form);
      if (kind != null && kind != DIRECTION) {
        return kind;
      }
    }
    return null;
  }

  private static List<String> arabicForms(String word) {
    List<String> stems = new ArrayList<>(4);
    for (String suffix : List.of("", "ها", "ه")) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
        stems.add(word.substring(0, word.length() - suffix.length()));
      }
    }
    List<String> forms = new ArrayList<>(8);
    for (String stem : stems) {
      forms.add(stem);
      int i = 0;
      if (stem.charAt(i) == 'و' || stem.charAt(i) == 'ف') {
        i++;
      }
      if ("بلك".indexOf(stem.charAt(i)) >= 0) {
        i++;
      }
      if (i > 0 && stem.length() - i >= 3) {
        forms.add(stem.substring(i));
        forms.add("ال" + stem.substring(i));
        if (stem.startsWith("ال", i)) {
          forms.add(stem.substring(i + 2));
        }
      }
    }
    return forms;
  }

  /** True when the phrase is more than a bare name. */
  boolean qualified() {
    return areaWord != null || direction != null || cityWord;
  }

  /** How the phrase qualified its core, for a reason: "southern ... countryside". */
  String qualifiers() {
    List<String> parts = new ArrayList<>(2);
    if (direction != null) {
      parts.add(direction);
    }
    if (areaWord != null) {
      parts.add(areaWord);
    }
    return String.join(" ", parts);
  }
}
