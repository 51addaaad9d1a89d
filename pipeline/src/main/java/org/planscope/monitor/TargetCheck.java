package org.planscope.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.planscope.format.TargetFormat;
import org.planscope.model.Op;
import org.planscope.model.Target;

/**
 * One target against its region's actuals: the threshold it sets (a relative target's from the
 * actual of its base year: 以2020年为基数下降1/6 with 0.9% in 2020 → ≤ 0.75%), whether the latest
 * value meets it under its comparator, the gap, the change per year still needed, the trend and
 * the status.
 */
final class TargetCheck {
  /** Tolerance of 左右 (~): within 5% of the target value counts as met. */
  static final BigDecimal APPROX_TOLERANCE = new BigDecimal("0.05");

  /**
   * The level to reach, or (threshold null) why there is none; {@code lowerIsBetter} from the
   * catalogue (孕产妇死亡率): beyond an {@code =} or {@code ~} target in the good direction is met.
   */
  record Goal(Op op, BigDecimal threshold, BigDecimal upper, String note, boolean lowerIsBetter) {
    Goal(Op op, BigDecimal threshold, BigDecimal upper, String note) {
      this(op, threshold, upper, note, false);
    }

    Goal directed(boolean lower) {
      Op o = op != null ? op : lower ? Op.LE : Op.GE;
      return new Goal(o, threshold, upper, note, lower);
    }
  }

  private TargetCheck() {}

  /**
   * Evaluates {@code t} (due in {@code year}) against {@code points} (by year, at least one, in
   * {@code unit}).
   */
  static Evaluation evaluate(EvaluationKey k, Target t, int year, List<Point> points,
      Units units) {
    Map<Integer, Point> byYear = new java.util.HashMap<>();
    points.forEach(p -> byYear.put(p.year(), p));
    Goal g = (t.relative() ? relative(t, year, byYear) : absolute(t, k.unit(), units))
        .directed(k.lowerIsBetter());
    Point latest = points.get(points.size() - 1);
    BigDecimal trend = Trend.slope(points);
    if (g.threshold() == null) {
      return k.build(text(t, year), year, g, latest, null, null, trend, points.size(), null,
          Status.INSUFFICIENT, g.note());
    }
    boolean metNow = met(g, latest.value());
    BigDecimal gap = metNow ? BigDecimal.ZERO : Trend.round(gap(g, latest.value()));
    int left = year - latest.year();
    BigDecimal projected = trend == null || left <= 0 ? null
        : Trend.round(latest.value().add(trend.multiply(BigDecimal.valueOf(left))));
    Status status;
    String note = g.note();
    BigDecimal needed = null;
    if (metNow) {
      status = Status.MET;
    } else if (left <= 0) {
      status = Status.BEHIND;
      note = join(note, "目标年份已到，未达标");
    } else {
      needed = Trend.round(gap.divide(BigDecimal.valueOf(left), MathContext.DECIMAL64));
      if (trend == null) {
        status = Status.INSUFFICIENT;
        note = join(note, "只有 1 年的实际值，无法判断趋势");
      } else {
        status = met(g, projected) ? Status.ON_TRACK : Status.BEHIND;
      }
    }
    return k.build(text(t, year), year, g, latest, gap, needed, trend, points.size(), projected,
        status, note);
  }

  private static String join(String a, String b) {
    return a == null || a.isEmpty() ? b : a + "；" + b;
  }

  /** The target as written, due in {@code year}: 2030年 ≥ 30%, or 2030年 较2020年 -1/6. */
  static String text(Target t, int year) {
    if (!t.relative()) {
      return TargetFormat.of(t.withYear(year));
    }
    String v = t.valueText() != null ? t.valueText() : t.value().toPlainString();
    if (!v.startsWith("-")) {
      v = "+" + v;
    }
    String unit = t.unit() == null || t.unit().equals("fraction") ? "" : t.unit();
    return year + "年 较" + (t.baseYear() == null ? "基期" : t.baseYear() + "年") + " " + v + unit;
  }

