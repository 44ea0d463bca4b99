package observatory.export;

import observatory.geo.LocationPrecision;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import observatory.claim.Category;
import observatory.claim.Claim;
import observatory.claim.Count;
import observatory.claim.EventType;
import observatory.claim.Evidence;
import observatory.claim.PlaceMention;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.extract.Extraction;
import observatory.geo.LocationPrecision;
import observatory.geo.Place;
import observatory.geo.Resolution;

/**
 * Writes an {@link Extraction} as JSON in the schema of the evaluation corpus
 * ({@code {"incidents": [...], "event_type": ..., "sub_event_type": ...}}), so that
 * {@code score.py} can read it, with richer fields beside the schema's: the honest bounds of
 * the killed figure, the scope, how each place resolved, and the span of every piece of evidence.
 */
public final class ClaimJson {
  /** The separator of non-adjacent evidence pieces, as in the corpus. */
  public static final String GAP = " [...] ";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ClaimJson() {
  }

  /** The document as a JSON tree. */
  public static ObjectNode toTree(Extraction extraction) {
    return toTree(extraction, Optional.empty());
  }

  /** The document as a JSON tree, with a leading {@code file} field when one is given. */
  public static ObjectNode toTree(Extraction extraction, Optional<String> file) {
    ObjectNode doc = MAPPER.createObjectNode();
    file.ifPresent(f -> doc.put("file", f));
    ArrayNode incidents = doc.putArray("incidents");
    for (Claim claim : extraction.claims()) {
      incidents.add(incident(claim, extraction));
    }
    doc.put("event_type", extraction.eventType().map(EventType::type).orElse(null));
    doc.put("sub_event_type", extraction.eventType().map(EventType::subType).orElse(null));
    doc.put("language", extraction.report().language());
    if (!extraction.report().inReadableLanguage()) {
      doc.put("note", unreadNote(extraction.report()));
    }
    if (!extraction.warnings().isEmpty()) {
      // Only when a part of the report was lost to a fault: the claims of the rest stand.
      ArrayNode warnings = doc.putArray("warnings");
      for (Extraction.Warning w : extraction.warnings()) {
        ObjectNode o = warnings.addObject();
        o.put("stage", w.stage());
        o.put("offset", w.offset());
        o.put("message", w.message());
        o.put("report", w.report());
      }
    }
    return doc;
  }

  /** Why a report in another language gave no incidents. */
  public static String unreadNote(observatory.report.Report report) {
    return "the report is in " + report.languageName() + " (" + report.language()
        + "); extraction reads English reports only, so it gives no incidents";
  }

  /** The document, indented, as one would read it. */
  public static String toJson(Extraction extraction) {
    return write(PRETTY, toTree(extraction));
  }

  /** The document on one line with its {@code file} field, for one-document-per-line output. */
  public static String toJsonLine(Extraction extraction, String file) {
    return write(MAPPER, toTree(extraction, Optional.of(file)));
  }

  /** One claim as an incident item of the schema. */
  public static ObjectNode incident(Claim claim, Extraction extraction) {
    String text = extraction.report().text();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", claim.id());

    When when = claim.when();
    o.put("date", when instanceof When.Day d ? d.date().toString() : null);
    o.put("date_from", when instanceof When.Between b ? b.from().map(Object::toString).orElse(null) : null);
    o.put("date_to", when instanceof When.Between b ? b.to().map(Object::toString).orElse(null) : null);
    o.put("date_text", joined(claim.evidence(Evidence.Field.DATE)));

    ArrayNode places = o.putArray("places");
    claim.places().forEach(p -> places.add(p.asWritten()));
    List<Place> resolved = claim.places().stream().flatMap(p -> p.place().stream()).toList();
    o.put("country", resolved.stream().map(p -> countryName(p.countryCode())).distinct().findFirst()
        .or(() -> claim.region().map(r -> countryName(r.countryCode()))).orElse(null));
    Set<String> admin1 = new LinkedHashSet<>();
    claim.places().forEach(p -> p.admin1().ifPresent(admin1::add));
    if (admin1.isEmpty()) {
      // A village missing from the gazetteer still lies in the governorate the report places it in.
      claim.region().flatMap(Place::admin1).ifPresent(admin1::add);
    }
    o.put("admin1", admin1.isEmpty() ? null : String.join("; ", admin1));
    Optional<LocationPrecision> precision = claim.locationPrecision();
    o.put("geo_precision", precision.map(LocationPrecision::acledGeoPrecision).orElse(null));
    o.put("where_prec", precision.map(LocationPrecision::ucdpWherePrec).orElse(null));

    // The schema's vocabulary: "unknown" where the report names no perpetrator.
    o.put("perpetrator", claim.perpetrator().map(p -> p.actor()).orElse("unknown"));
    o.put("attribution", claim.perpetrator().map(p -> p.attribution().label()).orElse(null));
    ArrayNode weapons = o.putArray("weapons");
    claim.weapons().forEach(weapons::add);

    Optional<Count> killed = claim.casualties().killed();
    putFigure(o, "killed", killed);
    o.put("killed_qualifier", killed.filter(ClaimJson::stated).map(k -> k.qualifier().label()).orElse(null));
    putFigure(o, "civilians_killed", claim.casualties().killed(Category.CIVILIANS));
    putFigure(o, "children_killed", claim.casualties().killed(Category.CHILDREN));
    putFigure(o, "women_killed", claim.casualties().killed(Category.WOMEN));
    putFigure(o, "combatants_killed", claim.casualties().killed(Category.COMBATANTS));
    putFigure(o, "wounded", claim.casualties().wounded());
    o.put("aggregate", claim.isAggregate());
    o.put("part_of", claim.partOf().orElse(null));
    ArrayNode sources = o.putArray("sources");
    claim.sources().forEach(sources::add);
    o.put("evidence", evidenceText(claim, text));
    EventType type = claim.eventType().or(extraction::eventType).orElse(null);
    o.put("event_type", type == null ? null : type.type());
    o.put("sub_event_type", type == null ? null : type.subType());

    // Richer than the corpus schema.
    putBound(o, "killed_low", killed.map(Count::low).orElse(OptionalLong.empty()));
    putBound(o, "killed_high", killed.map(Count::high).orElse(OptionalLong.empty()));
    putBound(o, "wounded_low", claim.casualties().wounded().map(Count::low).orElse(OptionalLong.empty()));
    o.put("scope", claim.scope().name().toLowerCase(Locale.ROOT));
    o.put("background", claim.scope() == Scope.BACKGROUND);
    o.put("confidence", Math.round(claim.confidence().value() * 1000) / 1000.0);
    o.put("needs_review", claim.confidence().needsReview());
    ArrayNode reasons = o.putArray("review_reasons");
    claim.confidence().reasons().forEach(reasons::add);
    ArrayNode details = o.putArray("place_details");
    claim.places().forEach(p -> details.add(placeDetail(p)));
    ArrayNode spans = o.putArray("evidence_spans");
    for (Evidence e : claim.evidence()) {
      ObjectNode s = spans.addObject();
      s.put("field", e.field().name().toLowerCase(Locale.ROOT));
      s.put("start", e.span().start());
      s.put("end", e.span().end());
      s.put("text", e.text());
    }
    return o;
  }

