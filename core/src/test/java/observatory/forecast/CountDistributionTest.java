package observatory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CountDistributionTest {
  private static final Offset<Double> CLOSE = Offset.offset(1e-6);

  @Test
  void aPointForecastScoresItsAbsoluteError() {
    // Persistence after a month with nothing is a point mass at 0; climatology of one month likewise.
    assertThat(CountDistribution.poisson(0).crps(3)).isEqualTo(3.0);
    assertThat(CountDistribution.empirical(5).crps(2)).isCloseTo(3.0, CLOSE);
    assertThat(CountDistribution.empirical(5).crps(5)).isCloseTo(0.0, CLOSE);
  }

  @Test
  void negativeBinomialCrpsEqualsItsKernelForm() {
    // CRPS = E|X - y| - E|X - X'| / 2, computed here from the probabilities directly.
    for (double[] c : new double[][] {{4, 1.5, 0}, {4, 1.5, 9}, {0.3, 0.5, 2}, {25, 1000, 20}}) {
      double mean = c[0];
      double size = c[1];
      long y = (long) c[2];
      int n = 400;
      double[] p = new double[n];
      for (int k = 0; k < n; k++) {
        p[k] = Math.exp(observatory.trend.LogGamma.of(k + size) - observatory.trend.LogGamma.of(size)
            - observatory.trend.LogGamma.of(k + 1) + size * Math.log(size / (size + mean)) + k * Math.log(mean / (size + mean)));
      }
      double toY = 0;
      double spread = 0;
      for (int i = 0; i < n; i++) {
        toY += p[i] * Math.abs(i - y);
        for (int j = 0; j < n; j++) {
          spread += p[i] * p[j] * Math.abs(i - j);
        }
      }
      assertThat(CountDistribution.negativeBinomial(mean, size).crps(y)).as("mean %s size %s y %d", mean, size, y)
          .isCloseTo(toY - spread / 2, Offset.offset(1e-6));
    }
  }

  @Test
  void empiricalCrpsEqualsItsKernelForm() {
    long[] xs = {0, 3, 3, 10, 1};
    double toY = 0;
    double spread = 0;
    for (long a : xs) {
      toY += Math.abs(a - 4);
      for (long b : xs) {
        spread += Math.abs(a - b);
      }
    }
    assertThat(CountDistribution.empirical(xs).crps(4)).isCloseTo(toY / 5 - spread / 50, CLOSE);
  }

  @Test
  void quantilesGiveTheIntervalsAndLargeMeansDoNotUnderflow() {
    CountDistribution d = CountDistribution.poisson(10);
    assertThat(d.quantile(0.5)).isEqualTo(10);
    assertThat(d.quantile(0.05)).isEqualTo(5);
    assertThat(d.quantile(0.95)).isEqualTo(15);
    // e^-3000 underflows; the probabilities are summed in logs.
    CountDistribution big = CountDistribution.poisson(3000);
    assertThat(big.quantile(0.5)).isBetween(2995L, 3005L);
    assertThat(big.crps(3000)).isBetween(10.0, 14.0);  // about 0.234 sqrt(3000)
    assertThatThrownBy(() -> CountDistribution.negativeBinomial(-1, 2)).hasMessageContaining("mean of at least 0, was -1");
  }
}
