package observatory.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code observatory} command: {@code extract} claims from reports, {@code ingest} them into the
 * store and {@code link} them into incidents, list {@code incidents}, their {@code totals}, {@code show} one,
 * {@code eval} against the annotated corpus, {@code gazetteer import} a monitor's own places,
 * show how {@code places} resolve, and {@code generate} a synthetic corpus with its ground truth.
 * Errors are one line on standard error, never a stack trace.
 */
@Command(name = "observatory", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "An open conflict observatory: reports of violence in, claims with evidence out.",
    subcommands = CommandLine.HelpCommand.class)
public final class Main implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = execute(args, out, err, System.in);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line in-process and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, InputStream stdin) {
    return commandLine(out, err, stdin).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream stdin) {
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand("extract", new ExtractCommand(stdin));
    cli.addSubcommand("ingest", new IngestCommand(stdin));
    cli.addSubcommand("link", new IncidentCommands.Link());
    cli.addSubcommand("incidents", new IncidentCommands.Incidents());
    cli.addSubcommand("totals", new IncidentCommands.TotalsCommand());
    cli.addSubcommand("show", new IncidentCommands.Show());
    cli.addSubcommand("incident", new AnalystCommands.IncidentCommand());
    cli.addSubcommand("audit", new AnalystCommands.Audit());
    cli.addSubcommand("tallies", new AnalystCommands.TalliesCommand());
    cli.addSubcommand("series", new AnalystCommands.SeriesCommand());
    cli.addSubcommand("eval", new EvalCommand());
    cli.addSubcommand("gazetteer", new GazetteerCommand());
    cli.addSubcommand("places", new PlacesCommand());
    cli.addSubcommand("generate", new GenerateCommand());
    cli.addSubcommand("score-links", new ScoreLinksCommand());
    cli.addSubcommand("link-eval", new LinkEvalCommand());
    cli.addSubcommand("onset", new OnsetCommands.OnsetCommand());
    cli.addSubcommand("trend", new OnsetCommands.TrendCommand());
    cli.addSubcommand("alerts", new OnsetCommands.AlertsCommand());
    cli.addSubcommand("forecast", new ForecastCommands.ForecastCommand());
    cli.addSubcommand("serve", new ServeCommand());
    cli.addSubcommand("demo", new DemoCommand());
    cli.addSubcommand("user", new CommandLine(new UserCommands.User()).addSubcommand("add", new UserCommands.Add(stdin)));
    cli.addSubcommand("token", new CommandLine(new UserCommands.Token()).addSubcommand("create", new UserCommands.Create()));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("observatory: " + oneLine(e));
      line.getErr().flush();
      return 2;
    });
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine line = e.getCommandLine();
      line.getErr().println("observatory: " + oneLine(e));
      line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      line.getErr().flush();
      return 2;
    });
    return cli;
  }

  /** An exception as one line: its message, or its type where it has none. */
  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    return m.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The project version, filtered into a resource at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"observatory " + p.getProperty("version", "unknown")};
    }
  }
}
