/**
 * Trend and onset: has violence in a region shifted to a higher regime, since when, how sure, and
 * on what evidence. Start at {@link observatory.trend.Onset}: {@code assess} gives a region's
 * {@link observatory.trend.Verdict} as of a day (Yes with the onset day, its interval, the rates
 * before and after and a probability; No; or Not enough data), each with the findings of the
 * detectors; {@code alerts} ranks the regions escalating on a day. Series come from a
 * {@link observatory.trend.SeriesSource}: a CSV file ({@link observatory.trend.SeriesCsv}) or the
 * store. {@link observatory.trend.OnsetMonitor} is the online engine, fed one day at a time, so no
 * answer ever reads past its day; {@link observatory.trend.OnsetEval} judges it against documented
 * onsets. Pure functions over plain data: no I/O but the CSV readers, no framework.
 */
package observatory.trend;
