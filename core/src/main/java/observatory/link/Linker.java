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
 * <p>Reports of one event disagree, and the rules are written for the ways they do in the field
 * (the README's section "Linking" gives them with examples):
 * <ul>
 *   <li><b>Tolls</b> grow as bodies are recovered and differ between monitors, rescuers and state
 *       media (36, 37, 38, 40): figures within 3, or 30% of the larger, are close (+1); the larger
 *       more than twice the smaller and 5 is far (-2), unless the smaller is a floor ("at least 2",
 *       "dozens"), which a larger count does not contradict.
 *   <li><b>Blame</b> differs by source: Russian and Syrian jets cannot be told apart from the ground,
 *       so one outlet blames Russia, another the government. Actors of one side ({@code
 *       observatory/link/rules.tsv}) or alternatives in common neither gain nor lose; the same actor
 *       +1; actors of different sides -2 (each side blames the other, so no more than that).
 *   <li><b>Weapons</b> are named differently ("raids", "rocket attack", "bombardment"): an air strike
 *       and shelling on one day neither gain nor lose; the same sub-event type +1, another -2 (a car
 *       bomb and an air strike are two attacks); a weapon named by both +1. Different ACLED event
 *       types block.
 *   <li><b>Dates</b>: a report published the next day dates the event "yesterday" or not at all. An
 *       undated single claim of a report published on P is placed on P or the day before; the same day
 *       +2, a day apart or overlapping periods +1, an undated claim's days meeting the other's 0 (not
 *       contradicted, which is no evidence of the same day); farther apart blocks, and a claim that cannot be placed in time (no date, no publication day, or an
 *       undated total) is not linked. An undated claim with figures far apart (the smaller not a floor)
 *       is another attack.
 *   <li><b>A day apart</b>, two reports disagree on the day; reports of one attack do (a strike late at
 *       night, a report dated by its publication), but the rest then agrees. An offensive strikes the
 *       same town day after day, so a day apart blocks unless the figures are close, the sub-event type
 *       is the same and the blame is of one side: "two civilians killed" in the town the next day is not
 *       the strike that killed 26.
 *   <li><b>Places</b> are spelled several ways (Atareb, Atarib, al-Atarib) and half the villages are not
 *       in the gazetteer: the same town +3; two different towns or governorates block; a place the
 *       gazetteer does not hold is compared by its name as written, transliteration-insensitive ({@link
 *       PlaceName}), the same name +2, two different such names block; the same governorate +1 where one
 *       side names no place (a town in one report, only its governorate or "countryside" in the other) or
 *       both name the same one. A town and another named place share no place.
 * </ul>
 *
 * <p>These differences (a floor below a larger count, actors of one side, an air strike against
 * shelling) are forgiven where the place is firm: the same town, or the same name written two
 * ways. Where only the governorate is shared, the rest must agree, and they count against as any
 * other difference (-2): "at least one killed in the Daraa countryside" is not the 22 killed in a
 * town there.
 *
 * <p>Other blocks: the same report; another scope (a single event links to a single event, a total
 * to a total, never a total to its parts). A pair scoring {@value #THRESHOLD} or more links; a pair
 * with no place in common links only on strong evidence (same day, figures close, and a score of at
 * least {@value #STRONG}).
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

    // where
    boolean placeInCommon = false;
    // The same town, or the same name written two ways: the place is firm, and the differences
    // between reports of one attack below are forgiven. Where only the governorate is shared, the
    // rest must agree: a floor, another weapon or another actor of the side leaves nothing in favour.
    boolean firmPlace = false;
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
      firmPlace = true;
      if (explain) {
        reasons.add("same place " + a.placeName().get() + " (geonameid " + a.placeId().getAsLong() + ")");
      }
    } else {
      // Half the villages reports name are not in the gazetteer: two spellings of one are still one
      // place, and two different names are two places even when the governorate is the same.
      boolean bothNamed = a.named().isPresent() && b.named().isPresent();
      boolean sameName = bothNamed && a.named().get().sameAs(b.named().get());
      if (bothNamed && !sameName && a.placeId().isEmpty() && b.placeId().isEmpty()) {
        return block(explain, () -> "different places named (" + a.named().get().asWritten() + " vs "
            + b.named().get().asWritten() + "), neither in the gazetteer");
      }
      if (sameName) {
        score += 2;
        placeInCommon = true;
        firmPlace = true;
        if (explain) {
          reasons.add("both name " + spellings(a.named().get(), b.named().get()));
        }
      }
      if (bothAdmin && (sameName || !bothNamed)) {
        // A town in one report, only its governorate or "countryside" in the other.
        score += 1;
        placeInCommon = true;
        if (explain) {
          reasons.add("same governorate " + a.admin1().get());
        }
      }
      if (!placeInCommon && explain) {
        reasons.add(bothNamed ? "different places named (" + a.named().get().asWritten() + " vs "
            + b.named().get().asWritten() + ")" : "no place in common");
      }
    }

    // when
    // Dated a day apart, two claims disagree on the day: reports of one attack do (a strike late at
    // night, a report dated by its publication), but then the rest agrees. An offensive strikes the
    // same town day after day with the same weapons, so a day apart links only when the figures are
    // close, the kind of attack is the same and the sides blamed are one; else it is another attack
    // (a strike that killed 26, and "two civilians killed" there the next day).
    boolean sameDay = false;
    int laterDated = 0;  // a day apart: 1 when a is the later day, -1 when b is
    if (a.when() instanceof When.Day da && b.when() instanceof When.Day db) {
      long days = db.date().toEpochDay() - da.date().toEpochDay();
      if (Math.abs(days) > 1) {
        return block(explain, () -> "dates too far apart (" + da.date() + " vs " + db.date() + ")");
      }
      sameDay = days == 0;
      laterDated = (int) -days;
      score += sameDay ? 2 : 1;
      if (explain) {
        reasons.add(sameDay ? "same day " + da.date() : "a day apart (" + da.date() + ", " + db.date() + ")");
      }
    } else {
      if (!a.placedInTime() || !b.placedInTime()) {
        // Without a date, "38 killed in Maarat al-Numan" may be any of the town's strikes in ten years.
        return block(explain, () -> "no date on one side: when it happened is unknown, so it is not linked");
      }
      if (firstDay(a, b) > lastDay(b, a) || firstDay(b, a) > lastDay(a, b)) {
        return block(explain, () -> "dates do not meet (" + dates(a) + " vs " + dates(b) + ")");
      }
      // A day placed by publication only is not contradicted, which is no evidence of the same day:
      // an NGO's look back at a strike, undated, may come out the day the town is struck again.
      boolean inferred = a.undatedButPublished() || b.undatedButPublished();
      score += inferred ? 0 : 1;
      if (explain) {
        reasons.add(inferred ? "dates meet (" + dates(a) + ", " + dates(b) + ")" : "overlapping dates");
      }
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
      } else if (laterDated != 0) {
        return block(explain, () -> "a day apart and another kind of attack (" + ta.subType().toLowerCase(Locale.ROOT)
            + " vs " + tb.subType().toLowerCase(Locale.ROOT) + ")");
      } else if (firmPlace && RULES.confusable(ta.subType(), tb.subType()).isPresent()) {
        if (explain) {
          reasons.add(ta.subType().toLowerCase(Locale.ROOT) + " vs " + tb.subType().toLowerCase(Locale.ROOT)
              + " (" + RULES.confusable(ta.subType(), tb.subType()).get() + ": reports of one attack name either)");
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
      String x = a.actor().get();
      String y = b.actor().get();
      if (sameKey(x, y)) {
        score += 1;
        if (explain) {
          reasons.add("both blame " + x);
        }
      } else if (actorsOverlap(x, y)) {
        if (explain) {
          reasons.add("blame overlaps (" + x + " vs " + y + ")");
        }
      } else {
        Optional<String> side = RULES.commonSide(x, y);
        if (side.isEmpty() && laterDated != 0) {
          return block(explain, () -> "a day apart and another side blamed (" + x + " vs " + y + ")");
        }
        if (side.isPresent() && firmPlace) {
          if (explain) {
            reasons.add("blame within one side, " + side.get() + " (" + x + " vs " + y + ")");
          }
        } else {
          // Each side blames the other for an attack, so this counts against a link, no more.
          score -= 2;
          if (explain) {
            reasons.add("blame differs (" + x + " vs " + y + ")");
          }
        }
      }
    }

    // how many
    boolean close = false;
    observatory.claim.Count ca = a.figures().get(Measure.KILLED);
    observatory.claim.Count cb = b.figures().get(Measure.KILLED);
    if (ca != null && cb != null) {
      long ka = ca.figure();
      long kb = cb.figure();
      long x = Math.min(ka, kb);
      long y = Math.max(ka, kb);
      close = y - x <= Math.max(3, y * 3 / 10);
      boolean far = y > 2 * x + 5;
      boolean lowerIsFloor = firmPlace && isFloor(ka <= kb ? ca : cb);
      if (laterDated != 0 && !close) {
        long earlier = laterDated > 0 ? kb : ka;
        long later = laterDated > 0 ? ka : kb;
        return block(explain, () -> "a day apart and killed " + earlier + " then " + later + ": another attack");
      } else if (far && !lowerIsFloor && (a.undatedButPublished() || b.undatedButPublished())) {
        // Placed in time only by publication, it may be a day off: as above, far apart figures are two attacks.
        return block(explain, () -> "undated on one side and killed " + ka + " vs " + kb + ": two attacks, not one");
      }
      if (close) {
        score += 1;
      } else if (far && !lowerIsFloor) {
        score -= 2;
      }
      if (explain) {
        reasons.add("killed " + ka + " vs " + kb + (far && !close && lowerIsFloor
            ? " (" + (ka <= kb ? ca : cb).qualifier().label() + " " + x + ": a floor, which a larger count does not contradict)" : ""));
      }
    }
    boolean strongNeeded = !placeInCommon;
    if (strongNeeded && !(sameDay && close)) {
      return new Comparison(false, Math.min(score, STRONG - 1), true, reasons);
    }
    return new Comparison(false, score, strongNeeded, reasons);
  }

  private static final LinkRules RULES = LinkRules.BUNDLED;

  /** "at least 2", "dozens", "more than 10": a count that sets only a lower bound. */
  private static boolean isFloor(observatory.claim.Count c) {
    return c.low().isPresent() && c.high().isEmpty();
  }

  /**
   * The first day (epoch day) claim {@code c} may have happened on, compared with {@code other}:
   * a stated day gets a day's slack against a stated period, as two single days do; an undated
   * claim in a report published on P tells of P or the day before ("yesterday", "overnight").
   */
  private static long firstDay(LinkClaim c, LinkClaim other) {
    if (c.when() instanceof When.Day d) {
      return d.date().toEpochDay() - (other.when() instanceof When.Between ? 1 : 0);
    }
    if (c.when() instanceof When.Between p) {
      return p.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    }
    return c.published().orElseThrow().toEpochDay() - 1;
  }

  private static long lastDay(LinkClaim c, LinkClaim other) {
    if (c.when() instanceof When.Day d) {
      return d.date().toEpochDay() + (other.when() instanceof When.Between ? 1 : 0);
    }
    if (c.when() instanceof When.Between p) {
      return p.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }
    return c.published().orElseThrow().toEpochDay();
  }

  /** A claim's dates as the explanation gives them. */
  private static String dates(LinkClaim c) {
    if (c.when() instanceof When.Day d) {
      return d.date().toString();
    }
    if (c.when() instanceof When.Between p) {
      return p.from().map(LocalDate::toString).orElse("…") + " to " + p.to().map(LocalDate::toString).orElse("…");
    }
    return "undated, published " + c.published().orElseThrow();
  }

  private static String spellings(PlaceName a, PlaceName b) {
    return a.asWritten().equals(b.asWritten()) ? a.asWritten() : a.asWritten() + " / " + b.asWritten();
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

  private static final java.util.regex.Pattern ALTERNATIVES = LinkRules.ALTERNATIVES;

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
