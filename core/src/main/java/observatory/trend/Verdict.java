package observatory.trend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The answer to "has an escalation started here, and since when?" on one day, with what was known
 * that day: the latest change of level (an escalation: {@link Yes}; a de-escalation or pause:
 * {@link Pause}), none yet ({@link No}), or too few days to judge. Every answer with data carries
 * the region's history of changes up to that day, oldest first.
 */
public sealed interface Verdict {
  String region();

  String metric();

  LocalDate asOf();

  /** Each detector's finding on the as-of day; empty when there was not enough data to run them. */
  List<Finding> evidence();

  /** The changes announced up to the as-of day, oldest first. */
  default List<Change> history() {
    return List.of();
  }

  /** A change is new while it was announced at most this many days before the as-of day. */
  int NEW_DAYS = 28;

  /** A verdict whose answer is the latest change of level. */
  sealed interface Latest extends Verdict {
    Change change();

    /** Announced within the last {@link #NEW_DAYS} days: "new escalation" rather than a level that has held since. */
    default boolean isNew() {
      return ChronoUnit.DAYS.between(change().detected(), asOf()) < NEW_DAYS;
    }

    default LocalDate onset() {
      return change().onset();
    }

    default LocalDate intervalFrom() {
      return change().intervalFrom();
    }

    default LocalDate intervalTo() {
      return change().intervalTo();
    }

    default LocalDate detected() {
      return change().detected();
    }

    default double rateBefore() {
      return change().rateBefore();
    }

    default double rateAfter() {
      return change().rateAfter();
    }

    default double probability() {
      return change().probability();
    }

    default double ratio() {
      return change().ratio();
    }
  }

  /** The latest change is an escalation: violence rose to a higher level, which has held since. */
  record Yes(String region, String metric, LocalDate asOf, Change change, List<Change> history, List<Finding> evidence)
      implements Latest {
    public Yes {
      history = List.copyOf(history);
      evidence = List.copyOf(evidence);
      if (!change.escalation()) {
        throw new IllegalArgumentException("a Yes needs an escalation, not a " + change.direction().word());
      }
    }
  }

  /** The latest change is a de-escalation: a pause, a truce or a ceasefire, holding on the as-of day. */
  record Pause(String region, String metric, LocalDate asOf, Change change, List<Change> history, List<Finding> evidence)
      implements Latest {
    public Pause {
      history = List.copyOf(history);
      evidence = List.copyOf(evidence);
      if (change.escalation()) {
        throw new IllegalArgumentException("a Pause needs a de-escalation, not an escalation");
      }
    }
  }

  /** No change of level since the series began. */
  record No(String region, String metric, LocalDate asOf, List<Finding> evidence) implements Verdict {
    public No {
      evidence = List.copyOf(evidence);
    }
  }

  record NotEnoughData(String region, String metric, LocalDate asOf, String reason) implements Verdict {
    @Override
    public List<Finding> evidence() {
      return List.of();
    }
  }
}
