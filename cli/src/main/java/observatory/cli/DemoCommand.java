package observatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import observatory.claim.Count;
import observatory.extract.Extractor;
import observatory.generate.Demo;
import observatory.generate.GeneratedReport;
import observatory.generate.Generator;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.serve.ServeConfig;
import observatory.serve.Server;
import observatory.store.IncidentFilter;
import observatory.store.Store;
import observatory.store.StoreException;
import observatory.store.StoreSeries;
import observatory.store.TallyAccount;
import observatory.trend.DailySeries;
import observatory.trend.Onset;
import observatory.trend.OnsetParameters;
import observatory.trend.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code observatory demo}: the whole story on the embedded default. Builds a demo store from the
 * generated reports of {@link Demo} (labelled as generated), prints the incidents of the offensive's
 * region, its totals, the monitor's tally and how much the incidents account for, and the answer to
 * "has the offensive started?", then serves the dashboard over it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Builds a demo store from generated reports (labelled as generated) whose figures come from a",
        "documented fact table (Idlib, late 2016), prints its incidents, totals, tally and whether the offensive",
        "on Idlib has started, then serves the dashboard over it.",
        "The store is DATA/demo.db, rebuilt on every run; the user's own store is never touched unless --db names it."})
final class DemoCommand implements Callable<Integer> {
  static final String DEMO_FILE = "demo.db";

  @Spec
  CommandSpec spec;
  @Mixin
  DataOption data;

  @Option(names = "--db", paramLabel = "URL",
      description = "Write the demo reports into this store instead (jdbc:sqlite:FILE or jdbc:postgresql://...);"
          + " nothing in it is deleted, reports already there are kept.")
  String db;

