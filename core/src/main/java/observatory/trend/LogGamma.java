package observatory.trend;

/** ln Γ(z) for the count models of trend and forecast, without a statistics library. */
public final class LogGamma {
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  private LogGamma() {
  }

  /** ln Γ(z) for z > 0: Stirling's series (error below 1e-9) after shifting z to at least 7. */
  public static double of(double z) {
    double product = 1;
    while (z < 7) {
      product *= z;
      z += 1;
    }
    double zi = 1 / z;
    double zi2 = zi * zi;
    double lg = (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + zi * (1.0 / 12 - zi2 * (1.0 / 360 - zi2 / 1260));
    return product == 1 ? lg : lg - Math.log(product);
  }
}
