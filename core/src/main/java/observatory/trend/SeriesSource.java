package observatory.trend;

import java.time.LocalDate;
import java.util.List;

/**
 * Where daily series come from: an imported CSV file ({@link SeriesCsv}) or the store's incidents.
 * The store-backed source lives in the store module, so the core stays free of SQL.
 */
public interface SeriesSource {
  /** The regions with a series, sorted. */
  List<String> regions();

  /** The whole series of one region; an unknown region is an error that names it. */
  DailySeries daily(String region);

  /** The incidents behind a region's counts between two days, largest first; empty where the source has none. */
  default List<Driver> drivers(String region, LocalDate from, LocalDate to, int limit) {
    return List.of();
  }

  /** An incident that counts toward a series: its id, day, place, sources and how much it adds. */
  record Driver(String incidentId, LocalDate date, String place, String sources, long count) {
  }
}
