/**
 * Synthetic corpora with their ground truth. {@link observatory.generate.Generator#generate} is the
 * front door: it draws incidents (date, real Syrian town, actor, weapon, killed, children, women)
 * and writes several reports about each, as a monitor, a wire agency, a rescue service and state
 * media would, with differing figures, spellings and dates, plus roundups and non-violent news.
 * {@link observatory.generate.CorpusWriter} writes them as JSON reports with a {@code truth.json}.
 * Facts and sentence templates are data: {@code facts.tsv} and {@code templates.tsv} beside this
 * package's resources.
 */
package observatory.generate;
