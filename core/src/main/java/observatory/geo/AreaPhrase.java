package observatory.geo;

import java.util.ArrayList;
import java.util.List;
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

  static AreaPhrase parse(String phrase) {
    List<String> words = NameKeys.phraseWords(phrase);
    List<String> core = new ArrayList<>(words.size());
    List<String> withoutDirections = new ArrayList<>(words.size());
    String area = null;
    String direction = null;
    boolean city = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (i == 0 && word.equals("the")) {
        continue;
      }
      if (DIRECTIONS.contains(word)) {
        direction = direction == null ? word : direction + "-" + word;
        continue;
      }
      withoutDirections.add(word);
      if (AREA_WORDS.contains(word)) {
        area = area == null ? word : area;
      } else if (CITY_WORDS.contains(word)) {
        city = true;
      } else {
        core.add(word);
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
