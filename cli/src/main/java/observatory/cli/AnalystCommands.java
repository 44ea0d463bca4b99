package observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import observatory.claim.Count;
import observatory.geo.Gazetteer;
import observatory.geo.Place;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.store.AuditEntry;
import observatory.store.DailyCount;
import observatory.store.IncidentFilter;
import observatory.store.Region;
import observatory.store.ReviewException;
import observatory.store.Store;
import observatory.store.StoreException;
import observatory.store.TallyAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The analyst's commands ({@code incident merge|split|correct|status}, {@code audit}) and the
 * queries beside incidents ({@code tallies}, {@code series}).
 */
final class AnalystCommands {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalystCommands() {
  }

  /** Who makes a change, and why. */
  static final class Why {
    @Option(names = "--reason", paramLabel = "R", required = true, description = "Why: kept in the audit log.")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who makes the change (default: the OS user).")
    String by;

    String by() {
      return by != null ? by : System.getProperty("user.name", "unknown");
    }
  }

  /** Runs a change on the store, prints its audit entry, and turns a refusal into one line and exit code 1. */
  private abstract static class Change implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    IncidentCommands.StoreOption store;
    @Mixin
    Why why;

    abstract AuditEntry change(Store s);

    @Override
    public Integer call() {
      try (Store s = Store.open(store.url())) {
        AuditEntry e = change(s);
        spec.commandLine().getOut().println(line(e));
        return 0;
      } catch (ReviewException | StoreException e) {
        spec.commandLine().getErr().println("observatory: " + Main.oneLine(e));
        return 1;
      }
    }
  }

  @Command(name = "incident", mixinStandardHelpOptions = true,
      description = {"An analyst's changes to incidents, each with a reason, kept in the audit log and applied again",
          "by every relink (they are stored against the claims, not the incident id, which changes when claims regroup)."},
      subcommands = {Merge.class, Split.class, Correct.class, SetStatus.class})
  static final class IncidentCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merges two incidents into one.")
  static final class Merge extends Change {
    @Parameters(arity = "2", paramLabel = "ID", description = "The two incidents.")
    List<String> ids;

    @Override
    AuditEntry change(Store s) {
      return s.merge(ids.get(0), ids.get(1), why.reason, why.by());
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Moves the named claims out of an incident into a new incident.")
  static final class Split extends Change {
    @Parameters(paramLabel = "ID", description = "The incident.")
    String id;

    @Option(names = "--claims", paramLabel = "REF,...", split = ",", required = true,
        description = "The claims to move, as REPORT:CLAIM (the report id or its first characters, as 'show' prints it).")
    List<String> claims;

    @Override
    AuditEntry change(Store s) {
      return s.split(id, claims, why.reason, why.by());
    }
  }

  @Command(name = "correct", mixinStandardHelpOptions = true,
      description = {"Sets a field of an incident.",
          "Fields: date (YYYY-MM-DD or FROM..TO), place, admin1, actor, event_type ('TYPE | SUB-EVENT TYPE'),",
          "sub_event_type, and a figure (killed, civilians, children, women, combatants, wounded) as LOW/BEST/HIGH",
          "(HIGH may be 'open') or one end of it (killed.best). A corrected figure stays as set when new reports join."})
  static final class Correct extends Change {
    @Parameters(paramLabel = "ID", description = "The incident.")
    String id;

    @Option(names = "--field", paramLabel = "F", required = true, description = "The field.")
    String field;

    @Option(names = "--value", paramLabel = "V", required = true, description = "Its new value.")
    String value;

    @Override
    AuditEntry change(Store s) {
      return s.correct(id, field, value, why.reason, why.by());
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = {"Sets the status of an incident: verified, contested or discounted (kept out of totals and series),",
          "or 'derived' for the status its sources give (reported, corroborated or contested)."})
  static final class SetStatus extends Change {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident.")
    String id;

    @Parameters(index = "1", paramLabel = "STATUS", description = "verified, contested, discounted or derived.")
    String status;

    @Override
    AuditEntry change(Store s) {
      return s.setStatus(id, status, why.reason, why.by());
    }
  }

  static String line(AuditEntry e) {
    return "#" + e.seq() + " " + e.at() + " " + e.by() + " " + e.action() + " " + e.incident()
        + e.field().map(f -> " " + f).orElse("") + ": " + e.before() + " -> " + e.after() + " (" + e.reason() + ")";
  }

  @Command(name = "audit", mixinStandardHelpOptions = true,
      description = "The analysts' changes, oldest first: who, when, what, before, after, why.")
  static final class Audit implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    IncidentCommands.StoreOption store;

    @Option(names = "--incident", paramLabel = "ID", description = "Only the changes to this incident and its claims.")
    String incident;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    IncidentCommands.Format format;

    @Override
    public Integer call() throws Exception {
      Optional<List<AuditEntry>> read = store.read(spec, s -> s.audit(Optional.ofNullable(incident)));
      if (read.isEmpty()) {
        return 1;
      }
      List<AuditEntry> entries = read.get();
      PrintWriter out = spec.commandLine().getOut();
      if (format == IncidentCommands.Format.json) {
        ArrayNode array = MAPPER.createArrayNode();
        for (AuditEntry e : entries) {
          array.addObject().put("seq", e.seq()).put("at", e.at().toString()).put("by", e.by()).put("action", e.action())
              .put("incident", e.incident()).put("field", e.field().orElse(null)).put("before", e.before())
              .put("after", e.after()).put("reason", e.reason()).put("decision", e.decision());
        }
        out.println(MAPPER.writeValueAsString(array));
        return 0;
      }
      if (entries.isEmpty()) {
        out.println("(no changes)");
      }
      entries.forEach(e -> out.println(line(e)));
      return 0;
    }
  }

  /**
   * A region as typed: a governorate in any spelling or by its GeoNames admin1 code ({@code SY.12}),
   * or a country (ISO code or name), resolved against the gazetteer.
   */
  static String region(String typed) {
    Gazetteer gazetteer = Gazetteer.bundled();
    String code = typed.strip().toUpperCase(Locale.ROOT);
    Optional<String> admin1 = (code.matches("[A-Z]{2}\\.\\d+") ? gazetteer.admin1ByCode(code) : gazetteer.admin1(typed))
        .flatMap(Place::admin1);
    if (admin1.isPresent()) {
      return admin1.get();
    }
    return gazetteer.country(typed).map(Place::countryCode).orElseThrow(() -> new IllegalArgumentException(
        "unknown region '" + typed + "': not a governorate or country the gazetteer knows (try Idlib, SY.10, Rif Dimashq, SY)"));
  }

  /**
   * A region for a series: a country, governorate or district of the store's incidents as
   * {@link Store#region} finds it (so a district is a region too, and a governorate comes before a
   * district of the same name); else a governorate or country the gazetteer knows (another spelling,
   * an admin1 code such as SY.12, or a governorate without incidents yet). Unknown to both, the
   * store's error, which names the nearest known regions.
   */
  static Region seriesRegion(Store store, String typed) {
    try {
      return store.region(typed);
    } catch (StoreException unknown) {
      String found;
      try {
        found = region(typed);
      } catch (IllegalArgumentException alsoUnknown) {
        throw unknown;
      }
      return found.matches("[A-Z]{2}") ? Region.country(found) : Region.governorate(found);
    }
  }

  @Command(name = "tallies", mixinStandardHelpOptions = true,
      description = {"Monitors' tallies, each with how much of it the documented incidents account for:",
          "the single incidents (not discounted) in its region whose dates lie within its period."})
  static final class TalliesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    IncidentCommands.StoreOption store;

    @Option(names = "--region", paramLabel = "R", description = {"A country (SY, Syria), a governorate (any spelling, or its",
        "admin1 code: SY.12) or a district (Maarrat al-Numan). Tallies name governorates, not districts: a district",
        "selects the tallies of its governorate."})
    String region;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Tallies whose period ends on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Tallies whose period starts on or before.")
    LocalDate to;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    IncidentCommands.Format format;

    @Override
    public Integer call() throws Exception {
      List<TallyAccount> tallies;
      Optional<Region> found;
      try (Store s = Store.open(store.url())) {
        IncidentFilter filter = s.resolve(IncidentFilter.all().region(region).from(from).to(to));
        found = filter.region();
        tallies = s.tallies(filter);
      } catch (StoreException | IllegalArgumentException e) {
        spec.commandLine().getErr().println("observatory: " + Main.oneLine(e));
        return 1;
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == IncidentCommands.Format.json) {
        ArrayNode array = MAPPER.createArrayNode();
        tallies.forEach(t -> array.add(json(t)));
        out.println(MAPPER.writeValueAsString(array));
        return 0;
      }
      found.filter(r -> r.level() == Region.Level.DISTRICT).ifPresent(r -> out.println("(tallies name governorates, not"
          + " districts: these are the tallies over " + r.governorate().get() + ", the governorate of " + r.label()
          + ", accounted for by that governorate's incidents)"));
      if (tallies.isEmpty()) {
        out.println("(no tallies)");
      }
      for (TallyAccount t : tallies) {
        out.println("tally " + t.claim() + " by " + String.join("; ", t.sources().isEmpty()
            ? List.of(t.publisher().orElse("unknown")) : t.sources()) + ", " + String.join("; ", t.regions())
            + ", " + t.from().map(LocalDate::toString).orElse("…") + ".." + t.to().map(LocalDate::toString).orElse("…"));
        if (t.confidence().needsReview()) {
          out.println("  the tally itself needs review: " + String.join("; ", t.confidence().reasons()));
        }
        if (t.unaccountable().isPresent()) {
          out.println("  not accounted for: " + t.unaccountable().get());
        }
        for (Measure m : Measure.values()) {
          Count stated = t.stated().get(m);
          if (stated == null || t.unaccountable().isPresent()) {
            continue;
          }
          Totals.Sum sum = t.accounted().get(m);
          OptionalDouble share = t.share(m);
          out.println("  " + m.label() + ": incidents account for " + (sum == null ? 0 : sum.best()) + " of "
              + said(stated) + (share.isPresent() ? String.format(Locale.ROOT, " (%.0f%%)", 100 * share.getAsDouble()) : "")
              + (sum == null ? "" : "; low " + sum.low() + ", high " + (sum.high().isPresent() ? sum.high().getAsLong() : "open")
              + ", from " + sum.incidents() + (sum.incidents() == 1 ? " incident" : " incidents")
              + inReview(t.accountedInReview().get(m))));
        }
      }
      return 0;
    }

    /** "; 14 of them in 1 incident marked for review" (best), or nothing when no incident summed is marked. */
    private static String inReview(Totals.Sum marked) {
      return marked == null ? "" : "; " + marked.best() + " of them in " + marked.incidents()
          + (marked.incidents() == 1 ? " incident" : " incidents") + " marked for review";
    }

    private static ObjectNode json(TallyAccount t) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("report", t.claim().reportId()).put("claim", t.claim().claimId()).put("publisher", t.publisher().orElse(null));
      ArrayNode sources = o.putArray("sources");
      t.sources().forEach(sources::add);
      ArrayNode regions = o.putArray("regions");
      t.regions().forEach(regions::add);
      o.put("from", t.from().map(LocalDate::toString).orElse(null)).put("to", t.to().map(LocalDate::toString).orElse(null));
      o.put("incidents", t.incidents());
      o.put("unaccountable", t.unaccountable().orElse(null));
      o.put("needs_review", t.confidence().needsReview());
      ArrayNode reasons = o.putArray("review_reasons");
      t.confidence().reasons().forEach(reasons::add);
      ObjectNode figures = o.putObject("figures");
      for (Measure m : Measure.values()) {
        Count stated = t.stated().get(m);
        if (stated == null) {
          continue;
        }
        ObjectNode f = figures.putObject(m.label());
        f.put("stated", stated.figure()).put("qualifier", stated.qualifier().label());
        Totals.Sum sum = t.accounted().get(m);
        f.put("accounted_low", sum == null ? 0 : sum.low()).put("accounted_best", sum == null ? 0 : sum.best());
        if (sum != null && sum.high().isEmpty()) {
          f.putNull("accounted_high");
        } else {
          f.put("accounted_high", sum == null ? 0 : sum.high().getAsLong());
        }
        Totals.Sum marked = t.accountedInReview().get(m);
        ObjectNode review = f.putObject("in_review");
        review.put("low", marked == null ? 0 : marked.low()).put("best", marked == null ? 0 : marked.best());
        if (marked != null && marked.high().isEmpty()) {
          review.putNull("high");
        } else {
          review.put("high", marked == null ? 0 : marked.high().getAsLong());
        }
        review.put("incidents", marked == null ? 0 : marked.incidents());
        OptionalDouble share = t.share(m);
        if (share.isPresent()) {
          f.put("share", Math.round(share.getAsDouble() * 1000) / 1000.0);
        } else {
          f.putNull("share");
        }
      }
      return o;
    }

    private static String said(Count c) {
      String q = c.qualifier().label();
      return (q.equals("exact") ? "" : q + " ") + c.figure();
    }
  }

  enum SeriesFormat { table, csv, json }

  @Command(name = "series", mixinStandardHelpOptions = true,
      description = {"A region's daily series: per day, the single incidents (not discounted), their killed and",
          "civilians killed (best), and air and artillery strikes. Days without incidents are zeros."})
  static final class SeriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    IncidentCommands.StoreOption store;

    @Option(names = "--region", paramLabel = "R", required = true, description = {"A country (SY, Syria), a governorate (any spelling,",
        "or its admin1 code: SY.12) or a district (Maarrat al-Numan; 'Idlib district' or district:Idlib where a governorate has its name)."})
    String region;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Dates.class,
        description = "First day (default: the day of the region's first incident).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Dates.class,
        description = "Last day (default: the day of the region's last incident).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default: table).")
    SeriesFormat format;

    @Override
    public Integer call() throws Exception {
      List<DailyCount> series;
      try (Store s = Store.open(store.url())) {
        Region r = seriesRegion(s, region);
        if (from == null || to == null) {
          List<DailyCount> whole = s.dailySeries(r);
          LocalDate first = from != null ? from : whole.isEmpty() ? to : whole.get(0).day();
          LocalDate last = to != null ? to : whole.isEmpty() ? from : whole.get(whole.size() - 1).day();
          series = first == null || last == null ? List.of() : s.dailySeries(r, first, last);
        } else {
          series = s.dailySeries(r, from, to);
        }
      } catch (StoreException | IllegalArgumentException e) {
        spec.commandLine().getErr().println("observatory: " + Main.oneLine(e));
        return 1;
      }
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case csv -> {
          out.println("day,incidents,killed,civilians,air_strikes,shelling");
          series.forEach(d -> out.println(d.day() + "," + d.incidents() + "," + d.killed() + "," + d.civilians() + ","
              + d.airStrikes() + "," + d.shelling()));
        }
        case json -> {
          ArrayNode array = MAPPER.createArrayNode();
          series.forEach(d -> array.addObject().put("day", d.day().toString()).put("incidents", d.incidents())
              .put("killed", d.killed()).put("civilians", d.civilians()).put("air_strikes", d.airStrikes())
              .put("shelling", d.shelling()));
          out.println(MAPPER.writeValueAsString(array));
        }
        default -> {
          if (series.isEmpty()) {
            out.println("(no incidents)");
            return 0;
          }
          out.println(String.format(Locale.ROOT, "%-10s  %9s  %6s  %9s  %11s  %8s", "day", "incidents", "killed",
              "civilians", "air_strikes", "shelling"));
          series.forEach(d -> out.println(String.format(Locale.ROOT, "%-10s  %9d  %6d  %9d  %11d  %8d", d.day(),
              d.incidents(), d.killed(), d.civilians(), d.airStrikes(), d.shelling())));
        }
      }
      return 0;
    }
  }
}
