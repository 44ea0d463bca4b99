package observatory.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import observatory.export.ClaimJson;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.report.Report;
import observatory.report.ReportFormatException;
import observatory.report.ReportReader;
import observatory.geo.Gazetteer;
import observatory.geo.GazetteerFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code observatory extract FILE...}: claims with evidence, as JSON or a table. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts the incidents each report states, with their evidence.",
        "FILE may be plain text, HTML or an annotated JSON document; '-' reads standard input;"
            + " a folder stands for the files in it.",
        "One file prints one JSON object; several print one object per line, each with a \"file\" field."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file was read (a part of a report that extraction lost is a warning on standard error"
        + " and in the JSON, not a failure)", "1:some file could not be read (each named on standard error)",
        "2:bad usage"})
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, table }

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataOption data;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = Dates.class,
      description = "Publication date used to resolve 'on Sunday'; overrides the file's own.")
  private LocalDate published;

  @Option(names = "--format", paramLabel = "json|table", defaultValue = "json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--country", paramLabel = "CODE",
      description = "A country the monitor watches (ISO code or name, repeatable): a report that names no country "
          + "is read as being about it, so \"Ariha\" is the town in Idlib, not Jericho.")
  private List<String> countries = new java.util.ArrayList<>();

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10MB", converter = Sizes.class,
      description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
  private long maxSize;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports to read ('-' for standard input).")
  private List<String> files;

  private final InputStream stdin;

  ExtractCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportReader reader = ReportReader.standard().withMaxBytes(maxSize);
    Extractor extractor;
    try {
      extractor = extractor(data.dir(), countries);
    } catch (GazetteerFormatException e) {
      err.println("observatory: " + Main.oneLine(e));
      return 1;
    }
    boolean failed = false;
    List<String> inputs = new ArrayList<>();
    for (String f : files) {
      try {
        inputs.addAll(expand(f));
      } catch (IOException e) {
        err.println("observatory: " + f + ": cannot list the folder (" + Main.oneLine(e) + ")");
        failed = true;
      }
    }
    boolean several = inputs.size() > 1;
    for (String input : inputs) {
      Extraction extraction;
      try {
        Report report = input.equals("-") ? reader.read("-", stdin) : reader.read(Path.of(input));
        if (published != null) {
          report = new Report(report.id(), report.text(), report.title(), report.publisher(), report.url(),
              Optional.of(published), report.language());
        }
        extraction = extractor.extract(report);
        for (Extraction.Warning w : extraction.warnings()) {
          err.println("observatory: " + input + ": warning: " + w);
        }
        if (!report.inReadableLanguage()) {
          err.println("observatory: " + input + ": " + ClaimJson.unreadNote(report));
          err.flush();
        }
      } catch (ReportFormatException e) {
        err.println("observatory: " + Main.oneLine(e));
        err.flush();
        failed = true;
        continue;
      } catch (RuntimeException e) {
        err.println("observatory: " + input + ": extraction failed (" + Main.oneLine(e) + ")");
        err.flush();
        failed = true;
        continue;
      }
      if (format == Format.table) {
        if (several) {
          out.println("== " + input);
        }
        out.print(Table.of(ClaimJson.toTree(extraction)));
        if (several) {
          out.println();
        }
      } else if (several) {
        out.println(ClaimJson.toJsonLine(extraction, input));
      } else {
        out.println(ClaimJson.toJson(extraction));
      }
      out.flush();
    }
    return failed ? 1 : 0;
  }

  /** A folder stands for its regular, non-hidden files (recursively, in name order). */
  static List<String> expand(String arg) throws IOException {
    Path p = Path.of(arg);
    if (arg.equals("-") || !Files.isDirectory(p)) {
      return List.of(arg);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> p.relativize(f).toString().chars().noneMatch(c -> c == '\0')
              && Stream.iterate(p.relativize(f), q -> q != null, Path::getParent)
                  .noneMatch(q -> q.getFileName().toString().startsWith(".")))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  /** The standard extractor, over the bundled gazetteer plus the places imported into {@code dataDir}. */
  static Extractor extractor(java.nio.file.Path dataDir) {
    return extractor(dataDir, List.of());
  }

  /** The extractor over the bundled gazetteer and the data folder's places, for the countries watched. */
  static Extractor extractor(java.nio.file.Path dataDir, List<String> countries) {
    Gazetteer gazetteer = Gazetteer.standard(dataDir);
    if (!countries.isEmpty()) {
      return Extractor.with(gazetteer, countries.stream().map(c -> gazetteer.country(c)
          .map(observatory.geo.Place::countryCode).orElse(c)).toList());
    }
    return gazetteer == Gazetteer.bundled() ? Extractor.standard() : Extractor.with(gazetteer);
  }
}
