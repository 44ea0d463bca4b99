package observatory.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import observatory.report.ReportFormatException;
import observatory.store.LinkScore;
import observatory.store.Store;
import observatory.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code observatory score-links --truth DIR}: the store's incidents against a generated corpus's truth. */
@Command(name = "score-links", mixinStandardHelpOptions = true,
    description = {"Scores the stored incidents against the ground truth of a generated corpus that was ingested:",
        "pairwise precision, recall and F1 of the links, and the true incidents counted twice in totals.",
        "Ends with one line: pairwise_precision=... pairwise_recall=... pairwise_f1=... double_counted=N incidents=N"})
final class ScoreLinksCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private IncidentCommands.StoreOption store;

  @Option(names = "--truth", paramLabel = "DIR", required = true,
      description = "The corpus folder 'generate' wrote: DIR/truth.json and DIR/reports.")
  private Path truth;

  @Option(names = "--details", description = "Also list the split true incidents and the mixed stored incidents.")
  private boolean details;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LinkScore.Result result;
    try (Store s = Store.open(store.url())) {
      result = LinkScore.score(s, truth);
    } catch (StoreException | UncheckedIOException | ReportFormatException e) {
      err.println("observatory: " + Main.oneLine(e));
      err.flush();
      return 1;
    }
    if (details) {
      result.splits().forEach(l -> out.println("split: " + l));
      result.merges().forEach(l -> out.println("merged: " + l));
    }
    LinkScore.lines(result).forEach(out::println);
    out.flush();
    return 0;
  }
}
