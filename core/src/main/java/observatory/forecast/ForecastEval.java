package observatory.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the forecasts by rolling origin on a real series, with no hindsight: at every month of the
 * data the models are fitted on the whole months known then, and each region with 12 months of
 * history is forecast 1 to {@code horizons} months ahead; each forecast is scored by its CRPS against
 * the month's count, beside two baselines scored on the very same months: persistence (a Poisson
 * around last month's count) and climatology (the region's last 12 months, each equally likely).
 * Skill = 1 − CRPS_model / CRPS_baseline, the mean CRPS taken over all regions, origins and horizons
 * (above 0: better than the baseline).
 */
public final class ForecastEval {
  private ForecastEval() {
  }

  /** The mean CRPS of the model and of the two baselines over a set of forecasts. */
  public record Score(int forecasts, double crpsModel, double crpsPersistence, double crpsClimatology) {
    public double skillVsPersistence() {
      return 1 - crpsModel / crpsPersistence;
    }

    public double skillVsClimatology() {
      return 1 - crpsModel / crpsClimatology;
    }
  }

  /** The scores over everything, by region and by horizon. */
  public record Result(String metric, Score overall, Map<String, Score> byRegion, Map<Integer, Score> byHorizon) {
    public Result {
      byRegion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
      byHorizon = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byHorizon));
    }
  }

  /** Rolling-origin evaluation of every region of {@code data}, 1 to {@code horizons} months ahead. */
  public static Result evaluate(MonthlyCounts data, int horizons) {
    if (horizons < 1 || horizons > Forecaster.MAX_MONTHS) {
      throw new IllegalArgumentException("--months " + horizons + " is out of range: forecasts cover 1 to " + Forecaster.MAX_MONTHS
          + " months");
    }
    Forecaster.Panel panel = Forecaster.Panel.of(data);
    Map<String, double[]> byRegion = new LinkedHashMap<>();
    Map<Integer, double[]> byHorizon = new LinkedHashMap<>();
    double[] all = new double[4];
    for (int h = 1; h <= horizons; h++) {
      NegativeBinomialRegression.Fit start = null;
      for (int origin = 0; origin + h < panel.months; origin++) {
        List<Integer> targets = new ArrayList<>();
        for (int r = 0; r < panel.regions(); r++) {
          if (panel.forecastable(r, origin) && panel.has(r, origin + h)) {
            targets.add(r);
          }
        }
        if (targets.isEmpty()) {
          continue;
        }
        NegativeBinomialRegression.Fit fit = panel.fit(origin, h, start);
        if (fit == null) {
          continue;
        }
        start = fit;
        for (int r : targets) {
          long y = panel.count(r, origin + h);
          double model = CountDistribution.negativeBinomial(fit.mean(panel.features(r, origin)), fit.size()).crps(y);
          double persistence = CountDistribution.poisson(panel.count(r, origin)).crps(y);
          long[] year = new long[Forecaster.HISTORY_MONTHS];
          for (int k = 0; k < year.length; k++) {
            year[k] = panel.count(r, origin - k);
          }
          double climatology = CountDistribution.empirical(year).crps(y);
          double[] scores = {1, model, persistence, climatology};
          add(all, scores);
          add(byRegion.computeIfAbsent(panel.names.get(r), k -> new double[4]), scores);
          add(byHorizon.computeIfAbsent(h, k -> new double[4]), scores);
        }
      }
    }
    if (all[0] == 0) {
      throw new IllegalArgumentException("nothing to evaluate: no region of " + data.metric() + " has " + Forecaster.HISTORY_MONTHS
          + " whole months and a later one, with " + Forecaster.MIN_ROWS + " region-months to fit on");
    }
    Map<String, Score> regions = new LinkedHashMap<>();
    for (String name : panel.names) {
      if (byRegion.containsKey(name)) {
        regions.put(name, score(byRegion.get(name)));
      }
    }
    Map<Integer, Score> hs = new LinkedHashMap<>();
    byHorizon.forEach((h, s) -> hs.put(h, score(s)));
    return new Result(data.metric(), score(all), regions, hs);
  }

  private static void add(double[] into, double[] scores) {
    for (int k = 0; k < into.length; k++) {
      into[k] += scores[k];
    }
  }

  private static Score score(double[] s) {
    return new Score((int) s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0]);
  }
}
