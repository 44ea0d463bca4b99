package observatory.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The linker as it was before blocking: every pair of claims compared, one greedy clustering over
 * all of them. Kept in test code only, as the reference the blocked, streaming linker must match.
 */
final class AllPairsLinker {
  private AllPairsLinker() {
  }

  static List<Incident> link(List<LinkClaim> claims) {
    List<LinkClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing(LinkClaim::ref));
    int n = sorted.size();
    record Edge(int a, int b, Linker.Comparison c) {
    }
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Linker.Comparison c = Linker.compare(sorted.get(i), sorted.get(j));
        if (c.links()) {
          edges.add(new Edge(i, j, c));
        }
      }
    }
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
      if (ga == gb || !Linker.mergeable(sorted, members.get(ga), members.get(gb))) {
        continue;
      }
      int keep = Math.min(ga, gb);
      int gone = Math.max(ga, gb);
      int joined = group[e.a()] == gone ? e.a() : e.b();
      int other = joined == e.a() ? e.b() : e.a();
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
      incidents.add(Linker.incident(g.stream().map(sorted::get).toList(), g.stream().map(i -> why[i]).toList()));
    }
    incidents.sort(Comparator.comparing((Incident i) -> Linker.start(i.when()).orElse(LocalDate.MAX))
        .thenComparing(Incident::id));
    return List.copyOf(incidents);
  }
}
