/**
 * Forecasts: each region's counts for the next one to three months, with predictive intervals.
 * Start at {@link observatory.forecast.Forecaster}: {@code forecast} fits one negative-binomial
 * regression per horizon on the whole months known ({@link observatory.forecast.MonthlyCounts}, built
 * from the same daily series as the onset detectors) and gives each month's
 * {@link observatory.forecast.CountDistribution}; {@link observatory.forecast.ForecastEval} judges the
 * forecasts by rolling origin with the continuous ranked probability score against persistence and
 * climatology. Plain Java, no statistics library.
 */
package observatory.forecast;
