package observatory.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import observatory.trend.Finding;
import observatory.trend.SeriesSource;
import observatory.trend.Verdict;

/**
 * An onset verdict as JSON, the same for the command line and the API: region, metric, as_of,
 * verdict (yes, no, not_enough_data); for yes the onset, its interval, the rates before and after,
 * their ratio (null when the rate before was nought), the probability and the incidents that drive
 * it; and every detector's finding with its values.
 */
public final class VerdictJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VerdictJson() {
  }

  public static ObjectNode of(Verdict v, List<SeriesSource.Driver> drivers) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("region", v.region());
    o.put("metric", v.metric());
    o.put("as_of", v.asOf().toString());
    if (v instanceof Verdict.Yes y) {
      o.put("verdict", "yes");
      o.put("onset", y.onset().toString());
      o.put("interval_from", y.intervalFrom().toString());
      o.put("interval_to", y.intervalTo().toString());
      o.put("rate_before", y.rateBefore());
      o.put("rate_after", y.rateAfter());
      if (Double.isInfinite(y.ratio())) {
        o.putNull("ratio");
      } else {
        o.put("ratio", y.ratio());
      }
      o.put("probability", y.probability());
      ArrayNode d = o.putArray("driven_by");
      for (SeriesSource.Driver i : drivers) {
        ObjectNode n = d.addObject();
        n.put("incident", i.incidentId());
        n.put("date", i.date().toString());
        n.put("place", i.place());
        n.put("sources", i.sources());
        n.put("count", i.count());
      }
    } else if (v instanceof Verdict.No) {
      o.put("verdict", "no");
    } else if (v instanceof Verdict.NotEnoughData n) {
      o.put("verdict", "not_enough_data");
      o.put("reason", n.reason());
    }
    ArrayNode ev = o.putArray("evidence");
    for (Finding f : v.evidence()) {
      ObjectNode n = ev.addObject();
      n.put("detector", f.detector());
      n.put("fired", f.fired());
      n.put("summary", f.summary());
      n.set("values", MAPPER.valueToTree(f.values()));
    }
    return o;
  }
}
