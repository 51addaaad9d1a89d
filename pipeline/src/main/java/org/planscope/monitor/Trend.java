package org.planscope.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Least-squares slope per year over (year, value) points: 62, 65, 68 in 2021–2023 → 3. */
final class Trend {
  private Trend() {}

  /** The slope, rounded to four decimals; null with fewer than two points. */
  static BigDecimal slope(List<Point> points) {
    int n = points.size();
    if (n < 2) {
      return null;
    }
    BigDecimal sx = BigDecimal.ZERO;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    for (Point p : points) {
      BigDecimal x = BigDecimal.valueOf(p.year());
      sx = sx.add(x);
      sy = sy.add(p.value());
      sxy = sxy.add(x.multiply(p.value()));
      sxx = sxx.add(x.multiply(x));
    }
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal num = bn.multiply(sxy).subtract(sx.multiply(sy));
    BigDecimal den = bn.multiply(sxx).subtract(sx.multiply(sx));
    if (den.signum() == 0) {
      return null; // every point in one year
    }
    return round(num.divide(den, MathContext.DECIMAL64));
  }

  static BigDecimal round(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal r = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return r.signum() == 0 ? BigDecimal.ZERO : r;
  }
}
