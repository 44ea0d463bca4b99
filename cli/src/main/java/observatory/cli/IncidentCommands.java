package observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import observatory.claim.When;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.review.ReviewMark;
import observatory.store.IncidentFilter;
import observatory.store.IncidentQueries;
import observatory.store.Region;
import observatory.store.Store;
import observatory.store.StoreException;
import observatory.store.StoredClaim;
import observatory.store.StoredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The commands that read incidents: {@code link}, {@code incidents}, {@code totals}, {@code show}. */
final class IncidentCommands {
  private IncidentCommands() {
  }

  enum Format { table, json }

  /** Where the store is: {@code --db}, else the default file in the data folder. */
  static final class StoreOption {
    @Mixin
    DataOption data;

    @Option(names = "--db", paramLabel = "URL",
        description = "The store: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (default: observatory.db in the data folder).")
    String db;

    String url() {
      return db != null ? db : "jdbc:sqlite:" + data.dir().resolve(IngestCommand.DATABASE_FILE);
    }

    /** What a command does with the open store. */
    interface Use<T> {
      T with(Store store) throws Exception;
    }

    /**
     * Opens the store, does {@code use} with it and closes it. A store that cannot be opened or
     * read is one line on standard error and an empty result, which the command turns into exit code 1.
     */
    <T> Optional<T> read(CommandSpec spec, Use<T> use) throws Exception {
      try (Store s = Store.open(url())) {
        return Optional.of(use.with(s));
      } catch (StoreException e) {
        spec.commandLine().getErr().println("observatory: " + Main.oneLine(e));
        return Optional.empty();
      }
    }
  }

  /** Which incidents: by region (country, governorate or district), period, actor and event type. */
  static final class FilterOptions {
    @Option(names = "--region", paramLabel = "R", description = {"A country (SY, Syria), a governorate (any spelling,",
        "or its admin1 code: SY.12) or a district (Maarrat al-Numan; 'Idlib district' or district:Idlib where a",
        "governorate has its name), read as series and onset read it."})
    String region;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "First day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Last day.")
    LocalDate to;

    @Option(names = "--actor", paramLabel = "A", description = "Perpetrator, or a part of its name: Russia.")
    String actor;

    @Option(names = "--type", paramLabel = "T", description = "ACLED event type or sub-event type: 'Air/drone strike'.")
    String type;

    @Option(names = "--needs-review", description = {"Only the incidents marked for review: none of their claims was",
        "read with confidence, and no analyst has verified them."})
    boolean needsReview;

