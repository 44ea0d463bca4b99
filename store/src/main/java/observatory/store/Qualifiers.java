package observatory.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import observatory.claim.Casualties;
import observatory.claim.Category;
import observatory.claim.Count;
import observatory.claim.Qualifier;
import observatory.link.Measure;

/**
 * Every figure of a claim with its qualifier (schema v3): "at least 9 children" stays a floor,
 * "9 children" an exact count, "10 to 12 children" a range (qualifier 'at least' with a high).
 * Rows stored before v3 have no category qualifier and read as "at least", as they did.
 */
final class Qualifiers {
  private static final Measure[] OTHERS = {Measure.CIVILIANS, Measure.CHILDREN, Measure.WOMEN, Measure.COMBATANTS,
      Measure.WOUNDED};
  static final String COLUMNS;
  static final String PARAMETERS;

  static {
    StringBuilder columns = new StringBuilder();
    StringBuilder parameters = new StringBuilder();
    for (Measure m : OTHERS) {
      columns.append(columns.length() == 0 ? " " : ", ").append(m.label()).append("_qualifier, ").append(m.label()).append("_high");
      parameters.append(parameters.length() == 0 ? " " : ", ").append("?, ?");
    }
    COLUMNS = columns.toString();
    PARAMETERS = parameters.toString();
  }

  private Qualifiers() {
  }

  /** Binds the qualifier and high of each category figure and of wounded, from parameter {@code i} on. */
  static void bind(PreparedStatement s, int i, Casualties casualties) throws SQLException {
    for (Measure m : OTHERS) {
      Optional<Count> count = m == Measure.WOUNDED ? casualties.wounded() : casualties.killed(category(m));
      s.setString(i++, count.map(c -> c.qualifier().label()).orElse(null));
      if (count.isPresent() && count.get() instanceof Count.Range r) {
        s.setLong(i++, r.to());
      } else {
        s.setNull(i++, Types.BIGINT);
      }
    }
  }

  /** Every figure of the claim row as stated. */
  static Map<Measure, Count> read(ResultSet r) throws SQLException {
    Map<Measure, Count> stated = new EnumMap<>(Measure.class);
    long killed = r.getLong("killed");
    if (!r.wasNull()) {
      String q = r.getString("killed_qualifier");
      long high = r.getLong("killed_high");
      boolean noHigh = r.wasNull();
      Qualifier qualifier = q == null ? Qualifier.EXACT : Qualifier.fromLabel(q);
      // A range is stored as its low end, "at least", with a high; a real "at least" has no high.
      stated.put(Measure.KILLED, qualifier == Qualifier.AT_LEAST && !noHigh && high > killed
          ? new Count.Range(killed, high) : Count.of(killed, qualifier));
    }
    for (Measure m : OTHERS) {
      String column = m == Measure.WOUNDED ? "wounded" : m.label() + "_killed";
      long n = r.getLong(column);
      if (r.wasNull()) {
        continue;
      }
      String q = r.getString(m.label() + "_qualifier");
      long high = r.getLong(m.label() + "_high");
      boolean noHigh = r.wasNull();
      Qualifier qualifier = q == null ? Qualifier.AT_LEAST : Qualifier.fromLabel(q);
      stated.put(m, qualifier == Qualifier.AT_LEAST && !noHigh && high > n ? new Count.Range(n, high) : Count.of(n, qualifier));
    }
    return stated;
  }

  private static Category category(Measure m) {
    return Category.valueOf(m.name());
  }
}
