package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import observatory.claim.Category;
import observatory.claim.Count;
import observatory.claim.Span;

/**
 * One casualty figure of a sentence, as {@link FigureFinder} read it: "at least 26 people" killed,
 * with its parts ("including three children") as components and the figures of other categories
 * stated beside it ("three militants and 13 civilians") as siblings. Immutable.
 *
 * @param count the number as stated, with its qualifier
 * @param numberSpan the number's own words
 * @param extent from the qualifier to the noun: "at least 26 people"
 * @param outcome killed or wounded
 * @param category whom it counts, when the noun says (civilians, children, women, combatants)
 * @param components its parts: "including three children"
 * @param siblings figures of other categories that add up with it: "three militants and 13 civilians"
 * @param another "another 38", "one more": a figure that adds to those before it
 * @param distributed one of the place-by-place figures that spell out the figure before ("42: 19 in X and 23 in Y")
 * @param orphan a part ("including five women") whose figure is in an earlier sentence
 * @param men counts men: no category of its own, but a sibling of children and women ("124 men, 17 children")
 */
record Figure(Count count, Span numberSpan, Span extent, Outcome outcome, Optional<Category> category,
    List<Figure> components, List<Figure> siblings, boolean another, boolean distributed, boolean orphan, boolean men) {

  enum Outcome { KILLED, WOUNDED }

  Figure {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(extent, "extent");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(category, "category");
    components = List.copyOf(components);
    siblings = List.copyOf(siblings);
  }

  /** A figure with no parts, siblings nor flags. */
  static Figure of(Count count, Span extent, Outcome outcome, Optional<Category> category) {
    return new Figure(count, extent, extent, outcome, category, List.of(), List.of(), false, false, false, false);
  }

  /** This figure with one more part: "The 18 dead included three women". */
  Figure withComponent(Figure part) {
    List<Figure> parts = new ArrayList<>(components.size() + 1);
    parts.addAll(components);
    parts.add(part);
    return new Figure(count, numberSpan, extent, outcome, category, parts, siblings, another, distributed, orphan, men);
  }

  /** The figure with its siblings: "three militants and 13 civilians" make 16. */
  long total() {
    long n = count.figure();
    for (Figure s : siblings) {
      n += s.count.figure();
    }
    return n;
  }

  @Override
  public String toString() {
    return outcome + " " + count + " " + category.map(Category::label).orElse("people") + " " + extent;
  }
}
