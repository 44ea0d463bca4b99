package observatory.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import observatory.claim.Count;
import observatory.claim.EventType;
import observatory.claim.When;

/**
 * Groups claims from different reports into incidents.
 *
 * <p>Two claims are candidates only if they pass every block: different reports; the same scope
 * class (a single event links to a single event, a total to a total, never a total to its parts);
 * dates within a day of each other, or overlapping periods; no two different towns and no two
 * different governorates; the same ACLED event type when both have one. Candidates are scored:
 * same town +3, same governorate where one side names only the governorate +1, same day +2, a day
 * apart or overlapping periods +1, same sub-event type +1 (a different one -2), a shared weapon +1,
 * the same perpetrator +1 (a different one -2), killed figures close +1 (far apart -2). A pair scoring {@value #THRESHOLD}
 * or more links; a pair with neither place nor governorate in common links only on strong evidence
 * (same day, figures close, and a score of at least {@value #STRONG}).
 *
 * <p>Clustering is greedy, best pair first (ties by claim reference, so the result is
 * deterministic): two groups merge when no report is in both and every pair across them passes the
 * blocks. A claim that links to nothing is an incident of its own.
 */
public final class Linker {
  static final int THRESHOLD = 4;
  static final int STRONG = 6;

  private Linker() {
  }

  public static Linker standard() {
    return new Linker();
  }

