package observatory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import observatory.trend.DailySeries;
import org.junit.jupiter.api.Test;

class ForecastTest {
  private static final YearMonth FIRST = YearMonth.of(2015, 1);

  /** Negative binomial with this mean and size, as a Gamma–Poisson mixture. */
  private static long draw(SplittableRandom r, double mean, double size) {
    double g = 0;
    // Gamma(size) by summing exponentials for an integer size: enough for tests.
    for (int i = 0; i < (int) size; i++) {
      g -= Math.log(1 - r.nextDouble());
    }
    double lambda = g / size * mean;
    double l = Math.exp(-lambda);
    long k = 0;
    double p = 1;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }

  /** Regions whose monthly level wanders slowly (a log random walk): what persists is the level, not one month. */
  private static MonthlyCounts wandering(long seed, int regions, int months) {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, MonthlyCounts.Region> all = new LinkedHashMap<>();
    for (int i = 0; i < regions; i++) {
      double level = Math.log(2 + 20 * r.nextDouble());
      long[] counts = new long[months];
      for (int m = 0; m < months; m++) {
        level = Math.max(0, Math.min(5, level + 0.3 * (r.nextDouble() - 0.5)));
        counts[m] = draw(r, Math.exp(level), 3);
      }
      all.put("R" + i, new MonthlyCounts.Region("R" + i, FIRST, counts));
    }
    return new MonthlyCounts("incidents", all);
  }

  @Test
  void theRegressionRecoversKnownCoefficientsAndSize() {
    SplittableRandom r = new SplittableRandom(5);
    List<NegativeBinomialRegression.Row> rows = new ArrayList<>();
    for (int k = 0; k < 3000; k++) {
      double x = 3 * r.nextDouble();
      rows.add(new NegativeBinomialRegression.Row(new double[] {1, x}, draw(r, Math.exp(0.5 + 0.8 * x), 2)));
    }
    NegativeBinomialRegression.Fit fit = NegativeBinomialRegression.fit(rows, 0, null);
    assertThat(fit.beta()[0]).isBetween(0.35, 0.65);
    assertThat(fit.beta()[1]).isBetween(0.72, 0.88);
    assertThat(fit.size()).isBetween(1.6, 2.5);
  }

  @Test
  void forecastsBeatBothBaselinesOnWanderingLevels() {
    ForecastEval.Result r = ForecastEval.evaluate(wandering(7, 8, 60), 3);
    // h months ahead from the origins 13 + h to 59 - h (a fit needs 24 region-months: 3 months of 8 regions).
    assertThat(r.overall().forecasts()).isEqualTo(8 * (45 + 43 + 41));
    assertThat(r.overall().skillVsPersistence()).isPositive();
    assertThat(r.overall().skillVsClimatology()).isPositive();
    assertThat(r.byRegion()).hasSize(8);
    assertThat(r.byHorizon()).containsOnlyKeys(1, 2, 3);
  }

  @Test
  void aForecastUsesOnlyTheWholeMonthsKnownOnItsDay() {
    LocalDate start = LocalDate.of(2018, 1, 10);
    long[] days = new long[900];
    java.util.Arrays.fill(days, 1);
    DailySeries s = new DailySeries("North", "incidents", start, days);
    MonthlyCounts.Region whole = MonthlyCounts.of(s, LocalDate.of(2019, 6, 15)).orElseThrow();
    // January 2018 began on the 10th and June 2019 is half known: neither is a whole month.
    assertThat(whole.first()).isEqualTo(YearMonth.of(2018, 2));
    assertThat(whole.last()).isEqualTo(YearMonth.of(2019, 5));
    assertThat(whole.count(YearMonth.of(2019, 2))).contains(28L);
    long[] later = days.clone();
    for (int i = 520; i < later.length; i++) {
      later[i] = 500;  // from 2019-06-14 on: after the as-of day's last whole month
    }
    MonthlyCounts others = wandering(3, 4, 60);
    MonthlyCounts a = others.with(whole);
    MonthlyCounts b = others.with(MonthlyCounts.of(new DailySeries("North", "incidents", start, later), LocalDate.of(2019, 6, 15))
        .orElseThrow());
    assertThat(Forecaster.forecast(b, "north", 2)).isEqualTo(Forecaster.forecast(a, "North", 2));
  }

  @Test
  void aForecastGivesIntervalsAroundItsMeanAndRefusesAShortHistory() {
    MonthlyCounts data = wandering(11, 5, 40);
    Forecaster.Forecast f = Forecaster.forecast(data, "R2", 3);
    assertThat(f.origin()).isEqualTo(FIRST.plusMonths(39));
    assertThat(f.months()).extracting(Forecaster.MonthForecast::month)
        .containsExactly(FIRST.plusMonths(40), FIRST.plusMonths(41), FIRST.plusMonths(42));
    for (Forecaster.MonthForecast m : f.months()) {
      assertThat(m.low90()).isLessThanOrEqualTo(m.low50());
      assertThat(m.low50()).isLessThanOrEqualTo(m.median());
      assertThat(m.median()).isLessThanOrEqualTo(m.high50());
      assertThat(m.high50()).isLessThanOrEqualTo(m.high90());
    }
    assertThat(f.lastYear()).hasSize(12);
    MonthlyCounts.Region young = new MonthlyCounts.Region("Young", FIRST.plusMonths(35), new long[] {1, 2, 3, 4, 5});
    assertThatThrownBy(() -> Forecaster.forecast(data.with(young), "Young", 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Young has 5 whole months").hasMessageContaining("needs 12");
    assertThatThrownBy(() -> Forecaster.forecast(data, "R2", 4)).hasMessageContaining("1 to 3 months");
  }
}