  @Option(names = "--port", defaultValue = "7070", description = "Port of the dashboard (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--no-serve", description = "Stop after printing (for scripts and CI).")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String url;
    try {
      url = db != null ? db : "jdbc:sqlite:" + fresh(data.dir().resolve(DEMO_FILE));
    } catch (IOException e) {
      spec.commandLine().getErr().println("observatory: cannot prepare the demo store in " + data.dir() + ": " + e.getMessage());
      return 1;
    }
    Demo.Table facts = Demo.facts();
    List<GeneratedReport> reports = Demo.reports();
    try (Store store = Store.open(url)) {
      Extractor extractor = Extractor.standard();
      for (GeneratedReport r : reports) {
        store.ingest(extractor.extract(r.toReport()));
      }
      Store.LinkSummary linked = store.relink();
      out.println("Demo store " + (db != null ? db : url.substring("jdbc:sqlite:".length())) + ": " + reports.size()
          + " generated reports (publisher \"" + Generator.PUBLISHER + "\", titles \"[Synthetic] ...\"),");
      out.println("  figures from the fact table observatory/generate/demo.tsv; " + IncidentCommands.summary(linked));
      out.println();
      print(out, store, facts);
      out.flush();
      if (noServe) {
        return 0;
      }
      serve(out, store, extractor);
    } catch (StoreException | IllegalStateException e) {
      spec.commandLine().getErr().println("observatory: " + Main.oneLine(e));
      return 1;
    }
    return 0;
  }

  /** The demo file, emptied: the demo is rebuilt on every run, and only its own file is removed. */
  private static Path fresh(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      Files.deleteIfExists(Path.of(file + suffix));
    }
    return file;
  }

  static void print(PrintWriter out, Store store, Demo.Table facts) {
    String region = facts.offensiveRegion();
    LocalDate first = facts.background().stream().map(Demo.Background::from).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = facts.background().stream().map(Demo.Background::to).max(Comparator.naturalOrder()).orElseThrow();
    IncidentFilter filter = IncidentFilter.all().region(region).from(first).to(last);
    java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
    facts.incidents().forEach(i -> days.add(i.day()));
    facts.roundups().forEach(r -> days.add(r.day()));
    List<Incident> documented = new ArrayList<>();
    for (LocalDate day : days) {
      store.incidents(IncidentFilter.all().region(region).from(day).to(day)).stream()
          .filter(i -> i.when() instanceof observatory.claim.When.Day).forEach(documented::add);
    }
    out.println("Incidents in " + region + " on the days of the fact table's documented strikes (killed, civilians and"
        + " children as low/best/high, + an open high; a roundup's total is an aggregate, never added to its parts):");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", "date", "place", "actor", "type", "status", "scope", "claims", "killed", "civilians", "children"});
    for (Incident i : documented) {
      rows.add(new String[] {i.id(), IncidentCommands.date(i.when()), i.placeName().orElse(""), i.actor().orElse(""),
          i.eventType().map(t -> t.subType()).orElse(""), i.status().label(), i.aggregate() ? "aggregate" : "single",
          Integer.toString(i.members().size()), IncidentCommands.range(i, Measure.KILLED),
          IncidentCommands.range(i, Measure.CIVILIANS), IncidentCommands.range(i, Measure.CHILDREN)});
    }
    out.print(IncidentCommands.table(rows));
    out.println();

    Totals totals = store.totals(filter);
    out.println("Totals of the " + store.incidents(filter).size() + " incidents in " + region + ", " + first + " to " + last + " (single incidents, not discounted; "
        + totals.aggregatesLeftOut() + " totals and tallies left out, never added to their parts):");
    for (Measure m : List.of(Measure.KILLED, Measure.CIVILIANS, Measure.CHILDREN, Measure.WOMEN)) {
      Totals.Sum s = totals.sums().get(m);
      if (s != null) {
        out.println(String.format(Locale.ROOT, "  %-10s low %d, best %d, high %s, from %d incidents", m.label(), s.low(),
            s.best(), s.high().isPresent() ? Long.toString(s.high().getAsLong()) : "open", s.incidents()));
      }
    }
    out.println();

    for (TallyAccount t : store.tallies(IncidentFilter.all().region(region))) {
      out.println("Tally by " + String.join("; ", t.sources().isEmpty() ? List.of(t.publisher().orElse("unknown")) : t.sources())
          + ", " + String.join("; ", t.regions()) + ", " + t.from().map(LocalDate::toString).orElse("…") + " to "
          + t.to().map(LocalDate::toString).orElse("…") + ":");
      t.unaccountable().ifPresent(why -> out.println("  not accounted for: " + why));
      for (Measure m : Measure.values()) {
        Count stated = t.stated().get(m);
        if (stated == null) {
          continue;
        }
        Totals.Sum sum = t.accounted().get(m);
        OptionalDouble share = t.share(m);
        out.println("  " + m.label() + ": " + stated.figure() + " stated; the documented incidents account for "
            + (sum == null ? 0 : sum.best()) + (share.isPresent() ? String.format(Locale.ROOT, " (%.0f%%)", 100 * share.getAsDouble()) : "")
            + (sum == null ? "" : " from " + sum.incidents() + " incidents"));
      }
    }
    out.println();

    out.println("Has the offensive on " + region + " started?");
    StoreSeries source = StoreSeries.of(store, "incidents");
    DailySeries series = source.daily(region);
    Verdict v = Onset.assess(series, OnsetParameters.defaults());
    out.print("  " + answer(v));
    out.println("  (The fact table's bombardment began on " + facts.offensiveStart() + ".)");
  }

  static String answer(Verdict v) {
    if (v instanceof Verdict.Yes y) {
      return String.format(Locale.ROOT, "Yes: the daily count of incidents in %s shifted to a higher level on %s"
              + " (likely between %s and %s); it rose from %.1f to %.1f a day (probability %.2f), judged as of %s.%n",
          y.region(), y.onset(), y.intervalFrom(), y.intervalTo(), y.rateBefore(), y.rateAfter(), y.probability(), y.asOf());
    }
    if (v instanceof Verdict.Pause p) {
      return String.format(Locale.ROOT, "No: the daily count of incidents in %s fell to a lower level on %s; it went from %.1f to"
          + " %.1f a day, judged as of %s.%n", p.region(), p.onset(), p.rateBefore(), p.rateAfter(), p.asOf());
    }
    if (v instanceof Verdict.No n) {
      return "No: no shift to a higher level of violence in " + n.region() + " as of " + n.asOf() + ".\n";
    }
    return "Not enough data: " + ((Verdict.NotEnoughData) v).reason() + ".\n";
  }

  private void serve(PrintWriter out, Store store, Extractor extractor) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (Server server = Server.start(store, extractor, new ServeConfig("127.0.0.1", port, false, Optional.empty()))) {
      out.println();
      out.println("Dashboard: " + server.url() + " (this machine only); the timeline of " + "Idlib: " + server.url()
          + "#/timeline/Idlib; stop with Ctrl-C");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }));
      stopped.await();
    }
  }
}
