package observatory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTablesTest {

  /**
   * Regression: the tables were JDK immutable maps, whose iteration order changes from one JVM run
   * to the next; the order decides which of two governorates sharing a spelling wins, so the same
   * report could resolve differently on two runs.
   */
  @Test
  void governoratesAndCountriesIterateInCodeOrderOnEveryRun() {
    ReferenceTables tables = ReferenceTables.bundled();
    List<String> admin1 = new ArrayList<>(tables.admin1ByCode().keySet());
    List<String> countries = new ArrayList<>(tables.countryByCode().keySet());
    assertThat(admin1).isSorted().isNotEmpty();
    assertThat(countries).isSorted().isNotEmpty();
  }
}
