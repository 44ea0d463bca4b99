package observatory.geo;

/**
 * How precisely a claim's place is known, with its codes in the two datasets users compare
 * against: ACLED {@code geo_precision} (1 town, 2 near a town or a district, 3 a province) and
 * UCDP GED {@code where_prec} (1 exact place, 2 within 25 km, 3 second-order admin area,
 * 4 first-order admin area, 6 country, 7 international waters or airspace).
 */
public enum LocationPrecision {
  /** A named town, village or neighbourhood found in the gazetteer. */
  PLACE(1, 1),
  /** Near a named place ("on the outskirts of", "a village outside Kobane"). */
  NEAR_PLACE(2, 2),
  /** A district (admin2). */
  ADMIN2(2, 3),
  /** A governorate or province (admin1): "Idlib province", "the southern Idlib countryside". */
  ADMIN1(3, 4),
  /** Only the country. */
  COUNTRY(3, 6);

  private final int acled;
  private final int ucdp;

  LocationPrecision(int acled, int ucdp) {
    this.acled = acled;
    this.ucdp = ucdp;
  }

  /** ACLED geo_precision, 1 to 3. */
  public int acledGeoPrecision() {
    return acled;
  }

  /** UCDP GED where_prec, 1 to 7. */
  public int ucdpWherePrec() {
    return ucdp;
  }
}
