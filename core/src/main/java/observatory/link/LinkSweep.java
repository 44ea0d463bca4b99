package observatory.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import observatory.claim.Scope;
import observatory.claim.When;

/**
 * Links claims that arrive in date order, in a moving window. Made by {@link Linker#sweep}.
 *
 * <p>Only claims that can pass the linker's blocks are compared: the same scope, the same
 * governorate or one side without one, and dates within reach of each other (a claim reaches from
 * a day before its earliest date to a day after its latest; a period with an open end reaches
 * that far). An undated single claim of a report published on P comes in at P and reaches to the
 * day after; it may tell of P or the day before, which the day's reach before each claim covers.
 * The claims that link form groups; a group is clustered (exactly as {@link
 * Linker#link} does) and its incidents handed out once the window has passed every claim in it,
 * since no later claim can reach it. Clustering a group on its own gives what clustering all
 * claims at once gives: a merge only ever joins claims of one group.
 *
 * <p>Memory holds the claims still within reach and their groups. A claim with a period open
 * towards the future ("since March") stays within reach until {@link #finish}.
 */
public final class LinkSweep {
  /**
   * The order claims must come in: by earliest date (a day, or the start of a period; an undated
   * single claim by its report's publication day; a period with no start and a claim that cannot
   * be placed in time first), then by reference. The store reads claims in this order of dates with
   * {@code ORDER BY COALESCE(date, date_from, <published, for an undated single claim>, '')}.
   */
  public static final Comparator<LinkClaim> ORDER =
      Comparator.comparingLong(LinkSweep::earliest).thenComparing(LinkClaim::ref);

  private final Consumer<Incident> out;
  /** Per scope, per governorate key ("" for none): the claims still within reach. */
  private final Map<Scope, Map<String, List<Node>>> buckets = new EnumMap<>(Scope.class);
  private final PriorityQueue<Pending> closing = new PriorityQueue<>(Comparator.comparingLong(Pending::reachEnd));
  private long position = Long.MIN_VALUE;
  private LinkClaim previous;
  private boolean finished;
  private long claims;
  private long incidents;
  private long compared;

  LinkSweep(Consumer<Incident> out) {
    this.out = out;
  }

  /** Adds the next claim; its earliest date must not be before the previous claim's. */
  public void add(LinkClaim claim) {
    if (finished) {
      throw new IllegalStateException("claim " + claim.ref() + " added after the sweep finished");
    }
    claims++;
    if (!claim.placedInTime()) {
      // Claims that cannot be placed in time are never linked (see Linker.compare): each is an incident of its own.
      emit(List.of(claim), List.of());
      return;
    }
    long earliest = earliest(claim);
    if (earliest < position) {
      throw new IllegalArgumentException("claims must come in date order: " + claim.ref() + " (" + claim.when()
          + ") came after " + previous.ref() + " (" + previous.when() + ")");
    }
    position = earliest;
    previous = claim;
    long reachStart = minusDay(earliest);
    close(reachStart, false);

    Node node = new Node(claim);
    node.group = new Group(node);
    Map<String, List<Node>> byAdmin = buckets.computeIfAbsent(claim.scope(), s -> new HashMap<>());
    if (node.admin1.isEmpty()) {
      for (List<Node> bucket : byAdmin.values()) {
        scan(bucket, node, reachStart);
      }
    } else {
      scan(byAdmin.computeIfAbsent(node.admin1, k -> new ArrayList<>()), node, reachStart);
      List<Node> none = byAdmin.get("");
      if (none != null) {
        scan(none, node, reachStart);
      }
    }
    byAdmin.computeIfAbsent(node.admin1, k -> new ArrayList<>()).add(node);
    closing.add(new Pending(node.group.reachEnd, node.group));
  }

  /** Hands out the incidents of every claim still held; no claim may be added after. */
  public void finish() {
    finished = true;
    close(Long.MAX_VALUE, true);
    buckets.clear();
  }

  /** How many claims were added, incidents handed out, and pairs of claims compared in full. */
  public long claims() {
    return claims;
  }

  public long incidents() {
    return incidents;
  }

  public long compared() {
    return compared;
  }

  /** Compares the new claim with each claim of the bucket still within reach; drops the others. */
  private void scan(List<Node> bucket, Node node, long reachStart) {
    int kept = 0;
    for (int i = 0; i < bucket.size(); i++) {
      Node other = bucket.get(i);
      if (other.reachEnd < reachStart) {
        continue;
      }
      bucket.set(kept++, other);
      if (mayLink(other, node)) {
        compared++;
        boolean otherFirst = other.claim.ref().compareTo(node.claim.ref()) < 0;
        Node a = otherFirst ? other : node;
        Node b = otherFirst ? node : other;
        // Scored first without reasons; only a pair that links is explained.
        if (Linker.compare(a.claim, b.claim, false).links()) {
          Group g = union(a.group, b.group);
          g.edges.add(new PendingEdge(a, b, Linker.compare(a.claim, b.claim, true)));
        }
      }
    }
    bucket.subList(kept, bucket.size()).clear();
  }

