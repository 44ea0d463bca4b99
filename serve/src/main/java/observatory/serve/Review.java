package observatory.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.store.AuditEntry;
import observatory.store.IncidentQueries;
import observatory.store.ReviewException;
import observatory.store.Store;

/**
 * The analyst's actions over HTTP: correct a field, merge, split, set the status — each with a
 * reason, by an analyst or an admin, CSRF-checked on sessions — and the audit trail. Each is one
 * store call (see {@code Store.merge} and its siblings): a refused change changes nothing.
 */
final class Review {
  static final int MAX_REASON = 2000;

  private final Store store;
  private final Auth auth;

  Review(Store store, Auth auth) {
    this.store = store;
    this.auth = auth;
  }

  void routes(RoutesConfig r) {
    r.post("/api/incidents/{id}/correct", this::correct);
    r.post("/api/incidents/{id}/merge", this::merge);
    r.post("/api/incidents/{id}/split", this::split);
    r.post("/api/incidents/{id}/status", this::status);
    r.get("/api/incidents/{id}/audit", this::incidentAudit);
    r.get("/api/audit", this::audit);
  }

  private void correct(Context ctx) {
    Change c = begin(ctx, Set.of("field", "value", "reason"));
    String field = Api.requiredText(c.body, "field", 100);
    String value = Api.requiredText(c.body, "value", 500);
    finish(ctx, c, () -> store.correct(c.incident.id(), field, value, c.reason, c.by));
  }

  private void merge(Context ctx) {
    Change c = begin(ctx, Set.of("with", "reason"));
    String other = Api.requiredText(c.body, "with", 200).strip();
    if (store.incident(other).isEmpty()) {
      throw ApiError.badRequest("with", "no incident '" + other + "' to merge with; ids change when claims regroup");
    }
    finish(ctx, c, () -> store.merge(c.incident.id(), other, c.reason, c.by));
  }

  private void split(Context ctx) {
    Change c = begin(ctx, Set.of("claims", "reason"));
    JsonNode claims = c.body.get("claims");
    if (claims == null || !claims.isArray() || claims.isEmpty()) {
      throw ApiError.badRequest("claims", "'claims' must be a non-empty array of claims to split off, each"
          + " REPORT:CLAIM as the incident lists them");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode n : claims) {
      if (!n.isTextual() || n.asText().isBlank() || n.asText().length() > 200) {
        throw ApiError.badRequest("claims", "each of 'claims' must be a string REPORT:CLAIM, was " + n);
      }
      names.add(n.asText());
    }
    finish(ctx, c, () -> store.split(c.incident.id(), names, c.reason, c.by));
  }

  private void status(Context ctx) {
    Change c = begin(ctx, Set.of("status", "reason"));
    String status = Api.requiredText(c.body, "status", 40);
    finish(ctx, c, () -> store.setStatus(c.incident.id(), status, c.reason, c.by));
  }

  private void incidentAudit(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of());
    String id = ctx.pathParam("id");
    if (store.incident(id).isEmpty()) {
      throw ApiError.notFound("no incident '" + id + "'");
    }
    Api.json(ctx, entries(store.audit(Optional.of(id))));
  }

  private void audit(Context ctx) {
    auth.require(ctx, Role.VIEWER);
    Params.only(ctx, Set.of("incident"));
    Api.json(ctx, entries(store.audit(Params.text(ctx, "incident"))));
  }

  private static ObjectNode entries(List<AuditEntry> entries) {
    ObjectNode o = Json.object();
    ArrayNode a = o.putArray("audit");
    entries.forEach(e -> a.add(entry(e)));
    return o;
  }

  static ObjectNode entry(AuditEntry e) {
    ObjectNode n = Json.object();
    n.put("seq", e.seq());
    n.put("at", e.at().toString());
    n.put("by", e.by());
    n.put("action", e.action());
    n.put("incident", e.incident());
    n.put("field", e.field().orElse(null));
    n.put("before", e.before());
    n.put("after", e.after());
    n.put("reason", e.reason());
    n.put("decision", e.decision());
    return n;
  }

  /** A change request checked at the edge: who, on which incident, why, with which body fields. */
  private record Change(Incident incident, JsonNode body, String reason, String by) {
  }

  private Change begin(Context ctx, Set<String> fields) {
    Auth.Principal p = auth.require(ctx, Role.ANALYST);
    Params.only(ctx, Set.of());
    JsonNode body = Api.body(ctx);
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        throw ApiError.badRequest(f, "unknown field '" + f + "'; this action takes " + String.join(", ", new java.util.TreeSet<>(fields)));
      }
    }
    String id = ctx.pathParam("id");
    Incident incident = store.incident(id).orElseThrow(() -> ApiError.notFound("no incident '" + id
        + "' (ids change when claims regroup; GET /api/audit lists the changes)"));
    String reason = Api.requiredText(body, "reason", MAX_REASON).strip();
    return new Change(incident, body, reason, p.user().name());
  }

  /** Runs the change; answers with its audit entry and the incident that now holds the first claim. */
  private void finish(Context ctx, Change c, java.util.function.Supplier<AuditEntry> change) {
    ClaimRef first = c.incident.members().get(0).ref();
    AuditEntry entry;
    try {
      entry = change.get();
    } catch (ReviewException e) {
      throw ApiError.badRequest(null, e.getMessage());
    }
    ObjectNode o = Json.object();
    o.set("audit", entry(entry));
    o.put("incident", IncidentQueries.incidentOf(store, first).orElse(null));
    Api.json(ctx, o);
  }
}
