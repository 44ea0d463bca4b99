package observatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import observatory.eval.LinkEval;
import observatory.geo.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code observatory link-eval DIR}: the linker alone on the annotated claims of a linking set. */
@Command(name = "link-eval", mixinStandardHelpOptions = true,
    description = {"Links the annotated incidents of a linking set (documents whose incidents carry an 'event' id",
        "shared by the reports of one real event) as if extraction had read them right, and scores the links",
        "pair by pair. Ends with one line: pairwise_precision=... pairwise_recall=... pairwise_f1=... events_split=N"})
final class LinkEvalCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private DataOption data;

  @Parameters(index = "0", paramLabel = "DIR", description = "A folder of annotated documents with event ids.")
  private Path dir;

  @Option(names = "--details", description = "Also list the missed pairs and the wrong merges, with the linker's reasons.")
  private boolean details;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("observatory: " + dir + ": not a folder of annotated documents");
      return 1;
    }
    List<Path> docs;
    try (Stream<Path> list = Files.list(dir)) {
      docs = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    }
    LinkEval.Result r;
    try {
      r = LinkEval.run(docs, Gazetteer.standard(data.dir()));
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("observatory: " + Main.oneLine(e));
      return 1;
    }
    if (details) {
      r.missedPairs().forEach(l -> out.println("missed: " + l));
      r.mergedPairs().forEach(l -> out.println("merged: " + l));
    }
    out.println("documents=" + r.documents() + " claims=" + r.claims() + " (tp=" + r.right() + " fp=" + r.wrongMerges()
        + " fn=" + r.missed() + ")");
    out.println(String.format(Locale.ROOT, "pairwise_precision=%.3f pairwise_recall=%.3f pairwise_f1=%.3f events_split=%d",
        r.precision(), r.recall(), r.f1(), r.eventsSplit()));
    out.flush();
    return 0;
  }
}
