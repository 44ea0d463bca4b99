package observatory.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import observatory.geo.GazetteerFormatException;
import observatory.geo.PlaceStore;
import observatory.geo.UserPlaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code observatory gazetteer import FILE}: adds a monitor's own places to the gazetteer. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Manages the places added to the bundled gazetteer.",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Check.class, GazetteerCommand.Use.class})
final class GazetteerCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Imports places from a CSV (header name,alternates,lat,lon,country,admin1,admin2) or a GeoNames"
          + " dump (SY.txt, allCountries.txt, .gz ok) into DIR/places.tsv.",
          "The whole file is read first: a malformed row is named with its line and nothing is imported."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:imported (or nothing new)", "1:a file is malformed or cannot be read; nothing changed",
          "2:bad usage"})
  static final class Import implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV or GeoNames file to import.")
    private Path file;

    @Option(names = "--alternate-names", paramLabel = "FILE",
        description = "GeoNames alternateNamesV2 file: more names for the places of a GeoNames FILE.")
    private Path alternateNames;

    @Option(names = "--columns", paramLabel = "COLUMN=HEADER", split = ",",
        description = "Read a CSV in its own columns, e.g. --columns name=location,alternates=location_ar,"
            + "lat=latitude,lon=longitude,admin1=admin1 (name, lat and lon required; other columns ignored).")
    private java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();

    @Option(names = "--country", paramLabel = "CODE",
        description = "Country of the rows that name none (ISO code or name), e.g. SY for a list of Syrian villages.")
    private String country;

    @Option(names = "--skip-incomplete",
        description = "Skip (and count) rows without a name or coordinates instead of refusing the file.")
    private boolean skipIncomplete;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      UserPlaces.CsvOptions options;
      try {
        options = new UserPlaces.CsvOptions(columns, skipIncomplete, Optional.ofNullable(country));
      } catch (IllegalArgumentException e) {
        err.println("observatory: --columns: " + e.getMessage());
        return 2;
      }
      for (Path p : alternateNames == null ? new Path[] {file} : new Path[] {file, alternateNames}) {
        if (!Files.isRegularFile(p)) {
          err.println("observatory: " + p + ": no such file");
          return 1;
        }
      }
      PlaceStore.ImportSummary s;
      try {
        s = PlaceStore.at(data.dir()).importFile(file, Optional.ofNullable(alternateNames), options);
      } catch (GazetteerFormatException e) {
        err.println("observatory: " + Main.oneLine(e) + " (nothing was imported)");
        return 1;
      }
      out.println("places read: " + s.read() + (s.skipped() > 0 ? " (" + s.skipped()
          + " other rows skipped: not populated places or districts, outside the gazetteer's countries, or without a"
          + " name or coordinates)" : ""));
      out.println("new: " + s.added());
      if (s.updated() > 0) {
        out.println("known, with new alternate names: " + s.updated());
      }
      out.println("already known: " + s.alreadyKnown());
      out.println(s.written() ? "written: " + s.file() : "unchanged: " + s.file());
      out.flush();
      return 0;
    }
  }

  @Command(name = "use", mixinStandardHelpOptions = true,
      description = {"Makes a GeoNames file (the world-wide cities500.txt, allCountries.txt, a country dump; .gz ok)"
          + " the base gazetteer of DIR instead of the bundled extract, or goes back to the bundled one.",
          "The file is read once into a snapshot (DIR/" + PlaceStore.BASE_SNAPSHOT + ") that later commands load"
          + " in a fraction of the time; it is rebuilt whenever the file or the gazetteer code changes."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done", "1:the file is malformed or cannot be read; nothing changed", "2:bad usage"})
  static final class Use implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "GeoNames file (19 columns).")
    private Path file;

    @Option(names = "--bundled", description = "Go back to the bundled extract.")
    private boolean bundled;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (bundled == (file != null)) {
        err.println("observatory: gazetteer use: give either FILE or --bundled");
        return 2;
      }
      PlaceStore store = PlaceStore.at(data.dir());
      if (bundled) {
        out.println(store.useBundled() ? "base gazetteer: the bundled extract again" : "base gazetteer: the bundled"
            + " extract (unchanged)");
        out.flush();
        return 0;
      }
      if (!Files.isRegularFile(file)) {
        err.println("observatory: " + file + ": no such file");
        return 1;
      }
      PlaceStore.BaseSummary s;
      try {
        s = store.useBase(file, notice -> { });
      } catch (GazetteerFormatException e) {
        err.println("observatory: " + Main.oneLine(e) + " (nothing was changed)");
        return 1;
      }
      out.println("base gazetteer: " + s.source() + " (" + s.places() + " places)");
      out.println("snapshot: " + s.snapshot());
      out.flush();
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Resolves every place name of an annotated corpus (*.json with incidents, as in the evaluation"
          + " corpus) in its document's country and prints how many resolve, how many of their governorates agree"
          + " with the annotation, and the names the gazetteer lacks."})
  static final class Check implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of annotated documents.")
    private Path dir;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isDirectory(dir)) {
        spec.commandLine().getErr().println("observatory: " + dir + ": not a folder");
        return 1;
      }
      observatory.eval.PlaceCheck.check(dir, observatory.geo.Gazetteer.standard(data.dir())).lines().forEach(out::println);
      out.flush();
      return 0;
    }
  }
}
