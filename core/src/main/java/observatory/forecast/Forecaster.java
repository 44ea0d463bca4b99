package observatory.forecast;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door of forecasting: a region's counts for the next one to three months, each as a
 * negative-binomial predictive distribution with its intervals, in the way ACLED CAST and the VIEWS
 * forecasting challenge forecast conflict: monthly, from each region's own recent history.
 *
 * <p>One regression per horizon h (direct forecasting: no forecast is fed back as data), pooled over
 * the regions of the source so that a quiet region borrows strength from the busy ones: the count
 * of month m + h is negative binomial with log mean β0 + β1 log(1 + last month) + β2 log(1 + mean of
 * the last 3 months) + β3 log(1 + mean of the last 12 months) + β4 log(1 + the other regions' mean
 * last month, for a region active in the last 12 months) + β5 (1 for a region dormant for 12 months),
 * fitted on every whole month known at the origin. Regions need 12 whole months of history.
 */
public final class Forecaster {
  /** Months of history a region needs before it is forecast. */
  public static final int HISTORY_MONTHS = 12;
  /** The longest horizon. */
  public static final int MAX_MONTHS = 3;
  /** The ridge penalty on the slopes: see README "Forecasts". */
  static final double RIDGE = 1.0;
  /** Training rows a horizon needs before its model is fitted. */
  static final int MIN_ROWS = 24;
  static final String[] FEATURES = {"intercept", "log1p_last_month", "log1p_mean_3_months", "log1p_mean_12_months",
      "log1p_others_last_month_if_active", "dormant_12_months"};

  private Forecaster() {
  }

  /** One month's predictive distribution: its mean, size and the 50% and 90% central intervals. */
  public record MonthForecast(YearMonth month, int horizon, double mean, double size, long median, long low50, long high50,
      long low90, long high90) {
    static MonthForecast of(YearMonth month, int horizon, CountDistribution d, double size) {
      return new MonthForecast(month, horizon, d.mean(), size, d.quantile(0.5), d.quantile(0.25), d.quantile(0.75),
          d.quantile(0.05), d.quantile(0.95));
    }
  }

  /** A horizon's fitted model: coefficients by feature name, the size, the training rows. */
  public record Model(int horizon, List<String> features, List<Double> coefficients, double size, int rows) {
    public Model {
      features = List.copyOf(features);
      coefficients = List.copyOf(coefficients);
    }
  }

  /** A region's forecast from the last whole month known (the origin). */
  public record Forecast(String region, String metric, YearMonth origin, List<MonthForecast> months, List<Model> models,
      List<Long> lastYear) {
    public Forecast {
      months = List.copyOf(months);
      models = List.copyOf(models);
      lastYear = List.copyOf(lastYear);
    }
  }

