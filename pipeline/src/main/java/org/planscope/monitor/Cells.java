package org.planscope.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.planscope.format.Lang;
import org.planscope.format.TargetFormat;

/** The cells every report shows, written one way: 68%（2023年）, ≥ 70%, +1.5, +3（3 点）. */
public final class Cells {
  private Cells() {}

  /** At most two decimals, no trailing zeros: 0.8333 → 0.83, 12.50 → 12.5. */
  public static String num(BigDecimal v) {
    if (v == null) {
      return "";
    }
    BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return r.signum() == 0 ? "0" : r.toPlainString();
  }

  /** With its sign: +1.5, −0.3 written -0.3, 0. */
  public static String signed(BigDecimal v) {
    String n = num(v);
    return v == null || n.equals("0") || n.startsWith("-") ? n : "+" + n;
  }

  public static String amount(BigDecimal v, String unit) {
    return v == null ? "" : TargetFormat.amount(num(v), unit);
  }

  /** The threshold with its comparator: ≥ 30%, ≤ 0.75%, = 70-80%. */
  public static String threshold(Evaluation e) {
    if (e.threshold() == null) {
      return "—";
    }
    String v = e.upper() == null ? num(e.threshold()) : num(e.threshold()) + "-" + num(e.upper());
    return TargetFormat.value(e.op() == null ? null : e.op().symbol(), v, e.unit());
  }

  /** 68%（2023年）. */
  public static String latest(Evaluation e, Lang l) {
    return amount(e.latest().value(), e.unit()) + l.pick("（" + e.latest().year() + "年）",
        " (" + e.latest().year() + ")");
  }

  /** +3（3 点）, or —（1 点） without a trend. */
  public static String trend(Evaluation e, Lang l) {
    String s = e.trend() == null ? "—" : signed(e.trend());
    return s + l.pick("（" + e.points() + " 点）", " (" + e.points() + " pts)");
  }
}
