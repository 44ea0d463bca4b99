package observatory.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import observatory.claim.Scope;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.report.Report;
import observatory.report.ReportReader;

/**
 * Scores the store's incidents against the ground truth of a generated corpus ({@code DIR/truth.json},
 * {@code DIR/reports/*.json}, see {@code observatory.generate.CorpusWriter}) that has been ingested.
 *
 * <p>Each stored report is found by the content hash of its generated file's text. Each single-scope
 * claim gets its true incident: the report's one incident when it describes one; in a roundup, the
 * incident whose GeoNames id is one of the claim's resolved places; else none. Totals, tallies and
 * background tolls are left out. True pairs are pairs of claims of different reports with the same
 * true incident; predicted pairs are pairs of claims of different reports in the same stored incident.
 * A precision (recall) with no predicted (true) pairs is 1.
 */
public final class LinkScore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LinkScore() {
  }

  /** A scored claim and its true incident (empty: it describes no incident of the truth). */
  public record Scored(ClaimRef ref, Optional<String> truth) {
  }

  /**
   * The scores.
   *
   * @param doubleCounted true incidents whose claims lie in two or more summed (single, with a killed
   *     figure) stored incidents
   * @param storedKilled the best killed summed over the stored single incidents holding scored claims
   * @param truthKilled the truth's killed summed over the incidents that some scored claim describes
   */
  public record Result(int truthReports, int storedReports, int claims, int claimsWithTruth, int leftOut,
      int truthIncidents, int covered, long truePairs, long predictedPairs, long correctPairs,
      int storedIncidents, int doubleCounted, long storedKilled, long truthKilled,
      List<String> splits, List<String> merges) {

    public double precision() {
      return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The one-line summary. */
    public String summary() {
      return String.format(Locale.ROOT,
          "pairwise_precision=%.3f pairwise_recall=%.3f pairwise_f1=%.3f double_counted=%d incidents=%d",
          precision(), recall(), f1(), doubleCounted, storedIncidents);
    }
  }

  /** Reads {@code dir/truth.json} and the reports it names, and scores the store's incidents. */
  public static Result score(Store store, Path dir) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(dir.resolve("truth.json")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve("truth.json") + ": " + e.getMessage(), e);
    }
    Map<String, Long> truthKilled = new LinkedHashMap<>();
    Map<String, Long> geonameOf = new HashMap<>();
    for (JsonNode i : root.path("incidents")) {
      truthKilled.put(i.path("id").asText(), i.path("killed").asLong());
      geonameOf.put(i.path("id").asText(), i.path("geonameid").asLong());
    }
    ReportReader reader = ReportReader.standard();
    List<Scored> scored = new ArrayList<>();
    int reports = 0;
    int stored = 0;
    int leftOut = 0;
    for (JsonNode r : root.path("reports")) {
      reports++;
      Report report = reader.read(dir.resolve(r.path("file").asText()));
      if (store.report(report.id()).isEmpty()) {
        continue;
      }
      stored++;
      List<String> incidents = new ArrayList<>();
      r.path("incidents").forEach(n -> incidents.add(n.asText()));
      boolean roundup = r.path("kind").asText().equals("roundup");
      for (StoredClaim c : store.claims(report.id())) {
        if (c.scope() != Scope.SINGLE) {
          leftOut++;
          continue;
        }
        Optional<String> truth = Optional.empty();
        if (!roundup && incidents.size() == 1) {
          truth = Optional.of(incidents.get(0));
        } else {
          Set<Long> places = new TreeSet<>();
          c.places().forEach(p -> p.geonameId().ifPresent(places::add));
          truth = incidents.stream().filter(i -> places.contains(geonameOf.get(i))).findFirst();
        }
        scored.add(new Scored(new ClaimRef(c.reportId(), c.id()), truth));
      }
    }
    return compute(reports, stored, leftOut, scored, store.incidents(IncidentFilter.all()), truthKilled);
  }

  /** Scores claims with known true incidents against stored incidents; {@code truthKilled} by incident id. */
  public static Result compute(int truthReports, int storedReports, int leftOut, List<Scored> claims,
      List<Incident> incidents, Map<String, Long> truthKilled) {
    Map<ClaimRef, Incident> predicted = new HashMap<>();
    for (Incident i : incidents) {
      i.members().forEach(m -> predicted.put(m.ref(), i));
    }
    long truePairs = 0;
    long predictedPairs = 0;
    long correct = 0;
    for (int a = 0; a < claims.size(); a++) {
      Scored x = claims.get(a);
      for (int b = a + 1; b < claims.size(); b++) {
        Scored y = claims.get(b);
        if (x.ref().reportId().equals(y.ref().reportId())) {
          continue;
        }
        boolean same = x.truth().isPresent() && x.truth().equals(y.truth());
        Incident px = predicted.get(x.ref());
        boolean linked = px != null && px == predicted.get(y.ref());
        truePairs += same ? 1 : 0;
        predictedPairs += linked ? 1 : 0;
        correct += same && linked ? 1 : 0;
      }
    }
    // Which summed stored incidents hold each true incident's claims; which truths each stored one mixes.
    Map<String, Set<String>> heldBy = new TreeMap<>();
    Map<String, Set<String>> mixes = new TreeMap<>();
    Map<String, Incident> summed = new LinkedHashMap<>();
    Set<String> covered = new TreeSet<>();
    int withTruth = 0;
    for (Scored s : claims) {
      Incident i = predicted.get(s.ref());
      s.truth().ifPresent(covered::add);
      withTruth += s.truth().isPresent() ? 1 : 0;
      if (i == null || i.aggregate()) {
        continue;
      }
      summed.put(i.id(), i);
      mixes.computeIfAbsent(i.id(), k -> new TreeSet<>()).add(s.truth().orElse("none"));
      if (s.truth().isPresent() && i.estimate(Measure.KILLED).isPresent()) {
        heldBy.computeIfAbsent(s.truth().get(), k -> new TreeSet<>()).add(i.id());
      }
    }
    List<String> splits = new ArrayList<>();
    heldBy.forEach((t, ids) -> {
      if (ids.size() > 1) {
        splits.add(t + " (killed " + truthKilled.get(t) + ") in " + ids.size() + " incidents: " + String.join(", ", ids));
      }
    });
    List<String> merges = new ArrayList<>();
    mixes.forEach((id, ts) -> {
      if (ts.size() > 1) {
        // A contested incident is flagged for an analyst: say when the flag caught this error.
        merges.add(id + " mixes " + String.join(", ", ts)
            + (summed.get(id).status() == Incident.Status.CONTESTED ? " (contested)" : ""));
      }
    });
    long storedKilled = summed.values().stream()
        .mapToLong(i -> i.estimate(Measure.KILLED).map(e -> e.best()).orElse(0L)).sum();
    long truth = covered.stream().mapToLong(t -> truthKilled.getOrDefault(t, 0L)).sum();
    return new Result(truthReports, storedReports, claims.size(), withTruth, leftOut, truthKilled.size(),
        covered.size(), truePairs, predictedPairs, correct, summed.size(), splits.size(), storedKilled, truth,
        splits, merges);
  }

  /** The report a command prints: counts, then the summary line last. */
  public static List<String> lines(Result r) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "reports: %d in the truth, %d found in the store by content hash",
        r.truthReports(), r.storedReports()));
    out.add(String.format(Locale.ROOT, "claims scored: %d single (%d with a true incident, %d with none);"
        + " %d totals, tallies and background left out", r.claims(), r.claimsWithTruth(),
        r.claims() - r.claimsWithTruth(), r.leftOut()));
    out.add(String.format(Locale.ROOT, "true incidents: %d, %d described by a scored claim; stored single incidents: %d",
        r.truthIncidents(), r.covered(), r.storedIncidents()));
    out.add(String.format(Locale.ROOT, "pairs: %d true, %d predicted, %d correct", r.truePairs(),
        r.predictedPairs(), r.correctPairs()));
    out.add(String.format(Locale.ROOT, "pairwise precision %.3f  recall %.3f  F1 %.3f", r.precision(), r.recall(), r.f1()));
    out.add(String.format(Locale.ROOT, "double counted: %d true incidents split over two or more summed incidents",
        r.doubleCounted()));
    out.add(String.format(Locale.ROOT, "killed (best) over stored single incidents: %d; truth over the covered incidents: %d",
        r.storedKilled(), r.truthKilled()));
    out.add(r.summary());
    return out;
  }
}
