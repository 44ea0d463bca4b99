package observatory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Daily series per region (a country, a governorate or a district), read from the incident tables. */
final class Series {
  /** Longer series are refused: a typo in a year should not fill memory with empty days. */
  static final long MAX_DAYS = 100 * 366;

  private Series() {
  }

  /** The series over the days of the region's first to last incident; empty when it has none. */
  static List<DailyCount> daily(Connection c, Region region) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT MIN(i.date_from), MAX(i.date_from) FROM incidents i"
        + " WHERE i.scope = 'single' AND i.status <> 'discounted' AND " + Regions.condition(region, "i"))) {
      Regions.bind(region, s, 1);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        String first = r.getString(1);
        String last = r.getString(2);
        return first == null ? List.of() : daily(c, region, LocalDate.parse(first), LocalDate.parse(last));
      }
    }
  }

  static List<DailyCount> daily(Connection c, Region region, LocalDate from, LocalDate to) throws SQLException {
    if (from == null || to == null || to.isBefore(from)) {
      throw new StoreException("the period " + from + ".." + to + " is not a period; it needs a first day on or before its last");
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days > MAX_DAYS) {
      throw new StoreException("the period " + from + ".." + to + " spans " + days + " days; at most " + MAX_DAYS);
    }
    long[][] acc = new long[(int) days][5];  // incidents, killed, civilians, air strikes, shelling
    try (PreparedStatement s = c.prepareStatement("SELECT i.date_from, i.sub_event_type, k.best, v.best FROM incidents i"
        + " LEFT JOIN incident_figures k ON k.incident_id = i.id AND k.measure = 'killed'"
        + " LEFT JOIN incident_figures v ON v.incident_id = i.id AND v.measure = 'civilians'"
        + " WHERE i.scope = 'single' AND i.status <> 'discounted' AND " + Regions.condition(region, "i")
        + " AND i.date_from >= ? AND i.date_from <= ?")) {
      int next = Regions.bind(region, s, 1);
      s.setString(next, from.toString());
      s.setString(next + 1, to.toString());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long[] day = acc[(int) ChronoUnit.DAYS.between(from, LocalDate.parse(r.getString(1)))];
          String sub = r.getString(2) == null ? "" : r.getString(2).toLowerCase(Locale.ROOT);
          day[0]++;
          day[1] += r.getLong(3);
          day[2] += r.getLong(4);
          day[3] += sub.equals("air/drone strike") ? 1 : 0;
          day[4] += sub.equals("shelling/artillery/missile attack") ? 1 : 0;
        }
      }
    }
    List<DailyCount> series = new ArrayList<>((int) days);
    for (int d = 0; d < days; d++) {
      long[] a = acc[d];
      series.add(new DailyCount(from.plusDays(d), a[0], a[1], a[2], a[3], a[4]));
    }
    return series;
  }
}
