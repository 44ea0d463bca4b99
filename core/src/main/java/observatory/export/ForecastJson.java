package observatory.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import observatory.forecast.ForecastEval;
import observatory.forecast.Forecaster;

/**
 * Forecasts and their evaluation as JSON, the same for the command line and the API. A forecast:
 * region, metric, as_of, origin (the last whole month it starts from), forecasts (one per month:
 * month, horizon, mean, size, median and the 50% and 90% intervals), last_12_months, and the models
 * (per horizon: coefficients by feature, size, rows). An evaluation: skill_vs_persistence,
 * skill_vs_climatology, forecasts, the mean CRPS of each, and the same per region and per horizon.
 */
public final class ForecastJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ForecastJson() {
  }

  public static ObjectNode of(Forecaster.Forecast f, LocalDate asOf) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("region", f.region());
    o.put("metric", f.metric());
    o.put("as_of", asOf.toString());
    o.put("origin", f.origin().toString());
    ArrayNode months = o.putArray("forecasts");
    for (Forecaster.MonthForecast m : f.months()) {
      ObjectNode n = months.addObject();
      n.put("month", m.month().toString());
      n.put("horizon", m.horizon());
      n.put("mean", m.mean());
      n.put("size", m.size());
      n.put("median", m.median());
      n.put("low50", m.low50());
      n.put("high50", m.high50());
      n.put("low90", m.low90());
      n.put("high90", m.high90());
    }
    ArrayNode last = o.putArray("last_12_months");
    for (int i = 0; i < f.lastYear().size(); i++) {
      ObjectNode n = last.addObject();
      n.put("month", f.origin().minusMonths(f.lastYear().size() - 1L - i).toString());
      n.put("count", f.lastYear().get(i));
    }
    ArrayNode models = o.putArray("models");
    for (Forecaster.Model m : f.models()) {
      ObjectNode n = models.addObject();
      n.put("horizon", m.horizon());
      ObjectNode c = n.putObject("coefficients");
      for (int i = 0; i < m.coefficients().size(); i++) {
        c.put(m.features().get(i), m.coefficients().get(i));
      }
      n.put("size", m.size());
      n.put("rows", m.rows());
    }
    return o;
  }

  public static ObjectNode of(ForecastEval.Result r, String file, String series) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("series", file);
    if (series != null) {
      o.put("series_name", series);
    }
    o.put("metric", r.metric());
    score(o, r.overall());
    ObjectNode regions = o.putObject("regions");
    for (Map.Entry<String, ForecastEval.Score> e : r.byRegion().entrySet()) {
      score(regions.putObject(e.getKey()), e.getValue());
    }
    ObjectNode horizons = o.putObject("horizons");
    for (Map.Entry<Integer, ForecastEval.Score> e : r.byHorizon().entrySet()) {
      score(horizons.putObject(Integer.toString(e.getKey())), e.getValue());
    }
    return o;
  }

  private static void score(ObjectNode o, ForecastEval.Score s) {
    putSkill(o, "skill_vs_persistence", s.crpsPersistence(), s.skillVsPersistence());
    putSkill(o, "skill_vs_climatology", s.crpsClimatology(), s.skillVsClimatology());
    o.put("forecasts", s.forecasts());
    o.put("crps_model", s.crpsModel());
    o.put("crps_persistence", s.crpsPersistence());
    o.put("crps_climatology", s.crpsClimatology());
  }

  /** A skill is undefined (null) when the baseline was perfect: a region with no incident in any month scored. */
  private static void putSkill(ObjectNode o, String key, double baseline, double skill) {
    if (baseline == 0) {
      o.putNull(key);
    } else {
      o.put(key, skill);
    }
  }
}