  /** The forecast of {@code region} for the {@code months} months after its last whole month. */
  public static Forecast forecast(MonthlyCounts data, String region, int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException("--months " + months + " is out of range: forecasts cover 1 to " + MAX_MONTHS + " months");
    }
    MonthlyCounts.Region r = data.region(region);
    Panel panel = Panel.of(data);
    int ri = panel.index(r.name());
    int origin = panel.last(ri);
    if (panel.history(ri, origin) < HISTORY_MONTHS) {
      throw new IllegalArgumentException(r.name() + " has " + r.length() + " whole months of " + data.metric() + " up to "
          + r.last() + "; a forecast needs " + HISTORY_MONTHS);
    }
    List<MonthForecast> out = new ArrayList<>();
    List<Model> models = new ArrayList<>();
    for (int h = 1; h <= months; h++) {
      NegativeBinomialRegression.Fit fit = panel.fit(origin, h, null);
      if (fit == null) {
        throw new IllegalArgumentException("too little history in the source to fit a " + h + "-month model at " + panel.month(origin)
            + " (" + MIN_ROWS + " region-months needed)");
      }
      double mean = fit.mean(panel.features(ri, origin));
      out.add(MonthForecast.of(panel.month(origin + h), h, CountDistribution.negativeBinomial(mean, fit.size()), fit.size()));
      models.add(new Model(h, List.of(FEATURES), java.util.Arrays.stream(fit.beta()).boxed().toList(), fit.size(), fit.rows()));
    }
    List<Long> lastYear = new ArrayList<>();
    for (int m = origin - HISTORY_MONTHS + 1; m <= origin; m++) {
      lastYear.add(panel.count(ri, m));
    }
    return new Forecast(r.name(), data.metric(), panel.month(origin), out, models, lastYear);
  }

  /**
   * The regions' months on one calendar: counts by region and month index (month 0 the earliest
   * whole month of any region), each region present from its first whole month to its last.
   */
  static final class Panel {
    final List<String> names = new ArrayList<>();
    final YearMonth first;
    final int[] from;
    final int[] to;      // inclusive
    final long[][] y;    // y[r][m - from[r]]
    final int months;

    private Panel(MonthlyCounts data) {
      List<MonthlyCounts.Region> regions = data.list();
      YearMonth f = null;
      YearMonth l = null;
      for (MonthlyCounts.Region r : regions) {
        f = f == null || r.first().isBefore(f) ? r.first() : f;
        l = l == null || r.last().isAfter(l) ? r.last() : l;
      }
      first = f == null ? YearMonth.of(2000, 1) : f;
      months = f == null ? 0 : (int) f.until(l, ChronoUnit.MONTHS) + 1;
      from = new int[regions.size()];
      to = new int[regions.size()];
      y = new long[regions.size()][];
      for (int i = 0; i < regions.size(); i++) {
        MonthlyCounts.Region r = regions.get(i);
        names.add(r.name());
        from[i] = (int) first.until(r.first(), ChronoUnit.MONTHS);
        to[i] = from[i] + r.length() - 1;
        y[i] = r.counts();
      }
    }

    static Panel of(MonthlyCounts data) {
      return new Panel(data);
    }

    int index(String name) {
      return names.indexOf(name);
    }

    int regions() {
      return names.size();
    }

    YearMonth month(int m) {
      return first.plusMonths(m);
    }

    int last(int r) {
      return to[r];
    }

    boolean has(int r, int m) {
      return m >= from[r] && m <= to[r];
    }

    long count(int r, int m) {
      return y[r][m - from[r]];
    }

    /** Whole months of region r up to and including month m. */
    int history(int r, int m) {
      return Math.min(m, to[r]) - from[r] + 1;
    }

    /** The features of region r with month m the last known; the region needs its 12 months up to m. */
    double[] features(int r, int m) {
      double last = count(r, m);
      double three = 0;
      double twelve = 0;
      for (int k = 0; k < HISTORY_MONTHS; k++) {
        long c = count(r, m - k);
        twelve += c;
        if (k < 3) {
          three += c;
        }
      }
      double others = 0;
      int n = 0;
      for (int j = 0; j < names.size(); j++) {
        if (j != r && has(j, m)) {
          others += count(j, m);
          n++;
        }
      }
      // The rest of the source's activity informs a region active in the last year; a region with
      // none is dormant, and its own indicator lets the model forecast it near nothing.
      boolean dormant = twelve == 0;
      return new double[] {1, Math.log1p(last), Math.log1p(three / 3), Math.log1p(twelve / HISTORY_MONTHS),
          dormant ? 0 : Math.log1p(n == 0 ? 0 : others / n), dormant ? 1 : 0};
    }

    /** Region r can be forecast from month m: it has 12 whole months up to m. */
    boolean forecastable(int r, int m) {
      return has(r, m) && m - from[r] + 1 >= HISTORY_MONTHS;
    }

    /**
     * The h-month model fitted on what was known at the end of month {@code origin}: every region and
     * month m with m + h at most the origin. Null when fewer than {@link #MIN_ROWS} rows.
     */
    NegativeBinomialRegression.Fit fit(int origin, int h, NegativeBinomialRegression.Fit start) {
      List<NegativeBinomialRegression.Row> rows = new ArrayList<>();
      for (int r = 0; r < names.size(); r++) {
        for (int m = from[r] + HISTORY_MONTHS - 1; m + h <= Math.min(origin, to[r]); m++) {
          rows.add(new NegativeBinomialRegression.Row(features(r, m), count(r, m + h)));
        }
      }
      if (rows.size() < MIN_ROWS) {
        return null;
      }
      return NegativeBinomialRegression.fit(rows, RIDGE, start);
    }
  }
}