    IncidentFilter filter() {
      return IncidentFilter.all().region(region).from(from).to(to).actor(actor).type(type).needsReview(needsReview);
    }
  }

  @Command(name = "link", mixinStandardHelpOptions = true,
      description = "Recomputes the incidents from all stored claims (ingest does this after storing new reports).")
  static final class Link implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
      Optional<Store.LinkSummary> linked = store.read(spec, Store::relink);
      linked.ifPresent(l -> spec.commandLine().getOut().println(summary(l)));
      return linked.isPresent() ? 0 : 1;
    }
  }

  static String summary(Store.LinkSummary s) {
    return "linked " + s.claims() + " claims into " + s.incidents() + " incidents (" + s.corroborated() + " corroborated)";
  }

  @Command(name = "incidents", mixinStandardHelpOptions = true,
      description = "Lists incidents: date, place, status, and low/best/high killed.")
  static final class Incidents implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    FilterOptions filter;
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    Format format;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      record Read(List<Incident> incidents, Map<String, IncidentQueries.District> districts,
          Map<String, ReviewMark> reviews) {
      }
      Optional<Read> read = store.read(spec, s -> {
        List<Incident> found = s.incidents(filter.filter());
        List<String> ids = found.stream().map(Incident::id).toList();
        return new Read(found, IncidentQueries.districts(s, ids), IncidentQueries.reviews(s, ids));
      });
      if (read.isEmpty()) {
        return 1;
      }
      List<Incident> incidents = read.get().incidents();
      Map<String, IncidentQueries.District> districts = read.get().districts();
      Map<String, ReviewMark> reviews = read.get().reviews();
      if (format == Format.json) {
        ArrayNode array = MAPPER.createArrayNode();
        incidents.forEach(i -> array.add(json(i, Optional.ofNullable(districts.get(i.id())),
            reviews.getOrDefault(i.id(), ReviewMark.none()))));
        out.println(MAPPER.writeValueAsString(array));
        return 0;
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"id", "date", "place", "admin1", "district", "actor", "type", "status", "review", "scope",
          "claims", "killed", "civilians", "children"});
      for (Incident i : incidents) {
        rows.add(new String[] {i.id(), date(i.when()), i.placeName().orElse(""), i.admin1().orElse(""),
            Optional.ofNullable(districts.get(i.id())).map(IncidentQueries.District::label).orElse(""),
            i.actor().orElse(""), i.eventType().map(t -> t.subType()).orElse(""), i.status().label(),
            reviews.containsKey(i.id()) ? "needs review" : "",
            i.aggregate() ? "aggregate" : "single", Integer.toString(i.members().size()),
            range(i, Measure.KILLED), range(i, Measure.CIVILIANS), range(i, Measure.CHILDREN)});
      }
      out.print(rows.size() == 1 ? "(no incidents)\n" : table(rows));
      return 0;
    }
  }

  @Command(name = "totals", mixinStandardHelpOptions = true,
      description = {"Sums the incidents' low/best/high per category.",
          "Totals and tallies are left out, so a total is never added to its parts."})
  static final class TotalsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    FilterOptions filter;
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format (default: table).")
    Format format;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      record Read(Totals totals, Totals review, long discounted, Optional<Region> region) {
      }
      Optional<Read> read = store.read(spec, s -> {
        IncidentFilter f = s.resolve(filter.filter());
        return new Read(s.totals(f), s.totals(f.needsReview(true)),
            s.incidents(f).stream().filter(i -> i.status() == Incident.Status.DISCOUNTED).count(), f.region());
      });
      if (read.isEmpty()) {
        return 1;
      }
      Totals totals = read.get().totals();
      Totals review = read.get().review();
      long discounted = read.get().discounted();
      if (format == Format.json) {
        ObjectNode o = MAPPER.createObjectNode();
        read.get().region().ifPresent(r -> o.putObject("region").put("name", r.name()).put("level", r.level().word())
            .put("governorate", r.governorate().orElse(null)));
        putTotals(o, totals);
        o.put("discounted_left_out", discounted);
        putTotals(o.putObject("needs_review"), review);
        out.println(MAPPER.writeValueAsString(o));
        return 0;
      }
      out.println(read.get().region().map(r -> r.qualifiedLabel() + ": ").orElse("") + totals.incidents() + " incidents summed; "
          + (review.incidents() == 0 ? "none" : review.incidents()) + " of them marked for review; " + totals.aggregatesLeftOut()
          + " totals and tallies left out (never added to their parts)"
          + (discounted > 0 ? "; " + discounted + " discounted left out" : ""));
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"category", "low", "best", "high", "incidents", "in review: low", "best", "high", "incidents"});
      for (Measure m : Measure.values()) {
        Totals.Sum sum = totals.sums().get(m);
        if (sum != null) {
          Totals.Sum r = review.sums().getOrDefault(m, new Totals.Sum(0, 0, OptionalLong.of(0), 0));
          rows.add(new String[] {m.label(), Long.toString(sum.low()), Long.toString(sum.best()), high(sum),
              Integer.toString(sum.incidents()), Long.toString(r.low()), Long.toString(r.best()), high(r),
              Integer.toString(r.incidents())});
        }
      }
      out.print(rows.size() == 1 ? "(no figures)\n" : table(rows));
      Totals.Sum killed = totals.sums().get(Measure.KILLED);
      if (killed != null) {
        out.println(reviewShare(killed, review.sums().get(Measure.KILLED), "killed"));
      }
      return 0;
    }
  }

  /**
   * How much of a sum rests on incidents marked for review, in a sentence: "at least 429 killed, 61
   * of them in incidents marked for review" (the low ends of both sums; "none of them" when no
   * incident of the sum is marked).
   */
  static String reviewShare(Totals.Sum sum, Totals.Sum inReview, String what) {
    long marked = inReview == null ? 0 : inReview.low();
    return "at least " + sum.low() + " " + what + ", " + (inReview == null || inReview.incidents() == 0 ? "none"
        : Long.toString(marked)) + " of them in incidents marked for review";
  }

  private static String high(Totals.Sum sum) {
    return sum.high().isPresent() ? Long.toString(sum.high().getAsLong()) : "open";
  }

  /** Incidents summed, aggregates left out, and the sums per measure, as {@code totals --format json} prints them. */
  private static void putTotals(ObjectNode o, Totals totals) {
    o.put("incidents", totals.incidents());
    o.put("aggregates_left_out", totals.aggregatesLeftOut());
    ObjectNode sums = o.putObject("sums");
    for (Measure m : Measure.values()) {
      Totals.Sum sum = totals.sums().get(m);
      if (sum != null) {
        ObjectNode n = sums.putObject(m.label());
        n.put("low", sum.low());
        n.put("best", sum.best());
        if (sum.high().isPresent()) {
          n.put("high", sum.high().getAsLong());
        } else {
          n.putNull("high");
        }
        n.put("incidents", sum.incidents());
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "One incident: its figures, its claims with why they were linked, their reports and evidence.")
  static final class Show implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Parameters(paramLabel = "INCIDENT_ID", description = "An id from 'observatory incidents'.")
    String id;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      return store.read(spec, s -> {
        Optional<Incident> found = s.incident(id);
        if (found.isEmpty()) {
          spec.commandLine().getErr().println("observatory: no incident '" + id
              + "' in " + store.url() + "; list them with 'observatory incidents' (ids change when 'link' regroups claims)");
          return 1;
        }
        Incident i = found.get();
        out.println("incident " + i.id() + "  " + i.status().label() + (i.aggregate() ? "  (a total or tally)" : ""));
        s.statusReason(i.id()).ifPresent(why -> out.println("  status:  " + why));
        ReviewMark review = IncidentQueries.reviews(s, List.of(i.id())).getOrDefault(i.id(), ReviewMark.none());
        if (review.needsReview()) {
          out.println("  review:  marked for review: none of its claims was read with confidence");
          review.reasons().forEach(why -> out.println("           - " + why));
        }
        out.println("  date:    " + date(i.when()));
        out.println("  place:   " + i.placeName().orElse("-") + (i.placeId().isPresent() ? " (geonameid " + i.placeId().getAsLong() + ")" : "")
            + ", " + i.admin1().orElse("governorate unknown"));
        Optional.ofNullable(IncidentQueries.districts(s, List.of(i.id())).get(i.id()))
            .ifPresent(d -> out.println("  district: " + d.label()));
        i.actor().ifPresent(a -> out.println("  actor:   " + a));
        i.eventType().ifPresent(t -> out.println("  type:    " + t.type() + " / " + t.subType()));
        out.println("  sources: " + String.join("; ", i.sources()));
        for (Measure m : Measure.values()) {
          i.estimate(m).ifPresent(e -> out.println("  " + m.label() + ": low " + e.low() + ", best " + e.best()
              + ", high " + (e.high().isPresent() ? e.high().getAsLong() : "open")));
        }
        for (Incident.Member m : i.members()) {
          StoredReport report = s.report(m.ref().reportId()).orElseThrow();
          out.println();
          out.println("claim " + m.ref().claimId() + " of report " + report.id());
          out.println("  report:   " + report.publisher().orElse("publisher unknown")
              + report.published().map(d -> ", " + d).orElse("") + report.url().map(u -> ", " + u).orElse(""));
          out.println("  linked:   " + m.explanation());
          for (StoredClaim c : s.claims(report.id())) {
            if (c.id().equals(m.ref().claimId())) {
              if (c.confidence().value() < 1 || !c.confidence().reasons().isEmpty()) {
                out.println("  confidence: " + String.format(java.util.Locale.ROOT, "%.2f", c.confidence().value())
                    + (c.confidence().needsReview() ? " (needs review)" : "")
                    + (c.confidence().reasons().isEmpty() ? "" : ": " + String.join("; ", c.confidence().reasons())));
              }
              c.evidence().forEach(e -> out.println("  evidence: " + e.field().name().toLowerCase(java.util.Locale.ROOT)
                  + " \"" + e.text() + "\" [" + e.span().start() + ", " + e.span().end() + ")"));
            }
          }
        }
        return 0;
      }).orElse(1);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * An incident as JSON, with its district as the API and the claims' places give it (admin2,
   * admin2_approximate), and whether it is marked for review (needs_review, review_reasons).
   */
  static ObjectNode json(Incident i, Optional<IncidentQueries.District> district, ReviewMark review) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", i.id());
    o.put("status", i.status().label());
    o.put("scope", i.aggregate() ? "aggregate" : "single");
    o.put("date", date(i.when()));
    o.put("place", i.placeName().orElse(null));
    if (i.placeId().isPresent()) {
      o.put("geonameid", i.placeId().getAsLong());
    }
    o.put("admin1", i.admin1().orElse(null));
    o.put("admin2", district.map(IncidentQueries.District::name).orElse(null));
    district.ifPresent(d -> o.put("admin2_approximate", d.approximate()));
    o.put("actor", i.actor().orElse(null));
    o.put("event_type", i.eventType().map(t -> t.type()).orElse(null));
    o.put("sub_event_type", i.eventType().map(t -> t.subType()).orElse(null));
    ArrayNode sources = o.putArray("sources");
    i.sources().forEach(sources::add);
    o.put("needs_review", review.needsReview());
    ArrayNode reasons = o.putArray("review_reasons");
    review.reasons().forEach(reasons::add);
    ObjectNode figures = o.putObject("figures");
    for (Measure m : Measure.values()) {
      i.estimate(m).ifPresent(e -> {
        ObjectNode f = figures.putObject(m.label());
        f.put("low", e.low());
        f.put("best", e.best());
        if (e.high().isPresent()) {
          f.put("high", e.high().getAsLong());
        } else {
          f.putNull("high");
        }
      });
    }
    ArrayNode claims = o.putArray("claims");
    for (Incident.Member m : i.members()) {
      claims.addObject().put("report", m.ref().reportId()).put("claim", m.ref().claimId()).put("explanation", m.explanation());
    }
    return o;
  }

  static String date(When when) {
    if (when instanceof When.Day d) {
      return d.date().toString();
    }
    if (when instanceof When.Between b) {
      return b.from().map(LocalDate::toString).orElse("…") + ".." + b.to().map(LocalDate::toString).orElse("…");
    }
    return "";
  }

  static String range(Incident i, Measure m) {
    Optional<Estimate> e = i.estimate(m);
    if (e.isEmpty()) {
      return "";
    }
    Estimate x = e.get();
    String high = x.high().isPresent() ? Long.toString(x.high().getAsLong()) : "+";
    return x.low() == x.best() && x.high().isPresent() && x.high().getAsLong() == x.best()
        ? Long.toString(x.best()) : x.low() + "/" + x.best() + "/" + high;
  }

  static String table(List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      appendRow(sb, rows.get(r), width);
      if (r == 0) {
        String[] rule = new String[width.length];
        for (int c = 0; c < width.length; c++) {
          rule[c] = "-".repeat(width[c]);
        }
        appendRow(sb, rule, width);
      }
    }
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, String[] row, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      line.append(c == 0 ? "" : "  ").append(String.format("%-" + width[c] + "s", row[c]));
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