  static Goal absolute(Target t, String unit, Units units) {
    BigDecimal low;
    BigDecimal high = null;
    String from = t.unit() == null ? unit : t.unit();
    if (t.valueText() == null) {
      low = t.value();
    } else if (t.valueText().matches("\\d+(\\.\\d+)?-\\d+(\\.\\d+)?")) {
      String[] p = t.valueText().split("-");
      low = new BigDecimal(p[0]);
      high = new BigDecimal(p[1]);
    } else {
      low = quotient(t.valueText());
    }
    if (low == null) {
      return new Goal(t.op(), null, null, "目标值“" + t.valueText() + "”无法换算为数值");
    }
    Units.Converted c = units.convert(low, from, unit);
    if (!c.ok()) {
      return new Goal(t.op(), null, null, "目标" + c.refusal());
    }
    BigDecimal upper = high == null ? null : units.convert(high, from, unit).value();
    return new Goal(t.op(), c.value(), upper, "");
  }

  /** 1/6 → 0.1667…, 3:2 → 1.5, -1/6 → −0.1667…; null when not of that form. */
  static BigDecimal quotient(String s) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(-?\\d+(?:\\.\\d+)?)[/:](\\d+(?:\\.\\d+)?)").matcher(s);
    if (!m.matches() || new BigDecimal(m.group(2)).signum() == 0) {
      return null;
    }
    return new BigDecimal(m.group(1)).divide(new BigDecimal(m.group(2)), MathContext.DECIMAL64);
  }

  /**
   * A relative target's threshold from the actual of its base year: a fraction or a percentage
   * changes the base in proportion (−1/6, −10%), 个百分点 add to it, 倍 multiply it.
   */
  static Goal relative(Target t, int year, Map<Integer, Point> byYear) {
    if (t.baseYear() == null) {
      return new Goal(t.op(), null, null, "相对目标没有注明基期年份");
    }
    Point base = byYear.get(t.baseYear());
    if (base == null) {
      return new Goal(t.op(), null, null, "缺少基期 " + t.baseYear() + " 年的实际值（相对目标以它为基数）");
    }
    BigDecimal v = t.value() != null ? t.value() : quotient(t.valueText());
    String unit = t.unit() == null ? "" : t.unit();
    BigDecimal b = base.value();
    BigDecimal thr;
    if (v == null) {
      thr = null;
    } else if (unit.equals("fraction")) {
      thr = b.add(b.multiply(v));
    } else if (unit.equals("%")) {
      thr = b.add(b.multiply(v).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64));
    } else if (unit.equals("个百分点")) {
      int times = t.qualifiers().contains("每年") ? year - t.baseYear() : 1;
      thr = b.add(v.multiply(BigDecimal.valueOf(times)));
    } else if (unit.equals("倍")) {
      thr = b.multiply(v);
    } else {
      thr = null;
    }
    if (thr == null) {
      return new Goal(t.op(), null, null, "相对目标“" + text(t, year) + "”无法计算门槛");
    }
    return new Goal(t.op(), Trend.round(thr), null,
        "以 " + t.baseYear() + " 年实际值 " + b.stripTrailingZeros().toPlainString() + " 为基数");
  }

  /** Whether {@code x} meets the goal under its comparator. */
  static boolean met(Goal g, BigDecimal x) {
    BigDecimal t = g.threshold();
    int c = x.compareTo(t);
    Op op = g.op() == null ? Op.EQ : g.op();
    return switch (op) {
      case GE -> c >= 0;
      case GT -> c > 0;
      case LE -> c <= 0;
      case LT -> c < 0;
      case EQ -> g.upper() != null ? c >= 0 && x.compareTo(g.upper()) <= 0 : c == 0 || beyond(g, c);
      case APPROX -> x.subtract(t).abs().compareTo(t.abs().multiply(APPROX_TOLERANCE)) <= 0
          || beyond(g, c);
    };
  }

  /** Past an = or ~ target in the catalogue's good direction (2 所 where 1 所 is asked). */
  private static boolean beyond(Goal g, int c) {
    return g.lowerIsBetter() ? c < 0 : c > 0;
  }

  /** How far the threshold is from {@code x}: threshold − x; a range's nearer end, 0 inside. */
  static BigDecimal gap(Goal g, BigDecimal x) {
    if (g.upper() != null) {
      if (x.compareTo(g.threshold()) < 0) {
        return g.threshold().subtract(x);
      }
      return x.compareTo(g.upper()) > 0 ? g.upper().subtract(x) : BigDecimal.ZERO;
    }
    return g.threshold().subtract(x);
  }
}
