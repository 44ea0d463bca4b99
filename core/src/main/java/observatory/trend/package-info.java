/**
 * Trend and onset: has violence in a region shifted to another level, since when, how sure, and on
 * what evidence. Start at {@link observatory.trend.Onset}: {@code assess} gives a region's
 * {@link observatory.trend.Verdict} as of a day (the latest {@link observatory.trend.Change}: Yes for
 * an escalation, Pause for a de-escalation, with its onset day, interval, rates before and after and
 * a probability, and the region's history of changes; No; or Not enough data), each with the
 * findings of the detectors; {@code alerts} ranks the regions whose latest change is an escalation.
 * Series come from a {@link observatory.trend.SeriesSource}: a CSV file
 * ({@link observatory.trend.SeriesCsv}) or the store. {@link observatory.trend.OnsetMonitor} is the
 * online engine, fed one day at a time and re-armed after each change, so no answer ever reads past
 * its day; {@link observatory.trend.OnsetEval} judges it against documented onsets. Pure functions
 * over plain data: no I/O but the CSV readers, no framework.
 */
package observatory.trend;
