package observatory.generate;

import java.time.LocalDate;

/**
 * One generated event: the ground truth that reports describe, each in its own words and figures.
 *
 * @param admin1 the governorate, as the gazetteer names it
 * @param actor the perpetrator, in the eval vocabulary ("Syrian government", "Russia")
 * @param weapon the weapon, as the weapons lexicon names it ("air strike")
 */
public record Incident(String id, LocalDate date, String place, long geonameId, String admin1,
    String actor, String weapon, int killed, int children, int women) {

  public Incident {
    if (killed < 1 || children < 0 || women < 0 || children + women > killed) {
      throw new IllegalArgumentException("incident " + id + ": children (" + children + ") and women (" + women
          + ") must fit within the killed (" + killed + ")");
    }
  }
}
