package observatory.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import observatory.claim.Casualties;
import observatory.claim.Category;
import observatory.claim.Claim;
import observatory.claim.Confidence;
import observatory.claim.Count;
import observatory.claim.EventType;
import observatory.claim.Evidence;
import observatory.claim.Qualifier;
import observatory.claim.Span;
import observatory.lexicon.EventTyper;

/**
 * The last stage: the claims, in draft order with ids i1, i2, ..., each with the evidence of
 * every field, its event type (from its weapons, else its words), and its confidence (lowered
 * where its {@link ScopeDecision} doubts its scope); and the document's own event type.
 */
final class ClaimMaker {
  private final EventTyper typer;

  ClaimMaker(EventTyper typer) {
    this.typer = typer;
  }

  Extraction make(Reading r, List<Draft> drafts, Faults faults) {
    List<Draft> kept = drafts;
    List<Claim> claims = new ArrayList<>(kept.size());
    Set<Integer> failed = new HashSet<>();
    // A draft that cannot be built is left out, and the claims are built again without it, so
    // that no part names a total that is not there.
    do {
      if (!failed.isEmpty()) {
        Set<Integer> out = Set.copyOf(failed);
        kept = kept.stream().filter(d -> !out.contains(d.key())).toList();
        failed.clear();
      }
      claims.clear();
      Map<Integer, String> ids = new HashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        ids.put(kept.get(i).key(), "i" + (i + 1));
      }
      for (Draft d : kept) {
        Claim c = faults.guard("claims", d.statement().start(), () -> claim(r, d, ids), null);
        if (c == null) {
          failed.add(d.key());
        } else {
          claims.add(c);
        }
      }
    } while (!failed.isEmpty());
    List<Claim> built = List.copyOf(claims);
    Optional<EventType> type = faults.guard("claims", 0, () -> documentType(r, built), Optional.empty());
    return new Extraction(r.report(), built, type, faults.warnings());
  }

  private Claim claim(Reading r, Draft d, Map<Integer, String> ids) {
    String text = r.text();
    Claim.Builder b = Claim.builder(ids.get(d.key())).when(d.when()).scope(d.scopeKind());
    d.places().forEach(c -> b.place(c.mention()));
    d.region().ifPresent(b::region);
    if (d.perpetrator() != null) {
      b.perpetrator(d.perpetrator());
    }
    d.weapons().forEach(b::weapon);
    d.sources().forEach(b::source);
    d.partOf().ifPresent(total -> {
      if (ids.containsKey(total)) {
        b.partOf(ids.get(total));
      }
    });
    b.casualties(casualties(d));
    eventType(r, d).ifPresent(b::eventType);
    for (Span st : d.statements()) {
      b.evidence(Evidence.of(Evidence.Field.STATEMENT, st, text));
    }
    if (d.killed() != null) {
      Figure k = d.killed();
      b.evidence(Evidence.of(Evidence.Field.KILLED, k.extent(), text));
      k.category().ifPresent(cat -> b.evidence(Evidence.of(fieldOf(cat), k.extent(), text)));
      for (Figure c : k.components()) {
        b.evidence(Evidence.of(fieldOf(c.category().orElse(Category.CIVILIANS)), c.extent(), text));
      }
      for (Figure c : k.siblings()) {
        // The figure is the sum of its siblings: each one is evidence for it.
        b.evidence(Evidence.of(Evidence.Field.KILLED, c.extent(), text));
        c.category().ifPresent(cat -> b.evidence(Evidence.of(fieldOf(cat), c.extent(), text)));
      }
    }
    if (d.wounded() != null) {
      b.evidence(Evidence.of(Evidence.Field.WOUNDED, d.wounded().extent(), text));
    }
    if (d.dateSpan() != null) {
      b.evidence(Evidence.of(Evidence.Field.DATE, d.dateSpan(), text));
    }
    d.places().forEach(c -> b.evidence(Evidence.of(Evidence.Field.PLACE, c.span(), text)));
    d.perpetratorSpans().forEach(sp -> b.evidence(Evidence.of(Evidence.Field.PERPETRATOR, sp, text)));
    d.weaponSpans().forEach(sp -> b.evidence(Evidence.of(Evidence.Field.WEAPON, sp, text)));
    d.sourceSpans().forEach(sp -> b.evidence(Evidence.of(Evidence.Field.SOURCE, sp, text)));
    d.extra().forEach(b::evidence);
    b.confidence(confidence(d.scope()));
    return b.build();
  }

  /** Certain, unless the scope decision doubts the scope. */
  static Confidence confidence(ScopeDecision scope) {
    return scope.doubt().map(why -> Confidence.certain().lowered(scope.certainty(), why)).orElse(Confidence.certain());
  }

  private static Evidence.Field fieldOf(Category c) {
    return switch (c) {
      case CIVILIANS -> Evidence.Field.CIVILIANS;
      case CHILDREN -> Evidence.Field.CHILDREN;
      case WOMEN -> Evidence.Field.WOMEN;
      case COMBATANTS -> Evidence.Field.COMBATANTS;
    };
  }

  private static Casualties casualties(Draft d) {
    if (d.killed() == null) {
      return d.wounded() == null ? Casualties.NONE
          : new Casualties(Optional.empty(), Map.of(), Optional.of(d.wounded().count()));
    }
    Map<Category, Count> by = new EnumMap<>(Category.class);
    Figure k = d.killed();
    Optional<Count> killed;
    if (k.siblings().isEmpty()) {
      killed = Optional.of(k.count());
      k.category().ifPresent(c -> by.put(c, k.count()));
    } else {
      // Disjoint components: the total is their sum when they are qualified alike.
      List<Figure> parts = new ArrayList<>();
      parts.add(k);
      parts.addAll(k.siblings());
      long sum = 0;
      boolean atLeast = false;
      boolean mixed = false;
      for (Figure p : parts) {
        sum += p.count().figure();
        Qualifier q = p.count().qualifier();
        atLeast |= q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN;
        mixed |= q == Qualifier.ABOUT || q == Qualifier.UP_TO || q == Qualifier.FEWER_THAN;
        p.category().ifPresent(c -> by.merge(c, p.count(), (x, y) -> Count.of(x.figure() + y.figure(), x.qualifier())));
      }
      killed = mixed ? Optional.empty() : Optional.of(Count.of(sum, atLeast ? Qualifier.AT_LEAST : Qualifier.EXACT));
    }
    for (Figure c : k.components()) {
      c.category().ifPresent(cat -> by.putIfAbsent(cat, c.count()));
    }
    return new Casualties(killed, by, Optional.ofNullable(d.wounded()).map(Figure::count));
  }

  private Optional<EventType> eventType(Reading r, Draft d) {
    for (String w : d.weapons()) {
      EventType t = WeaponKinds.typeOf(w);
      if (t != null) {
        return Optional.of(t);
      }
    }
    Span s = d.statement();
    return typer.classify(r.text(), s.start(), s.end());
  }

  private Optional<EventType> documentType(Reading r, List<Claim> claims) {
    String text = r.text();
    List<Sentence> sentences = r.sentences();
    int ledeEnd = sentences.isEmpty() ? text.length() : sentences.get(Math.min(2, sentences.size() - 1)).span().end();
    Optional<EventType> lede = typer.classify(text, 0, ledeEnd);
    if (lede.isPresent()) {
      return lede;
    }
    for (Claim c : claims) {
      if (c.eventType().isPresent() && !c.isAggregate()) {
        return c.eventType();
      }
    }
    return typer.classify(text, 0, text.length());
  }
}
