package observatory.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.claim.When;
import observatory.link.ClaimRef;
import observatory.link.Incident;
import observatory.link.LinkClaim;
import observatory.link.Linker;

/**
 * Applies analysts' decisions to the incidents the linker made, so that recomputing incidents
 * never undoes them. The rules (also in the README, "The analyst's hand"):
 *
 * <ol>
 *   <li>Merges and splits, in the order they were taken, regroup claims. A merge joins every
 *       incident holding one of its claims (never a total or tally with a single event); a split
 *       takes its moved claims out of any incident that also holds claims it was split from. A
 *       regrouped incident is reconciled again from its claims, as the linker reconciles one.</li>
 *   <li>Each incident whose sources disagree ({@link Contest}) is contested.</li>
 *   <li>Corrections and statuses, in the order they were taken, apply to the incident that now
 *       holds the most of the claims they were made on (ties: the one holding the first of those
 *       claims). A later decision on the same field wins.</li>
 * </ol>
 */
public final class Decisions {
  private Decisions() {
  }

  /** An incident after the decisions, with why it has its status when that needs saying. */
  public record Reviewed(Incident incident, Optional<String> statusReason) {
  }

  /**
   * The incidents after the decisions. {@code claims} must hold every claim of {@code linked};
   * decisions naming claims that are not there are ignored for those claims.
   */
  public static List<Reviewed> apply(List<Incident> linked, Map<ClaimRef, LinkClaim> claims, List<Decision> decisions) {
    List<Decision> ordered = new ArrayList<>(decisions);
    ordered.sort(Comparator.comparingLong(Decision::seq));

    Groups groups = new Groups(linked);
    for (Decision d : ordered) {
      if (d instanceof Decision.Merge m) {
        groups.merge(m, claims);
      } else if (d instanceof Decision.Split s) {
        groups.split(s);
      }
    }
    List<Incident> incidents = groups.incidents(claims);

    List<Incident.Status> derived = new ArrayList<>();
    List<Optional<String>> derivedWhy = new ArrayList<>();
    List<Optional<String>> why = new ArrayList<>();
    for (int k = 0; k < incidents.size(); k++) {
      Incident i = incidents.get(k);
      Optional<String> contest = Contest.check(i.members().stream().map(m -> claims.get(m.ref()))
          .filter(c -> c != null).toList());
      Incident.Status status = contest.isPresent() ? Incident.Status.CONTESTED : i.status();
      incidents.set(k, withStatus(i, status));
      derived.add(status);
      derivedWhy.add(contest);
      why.add(contest);
    }

    Map<ClaimRef, Integer> holder = new HashMap<>();
    for (int k = 0; k < incidents.size(); k++) {
      for (Incident.Member m : incidents.get(k).members()) {
        holder.put(m.ref(), k);
      }
    }
    for (Decision d : ordered) {
      if (d instanceof Decision.Correct c) {
        target(c.anchor(), holder).ifPresent(k -> incidents.set(k, c.correction().applyTo(incidents.get(k))));
      } else if (d instanceof Decision.SetStatus s) {
        target(s.anchor(), holder).ifPresent(k -> {
          incidents.set(k, withStatus(incidents.get(k), s.status().orElse(derived.get(k))));
          why.set(k, s.status().isPresent() ? Optional.of(s.reason()) : derivedWhy.get(k));
        });
      }
    }
    List<Reviewed> reviewed = new ArrayList<>();
    for (int k = 0; k < incidents.size(); k++) {
      reviewed.add(new Reviewed(incidents.get(k), why.get(k)));
    }
    reviewed.sort(Comparator.comparing((Reviewed r) -> start(r.incident().when()).orElse(LocalDate.MAX))
        .thenComparing(r -> r.incident().id()));
    return List.copyOf(reviewed);
  }

  /**
   * The index of the incident holding the most of these claims; ties go to the one holding the
   * smallest of them. Empty when none of them is held.
   */
  static Optional<Integer> target(Set<ClaimRef> anchor, Map<ClaimRef, Integer> holder) {
    Map<Integer, Integer> votes = new LinkedHashMap<>();
    Map<Integer, ClaimRef> first = new HashMap<>();
    for (ClaimRef ref : anchor.stream().sorted().toList()) {
      Integer k = holder.get(ref);
      if (k != null) {
        votes.merge(k, 1, Integer::sum);
        first.putIfAbsent(k, ref);
      }
    }
    return votes.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue())
            .thenComparing(e -> first.get(e.getKey()), Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }

