/**
 * Measuring extraction against the annotated corpus. {@link observatory.eval.Scorer} is the
 * entry point: a faithful port of {@code shared/eval/score.py}, so that the command line and the
 * tests score exactly as the reference script does.
 */
package observatory.eval;
