package observatory.store;

import java.time.LocalDate;

/**
 * One day of a region's series ({@link Store#dailySeries}): the single incidents that are not
 * discounted, dated that day (an incident known only by a period counts on its first day).
 *
 * @param killed the sum of the incidents' best killed figure (as {@code totals} sums it)
 * @param civilians the sum of their best civilians killed figure (incidents that state none add 0)
 * @param airStrikes incidents of ACLED sub-event type "Air/drone strike"
 * @param shelling incidents of ACLED sub-event type "Shelling/artillery/missile attack"
 */
public record DailyCount(LocalDate day, long incidents, long killed, long civilians, long airStrikes, long shelling) {
  public DailyCount {
    if (day == null || incidents < 0 || killed < 0 || civilians < 0 || airStrikes < 0 || shelling < 0
        || airStrikes + shelling > incidents) {
      throw new IllegalArgumentException("a day needs a date and counts >= 0, strikes within incidents, was "
          + day + " " + incidents + " " + killed + " " + civilians + " " + airStrikes + " " + shelling);
    }
  }

  /** Air and artillery strikes together. */
  public long strikes() {
    return airStrikes + shelling;
  }
}