  private static Incident withStatus(Incident i, Incident.Status status) {
    return status == i.status() ? i : new Incident(i.id(), i.members(), i.figures(), i.sources(), status, i.when(),
        i.placeId(), i.placeName(), i.admin1(), i.actor(), i.eventType(), i.aggregate());
  }

  private static Optional<LocalDate> start(When when) {
    if (when instanceof When.Day d) {
      return Optional.of(d.date());
    }
    return when instanceof When.Between b ? b.from().or(b::to) : Optional.empty();
  }

  /**
   * Claims grouped into incidents while merges and splits are applied. Each decision touches only
   * the groups of its own claims (found through an index), so applying d decisions to n incidents
   * costs about n + d, not n times d.
   */
  private static final class Groups {
    /** A group: its claims in order, the explanation of each, and the linker's incident while untouched. */
    private static final class Group {
      final LinkedHashMap<ClaimRef, String> why = new LinkedHashMap<>();
      final long order;
      Incident original;

      Group(long order) {
        this.order = order;
      }
    }

    private final Set<Group> groups = new LinkedHashSet<>();
    private final Map<ClaimRef, Group> index = new HashMap<>();
    private long next;

    Groups(List<Incident> linked) {
      for (Incident i : linked) {
        Group g = new Group(next++);
        g.original = i;
        i.members().forEach(m -> {
          g.why.put(m.ref(), m.explanation());
          index.put(m.ref(), g);
        });
        groups.add(g);
      }
    }

    void merge(Decision.Merge m, Map<ClaimRef, LinkClaim> claims) {
      Set<Group> found = new LinkedHashSet<>();
      m.claims().stream().sorted().map(index::get).filter(g -> g != null).forEach(found::add);
      if (found.size() < 2) {
        return;
      }
      // A total or tally merged with a single event would add a total to its parts: never.
      long aggregates = found.stream().filter(g -> aggregate(g, claims)).count();
      if (aggregates != 0 && aggregates != found.size()) {
        return;
      }
      List<Group> list = new ArrayList<>(found);
      list.sort(Comparator.comparingLong((Group g) -> g.order));
      Group into = list.get(0);
      for (Group g : list.subList(1, list.size())) {
        boolean firstOfGroup = true;
        for (Map.Entry<ClaimRef, String> e : g.why.entrySet()) {
          into.why.put(e.getKey(), firstOfGroup ? "merged by an analyst: " + m.reason() : e.getValue());
          index.put(e.getKey(), into);
          firstOfGroup = false;
        }
        groups.remove(g);
      }
      into.original = null;
    }

    void split(Decision.Split s) {
      Set<Group> touched = new LinkedHashSet<>();
      s.moved().stream().sorted().map(index::get).filter(g -> g != null).forEach(touched::add);
      for (Group g : touched) {
        List<ClaimRef> moved = g.why.keySet().stream().filter(s.moved()::contains).toList();
        boolean rest = g.why.keySet().stream().anyMatch(s.rest()::contains);
        if (moved.isEmpty() || !rest) {
          continue;
        }
        Group out = new Group(next++);
        for (ClaimRef ref : moved) {
          g.why.remove(ref);
          out.why.put(ref, "split off by an analyst: " + s.reason());
          index.put(ref, out);
        }
        g.original = null;
        groups.add(out);
      }
    }

    private static boolean aggregate(Group g, Map<ClaimRef, LinkClaim> claims) {
      if (g.original != null) {
        return g.original.aggregate();
      }
      LinkClaim first = claims.get(g.why.keySet().iterator().next());
      return first != null && first.scope().isAggregate();
    }

    List<Incident> incidents(Map<ClaimRef, LinkClaim> claims) {
      List<Incident> incidents = new ArrayList<>();
      for (Group g : groups) {
        if (g.original != null) {
          incidents.add(g.original);
          continue;
        }
        List<LinkClaim> members = new ArrayList<>();
        List<String> why = new ArrayList<>();
        g.why.forEach((ref, explanation) -> {
          LinkClaim c = claims.get(ref);
          if (c == null) {
            throw new IllegalArgumentException("claim " + ref + " of an incident is missing from the claims given");
          }
          members.add(c);
          why.add(explanation);
        });
        incidents.add(Linker.incident(members, why));
      }
      return incidents;
    }
  }
}
