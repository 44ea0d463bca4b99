package observatory.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.claim.Claim;
import observatory.export.ClaimJson;
import observatory.extract.Extraction;
import observatory.extract.Extractor;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.report.Report;
import observatory.report.ReportFormatException;
import observatory.report.ReportReader;
import observatory.review.ReviewMark;
import observatory.store.IncidentFilter;
import observatory.store.IncidentQueries;
import observatory.store.IngestResult;
import observatory.store.LinkPreview;
import observatory.store.Store;
import observatory.store.StoredClaim;
import observatory.store.StoredReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The REST API's routes; {@code /api/openapi.json} documents every one of them. */
final class Api {
  static final int MAX_REPORT_CHARS = 1_000_000;
  private static final Set<String> PAGE = Set.of("limit", "offset");

  private final Store store;
  private final Extractor extractor;
  private final Auth auth;
  private final Regions regions;
  private final ServeConfig config;

  Api(Store store, Extractor extractor, Auth auth, Regions regions, ServeConfig config) {
    this.store = store;
    this.extractor = extractor;
    this.auth = auth;
    this.regions = regions;
    this.config = config;
  }

  void routes(RoutesConfig r) {
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(
        Api.class.getResourceAsStream("openapi.json").readAllBytes()));
    r.get("/api/config", this::configuration);
    r.get("/api/session", this::session);
    r.post("/api/session", this::signIn);
    r.delete("/api/session", ctx -> {
      auth.signOut(ctx);
      ctx.status(204);
    });
    r.get("/api/regions/shapes", ctx -> {
      ctx.header("Cache-Control", "max-age=86400");
      ctx.contentType("application/geo+json").result(regions.geoJson());
    });
    r.get("/api/regions", this::regionList);
    r.get("/api/incidents", this::incidents);
    r.get("/api/incidents/{id}", this::incident);
    r.get("/api/totals", this::totals);
    r.get("/api/export/incidents.csv", this::exportCsv);
    r.get("/api/export/incidents.json", this::exportJson);
    r.get("/api/reports", this::reports);
    r.post("/api/reports", this::save);
    r.post("/api/reports/preview", this::preview);
    r.get("/api/reports/{id}", this::report);
    r.get("/api/reports/{id}/claims", this::claims);
    new Review(store, auth).routes(r);
    new Trends(store, auth).routes(r);
  }

  static void json(Context ctx, JsonNode body) {
    try {
      ctx.contentType("application/json").result(Json.MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private void configuration(Context ctx) {
    Params.only(ctx, Set.of());
    ObjectNode o = Json.object();
    o.put("login_required", auth.loginRequired());
    o.put("tile_url", config.tileUrl().orElse(null));
    json(ctx, o);
  }

  private void session(Context ctx) {
    Optional<Auth.Principal> p = auth.principal(ctx);
    ObjectNode o = Json.object();
    o.put("login_required", auth.loginRequired());
    o.put("signed_in", p.isPresent());
    if (p.isPresent()) {
      o.put("user", p.get().user().name());
      o.put("role", p.get().user().role().label());
      o.put("via", p.get().via());
      o.put("csrf_token", p.get().csrf().orElse(null));
    }
    json(ctx, o);
  }

  private void signIn(Context ctx) {
    JsonNode body = body(ctx);
    String name = requiredText(body, "name", 64);
    String password = requiredText(body, "password", 200);
    Auth.Principal p = auth.signIn(ctx, name, password);
    ObjectNode o = Json.object();
    o.put("signed_in", true);
    o.put("user", p.user().name());
    o.put("role", p.user().role().label());
    o.put("csrf_token", p.csrf().orElse(null));
    json(ctx, o);
  }

  private void regionList(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of());
    ArrayNode a = Json.MAPPER.createArrayNode();
    IncidentQueries.regions(store).forEach(a::add);
    ObjectNode o = Json.object();
    o.set("regions", a);
    json(ctx, o);
  }

  private void incidents(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Set<String> known = new java.util.HashSet<>(Params.FILTERS);
    known.addAll(PAGE);
    Params.only(ctx, known);
    IncidentFilter filter = Params.filter(ctx);
    Optional<String> status = Params.status(ctx);
    int limit = Params.integer(ctx, "limit", 50, 1, Params.MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    IncidentQueries.Page page = regionFound(filter, () -> IncidentQueries.page(store, filter, status, offset, limit));
    List<String> ids = page.incidents().stream().map(Incident::id).toList();
    Map<String, IncidentQueries.Location> where = IncidentQueries.locations(store, ids);
    Map<String, IncidentQueries.District> districts = page.districts();
    ObjectNode o = Json.object();
    putRegion(o, page.region());
    ArrayNode items = o.putArray("incidents");
    page.incidents().forEach(i -> items.add(Json.incident(i, Optional.ofNullable(where.get(i.id())),
        Optional.ofNullable(districts.get(i.id())), page.review(i.id()), regions)));
    o.put("offset", offset);
    o.put("limit", limit);
    if (page.more()) {
      o.put("next_offset", offset + limit);
    } else {
      o.putNull("next_offset");
    }
    json(ctx, o);
  }

  private void incident(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of());
    String id = ctx.pathParam("id");
    Incident i = store.incident(id).orElseThrow(() -> ApiError.notFound("no incident '" + id + "'"));
    Map<String, IncidentQueries.Location> where = IncidentQueries.locations(store, List.of(id));
    ObjectNode o = Json.incident(i, Optional.ofNullable(where.get(id)),
        Optional.ofNullable(IncidentQueries.districts(store, List.of(id)).get(id)),
        IncidentQueries.reviews(store, List.of(id)).getOrDefault(id, ReviewMark.none()), regions);
    ArrayNode claims = o.putArray("claims");
    Map<String, ObjectNode> reports = new LinkedHashMap<>();
    Map<String, List<StoredClaim>> byReport = new LinkedHashMap<>();
    for (Incident.Member m : i.members()) {
      List<StoredClaim> of = byReport.computeIfAbsent(m.ref().reportId(), store::claims);
      of.stream().filter(c -> c.id().equals(m.ref().claimId())).findFirst().ifPresent(c -> {
        ObjectNode n = Json.claim(c, Optional.of(id));
        n.put("explanation", m.explanation());
        claims.add(n);
      });
      reports.computeIfAbsent(m.ref().reportId(),
          rid -> store.report(rid).map(r -> Json.report(r, true)).orElse(null));
    }
    ArrayNode rs = o.putArray("reports");
    reports.values().stream().filter(n -> n != null).forEach(rs::add);
    json(ctx, o);
  }

  private void totals(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Set<String> known = new java.util.HashSet<>(Params.FILTERS);
    known.add("group");
    Params.only(ctx, known);
    IncidentFilter filter = Params.filter(ctx);
    Optional<String> status = Params.status(ctx);
    Optional<String> group = Params.text(ctx, "group");
    if (group.isPresent() && !group.get().equals("region")) {
      throw ApiError.badRequest("group", "'group' can only be 'region', was '" + group.get() + "'");
    }
    ObjectNode o;
    // One transaction finds the region and sums its incidents.
    IncidentQueries.Summed summed = regionFound(filter, () -> IncidentQueries.sum(store, filter, status));
    o = Json.totals(summed.total(), summed.reviewTotal());
    if (group.isPresent()) {
      ArrayNode regionsNode = o.putArray("regions");
      summed.byRegion().forEach((region, t) -> {
        ObjectNode n = Json.totals(t, summed.review(region));
        n.put("region", region.orElse(null));
        regionsNode.add(n);
      });
    }
    putRegion(o, summed.region());
    json(ctx, o);
  }

  /** What {@code read} gives; a region the filter names that the store cannot find is a 400 naming it. */
  private static <T> T regionFound(IncidentFilter filter, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (observatory.store.StoreException e) {
      // Regions' refusals: an unknown name, or one that names districts in two governorates.
      if (filter.regionName().isPresent() && (e.getMessage().startsWith("unknown region") || e.getMessage().startsWith("region '"))) {
        throw ApiError.badRequest("region", e.getMessage());
      }
      throw e;
    }
  }

  /**
   * The filter the query parameters give, its region found as the series endpoints find one (a
   * country, a governorate or a district; see IncidentFilter); an unknown region is a 400 naming
   * it and the nearest known ones.
   */
  IncidentFilter filter(Context ctx) {
    IncidentFilter named = Params.filter(ctx);
    try {
      return store.resolve(named);
    } catch (observatory.store.StoreException e) {
      if (named.regionName().isPresent()) {
        throw ApiError.badRequest("region", e.getMessage());
      }
      throw e;
    }
  }

  /** The region a filter selected, as found: {"region_filter": {"name", "label", "level", "governorate"}}, or nothing. */
  static void putRegion(ObjectNode o, Optional<observatory.store.Region> region) {
    region.ifPresent(r -> {
      ObjectNode n = o.putObject("region_filter");
      n.put("name", r.name());
      n.put("label", r.label());
      n.put("level", r.level().word());
      n.put("governorate", r.governorate().orElse(null));
    });
  }

  /** What an export writes of one incident beside the incident itself. */
  private interface Row {
    void write(Incident incident, Optional<IncidentQueries.District> district, ReviewMark review);
  }

  /** Every incident the filter selects, a page at a time, to {@code each}, with its district if it has one and its review mark. */
  private void eachIncident(IncidentFilter filter, Optional<String> status, Row each) {
    int offset = 0;
    while (true) {
      IncidentQueries.Page page = IncidentQueries.page(store, filter, status, offset, Params.MAX_LIMIT);
      page.incidents().forEach(i -> each.write(i, Optional.ofNullable(page.districts().get(i.id())), page.review(i.id())));
      if (!page.more()) {
        return;
      }
      offset += Params.MAX_LIMIT;
    }
  }

  private void exportCsv(Context ctx) throws IOException {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Params.FILTERS);
    IncidentFilter filter = filter(ctx);
    Optional<String> status = Params.status(ctx);
    List<String> header = new ArrayList<>(List.of("id", "status", "scope", "date_from", "date_to", "place",
        "geonameid", "admin1", "admin2", "admin2_approximate", "actor", "event_type", "sub_event_type", "sources", "claims",
        "needs_review", "review_reasons"));
    for (Measure m : Measure.values()) {
      header.addAll(List.of(m.label() + "_low", m.label() + "_best", m.label() + "_high"));
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"incidents.csv\"");
    Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    eachIncident(filter, status, (i, district, review) -> {
      List<Object> row = new ArrayList<>(List.of(i.id(), i.status().label(), i.aggregate() ? "aggregate" : "single",
          Json.from(i.when()).map(LocalDate::toString).orElse(""), Json.to(i.when()).map(LocalDate::toString).orElse(""),
          cell(i.placeName().orElse("")), i.placeId().isPresent() ? i.placeId().getAsLong() : "", cell(i.admin1().orElse("")),
          cell(district.map(IncidentQueries.District::name).orElse("")),
          district.map(d -> (Object) d.approximate()).orElse(""), cell(i.actor().orElse("")), i.eventType().map(t -> t.type()).orElse(""), i.eventType().map(t -> t.subType()).orElse(""),
          cell(String.join("; ", i.sources())), i.members().size(), review.needsReview(),
          cell(String.join("; ", review.reasons()))));
      for (Measure m : Measure.values()) {
        var e = i.figures().get(m);
        row.add(e == null ? "" : e.low());
        row.add(e == null ? "" : e.best());
        row.add(e == null || e.high().isEmpty() ? "" : e.high().getAsLong());
      }
      try {
        csv.printRecord(row);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    csv.flush();
  }

  /**
   * A text cell a spreadsheet will not run: text that starts like a formula (=, +, -, @, a tab or
   * a carriage return), as a publisher's name or a source can, is written after a quote (OWASP's
   * advice against CSV injection).
   */
  static String cell(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private void exportJson(Context ctx) throws IOException {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Params.FILTERS);
    IncidentFilter filter = filter(ctx);
    Optional<String> status = Params.status(ctx);
    ctx.contentType("application/json");
    ctx.header("Content-Disposition", "attachment; filename=\"incidents.json\"");
    var gen = Json.MAPPER.getFactory().createGenerator(ctx.outputStream());
    gen.writeStartObject();
    gen.writeArrayFieldStart("incidents");
    eachIncident(filter, status, (i, district, review) -> {
      try {
        ObjectNode n = Json.incident(i, Optional.empty(), district, review, regions);
        n.remove("location");
        ArrayNode members = n.putArray("claims");
        i.members().forEach(m -> members.addObject().put("report_id", m.ref().reportId())
            .put("claim_id", m.ref().claimId()).put("explanation", m.explanation()));
        Json.MAPPER.writeTree(gen, n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    gen.writeEndArray();
    gen.writeEndObject();
    gen.flush();
  }

  private void reports(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, PAGE);
    int limit = Params.integer(ctx, "limit", 50, 1, Params.MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    List<IncidentQueries.ReportSummary> page = IncidentQueries.reports(store, offset, limit + 1);
    ObjectNode o = Json.object();
    ArrayNode items = o.putArray("reports");
    page.stream().limit(limit).forEach(r -> items.add(Json.reportSummary(r)));
    o.put("offset", offset);
    o.put("limit", limit);
    if (page.size() > limit) {
      o.put("next_offset", offset + limit);
    } else {
      o.putNull("next_offset");
    }
    json(ctx, o);
  }

  private void report(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of());
    String id = ctx.pathParam("id");
    StoredReport r = store.report(id).orElseThrow(() -> ApiError.notFound("no report '" + id + "'"));
    ObjectNode o = Json.report(r, true);
    o.set("claims", claimsOf(id));
    json(ctx, o);
  }

  private void claims(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of());
    String id = ctx.pathParam("id");
    if (store.report(id).isEmpty()) {
      throw ApiError.notFound("no report '" + id + "'");
    }
    ObjectNode o = Json.object();
    o.put("report_id", id);
    o.set("claims", claimsOf(id));
    json(ctx, o);
  }

  private ArrayNode claimsOf(String reportId) {
    ArrayNode claims = Json.MAPPER.createArrayNode();
    for (StoredClaim c : store.claims(reportId)) {
      claims.add(Json.claim(c, IncidentQueries.incidentOf(store, new ClaimRef(reportId, c.id()))));
    }
    return claims;
  }

  private void preview(Context ctx) {
    auth.require(ctx, Role.ANALYST);
    Params.only(ctx, Set.of());
    Extraction extraction = extractor.extract(reportOf(body(ctx)));
    boolean known = store.report(extraction.report().id()).isPresent();
    List<LinkPreview.Join> joins = LinkPreview.of(store, extraction);
    ObjectNode o = Json.object();
    o.put("report_id", extraction.report().id());
    o.put("already_stored", known);
    o.put("text", extraction.report().text());
    o.put("language", extraction.report().language());
    if (!extraction.report().inReadableLanguage()) {
      o.put("note", ClaimJson.unreadNote(extraction.report()));
    }
    ArrayNode claims = o.putArray("claims");
    for (int k = 0; k < extraction.claims().size(); k++) {
      Claim claim = extraction.claims().get(k);
      LinkPreview.Join join = joins.get(k);
      ObjectNode n = ClaimJson.incident(claim, extraction);
      ArrayNode would = n.putArray("would_join");
      join.incidents().forEach(would::add);
      n.put("possible_duplicate", !join.incidents().isEmpty());
      n.put("link_explanation", join.explanation().orElse(null));
      claims.add(n);
    }
    json(ctx, o);
  }

  private void save(Context ctx) {
    auth.require(ctx, Role.ANALYST);
    Params.only(ctx, Set.of());
    Extraction extraction = extractor.extract(reportOf(body(ctx)));
    IngestResult result = store.ingest(extraction);
    boolean stored = result instanceof IngestResult.Stored;
    if (stored) {
      store.relink();
    }
    String id = extraction.report().id();
    ObjectNode o = Json.object();
    o.put("report_id", id);
    o.put("stored", stored);
    o.put("already_stored", !stored);
    o.set("claims", claimsOf(id));
    ctx.status(stored ? 201 : 200);
    json(ctx, o);
  }

  static JsonNode body(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiError(415, "unsupported_media_type", "send the body as JSON with Content-Type: application/json",
          null);
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(null, "the body is not valid JSON (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ")");
    }
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest(null, "the body must be a JSON object");
    }
    return body;
  }

  static String requiredText(JsonNode body, String field, int max) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
      throw ApiError.badRequest(field, "'" + field + "' is required and must be a non-empty string");
    }
    if (v.asText().length() > max) {
      throw ApiError.badRequest(field, "'" + field + "' is longer than " + max + " characters");
    }
    return v.asText();
  }

  private static Optional<String> optionalText(JsonNode body, String field, int max) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw ApiError.badRequest(field, "'" + field + "' must be a string");
    }
    if (v.asText().length() > max) {
      throw ApiError.badRequest(field, "'" + field + "' is longer than " + max + " characters");
    }
    return Optional.of(v.asText().strip());
  }

  /** The report a submission describes: its text (plain, or an HTML page to clean) and what is known of it. */
  private static Report reportOf(JsonNode body) {
    for (var it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!Set.of("text", "format", "title", "publisher", "url", "published", "language").contains(f)) {
        throw ApiError.badRequest(f, "unknown field '" + f + "'; a report takes text, format, title, publisher,"
            + " url, published and language");
      }
    }
    String text = requiredText(body, "text", MAX_REPORT_CHARS);
    String format = optionalText(body, "format", 10).orElse("text");
    Report read;
    if (format.equals("html")) {
      try {
        read = ReportReader.standard().read("submitted.html", text.getBytes(StandardCharsets.UTF_8));
      } catch (ReportFormatException e) {
        throw ApiError.badRequest("text", e.getMessage());
      }
    } else if (format.equals("text")) {
      read = Report.builder(text.replace("\r\n", "\n").replace('\r', '\n').strip()).build();
    } else {
      throw ApiError.badRequest("format", "'format' must be text or html, was '" + format + "'");
    }
    Optional<LocalDate> published = optionalText(body, "published", 10).map(v -> {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest("published", "'published' must be a day as YYYY-MM-DD, was '" + v + "'");
      }
    });
    Optional<String> url = optionalText(body, "url", 2000);
    url.ifPresent(u -> {
      if (!u.startsWith("http://") && !u.startsWith("https://")) {
        throw ApiError.badRequest("url", "'url' must be an http(s) URL, was '" + u + "'");
      }
    });
    String language = optionalText(body, "language", 10).orElse(read.language());
    return new Report(read.id(), read.text(), optionalText(body, "title", 500).or(read::title),
        optionalText(body, "publisher", 200).or(read::publisher), url.or(read::url),
        published.or(read::published), language);
  }
}
