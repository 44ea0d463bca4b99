package observatory.claim;

import java.util.OptionalLong;

/**
 * A figure as a report states it. Every count knows the honest bounds it implies:
 * "at least 26" gives low 26 and no upper bound; "10 to 12" gives 10 and 12; "dozens" gives
 * low 24 (two dozen) and no upper bound.
 */
public sealed interface Count permits Count.Stated, Count.Range, Count.Vague {

  /** The figure a monitor would quote: the stated number, a range's low end, a vague word's floor. */
  long figure();

  /** The qualifier to publish with {@link #figure()}. */
  Qualifier qualifier();

  /** The smallest number the statement allows. */
  OptionalLong low();

  /** The largest number the statement allows, when it sets one. */
  OptionalLong high();

  static Count exact(long n) {
    return new Stated(n, Qualifier.EXACT);
  }

  static Count of(long n, Qualifier q) {
    return new Stated(n, q);
  }

  /** A number with a qualifier: "at least 26", "about 600", "38". */
  record Stated(long value, Qualifier qualifier) implements Count {
    public Stated {
      if (value < 0) {
        throw new IllegalArgumentException("a count cannot be negative, was " + value);
      }
      if (qualifier == null) {
        throw new IllegalArgumentException("qualifier is required (use EXACT for a plain number)");
      }
    }

    @Override
    public long figure() {
      return value;
    }

    @Override
    public OptionalLong low() {
      return switch (qualifier) {
        case EXACT, AT_LEAST -> OptionalLong.of(value);
        case MORE_THAN -> OptionalLong.of(value + 1);
        case ABOUT, UP_TO, FEWER_THAN -> OptionalLong.empty();
      };
    }

    @Override
    public OptionalLong high() {
      return switch (qualifier) {
        case EXACT, UP_TO -> OptionalLong.of(value);
        case FEWER_THAN -> OptionalLong.of(Math.max(0, value - 1));
        case AT_LEAST, MORE_THAN, ABOUT -> OptionalLong.empty();
      };
    }
  }

  /** "10 to 12", "between 10 and 12". */
  record Range(long from, long to) implements Count {
    public Range {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("a range needs 0 <= from <= to, was " + from + " to " + to);
      }
    }

    @Override
    public long figure() {
      return from;
    }

    @Override
    public Qualifier qualifier() {
      return Qualifier.AT_LEAST;
    }

    @Override
    public OptionalLong low() {
      return OptionalLong.of(from);
    }

    @Override
    public OptionalLong high() {
      return OptionalLong.of(to);
    }
  }

  /** A word without a number: "dozens" (floor 24), "scores" (40), "hundreds" (200). */
  record Vague(String word, long floor) implements Count {
    public Vague {
      if (word == null || word.isBlank()) {
        throw new IllegalArgumentException("a vague count needs its word");
      }
      if (floor < 0) {
        throw new IllegalArgumentException("floor cannot be negative, was " + floor);
      }
    }

    @Override
    public long figure() {
      return floor;
    }

    @Override
    public Qualifier qualifier() {
      return Qualifier.AT_LEAST;
    }

    @Override
    public OptionalLong low() {
      return OptionalLong.of(floor);
    }

    @Override
    public OptionalLong high() {
      return OptionalLong.empty();
    }
  }
}
