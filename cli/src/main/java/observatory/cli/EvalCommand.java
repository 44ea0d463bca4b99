package observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import observatory.eval.Scorer;
import observatory.export.ClaimJson;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.report.ReportFormatException;
import observatory.report.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code observatory eval DIR}: extract every annotated document and score as score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Runs the extractor on every annotated document (*.json) of DIR, writes the predictions"
        + " as <id>.json and prints the score, line for line as shared/eval/score.py prints it."})
final class EvalCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataOption data;

  @Parameters(index = "0", paramLabel = "DIR", description = "A folder of annotated documents.")
  private Path dir;

  @Option(names = "--predictions", paramLabel = "OUT_DIR",
      description = "Where to write the predictions (default: a new temporary folder, printed on standard error).")
  private Path predictions;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--verbose", description = "One line per document, as score.py --verbose.")
  private boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("observatory: " + dir + ": not a folder of annotated documents");
      return 1;
    }
    Path outDir = predictions != null ? Files.createDirectories(predictions)
        : Files.createTempDirectory("observatory-predictions-");
    ReportReader reader = ReportReader.standard();
    Extractor extractor = ExtractCommand.extractor(data.dir());
    boolean failed = false;
    List<Path> docs;
    try (Stream<Path> list = Files.list(dir)) {
      docs = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .sorted().toList();
    }
    for (Path doc : docs) {
      try {
        Extraction extraction = extractor.extract(reader.read(doc));
        for (Extraction.Warning w : extraction.warnings()) {
          err.println("observatory: " + doc.getFileName() + ": warning: " + w);
        }
        String json = ClaimJson.toJson(extraction);
        Files.writeString(outDir.resolve(doc.getFileName().toString()), json + "\n", StandardCharsets.UTF_8);
      } catch (ReportFormatException e) {
        err.println("observatory: " + Main.oneLine(e));
        failed = true;
      } catch (RuntimeException e) {
        // One document that fails is scored as predicting nothing; the run goes on.
        err.println("observatory: " + doc.getFileName() + ": extraction failed (" + Main.oneLine(e) + ")");
        failed = true;
      }
    }
    err.println("predictions: " + outDir);
    err.flush();
    Scorer.Score score = Scorer.score(dir, outDir, verbose);
    if (format == Format.json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(score, outDir)));
    } else {
      out.print(score.text());
    }
    out.flush();
    return failed ? 1 : 0;
  }

  private static ObjectNode json(Scorer.Score s, Path outDir) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("predictions", outDir.toString());
    o.put("documents", s.documents());
    o.put("without_prediction", s.withoutPrediction());
    o.put("gold", s.matched() + s.missed());
    o.put("predicted", s.matched() + s.falseAlarms());
    o.put("matched", s.matched());
    o.put("precision", s.precision());
    o.put("recall", s.recall());
    o.put("incident_f1", s.f1());
    o.put("strict_matched", s.strictMatched());
    o.put("strict_precision", s.strictPrecision());
    o.put("strict_recall", s.strictRecall());
    o.put("strict_f1", s.strictF1());
    ObjectNode fields = o.putObject("field_accuracy");
    s.fieldAccuracy().forEach(fields::put);
    o.put("perpetrator_accuracy", s.perpetratorAccuracy());
    o.put("weapon_overlap", s.weaponOverlap());
    o.put("document_total_accuracy", s.documentTotalAccuracy());
    o.put("summary", s.summary());
    return o;
  }
}