  /**
   * The incidents these claims describe, ordered by date then id; every claim is in exactly one.
   * Only claims that may link are compared (see {@link LinkSweep}); the result is the one an
   * all-pairs comparison gives.
   */
  public List<Incident> link(List<LinkClaim> claims) {
    List<LinkClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing(LinkClaim::ref));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).ref().equals(sorted.get(i - 1).ref())) {
        throw new IllegalArgumentException("claim " + sorted.get(i).ref() + " given twice to the linker");
      }
    }
    sorted.sort(LinkSweep.ORDER);
    List<Incident> incidents = new ArrayList<>();
    LinkSweep sweep = sweep(incidents::add);
    sorted.forEach(sweep::add);
    sweep.finish();
    incidents.sort(Comparator.comparing((Incident i) -> start(i.when()).orElse(LocalDate.MAX)).thenComparing(Incident::id));
    return List.copyOf(incidents);
  }

  /**
   * A streaming link: claims given in date order ({@link LinkSweep#ORDER}) are linked in a moving
   * window, and each incident goes to {@code out} as soon as no later claim can join it. Memory
   * depends on the claims within reach of each other, not on how many pass through.
   */
  public LinkSweep sweep(java.util.function.Consumer<Incident> out) {
    return new LinkSweep(out);
  }

  /** A link between two claims, {@code a} before {@code b} in reference order, with its comparison. */
  record Edge(int a, int b, Comparison c) {
  }

  /**
   * Greedy clustering, best pair first (ties by claim reference): the claims sorted by reference,
   * and every pair among them that links, compared in that order.
   */
  static List<Incident> cluster(List<LinkClaim> sorted, List<Edge> candidates) {
    int n = sorted.size();
    List<Edge> edges = new ArrayList<>(candidates);
    edges.sort(Comparator.comparingInt((Edge e) -> -e.c().score()).thenComparingInt(Edge::a).thenComparingInt(Edge::b));

    int[] group = new int[n];
    Map<Integer, List<Integer>> members = new TreeMap<>();
    String[] why = new String[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
      members.put(i, new ArrayList<>(List.of(i)));
    }
    for (Edge e : edges) {
      int ga = group[e.a()];
      int gb = group[e.b()];
      if (ga == gb || !mergeable(sorted, members.get(ga), members.get(gb))) {
        continue;
      }
      int keep = Math.min(ga, gb);
      int gone = Math.max(ga, gb);
      int joined = group[e.a()] == gone ? e.a() : e.b();
      int other = joined == e.a() ? e.b() : e.a();
      // The claim of the absorbed group that this link ties in; the others keep their own explanation.
      for (int m : members.get(gone)) {
        if (why[m] == null) {
          why[m] = (m == joined ? "" : "via " + sorted.get(joined).ref() + ", ")
              + "with " + sorted.get(other).ref() + ": " + String.join(", ", e.c().reasons());
        }
        group[m] = keep;
      }
      members.get(keep).addAll(members.remove(gone));
    }

    List<Incident> incidents = new ArrayList<>();
    for (List<Integer> g : members.values()) {
      incidents.add(incident(g.stream().map(sorted::get).toList(), g.stream().map(i -> why[i]).toList()));
    }
    return incidents;
  }

  static boolean mergeable(List<LinkClaim> claims, List<Integer> a, List<Integer> b) {
    Set<String> reports = new HashSet<>();
    a.forEach(i -> reports.add(claims.get(i).ref().reportId()));
    for (int j : b) {
      if (reports.contains(claims.get(j).ref().reportId())) {
        return false;
      }
    }
    for (int i : a) {
      for (int j : b) {
        if (compare(claims.get(i), claims.get(j), false).blocked()) {
          return false;
        }
      }
    }
    return true;
  }

  /** How two claims compare: blocked, or a score with the reasons behind it. */
  record Comparison(boolean blocked, int score, boolean strongNeeded, List<String> reasons) {
    boolean links() {
      return !blocked && score >= (strongNeeded ? STRONG : THRESHOLD);
    }

    static Comparison block(String why) {
      return new Comparison(true, 0, false, List.of(why));
    }
  }

  static Comparison compare(LinkClaim a, LinkClaim b) {
    return compare(a, b, true);
  }

  /**
   * The comparison of two claims; without {@code explain} the same blocks and score, but no
   * reasons (the sweep scores many pairs and explains only those that link).
   */
  static Comparison compare(LinkClaim a, LinkClaim b, boolean explain) {
    if (a.ref().reportId().equals(b.ref().reportId())) {
      return block(explain, () -> "same report");
    }
    if (a.scope() != b.scope()) {
      return block(explain, () -> "different scope (" + label(a.scope()) + " vs " + label(b.scope()) + ")");
    }
    List<String> reasons = explain ? new ArrayList<>() : List.of();
    int score = 0;

    // place
    boolean placeInCommon = false;
    boolean bothAdmin = a.admin1().isPresent() && b.admin1().isPresent();
    if (bothAdmin && !sameKey(a.admin1().get(), b.admin1().get())) {
      return block(explain, () -> "different governorates (" + a.admin1().get() + " vs " + b.admin1().get() + ")");
    }
    if (a.placeId().isPresent() && b.placeId().isPresent()) {
      if (a.placeId().getAsLong() != b.placeId().getAsLong()) {
        return block(explain, () -> "different places (" + a.placeName().get() + " vs " + b.placeName().get() + ")");
      }
      score += 3;
      placeInCommon = true;
      if (explain) {
        reasons.add("same place " + a.placeName().get() + " (geonameid " + a.placeId().getAsLong() + ")");
      }
    } else if (bothAdmin) {
      score += 1;
      placeInCommon = true;
      if (explain) {
        reasons.add("same governorate " + a.admin1().get());
      }
    } else if (explain) {
      reasons.add("no place in common");
    }

    // date
    boolean sameDay = false;
    if (a.when() instanceof When.Day da && b.when() instanceof When.Day db) {
      long days = Math.abs(da.date().toEpochDay() - db.date().toEpochDay());
      if (days > 1) {
        return block(explain, () -> "dates too far apart (" + da.date() + " vs " + db.date() + ")");
      }
      sameDay = days == 0;
      score += sameDay ? 2 : 1;
      if (explain) {
        reasons.add(sameDay ? "same day " + da.date() : "a day apart (" + da.date() + ", " + db.date() + ")");
      }
    } else if (!(a.when() instanceof When.Unknown)) {
      if (!(b.when() instanceof When.Unknown)) {
        // A single day gets a day's slack either side, as two single days do.
        LocalDate fromA = lo(a.when()).orElse(LocalDate.MIN.plusDays(1)).minusDays(a.when() instanceof When.Day ? 1 : 0);
        LocalDate toA = end(a.when()).orElse(LocalDate.MAX.minusDays(1)).plusDays(a.when() instanceof When.Day ? 1 : 0);
        LocalDate fromB = lo(b.when()).orElse(LocalDate.MIN);
        LocalDate toB = end(b.when()).orElse(LocalDate.MAX);
        if (toA.isBefore(fromB) || toB.isBefore(fromA)) {
          return block(explain, () -> "periods do not overlap");
        }
        score += 1;
        if (explain) {
          reasons.add("overlapping dates");
        }
      } else {
        return block(explain, () -> "no date on one side: when it happened is unknown, so it is not linked");
      }
    } else {
      // Without a date, "38 killed in Maarat al-Numan" may be any of the town's strikes in ten years.
      return block(explain, () -> "no date on one side: when it happened is unknown, so it is not linked");
    }

    // how
    if (a.eventType().isPresent() && b.eventType().isPresent()) {
      EventType ta = a.eventType().get();
      EventType tb = b.eventType().get();
      if (!sameKey(ta.type(), tb.type())) {
        return block(explain, () -> "different event types (" + ta.type() + " vs " + tb.type() + ")");
      }
      if (sameKey(ta.subType(), tb.subType())) {
        score += 1;
        if (explain) {
          reasons.add("both " + ta.subType().toLowerCase(Locale.ROOT));
        }
      } else {
        // A barrel bomb and a car bomb in one town on one day are two attacks, not one.
        score -= 2;
        if (explain) {
          reasons.add(ta.subType().toLowerCase(Locale.ROOT) + " vs " + tb.subType().toLowerCase(Locale.ROOT));
        }
      }
    }
    Optional<String> shared = sharedWeapon(a.weapons(), b.weapons());
    if (shared.isPresent()) {
      score += 1;
      if (explain) {
        reasons.add("both " + shared.get());
      }
    }

    // who
    if (a.actor().isPresent() && b.actor().isPresent()) {
      if (sameKey(a.actor().get(), b.actor().get())) {
        score += 1;
        if (explain) {
          reasons.add("both blame " + a.actor().get());
        }
      } else if (actorsOverlap(a.actor().get(), b.actor().get())) {
        if (explain) {
          reasons.add("blame overlaps (" + a.actor().get() + " vs " + b.actor().get() + ")");
        }
      } else {
        score -= 2;
        if (explain) {
          reasons.add("blame differs (" + a.actor().get() + " vs " + b.actor().get() + ")");
        }
      }
    }

    // figures
    boolean close = false;
    OptionalLong ka = a.killed();
    OptionalLong kb = b.killed();
    if (ka.isPresent() && kb.isPresent()) {
      long x = Math.min(ka.getAsLong(), kb.getAsLong());
      long y = Math.max(ka.getAsLong(), kb.getAsLong());
      close = y - x <= Math.max(3, y * 3 / 10);
      boolean far = y > 2 * x + 5;
      score += close ? 1 : far ? -2 : 0;
      if (explain) {
        reasons.add("killed " + ka.getAsLong() + " vs " + kb.getAsLong());
      }
    }
    boolean strongNeeded = !placeInCommon;
    if (strongNeeded && !(sameDay && close)) {
      return new Comparison(false, Math.min(score, STRONG - 1), true, reasons);
    }
    return new Comparison(false, score, strongNeeded, reasons);
  }

  private static final Comparison BLOCKED = new Comparison(true, 0, false, List.of());

  private static Comparison block(boolean explain, java.util.function.Supplier<String> why) {
    return explain ? Comparison.block(why.get()) : BLOCKED;
  }

  /** The first of {@code a}'s weapons that {@code b} names too (in any case). */
  private static Optional<String> sharedWeapon(List<String> a, List<String> b) {
    for (String w : a) {
      for (String v : b) {
        if (sameKey(w, v)) {
          return Optional.of(w);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameKey(String x, String y) {
    return x.equals(y) || key(x).equals(key(y));
  }

  /**
   * The incident these claims make, reconciled as {@link #link} reconciles a group: its figures,
   * sources, status, date, place and id. {@code why[i]} explains claim i's link (null: the first).
   * Public for the analyst's merges and splits (observatory.review), which regroup claims.
   */
  public static Incident incident(List<LinkClaim> claims, List<String> why) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> start(claims.get(i).when()).orElse(LocalDate.MAX))
        .thenComparing(i -> claims.get(i).ref()));
    List<Incident.Member> members = new ArrayList<>();
    for (int i : order) {
      members.add(new Incident.Member(claims.get(i).ref(), why.get(i) != null ? why.get(i) : "first claim of the incident"));
    }
    List<LinkClaim> ordered = order.stream().map(claims::get).toList();

    Map<Measure, List<Count>> stated = new EnumMap<>(Measure.class);
    for (LinkClaim c : ordered) {
      c.figures().forEach((m, count) -> stated.computeIfAbsent(m, k -> new ArrayList<>()).add(count));
    }
    Map<Measure, Estimate> figures = new EnumMap<>(Measure.class);
    stated.forEach((m, counts) -> figures.put(m, Estimate.of(counts)));

    TreeSet<String> sources = new TreeSet<>();
    ordered.forEach(c -> sources.add(c.origin()));
    Incident.Status status = sources.size() >= 2 ? Incident.Status.CORROBORATED : Incident.Status.REPORTED;

    Optional<LinkClaim> town = ordered.stream().filter(c -> c.placeId().isPresent()).findFirst();
    When when = ordered.stream().map(LinkClaim::when).filter(w -> w instanceof When.Day).findFirst()
        .or(() -> ordered.stream().map(LinkClaim::when).filter(w -> !(w instanceof When.Unknown)).findFirst())
        .orElse(When.UNKNOWN);
    Map<String, Integer> actors = new TreeMap<>();
    ordered.forEach(c -> c.actor().ifPresent(a -> actors.merge(a, 1, Integer::sum)));
    Optional<String> actor = actors.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);

    return new Incident(id(ordered), members, figures, List.copyOf(sources), status, when,
        town.map(LinkClaim::placeId).orElse(OptionalLong.empty()),
        town.flatMap(LinkClaim::placeName),
        ordered.stream().map(LinkClaim::admin1).flatMap(Optional::stream).findFirst(),
        actor,
        ordered.stream().map(LinkClaim::eventType).flatMap(Optional::stream).findFirst(),
        ordered.get(0).scope().isAggregate());
  }

  /** A stable id: the same claims always make the same incident id. */
  private static String id(List<LinkClaim> claims) {
    List<ClaimRef> refs = claims.stream().map(LinkClaim::ref).sorted().toList();
    StringBuilder s = new StringBuilder();
    refs.forEach(r -> s.append(r.reportId()).append(':').append(r.claimId()).append('\n'));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return "inc-" + HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static final java.util.regex.Pattern ALTERNATIVES = java.util.regex.Pattern.compile("\\s+(and|or)\\s+");

  /** "Russia or Syrian government" and "Syrian government" name one suspect in common. */
  private static boolean actorsOverlap(String a, String b) {
    Set<String> x = new HashSet<>(List.of(ALTERNATIVES.split(key(a))));
    for (String y : ALTERNATIVES.split(key(b))) {
      if (x.contains(y)) {
        return true;
      }
    }
    return false;
  }

  static Optional<LocalDate> start(When when) {
    if (when instanceof When.Day d) {
      return Optional.of(d.date());
    }
    if (when instanceof When.Between b) {
      return b.from().or(b::to);
    }
    return Optional.empty();
  }

  static Optional<LocalDate> lo(When when) {
    return when instanceof When.Between b ? b.from() : start(when);
  }

  static Optional<LocalDate> end(When when) {
    if (when instanceof When.Day d) {
      return Optional.of(d.date());
    }
    if (when instanceof When.Between b) {
      return b.to();
    }
    return Optional.empty();
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static String label(observatory.claim.Scope scope) {
    return scope.name().toLowerCase(Locale.ROOT);
  }
}
