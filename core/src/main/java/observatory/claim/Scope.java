package observatory.claim;

/**
 * Whether a claim states one event or a total over several. A total is never added to its parts.
 */
public enum Scope {
  /** One event: one place (or one city's neighbourhoods), one day. */
  SINGLE,
  /** A total over several places or days stated in the same report ("73 killed in strikes on several towns"). */
  TOTAL,
  /** A monitor's tally over a region and period ("288 civilians between 22 October and today"). */
  TALLY,
  /** A war-wide background toll ("more than 400,000 killed since 2011"). */
  BACKGROUND;

  public boolean isAggregate() {
    return this != SINGLE;
  }
}
