package observatory.forecast;

import java.util.Arrays;
import java.util.List;
import observatory.trend.LogGamma;

/**
 * A negative-binomial regression with a log link (NB2: variance μ + μ² / r), fitted by maximum
 * likelihood with a small ridge penalty on the slopes: the coefficients by iteratively reweighted
 * least squares (Fisher scoring) for a given size r, the size by a golden-section search of the
 * profile likelihood over log r, alternately until both settle. Plain Java: five coefficients
 * and a few thousand rows need no statistics library.
 */
final class NegativeBinomialRegression {
  static final double MIN_SIZE = 0.05;
  static final double MAX_SIZE = 1000;

  private NegativeBinomialRegression() {
  }

  /** One training row: the features (the first is the constant 1) and the count that followed. */
  record Row(double[] x, long y) {
  }

  /** The fitted coefficients and size. */
  record Fit(double[] beta, double size, int rows) {
    /** Where the next fit may start: these coefficients and size. */
    double mean(double[] x) {
      double eta = 0;
      for (int j = 0; j < beta.length; j++) {
        eta += beta[j] * x[j];
      }
      return Math.exp(Math.min(eta, 30));
    }
  }

  /**
   * Fits the rows; {@code ridge} is the penalty λ on the squared slopes (not the intercept), {@code start}
   * the coefficients to start from (the previous origin's, so a rolling evaluation converges in a
   * few steps), or null.
   */
  static Fit fit(List<Row> rows, double ridge, Fit start) {
    int p = rows.get(0).x().length;
    double[] beta = start == null ? new double[p] : start.beta().clone();
    if (start == null) {
      double mean = rows.stream().mapToLong(Row::y).average().orElse(0);
      beta[0] = Math.log(mean + 0.1);
    }
    double size = start == null ? 1 : start.size();
    for (int round = 0; round < 6; round++) {
      double[] before = beta.clone();
      beta = coefficients(rows, beta, size, ridge);
      // From a previous origin's size the search needs only a narrow bracket around it.
      double newSize = start == null || round > 0 ? size(rows, beta, MIN_SIZE, MAX_SIZE) : size(rows, beta, size / 4, size * 4);
      double moved = Math.abs(Math.log(newSize / size));
      for (int j = 0; j < p; j++) {
        moved = Math.max(moved, Math.abs(beta[j] - before[j]));
      }
      size = newSize;
      if (moved < 1e-4) {
        break;
      }
    }
    return new Fit(beta, size, rows.size());
  }

  /** Fisher scoring for the coefficients at a fixed size. */
  private static double[] coefficients(List<Row> rows, double[] start, double size, double ridge) {
    int p = start.length;
    double[] beta = start.clone();
    for (int iter = 0; iter < 25; iter++) {
      double[][] info = new double[p][p];
      double[] score = new double[p];
      for (Row r : rows) {
        double mu = mean(beta, r.x());
        double w = mu * size / (size + mu);               // the expected information of the linear predictor
        double g = (r.y() - mu) * size / (size + mu);     // the score of the linear predictor
        for (int a = 0; a < p; a++) {
          score[a] += g * r.x()[a];
          for (int b = 0; b <= a; b++) {
            info[a][b] += w * r.x()[a] * r.x()[b];
          }
        }
      }
      for (int a = 1; a < p; a++) {
        score[a] -= ridge * beta[a];
        info[a][a] += ridge;
      }
      for (int a = 0; a < p; a++) {
        for (int b = a + 1; b < p; b++) {
          info[a][b] = info[b][a];
        }
      }
      double[] step = solve(info, score);
      double largest = 0;
      for (int a = 0; a < p; a++) {
        // A step of at most 2 on the log scale keeps a bad start from overflowing exp.
        double s = Math.max(-2, Math.min(2, step[a]));
        beta[a] += s;
        largest = Math.max(largest, Math.abs(s));
      }
      if (largest < 1e-7) {
        break;
      }
    }
    return beta;
  }

  /** The size that maximises the likelihood for the given means: golden-section search over log r. */
  private static double size(List<Row> rows, double[] beta, double low, double high) {
    double[] mu = new double[rows.size()];
    for (int k = 0; k < mu.length; k++) {
      mu[k] = mean(beta, rows.get(k).x());
    }
    double a = Math.log(Math.max(MIN_SIZE, low));
    double b = Math.log(Math.min(MAX_SIZE, high));
    double g = (Math.sqrt(5) - 1) / 2;
    double c = b - g * (b - a);
    double d = a + g * (b - a);
    double fc = logLikelihood(rows, mu, Math.exp(c));
    double fd = logLikelihood(rows, mu, Math.exp(d));
    while (b - a > 0.01) {
      if (fc > fd) {
        b = d;
        d = c;
        fd = fc;
        c = b - g * (b - a);
        fc = logLikelihood(rows, mu, Math.exp(c));
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + g * (b - a);
        fd = logLikelihood(rows, mu, Math.exp(d));
      }
    }
    return Math.exp((a + b) / 2);
  }

  /** The log-likelihood, less the terms that depend on neither the means nor the size. */
  static double logLikelihood(List<Row> rows, double[] mu, double size) {
    double ll = 0;
    double lgSize = LogGamma.of(size);
    for (int k = 0; k < mu.length; k++) {
      long y = rows.get(k).y();
      ll += LogGamma.of(y + size) - lgSize + size * Math.log(size / (size + mu[k])) + (y == 0 ? 0 : y * Math.log(mu[k] / (size + mu[k])));
    }
    return ll;
  }

  private static double mean(double[] beta, double[] x) {
    double eta = 0;
    for (int j = 0; j < beta.length; j++) {
      eta += beta[j] * x[j];
    }
    return Math.exp(Math.min(eta, 30));
  }

  /** Solves the symmetric positive-definite system by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[col][col]) < 1e-12) {
        return new double[n];  // singular: no step
      }
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int c = r + 1; c < n; c++) {
        s -= m[r][c] * x[c];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
