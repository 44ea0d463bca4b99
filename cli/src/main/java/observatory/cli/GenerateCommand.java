package observatory.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import observatory.generate.Corpus;
import observatory.generate.CorpusWriter;
import observatory.generate.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code observatory generate}: a synthetic corpus of reports with its ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes N synthetic reports (DIR/reports/NNNNNN.json, plain copies in DIR/text/) and their"
        + " ground truth (DIR/truth.json). The same N and seed give the same corpus."})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--reports", paramLabel = "N", required = true, description = "How many reports.")
  private int reports;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into.")
  private Path out;

  @Override
  public Integer call() {
    if (reports < 0) {
      spec.commandLine().getErr().println("observatory: --reports must be 0 or more, was " + reports);
      return 2;
    }
    Corpus corpus = Generator.generate(reports, seed);
    CorpusWriter.write(corpus, out);
    spec.commandLine().getOut().println(corpus.reports().size() + " reports about " + corpus.incidents().size()
        + " incidents written to " + out.resolve("reports") + ", ground truth in " + out.resolve("truth.json"));
    return 0;
  }
}
