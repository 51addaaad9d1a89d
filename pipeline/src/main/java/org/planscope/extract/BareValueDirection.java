package org.planscope.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.planscope.model.Op;
import org.planscope.model.Target;

/**
 * The op of a bare value in an indicator table (79.5 under 2025年, no ≥ or 以上 printed with it).
 * A plan's table value is a level to reach by the column's year, as 达到79.5岁 is in prose, so its
 * op is the way the indicator is to move, read from, in this order:
 *
 * <ol>
 *   <li>the plan's own goals when they state the same indicator with the same value: their op
 *       (人均预期寿命达到79.5岁 → {@code >=}; 就业人员中的女性比例保持在45%左右 → {@code ~});
 *   <li>the catalogue's direction (孕产妇死亡率 lower is better → {@code <=}, 参保率 → {@code >=});
 *   <li>the plan's goals on the same indicator with another value (女性平均受教育年限达到11.2年 makes
 *       the 2025 column's 11 a {@code >=});
 *   <li>the row's trend: the target above the earliest value of its row (2020年 1.2 → 2025年 4.5,
 *       or 2025年 11 → 2030年 11.2) → {@code >=}, below it (29.5 → 27) → {@code <=};
 *   <li>else {@code >=}, as a plain 达到X is.
 * </ol>
 *
 * <p>One instance per plan: it holds the plan's goal targets.
 */
final class BareValueDirection {
  private final IndicatorCatalogue catalogue;
  private final List<Target> stated;

  /** @param goals the targets the plan's goals state (relative and missing ones are ignored) */
  BareValueDirection(IndicatorCatalogue catalogue, List<Target> goals) {
    this.catalogue = catalogue;
    List<Target> list = new ArrayList<>();
    for (Target t : goals) {
      if (t.stated() && !t.relative() && t.op() != null && t.value() != null) {
        list.add(t);
      }
    }
    this.stated = List.copyOf(list);
  }

  /**
   * The op of a bare value.
   *
   * @param trend the sign of the row's change from its earliest value to its target, 0 when the
   *     row shows none
   */
  Op op(String indicator, String id, String unit, BigDecimal value, int trend) {
    List<Target> same = same(indicator, id, unit);
    for (Target t : same) {
      if (t.value().compareTo(value) == 0) {
        return t.op();
      }
    }
    if (id != null) {
      IndicatorCatalogue.Direction d = catalogue.byId(id).map(IndicatorCatalogue.Indicator::direction)
          .orElse(null);
      if (d != null) {
        return d == IndicatorCatalogue.Direction.HIGHER ? Op.GE : Op.LE;
      }
    }
    Op stated = direction(same);
    if (stated != null) {
      return stated;
    }
    return trend < 0 ? Op.LE : Op.GE;
  }

  /** The sign of the change from the first value to the last; 0 with fewer than two. */
  static int trend(List<BigDecimal> series) {
    return series.size() < 2 ? 0 : Integer.signum(
        series.get(series.size() - 1).compareTo(series.get(0)));
  }

  /** GE or LE when the goals on the indicator agree on a bound, else null. */
  private static Op direction(List<Target> same) {
    Op out = null;
    for (Target t : same) {
      Op d = switch (t.op()) {
        case GE, GT -> Op.GE;
        case LE, LT -> Op.LE;
        default -> null;
      };
      if (d != null && out != null && d != out) {
        return null;
      }
      out = d != null ? d : out;
    }
    return out;
  }

  /** The goal targets on the same indicator: the same name or catalogue id, the same unit. */
  private List<Target> same(String indicator, String id, String unit) {
    String key = IndicatorCatalogue.key(indicator);
    List<Target> out = new ArrayList<>();
    for (Target t : stated) {
      boolean name = key.equals(IndicatorCatalogue.key(t.indicator()))
          || id != null && id.equals(t.indicatorId());
      if (name && (unit == null || t.unit() == null || Objects.equals(unit, t.unit()))) {
        out.add(t);
      }
    }
    return out;
  }
}
