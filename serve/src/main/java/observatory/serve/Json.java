package observatory.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import observatory.claim.Evidence;
import observatory.claim.When;
import observatory.link.Estimate;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.review.ReviewMark;
import observatory.store.IncidentQueries;
import observatory.store.StoredClaim;
import observatory.store.StoredReport;

/** The API's JSON: incidents, claims, reports and totals, in the vocabulary of DESIGN.md (snake_case fields). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * An incident as the API shows it; its district (admin2) as the claims' places export it (core
   * observatory.export): {@code admin2}, and {@code admin2_approximate} when it has one (true: the
   * nearest district seat's); whether it is marked for review ({@code needs_review}) and why
   * ({@code review_reasons}, empty when unmarked).
   */
  static ObjectNode incident(Incident i, Optional<IncidentQueries.Location> located, Optional<IncidentQueries.District> district,
      ReviewMark review, Regions regions) {
    ObjectNode o = object();
    o.put("id", i.id());
    o.put("status", i.status().label());
    o.put("scope", i.aggregate() ? "aggregate" : "single");
    o.put("date_from", from(i.when()).map(LocalDate::toString).orElse(null));
    o.put("date_to", to(i.when()).map(LocalDate::toString).orElse(null));
    o.put("place", i.placeName().orElse(null));
    putLong(o, "geonameid", i.placeId());
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
    o.set("figures", figures(i.figures()));
    o.put("claim_count", i.members().size());
    ObjectNode location = null;
    if (located.isPresent()) {
      IncidentQueries.Location l = located.get();
      location = object();
      location.put("lat", l.lat());
      location.put("lon", l.lon());
      location.put("precision", l.precision().name().toLowerCase(Locale.ROOT));
      location.put("name", l.name());
    } else if (i.admin1().isPresent()) {
      Optional<Regions.Region> r = regions.find(i.admin1().get());
      if (r.isPresent()) {
        location = object();
        location.put("lat", r.get().lat());
        location.put("lon", r.get().lon());
        location.put("precision", "admin1");
        location.put("name", r.get().name());
      }
    }
    o.set("location", location);
    return o;
  }

  static ObjectNode figures(Map<Measure, Estimate> figures) {
    ObjectNode f = object();
    for (Measure m : Measure.values()) {
      Estimate e = figures.get(m);
      if (e != null) {
        ObjectNode n = f.putObject(m.label());
        n.put("low", e.low());
        n.put("best", e.best());
        putLong(n, "high", e.high());
      }
    }
    return f;
  }

  /**
   * Sums as {@link #totals(Totals)} gives them, and beside them {@code needs_review}: the same sums
   * over the incidents marked for review alone, the part of the figures that rests on them.
   */
  static ObjectNode totals(Totals t, Totals review) {
    ObjectNode o = totals(t);
    o.set("needs_review", totals(review));
    return o;
  }

  static ObjectNode totals(Totals t) {
    ObjectNode o = object();
    o.put("incidents", t.incidents());
    o.put("aggregates_left_out", t.aggregatesLeftOut());
    ObjectNode sums = o.putObject("sums");
    for (Measure m : Measure.values()) {
      Totals.Sum s = t.sums().get(m);
      if (s != null) {
        ObjectNode n = sums.putObject(m.label());
        n.put("low", s.low());
        n.put("best", s.best());
        putLong(n, "high", s.high());
        n.put("incidents", s.incidents());
      }
    }
    return o;
  }

  static ObjectNode report(StoredReport r, boolean withText) {
    ObjectNode o = object();
    o.put("id", r.id());
    o.put("title", r.title().orElse(null));
    o.put("publisher", r.publisher().orElse(null));
    o.put("url", r.url().orElse(null));
    o.put("published", r.published().map(LocalDate::toString).orElse(null));
    o.put("language", r.language());
    o.put("ingested_at", r.ingestedAt().toString());
    if (withText) {
      o.put("text", r.text());
    }
    return o;
  }

  static ObjectNode reportSummary(IncidentQueries.ReportSummary r) {
    ObjectNode o = object();
    o.put("id", r.id());
    o.put("title", r.title().orElse(null));
    o.put("publisher", r.publisher().orElse(null));
    o.put("url", r.url().orElse(null));
    o.put("published", r.published().orElse(null));
    o.put("ingested_at", r.ingestedAt());
    o.put("claims", r.claims());
    return o;
  }

  static ObjectNode claim(StoredClaim c, Optional<String> incident) {
    ObjectNode o = object();
    o.put("report_id", c.reportId());
    o.put("id", c.id());
    o.put("incident_id", incident.orElse(null));
    o.put("scope", c.scope().name().toLowerCase(Locale.ROOT));
    o.put("part_of", c.partOf().orElse(null));
    When w = c.when();
    o.put("date", w instanceof When.Day d ? d.date().toString() : null);
    o.put("date_from", w instanceof When.Between b ? b.from().map(LocalDate::toString).orElse(null) : null);
    o.put("date_to", w instanceof When.Between b ? b.to().map(LocalDate::toString).orElse(null) : null);
    o.put("perpetrator", c.perpetrator().map(p -> p.actor()).orElse(null));
    o.put("attribution", c.perpetrator().map(p -> p.attribution().label()).orElse(null));
    ArrayNode weapons = o.putArray("weapons");
    c.weapons().forEach(weapons::add);
    ArrayNode sources = o.putArray("sources");
    c.sources().forEach(sources::add);
    o.put("event_type", c.eventType().map(t -> t.type()).orElse(null));
    o.put("sub_event_type", c.eventType().map(t -> t.subType()).orElse(null));
    StoredClaim.Figures f = c.figures();
    putLong(o, "killed", f.killed());
    o.put("killed_qualifier", f.killedQualifier().map(q -> q.label()).orElse(null));
    putLong(o, "killed_low", f.killedLow());
    putLong(o, "killed_high", f.killedHigh());
    f.killedBy().forEach((category, n) -> o.put(category.label() + "_killed", n));
    putLong(o, "wounded", f.wounded());
    o.put("admin1", c.admin1().orElse(null));
    o.put("country", c.country().orElse(null));
    if (c.geoPrecision().isPresent()) {
      o.put("geo_precision", c.geoPrecision().getAsInt());
    } else {
      o.putNull("geo_precision");
    }
    ArrayNode places = o.putArray("places");
    for (StoredClaim.StoredPlace p : c.places()) {
      ObjectNode n = places.addObject();
      n.put("as_written", p.asWritten());
      n.put("start", p.span().start());
      n.put("end", p.span().end());
      n.put("resolution", p.outcome());
      n.put("name", p.name().orElse(null));
      putLong(n, "geonameid", p.geonameId());
      if (p.point().isPresent()) {
        n.put("lat", p.point().get().lat());
        n.put("lon", p.point().get().lon());
      }
      n.put("admin1", p.admin1().orElse(null));
      n.put("precision", p.precision().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse(null));
    }
    // As the claim JSON of extraction gives them (observatory.export.ClaimJson).
    o.put("confidence", Math.round(c.confidence().value() * 1000) / 1000.0);
    o.put("needs_review", c.confidence().needsReview());
    ArrayNode reasons = o.putArray("review_reasons");
    c.confidence().reasons().forEach(reasons::add);
    ArrayNode spans = o.putArray("evidence_spans");
    for (Evidence e : c.evidence()) {
      ObjectNode s = spans.addObject();
      s.put("field", e.field().name().toLowerCase(Locale.ROOT));
      s.put("start", e.span().start());
      s.put("end", e.span().end());
      s.put("text", e.text());
    }
    return o;
  }

  static ObjectNode error(ApiError e) {
    ObjectNode o = object();
    ObjectNode err = o.putObject("error");
    err.put("status", e.status);
    err.put("code", e.code);
    err.put("message", e.getMessage());
    err.put("field", e.field.orElse(null));
    return o;
  }

  private static void putLong(ObjectNode o, String field, OptionalLong value) {
    if (value.isPresent()) {
      o.put(field, value.getAsLong());
    } else {
      o.putNull(field);
    }
  }

  static Optional<LocalDate> from(When when) {
    return when instanceof When.Day d ? Optional.of(d.date()) : when instanceof When.Between b ? b.from() : Optional.empty();
  }

  static Optional<LocalDate> to(When when) {
    return when instanceof When.Day d ? Optional.of(d.date()) : when instanceof When.Between b ? b.to() : Optional.empty();
  }
}
