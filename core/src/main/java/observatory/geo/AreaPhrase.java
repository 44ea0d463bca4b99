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

  private static final Set<String> AREA_WORDS = Set.of(
      "province", "governorate", "governate", "countryside", "rural", "rif", "reef", "region", "area",
      "suburbs", "outskirts", "environs", "ريف", "محافظه", "منطقه", "ضواحي");
  private static final Set<String> DIRECTIONS = Set.of(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
      "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
      "southwestern", "شمال", "جنوب", "شرق", "غرب", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الاوسط",
      "شمالي", "جنوبي", "شرقي", "غربي");
  private static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "مدينه", "بلده", "قريه");
  private static final Set<String> FILLERS = Set.of("the", "of", "in", "s");

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
      bare = !KINDS.containsKey(words.get(i));
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
      Integer kind = KINDS.get(word);
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
