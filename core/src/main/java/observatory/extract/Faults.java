package observatory.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import observatory.report.Report;

/**
 * Fault isolation for one reading: a stage runs each sentence (or each draft) through
 * {@link #guard}, so that a fault there loses that sentence (or draft) only, with a
 * {@link Extraction.Warning}, and the rest of the report is read as usual. Not shared between
 * threads.
 */
final class Faults {
  /**
   * Called before every guarded step with its stage and offset. Tests inject one that throws
   * to prove the isolation ({@link Extractor#withProbe}); it does nothing otherwise.
   */
  interface Probe {
    Probe NONE = (stage, offset) -> { };

    void at(String stage, int offset);
  }

  private final String report;
  private final Probe probe;
  private final List<Extraction.Warning> warnings = new ArrayList<>(0);

  Faults(Report report, Probe probe) {
    this.report = report.url().orElse(report.id());
    this.probe = probe;
  }

  /**
   * The work's result, or the fallback with a warning when it throws. A stack overflow is caught
   * too: a regular expression on a pathological sentence can overflow the stack, and that loses
   * the sentence, not the whole run.
   */
  <T> T guard(String stage, int offset, Supplier<T> work, T fallback) {
    try {
      probe.at(stage, offset);
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      warn(stage, offset, e);
      return fallback;
    }
  }

  /** Whether the work ran without a fault; when not, it is recorded. */
  boolean run(String stage, int offset, Runnable work) {
    try {
      probe.at(stage, offset);
      work.run();
      return true;
    } catch (RuntimeException | StackOverflowError e) {
      warn(stage, offset, e);
      return false;
    }
  }

  void warn(String stage, int offset, Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage().replaceAll("\\s+", " ");
    warnings.add(new Extraction.Warning(report, offset, stage, message));
  }

  List<Extraction.Warning> warnings() {
    return List.copyOf(warnings);
  }
}
