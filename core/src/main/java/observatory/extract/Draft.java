package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import observatory.claim.Evidence;
import observatory.claim.Perpetrator;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.geo.Place;

/**
 * A claim while the stages are still assembling it. Immutable: a stage that changes a draft
 * makes a new one ({@link #edit()} ... {@link Edit#done()}), and returns a new list.
 *
 * <p>{@code clause}, {@code killed}, {@code wounded}, {@code dateSpan} and {@code perpetrator}
 * are null where the draft has none: they are read in the stages' inner loops, and a null there
 * is what "none yet" has always meant in this package; nothing outside it sees a draft.
 *
 * @param key the draft's identity across its copies (the order drafts were made in); a part names its total by it
 * @param sentence the index of the sentence it was made from
 * @param statement that sentence's span
 * @param clause the figure's clause: from the figure to the next figure of the sentence
 * @param leadStart where the words that qualify this figure may start: the end of the figure before it
 * @param places the places chosen for it, in text order
 * @param region its governorate (or country, for a country-wide figure)
 * @param scope the scope and the cues that decided it ({@link Scopes})
 * @param partOf the key of the total it is a part of
 * @param separate said as a separate event ("in a separate strike"): never a part of a total before it
 * @param figureless a strike stated with no figure ("warplanes struck Douma")
 * @param weapons weapon labels, each once, in the order found
 * @param sources source labels, each once, in the order found
 * @param statements the sentences that state it: its own first, then the ones it adopted
 * @param extra evidence kept from figures it absorbed ("the Observatory put the toll at three")
 * @param attackersFrom sentences it adopted, in order, whose attackers may name its perpetrator ({@link Attribution})
 * @param sourcesFrom sentences it adopted, in order, whose sources it adds
 */
