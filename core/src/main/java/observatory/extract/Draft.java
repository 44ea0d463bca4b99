package observatory.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import observatory.claim.Evidence;
import observatory.claim.Perpetrator;
import observatory.claim.Scope;
import observatory.claim.Span;
import observatory.claim.When;
import observatory.geo.Place;

/** A claim while extraction is still assembling it. */
final class Draft {
  final int sentence;
  final Span statement;
  /** The figure's clause: from the figure to the next figure of the sentence. */
  Span clause;
  /** Where the words that qualify this figure may start: the end of the figure before it. */
  int leadStart;
  Figure killed;
  Figure wounded;
  List<PlaceFinder.Candidate> places = new ArrayList<>();
  Optional<Place> region = Optional.empty();
  When when = When.UNKNOWN;
  Span dateSpan;
  Scope scope = Scope.SINGLE;
  Draft partOf;
  boolean separate;
  boolean figureless;
  boolean dropped;
  Perpetrator perpetrator;
  final List<Span> perpetratorSpans = new ArrayList<>();
  final LinkedHashSet<String> weapons = new LinkedHashSet<>();
  final List<Span> weaponSpans = new ArrayList<>();
  final LinkedHashSet<String> sources = new LinkedHashSet<>();
  final List<Span> sourceSpans = new ArrayList<>();
  final List<Span> statements = new ArrayList<>();
  final List<Evidence> extra = new ArrayList<>();
  String id;

  Draft(int sentence, Span statement) {
    this.sentence = sentence;
    this.statement = statement;
    this.statements.add(statement);
  }

  long killedFigure() {
    return killed == null ? 0 : killed.total();
  }

  boolean hasTownPlace() {
    return places.stream().anyMatch(PlaceFinder.Candidate::isTown);
  }

  /** Whether it names a town or village, not only a named area such as Eastern Ghouta. */
  boolean hasSettlement() {
    return places.stream().anyMatch(c -> c.isTown() && !c.namedArea());
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
}
