package observatory.store;

import java.util.Locale;
import java.util.Optional;

/** A region as queries take it: a governorate (admin1, any case) or a country (ISO code or English name). */
final class Regions {
  private Regions() {
  }

  /** The ISO code of the country this names ("SY", "sy", "Syria"), if it names one. */
  static Optional<String> country(String region) {
    String r = region.strip();
    for (String code : Locale.getISOCountries()) {
      if (code.equalsIgnoreCase(r) || new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(r)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** The SQL condition on the incidents table ({@code alias.admin1}, {@code alias.country}) with its two parameters. */
  static String condition(String alias) {
    return "(LOWER(" + alias + ".admin1) = ? OR " + alias + ".country = ?)";
  }

  static String admin1Parameter(String region) {
    return region.strip().toLowerCase(Locale.ROOT);
  }

  static String countryParameter(String region) {
    return country(region).orElse("");
  }
}
