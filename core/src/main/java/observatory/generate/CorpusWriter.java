package observatory.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Corpus} to a folder:
 * <ul>
 *   <li>{@code reports/NNNNNN.json}: the report, as {@code extract} and {@code ingest} read it
 *       ({@code text}, {@code published}, {@code publisher}, {@code url}, {@code title}), with
 *       {@code "synthetic": true} and the kind of {@code source} it is written as;</li>
 *   <li>{@code text/NNNNNN.txt}: the same text, plain, for reading (outside {@code reports/} so that
 *       ingesting that folder does not read each report twice);</li>
 *   <li>{@code truth.json}: the incidents and what each report says about them.</li>
 * </ul>
 */
public final class CorpusWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CorpusWriter() {
  }

  /** Writes the corpus into {@code dir}, creating it; files of an earlier corpus with the same names are replaced. */
  public static void write(Corpus corpus, Path dir) {
    try {
      Path reports = Files.createDirectories(dir.resolve("reports"));
      Path texts = Files.createDirectories(dir.resolve("text"));
      for (GeneratedReport r : corpus.reports()) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("id", r.id());
        doc.put("title", r.title());
        doc.put("publisher", r.publisher());
        doc.put("url", r.url());
        doc.put("published", r.published().toString());
        doc.put("language", "en");
        doc.put("synthetic", true);
        doc.put("source", r.source());
        doc.put("text", r.text());
        Files.writeString(reports.resolve(r.id() + ".json"), JSON.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
        Files.writeString(texts.resolve(r.id() + ".txt"), r.text() + "\n", StandardCharsets.UTF_8);
      }
      Files.writeString(dir.resolve("truth.json"), JSON.writeValueAsString(truth(corpus)) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the corpus to " + dir + ": " + e.getMessage(), e);
    }
  }

  static ObjectNode truth(Corpus corpus) {
    ObjectNode root = JSON.createObjectNode();
    root.put("generator", Generator.PUBLISHER);
    root.put("seed", corpus.seed());
    root.put("synthetic", true);
    ArrayNode incidents = root.putArray("incidents");
    for (Incident i : corpus.incidents()) {
      ObjectNode o = incidents.addObject();
      o.put("id", i.id());
      o.put("date", i.date().toString());
      o.put("place", i.place());
      o.put("geonameid", i.geonameId());
      o.put("country", "SY");
      o.put("admin1", i.admin1());
      o.put("actor", i.actor());
      o.put("weapon", i.weapon());
      o.put("killed", i.killed());
      o.put("children_killed", i.children());
      o.put("women_killed", i.women());
    }
    ArrayNode reports = root.putArray("reports");
    for (ReportTruth t : corpus.truth()) {
      ObjectNode o = reports.addObject();
      o.put("id", t.id());
      o.put("file", "reports/" + t.id() + ".json");
      o.put("published", t.published().toString());
      o.put("source", t.source());
      o.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode ids = o.putArray("incidents");
      t.incidents().forEach(ids::add);
      ArrayNode figures = o.putArray("figures");
      for (ReportTruth.Stated s : t.figures()) {
        figures.addObject().put("incident", s.incident()).put("killed", s.killed()).put("qualifier", s.qualifier());
      }
      ArrayNode totals = o.putArray("totals");
      for (ReportTruth.Total total : t.totals()) {
        ObjectNode to = totals.addObject().put("killed", total.killed()).put("qualifier", total.qualifier());
        ArrayNode parts = to.putArray("parts");
        total.parts().forEach(parts::add);
      }
    }
    return root;
  }
}