record Draft(int key, int sentence, Span statement, Span clause, int leadStart, Figure killed, Figure wounded,
    List<PlaceFinder.Candidate> places, Optional<Place> region, When when, Span dateSpan, ScopeDecision scope,
    OptionalInt partOf, boolean separate, boolean figureless, Perpetrator perpetrator, List<Span> perpetratorSpans,
    List<String> weapons, List<Span> weaponSpans, List<String> sources, List<Span> sourceSpans, List<Span> statements,
    List<Evidence> extra, List<Integer> attackersFrom, List<Integer> sourcesFrom) {

  Draft {
    places = List.copyOf(places);
    perpetratorSpans = List.copyOf(perpetratorSpans);
    weapons = List.copyOf(weapons);
    weaponSpans = List.copyOf(weaponSpans);
    sources = List.copyOf(sources);
    sourceSpans = List.copyOf(sourceSpans);
    statements = List.copyOf(statements);
    extra = List.copyOf(extra);
    attackersFrom = List.copyOf(attackersFrom);
    sourcesFrom = List.copyOf(sourcesFrom);
  }

  /** A new draft of one sentence, with nothing but its statement. */
  static Draft of(int key, int sentence, Span statement) {
    return new Draft(key, sentence, statement, null, 0, null, null, List.of(), Optional.empty(), When.UNKNOWN, null,
        ScopeDecision.SINGLE, OptionalInt.empty(), false, false, null, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(statement), List.of(), List.of(), List.of());
  }

  Scope scopeKind() {
    return scope.scope();
  }

  long killedFigure() {
    return killed == null ? 0 : killed.total();
  }

  boolean hasTownPlace() {
    for (PlaceFinder.Candidate c : places) {
      if (c.isTown()) {
        return true;
      }
    }
    return false;
  }

  /** Whether it names a town or village, not only a named area such as Eastern Ghouta. */
  boolean hasSettlement() {
    for (PlaceFinder.Candidate c : places) {
      if (c.isTown() && !c.namedArea()) {
        return true;
      }
    }
    return false;
  }

  Optional<String> admin1() {
    for (PlaceFinder.Candidate c : places) {
      Optional<String> a = c.mention().admin1();
      if (a.isPresent()) {
        return a;
      }
    }
    return region.flatMap(Place::admin1);
  }

  /** How much the draft says besides its figure; the richer of two restatements is kept. */
  int richness() {
    return (perpetrator != null ? 1 : 0) + (weapons.isEmpty() ? 0 : 1) + (sources.isEmpty() ? 0 : 1)
        + (hasTownPlace() ? 1 : 0) + (when instanceof When.Unknown ? 0 : 1);
  }

  Draft withScope(ScopeDecision decision) {
    return decision == scope ? this : edit().scope(decision).done();
  }

  Draft withPartOf(int total) {
    return edit().partOf(OptionalInt.of(total)).done();
  }

  Edit edit() {
    return new Edit(this);
  }

  /**
   * The changes a stage makes to one draft, applied at once by {@link #done()}. Lives inside
   * one step of one stage; lists are replaced, never changed in place, so the draft it came
   * from stays as it was.
   */
  static final class Edit {
    private final Draft from;
    Span clause;
    int leadStart;
    Figure killed;
    Figure wounded;
    List<PlaceFinder.Candidate> places;
    Optional<Place> region;
    When when;
    Span dateSpan;
    ScopeDecision scope;
    OptionalInt partOf;
    boolean separate;
    boolean figureless;
    Perpetrator perpetrator;
    List<Span> perpetratorSpans;
    List<String> weapons;
    List<Span> weaponSpans;
    List<String> sources;
    List<Span> sourceSpans;
    List<Span> statements;
    List<Evidence> extra;
    List<Integer> attackersFrom;
    List<Integer> sourcesFrom;

    private Edit(Draft d) {
      from = d;
      clause = d.clause;
      leadStart = d.leadStart;
      killed = d.killed;
      wounded = d.wounded;
      places = d.places;
      region = d.region;
      when = d.when;
      dateSpan = d.dateSpan;
      scope = d.scope;
      partOf = d.partOf;
      separate = d.separate;
      figureless = d.figureless;
      perpetrator = d.perpetrator;
      perpetratorSpans = d.perpetratorSpans;
      weapons = d.weapons;
      weaponSpans = d.weaponSpans;
      sources = d.sources;
      sourceSpans = d.sourceSpans;
      statements = d.statements;
      extra = d.extra;
      attackersFrom = d.attackersFrom;
      sourcesFrom = d.sourcesFrom;
    }

    Edit scope(ScopeDecision s) {
      scope = s;
      return this;
    }

    Edit partOf(OptionalInt total) {
      partOf = total;
      return this;
    }

    /** Adds a weapon label unless it is there already, and its span. */
    void weapon(String label, Span span) {
      weapons = withNew(weapons, label);
      weaponSpans = plus(weaponSpans, span);
    }

    void source(String label) {
      sources = withNew(sources, label);
    }

    void statement(Span s) {
      statements = plus(statements, s);
    }

    Draft done() {
      return new Draft(from.key, from.sentence, from.statement, clause, leadStart, killed, wounded, places, region, when,
          dateSpan, scope, partOf, separate, figureless, perpetrator, perpetratorSpans, weapons, weaponSpans, sources,
          sourceSpans, statements, extra, attackersFrom, sourcesFrom);
    }
  }

  /** The list with one more element. */
  static <T> List<T> plus(List<T> list, T item) {
    List<T> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(item);
    return out;
  }

  /** The list with the items appended. */
  static <T> List<T> plusAll(List<T> list, List<T> items) {
    if (items.isEmpty()) {
      return list;
    }
    List<T> out = new ArrayList<>(list.size() + items.size());
    out.addAll(list);
    out.addAll(items);
    return out;
  }

  /** The list with the item appended unless it holds it already: a set that keeps the order of insertion. */
  static <T> List<T> withNew(List<T> list, T item) {
    return list.contains(item) ? list : plus(list, item);
  }

  /** {@link #withNew} for each item, in order. */
  static <T> List<T> withNewAll(List<T> list, List<T> items) {
    List<T> out = list;
    for (T item : items) {
      out = withNew(out, item);
    }
    return out;
  }
}