  private static ObjectNode placeDetail(PlaceMention p) {
    ObjectNode d = MAPPER.createObjectNode();
    d.put("as_written", p.asWritten());
    d.put("start", p.span().start());
    d.put("end", p.span().end());
    Resolution r = p.resolution();
    d.put("resolution", r instanceof Resolution.Resolved ? "resolved"
        : r instanceof Resolution.Ambiguous ? "ambiguous" : "not_found");
    if (r instanceof Resolution.Resolved res) {
      Place place = res.place();
      d.put("name", place.name());
      if (place.geonameId().isPresent()) {
        d.put("geonameid", place.geonameId().getAsLong());
      } else {
        d.putNull("geonameid");
      }
      d.put("lat", place.latitude());
      d.put("lon", place.longitude());
      d.put("country", countryName(place.countryCode()));
      d.put("admin1", place.admin1().orElse(null));
      d.put("admin2", place.admin2().orElse(null));
      if (place.admin2().isPresent()) {
        d.put("admin2_approximate", observatory.geo.Districts.isApproximate(place));
      }
      d.put("precision", res.precision().name().toLowerCase(Locale.ROOT));
      d.put("acled_geo_precision", res.precision().acledGeoPrecision());
      d.put("ucdp_where_prec", res.precision().ucdpWherePrec());
    } else {
      for (String f : List.of("name", "geonameid", "lat", "lon", "country", "admin1", "admin2", "precision",
          "acled_geo_precision", "ucdp_where_prec")) {
        d.putNull(f);
      }
      if (r instanceof Resolution.Ambiguous a) {
        d.put("candidates", a.candidates().size());
      }
    }
    return d;
  }

  /**
   * The words that support the claim: its evidence spans merged where they overlap or touch, in
   * text order, non-adjacent pieces joined by {@link #GAP}.
   */
  static String evidenceText(Claim claim, String text) {
    List<Span> spans = new ArrayList<>(claim.evidence().stream().map(Evidence::span).sorted().toList());
    if (spans.isEmpty()) {
      return null;
    }
    List<Span> merged = new ArrayList<>();
    Span current = spans.get(0);
    for (Span s : spans.subList(1, spans.size())) {
      if (s.start() <= current.end()) {
        current = current.union(s);
      } else {
        merged.add(current);
        current = s;
      }
    }
    merged.add(current);
    List<String> pieces = new ArrayList<>();
    for (Span s : merged) {
      pieces.add(s.end() <= text.length() ? s.of(text).strip()
          : claim.evidence().stream().filter(e -> e.span().equals(s)).map(Evidence::text).findFirst().orElse(""));
    }
    return String.join(GAP, pieces);
  }

  private static String joined(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return null;
    }
    return String.join(GAP, evidence.stream().map(Evidence::text).distinct().toList());
  }

  /**
   * The corpus fields hold the numbers a report states; a vague word ("dozens of others wounded")
   * states none, so the field stays empty and the word's floor is in {@code killed_low} or
   * {@code wounded_low} (the store counts that floor).
   */
  private static void putFigure(ObjectNode o, String field, Optional<Count> count) {
    if (count.isPresent() && stated(count.get())) {
      o.put(field, count.get().figure());
    } else {
      o.putNull(field);
    }
  }

  private static void putBound(ObjectNode o, String field, OptionalLong bound) {
    if (bound.isPresent()) {
      o.put(field, bound.getAsLong());
    } else {
      o.putNull(field);
    }
  }

  /** "SY" gives "Syria"; an unknown code is kept as it is. */
  static String countryName(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }

  private static String write(ObjectMapper mapper, Object tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static boolean stated(Count c) {
    return !(c instanceof Count.Vague);
  }
}