  /** Cheap tests of blocks {@link Linker#compare} would find anyway (same report, towns, event types, days). */
  private static boolean mayLink(Node x, Node y) {
    if (x.claim.ref().reportId().equals(y.claim.ref().reportId())) {
      return false;
    }
    if (x.claim.placeId().isPresent() && y.claim.placeId().isPresent()
        && x.claim.placeId().getAsLong() != y.claim.placeId().getAsLong()) {
      return false;
    }
    if (x.type != null && y.type != null && !x.type.equals(y.type)) {
      return false;
    }
    return !(x.day != null && y.day != null && Math.abs(x.day - y.day) > 1);
  }

  private Group union(Group g, Group h) {
    if (g == h) {
      return g;
    }
    Group big = g.nodes.size() >= h.nodes.size() ? g : h;
    Group small = big == g ? h : g;
    for (Node n : small.nodes) {
      n.group = big;
    }
    big.nodes.addAll(small.nodes);
    big.edges.addAll(small.edges);
    small.merged = true;
    if (small.reachEnd > big.reachEnd) {
      big.reachEnd = small.reachEnd;
      closing.add(new Pending(big.reachEnd, big));
    }
    return big;
  }

  /** Hands out every group that no claim reaching from {@code reachStart} on can join (all of them at the end). */
  private void close(long reachStart, boolean all) {
    while (!closing.isEmpty() && (all || closing.peek().reachEnd() < reachStart)) {
      Pending p = closing.poll();
      Group g = p.group();
      if (g.merged || g.done || g.reachEnd != p.reachEnd()) {
        continue;  // merged into another group, or a later entry stands for it
      }
      g.done = true;
      List<Node> nodes = new ArrayList<>(g.nodes);
      nodes.sort(Comparator.comparing(n -> n.claim.ref()));
      Map<Node, Integer> index = new IdentityHashMap<>();
      for (int i = 0; i < nodes.size(); i++) {
        index.put(nodes.get(i), i);
      }
      List<Linker.Edge> edges = new ArrayList<>(g.edges.size());
      for (PendingEdge e : g.edges) {
        edges.add(new Linker.Edge(index.get(e.a()), index.get(e.b()), e.c()));
      }
      emit(nodes.stream().map(n -> n.claim).toList(), edges);
    }
  }

  private void emit(List<LinkClaim> sortedByRef, List<Linker.Edge> edges) {
    List<Incident> made = edges.isEmpty() && sortedByRef.size() == 1
        ? List.of(Linker.incident(sortedByRef, Arrays.asList((String) null)))
        : Linker.cluster(sortedByRef, edges);
    incidents += made.size();
    made.forEach(out);
  }

  /** Where a claim comes in the sweep: see {@link #ORDER}. */
  static long earliest(LinkClaim c) {
    if (c.undatedButPublished()) {
      return c.published().get().toEpochDay();
    }
    return Linker.lo(c.when()).map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
  }

  private static long latest(LinkClaim c) {
    if (c.undatedButPublished()) {
      return c.published().get().toEpochDay();
    }
    return Linker.end(c.when()).map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
  }

  private static long minusDay(long day) {
    return day == Long.MIN_VALUE ? day : day - 1;
  }

  private static long plusDay(long day) {
    return day == Long.MAX_VALUE ? day : day + 1;
  }

  private static final class Node {
    final LinkClaim claim;
    final long reachEnd;
    final Long day;
    final String admin1;
    final String type;
    Group group;

    Node(LinkClaim claim) {
      this.claim = claim;
      this.reachEnd = plusDay(latest(claim));
      this.day = claim.when() instanceof When.Day d ? d.date().toEpochDay() : null;
      // The same key Linker.compare blocks on.
      this.admin1 = claim.admin1().map(a -> a.strip().toLowerCase(Locale.ROOT)).orElse("");
      this.type = claim.eventType().map(t -> t.type().strip().toLowerCase(Locale.ROOT)).orElse(null);
    }
  }

  private static final class Group {
    final List<Node> nodes = new ArrayList<>(1);
    final List<PendingEdge> edges = new ArrayList<>(0);
    long reachEnd;
    boolean merged;
    boolean done;

    Group(Node first) {
      nodes.add(first);
      reachEnd = first.reachEnd;
    }
  }

  private record PendingEdge(Node a, Node b, Linker.Comparison c) {
  }

  private record Pending(long reachEnd, Group group) {
  }
}
