package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import observatory.claim.Category;
import observatory.claim.Count;
import observatory.claim.Span;
import observatory.text.NumberMention;

/**
 * One casualty figure in a sentence: "at least 26 people" killed, with its parts ("including
 * three children") as components.
 */
final class Figure {
  enum Outcome { KILLED, WOUNDED }

  final Count count;
  final Span numberSpan;
  /** From the qualifier to the noun: "at least 26 people". */
  Span extent;
  Outcome outcome;
  Optional<Category> category;
  /** A part of the figure before it ("including three children"), not a figure of its own. */
  Figure head;
  final List<Figure> components = new ArrayList<>();
  /** Figures of other categories stated beside it ("three militants and 13 civilians"). */
  final List<Figure> siblings = new ArrayList<>();
  /** "another 38", "one more": a figure that adds to those before it. */
  boolean another;
  /** One of the place-by-place figures that spell out the figure before: "42: 19 in X and 23 in Y". */
  boolean distributed;
  /** A part ("including five women") whose figure is in an earlier sentence. */
  boolean orphan;
  /** Counts men: no category of its own, but a sibling of children and women ("124 men, 17 children and 15 women"). */
  boolean men;

  Figure(NumberMention number, Span extent, Optional<Category> category) {
    this.count = number.count();
    this.numberSpan = number.numberSpan();
    this.extent = extent;
    this.category = category;
  }

  Figure(Count count, Span numberSpan, Span extent, Optional<Category> category, Outcome outcome) {
    this.count = count;
    this.numberSpan = numberSpan;
    this.extent = extent;
    this.category = category;
    this.outcome = outcome;
  }

  boolean isComponent() {
    return head != null;
  }

  @Override
  public String toString() {
    return outcome + " " + count + " " + category.map(Category::label).orElse("people") + " " + extent;
  }
}
