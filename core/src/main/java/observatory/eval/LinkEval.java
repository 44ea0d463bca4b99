package observatory.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import observatory.claim.Count;
import observatory.claim.DatePrecision;
import observatory.claim.EventType;
import observatory.claim.Qualifier;
import observatory.claim.Scope;
import observatory.claim.When;
import observatory.geo.Gazetteer;
import observatory.geo.Place;
import observatory.geo.Resolution;
import observatory.lexicon.EventTyper;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.link.LinkClaim;
import observatory.link.Linker;
import observatory.link.Measure;
import observatory.link.PlaceName;

/**
 * The linker alone on a linking set (annotated documents whose incidents carry an {@code event} id
 * shared by the reports of one real event, as {@code shared/eval/linking}): every annotated incident
 * becomes the claim an extractor that read it right would give (its dates, places resolved by the
 * gazetteer, perpetrator, weapons typed by {@link EventTyper}, killed figure, scope; the document's
 * {@code published}, else {@code ingest_published}), the claims are linked as the store links, and
 * every pair of incidents of different documents with an event is scored: same event in one incident
 * (right), same event apart (missed), different events together (a wrong merge). Scoring the same set
 * with {@code linking_check.py}, which extracts the texts, shows what extraction adds.
 */
public final class LinkEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LinkEval() {
  }

  /**
   * The score, with one line per missed pair and per wrong merge (the linker's reasons).
   *
   * @param eventsSplit events whose claims lie in two or more incidents (counted twice in totals)
   */
  public record Result(int documents, int claims, int right, int wrongMerges, int missed, int eventsSplit,
      List<String> missedPairs, List<String> mergedPairs) {
    public Result {
      missedPairs = List.copyOf(missedPairs);
      mergedPairs = List.copyOf(mergedPairs);
    }

    public double precision() {
      return right + wrongMerges == 0 ? 1 : (double) right / (right + wrongMerges);
    }

    public double recall() {
      return right + missed == 0 ? 1 : (double) right / (right + missed);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Links the annotated incidents of these documents and scores the links. */
  public static Result run(List<Path> documents, Gazetteer gazetteer) {
    EventTyper typer = EventTyper.standard();
    List<LinkClaim> claims = new ArrayList<>();
    Map<ClaimRef, String> events = new HashMap<>();
    int read = 0;
    for (Path file : documents) {
      JsonNode doc;
      try {
        doc = JSON.readTree(file.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the annotated document " + file + ": " + e.getMessage(), e);
      }
      if (!doc.path("incidents").isArray()) {
        continue;
      }
      read++;
      for (JsonNode incident : doc.get("incidents")) {
        LinkClaim claim = claim(file, doc, incident, gazetteer, typer);
        claims.add(claim);
        if (incident.hasNonNull("event")) {
          events.put(claim.ref(), incident.get("event").asText());
        }
      }
    }
    List<Incident> incidents = Linker.standard().link(claims);
    Map<ClaimRef, Incident> where = new HashMap<>();
    incidents.forEach(i -> i.members().forEach(m -> where.put(m.ref(), i)));
    List<ClaimRef> scored = events.keySet().stream().sorted().toList();
    int right = 0;
    int wrong = 0;
    int missed = 0;
    List<String> missedPairs = new ArrayList<>();
    List<String> mergedPairs = new ArrayList<>();
    for (int x = 0; x < scored.size(); x++) {
      for (int y = x + 1; y < scored.size(); y++) {
        ClaimRef a = scored.get(x);
        ClaimRef b = scored.get(y);
        if (a.reportId().equals(b.reportId())) {
          continue;
        }
        boolean together = where.get(a) == where.get(b);
        if (events.get(a).equals(events.get(b))) {
          if (together) {
            right++;
          } else {
            missed++;
            missedPairs.add(events.get(a) + ": " + a + " and " + b + " apart");
          }
        } else if (together) {
          wrong++;
          mergedPairs.add(events.get(a) + " " + a + " with " + events.get(b) + " " + b + " in " + where.get(a).id()
              + ": " + where.get(a).members().stream().filter(m -> m.ref().equals(a) || m.ref().equals(b))
                  .map(Incident.Member::explanation).reduce((p, q) -> p + "; " + q).orElse(""));
        }
      }
    }
    Map<String, Set<Incident>> incidentsOfEvent = new HashMap<>();
    events.forEach((ref, event) -> incidentsOfEvent.computeIfAbsent(event, e -> new HashSet<>()).add(where.get(ref)));
    int split = (int) incidentsOfEvent.values().stream().filter(s -> s.size() > 1).count();
    return new Result(read, claims.size(), right, wrong, missed, split, missedPairs, mergedPairs);
  }

  /** The claim an annotated incident makes; its reference is the file's name and the incident's id. */
  static LinkClaim claim(Path file, JsonNode doc, JsonNode incident, Gazetteer gazetteer, EventTyper typer) {
    String report = file.getFileName().toString().replaceFirst("\\.json$", "");
    ClaimRef ref = new ClaimRef(report, text(incident, "id").orElseThrow(
        () -> new IllegalArgumentException(file + ": an incident without an id")));
    try {
      List<String> countries = text(incident, "country").flatMap(gazetteer::country).map(Place::countryCode)
          .map(List::of).orElse(List.of());
      Optional<String> admin1 = text(incident, "admin1").map(a -> a.split(";")[0].strip())
          .flatMap(a -> gazetteer.resolve(a, new Gazetteer.Context(countries, List.of(), List.of())) instanceof
              Resolution.Resolved r ? r.place().admin1() : Optional.of(a));
      Gazetteer.Context context = new Gazetteer.Context(countries, admin1.map(List::of).orElse(List.of()), List.of());
      Optional<Place> town = Optional.empty();
      Optional<String> named = Optional.empty();
      for (JsonNode written : incident.path("places")) {
        Resolution r = gazetteer.resolve(written.asText(), context);
        if (r instanceof Resolution.Resolved found && found.place().kind() == Place.Kind.POPULATED_PLACE
            && found.place().geonameId().isPresent()) {
          town = Optional.of(found.place());
          named = Optional.of(written.asText());
          break;
        }
        if (!(r instanceof Resolution.Resolved) && named.isEmpty()) {
          named = Optional.of(written.asText());
        }
      }
      List<String> weapons = new ArrayList<>();
      incident.path("weapons").forEach(w -> weapons.add(w.asText()));
      Optional<EventType> type = weapons.stream().map(typer::classify).flatMap(Optional::stream).findFirst();
      Optional<String> actor = text(incident, "perpetrator").filter(p -> !p.equals("unknown"));
      Scope scope = incident.path("background").asBoolean(false) ? Scope.BACKGROUND
          : incident.path("aggregate").asBoolean(false) ? Scope.TOTAL : Scope.SINGLE;
      Map<Measure, Count> figures = new EnumMap<>(Measure.class);
      if (incident.hasNonNull("killed")) {
        figures.put(Measure.KILLED, Count.of(incident.get("killed").asLong(),
            text(incident, "killed_qualifier").map(Qualifier::fromLabel).orElse(Qualifier.EXACT)));
      }
      String origin = incident.path("sources").path(0).asText("");
      if (origin.isBlank()) {
        origin = text(doc, "publisher").orElse(report);
      }
      return new LinkClaim(ref, origin, when(incident), town.map(Place::geonameId).orElse(OptionalLong.empty()),
          town.map(Place::name), admin1, type, weapons, actor, scope, Optional.empty(),
          figures, text(doc, "published").or(() -> text(doc, "ingest_published")).map(LocalDate::parse),
          named.map(PlaceName::of));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ", incident " + ref.claimId() + ": " + e.getMessage(), e);
    }
  }

  private static When when(JsonNode incident) {
    Optional<LocalDate> day = text(incident, "date").map(LocalDate::parse);
    if (day.isPresent()) {
      return new When.Day(day.get());
    }
    Optional<LocalDate> from = text(incident, "date_from").map(LocalDate::parse);
    Optional<LocalDate> to = text(incident, "date_to").map(LocalDate::parse);
    return from.isEmpty() && to.isEmpty() ? When.UNKNOWN : new When.Between(from, to, DatePrecision.PERIOD);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
  }
}
