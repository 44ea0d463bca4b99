package observatory.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import observatory.trend.Change;
import observatory.trend.Finding;
import observatory.trend.SeriesSource;
import observatory.trend.Verdict;

/**
 * An onset verdict as JSON, the same for the command line and the API: region, metric, as_of,
 * verdict (yes: the latest change is an escalation; pause: a de-escalation; no: no change yet;
 * not_enough_data); for the first two the latest change (its direction, onset, interval, the day it
 * was announced, whether that is new, the rates before and after, their ratio (null when the rate
 * before was nought), the probability) and for yes the incidents that drive it; the history of
 * changes, each with its evidence; and every detector's finding on the as-of day with its values.
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
    if (v instanceof Verdict.Latest l) {
      o.put("verdict", v instanceof Verdict.Yes ? "yes" : "pause");
      change(o, l.change());
      o.put("new", l.isNew());
      if (v instanceof Verdict.Yes) {
        ArrayNode d = o.putArray("driven_by");
        for (SeriesSource.Driver i : drivers) {
          ObjectNode n = d.addObject();
          n.put("incident", i.incidentId());
          n.put("date", i.date().toString());
          n.put("place", i.place());
          n.put("sources", i.sources());
          n.put("count", i.count());
        }
      }
    } else if (v instanceof Verdict.No) {
      o.put("verdict", "no");
    } else if (v instanceof Verdict.NotEnoughData n) {
      o.put("verdict", "not_enough_data");
      o.put("reason", n.reason());
    }
    ArrayNode history = o.putArray("history");
    for (Change c : v.history()) {
      ObjectNode n = history.addObject();
      change(n, c);
      evidence(n, c.evidence());
    }
    evidence(o, v.evidence());
    return o;
  }

  private static void change(ObjectNode o, Change c) {
    o.put("change", c.direction().word());
    o.put("onset", c.onset().toString());
    o.put("interval_from", c.intervalFrom().toString());
    o.put("interval_to", c.intervalTo().toString());
    o.put("detected", c.detected().toString());
    o.put("rate_before", c.rateBefore());
    o.put("rate_after", c.rateAfter());
    if (Double.isInfinite(c.ratio())) {
      o.putNull("ratio");
    } else {
      o.put("ratio", c.ratio());
    }
    o.put("probability", c.probability());
  }

  private static void evidence(ObjectNode o, List<Finding> findings) {
    ArrayNode ev = o.putArray("evidence");
    for (Finding f : findings) {
      ObjectNode n = ev.addObject();
      n.put("detector", f.detector());
      n.put("fired", f.fired());
      n.put("summary", f.summary());
      n.set("values", MAPPER.valueToTree(f.values()));
    }
  }
}
