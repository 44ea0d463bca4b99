package observatory.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import observatory.export.ClaimJson;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.geo.GazetteerFormatException;
import observatory.report.Report;
import observatory.report.ReportFormatException;
import observatory.report.ReportReader;
import observatory.store.IngestResult;
import observatory.store.Store;
import observatory.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code observatory ingest PATH...}: reports, with the claims extraction finds, into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Stores reports with their claims, places and evidence; each report is stored whole or not at all.",
        "PATH may be plain text, HTML or an annotated JSON document; '-' reads standard input;"
            + " a folder stands for the files in it.",
        "A report already stored (same text) changes nothing. Ends with a summary: new, already known, rejected.",
        "When anything new was stored, the incidents are recomputed from all stored claims (as 'observatory link')."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file was stored or already known",
        "1:some file was rejected (each named in the summary with its reason), or the store could not be opened",
        "2:bad usage"})
final class IngestCommand implements Callable<Integer> {
  static final String DATABASE_FILE = "observatory.db";

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataOption data;

  @Option(names = "--db", paramLabel = "URL",
      description = {"The store: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=U&password=P",
          "(default: jdbc:sqlite:DIR/" + DATABASE_FILE + ", DIR the data folder, ./observatory-data)."})
  private String db;

  @Option(names = "--publisher", paramLabel = "P", description = "Publisher of every report; overrides the file's own.")
  private String publisher;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = Dates.class,
      description = "Publication date of every report (resolves 'on Sunday'); overrides the file's own.")
  private LocalDate published;

  @Option(names = "--url", paramLabel = "U", description = "Source URL of every report; overrides the file's own.")
  private String url;

  @Option(names = "--country", paramLabel = "CODE",
      description = "A country the monitor watches (ISO code or name, repeatable): a report that names no country "
          + "is read as being about it, so \"Ariha\" is the town in Idlib, not Jericho.")
  private List<String> countries = new java.util.ArrayList<>();

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10MB", converter = Sizes.class,
      description = "Reject files larger than this (default: ${DEFAULT-VALUE}).")
  private long maxSize;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress counter on standard error (default: when it is a terminal).")
  private Boolean progress;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Reports to store ('-' for standard input).")
  private List<String> paths;

  private final InputStream stdin;

  IngestCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String dbUrl = db != null ? db : "jdbc:sqlite:" + data.dir().resolve(DATABASE_FILE);
    ReportReader reader = ReportReader.standard().withMaxBytes(maxSize);
    Extractor extractor;
    try {
      extractor = ExtractCommand.extractor(data.dir(), countries);
    } catch (GazetteerFormatException e) {
      err.println("observatory: " + Main.oneLine(e));
      return 1;
    }

    List<String> rejected = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    for (String p : paths) {
      try {
        inputs.addAll(ExtractCommand.expand(p));
      } catch (IOException e) {
        rejected.add(p + ": cannot list the folder (" + Main.oneLine(e) + ")");
      }
    }

    Tally tally = new Tally(rejected);
    String linked = null;
    Progress counter = new Progress(err, progress != null ? progress : System.console() != null, inputs.size());
    try (Store store = Store.open(dbUrl)) {
      List<String> batchInputs = new ArrayList<>();
      List<Extraction> batch = new ArrayList<>();
      long batchStart = 0;
      for (int n = 0; n < inputs.size(); n++) {
        String input = inputs.get(n);
        counter.show(n);
        try {
          Report report = withOptions(input.equals("-") ? reader.read("-", stdin) : reader.read(Path.of(input)));
          Extraction extraction = extractor.extract(report);
          for (Extraction.Warning w : extraction.warnings()) {
            warnings.add(input + ": " + w);
          }
          if (!report.inReadableLanguage()) {
            unread.add(input + ": " + ClaimJson.unreadNote(report) + " (the report is stored)");
          }
          if (batch.isEmpty()) {
            batchStart = System.nanoTime();
          }
          batchInputs.add(input);
          batch.add(extraction);
        } catch (ReportFormatException e) {
          rejected.add(Main.oneLine(e));  // names the file already
        } catch (RuntimeException e) {
          rejected.add(input + ": extraction failed (" + Main.oneLine(e) + ")");
        }
        if (batch.size() >= BATCH_REPORTS || (!batch.isEmpty() && System.nanoTime() - batchStart > BATCH_NANOS)) {
          tally.store(store, batchInputs, batch);
        }
      }
      tally.store(store, batchInputs, batch);
      if (tally.stored > 0) {
        linked = IncidentCommands.summary(store.relink());
      }
    } catch (StoreException e) {
      counter.clear();
      err.println("observatory: " + Main.oneLine(e));
      err.flush();
      return 1;
    }
    int stored = tally.stored;
    int known = tally.known;
    long claims = tally.claims;
    counter.clear();

    out.printf("%d new (%d claims), %d already known, %d rejected%n", stored, claims, known, rejected.size());
    if (linked != null) {
      out.println(linked);
    }
    for (String reason : rejected) {
      out.println("rejected: " + reason);
    }
    for (String note : unread) {
      out.println("not read: " + note);
    }
    for (String warning : warnings) {
      out.println("warning: " + warning + " (the rest of the report is stored)");
    }
    out.flush();
    return rejected.isEmpty() ? 0 : 1;
  }

  /**
   * Reports stored per transaction (group commit): one commit, one sync to disk, per batch. A batch
   * is also stored once it is this old, so a killed run loses at most a moment's work; each report
   * stays all or nothing either way (see Store.ingestAll).
   */
  static final int BATCH_REPORTS = 100;
  static final long BATCH_NANOS = 250_000_000L;

  /** What the run did so far: reports stored, already known, and their claims; rejections beside. */
  private static final class Tally {
    private final List<String> rejected;
    int stored;
    int known;
    long claims;

    Tally(List<String> rejected) {
      this.rejected = rejected;
    }

    /** Stores the batch and empties it. */
    void store(Store store, List<String> inputs, List<Extraction> batch) {
      if (batch.isEmpty()) {
        return;
      }
      try {
        List<Store.Batched> outcomes = store.ingestAll(batch);
        for (int i = 0; i < outcomes.size(); i++) {
          Store.Batched outcome = outcomes.get(i);
          if (outcome instanceof Store.Batched.Done done && done.result() instanceof IngestResult.Stored s) {
            stored++;
            claims += s.claims();
          } else if (outcome instanceof Store.Batched.Done) {
            known++;
          } else if (outcome instanceof Store.Batched.Failed failed) {
            rejected.add(inputs.get(i) + ": not stored (" + Main.oneLine(failed.error()) + ")");
          }
        }
      } catch (StoreException e) {
        inputs.forEach(input -> rejected.add(input + ": not stored (" + Main.oneLine(e) + ")"));
      }
      inputs.clear();
      batch.clear();
    }
  }

  private Report withOptions(Report r) {
    if (publisher == null && published == null && url == null) {
      return r;
    }
    return new Report(r.id(), r.text(), r.title(),
        publisher != null ? Optional.of(publisher) : r.publisher(),
        url != null ? Optional.of(url) : r.url(),
        published != null ? Optional.of(published) : r.published(),
        r.language());
  }

  /**
   * A carriage-return counter ("ingest: 120/3400") on standard error, rewritten in place; picocli
   * has no progress bar, and a counter needs no terminal library.
   */
  private static final class Progress {
    private final PrintWriter err;
    private final boolean on;
    private final int total;
    private long last;

    Progress(PrintWriter err, boolean on, int total) {
      this.err = err;
      this.on = on && total > 1;
      this.total = total;
    }

    void show(int done) {
      long now = System.nanoTime();
      if (!on || (done > 0 && now - last < 200_000_000L)) {  // at most five updates a second
        return;
      }
      last = now;
      err.print("\ringest: " + done + "/" + total);
      err.flush();
    }

    void clear() {
      if (on) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
