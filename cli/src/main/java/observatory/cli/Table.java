package observatory.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A readable table of the incidents of one document, built from its JSON. */
final class Table {
  private static final String[] HEADERS = {"id", "date", "places", "admin1", "perpetrator", "weapons",
      "killed", "children", "women", "wounded", "scope", "part_of"};
  private static final int MAX_WIDTH = 32;

  private Table() {
  }

  static String of(JsonNode doc) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (JsonNode i : doc.path("incidents")) {
      rows.add(new String[] {
          text(i.get("id")), date(i), list(i.get("places")), text(i.get("admin1")), text(i.get("perpetrator")),
          list(i.get("weapons")), killed(i), text(i.get("children_killed")), text(i.get("women_killed")),
          text(i.get("wounded")), text(i.get("scope")), text(i.get("part_of"))});
    }
    if (rows.size() == 1) {
      return "(no incidents)\n";
    }
    int[] width = new int[HEADERS.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        row[c] = row[c].length() > MAX_WIDTH ? row[c].substring(0, MAX_WIDTH - 1) + "…" : row[c];
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      line(sb, rows.get(r), width);
      if (r == 0) {
        String[] rule = new String[HEADERS.length];
        for (int c = 0; c < rule.length; c++) {
          rule[c] = "-".repeat(width[c]);
        }
        line(sb, rule, width);
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] row, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      l.append(row[c]).append(" ".repeat(width[c] - row[c].length()));
      if (c < row.length - 1) {
        l.append("  ");
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }

  private static String date(JsonNode i) {
    if (!i.path("date").isNull() && !i.path("date").isMissingNode()) {
      return i.get("date").asText();
    }
    String from = text(i.get("date_from"));
    String to = text(i.get("date_to"));
    return from.isEmpty() && to.isEmpty() ? "" : from + ".." + to;
  }

  private static String killed(JsonNode i) {
    String k = text(i.get("killed"));
    String q = text(i.get("killed_qualifier"));
    return k.isEmpty() || q.isEmpty() || q.equals("exact") ? k : k + " (" + q + ")";
  }

  private static String list(JsonNode v) {
    List<String> parts = new ArrayList<>();
    if (v != null) {
      v.forEach(e -> parts.add(e.asText()));
    }
    return String.join(", ", parts);
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() ? "" : v.asText();
  }
}
