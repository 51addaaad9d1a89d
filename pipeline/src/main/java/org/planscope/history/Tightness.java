package org.planscope.history;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Objects;
import org.planscope.extract.IndicatorCatalogue.Direction;
import org.planscope.model.Op;

/**
 * Whether one target asks more than another in the catalogue's good direction, comparators
 * considered: for 孕产妇死亡率 (lower is better) ≤ 12/10万 is stricter than ≤ 15/10万, and < 12/10万
 * stricter than ≤ 12/10万; for a screening rate (higher is better) ≥ 70% is looser than ≥ 80%. A
 * comparator that does not bound the good side (≥ for a death rate), another unit, or an indicator
 * without a direction cannot be compared unless the two targets are the same.
 */
public final class Tightness {
  private Tightness() {}

  /** How target A stands to target B. */
  public enum Order {
    STRICTER, LOOSER, SAME, INCOMPARABLE
  }

  /** A against B; either value may be null (then only equal targets compare, as SAME). */
  public static Order compare(Direction direction, Op opA, BigDecimal a, String unitA, Op opB,
      BigDecimal b, String unitB) {
    if (!sameUnit(unitA, unitB) || a == null || b == null || opA == null || opB == null) {
      return Order.INCOMPARABLE;
    }
    if (opA == opB && a.compareTo(b) == 0) {
      return Order.SAME;
    }
    if (direction == null || !bounds(direction, opA) || !bounds(direction, opB)) {
      return Order.INCOMPARABLE;
    }
    int c = a.compareTo(b);
    if (c == 0) {
      c = Integer.compare(strict(opB), strict(opA)); // < 12 asks more than ≤ 12
      return c == 0 ? Order.SAME : c < 0 ? Order.STRICTER : Order.LOOSER;
    }
    boolean aSmaller = c < 0;
    return aSmaller == (direction == Direction.LOWER) ? Order.STRICTER : Order.LOOSER;
  }

  /** Whether the comparator limits the value on the side the indicator improves towards. */
  static boolean bounds(Direction direction, Op op) {
    return switch (op) {
      case EQ, APPROX -> true;
      case LE, LT -> direction == Direction.LOWER;
      case GE, GT -> direction == Direction.HIGHER;
    };
  }

  private static int strict(Op op) {
    return op == Op.LT || op == Op.GT ? 1 : 0;
  }

  /** Units equal after width folding (％ = %); two missing units are equal. */
  static boolean sameUnit(String a, String b) {
    return Objects.equals(fold(a), fold(b));
  }

  private static String fold(String u) {
    return u == null || u.isBlank() ? null : Normalizer.normalize(u.strip(), Normalizer.Form.NFKC);
  }

  /** A number written as text ({@code 12}, {@code 8.5}), or null for a ratio, fraction or range. */
  static BigDecimal number(String value) {
    if (value == null || !value.strip().matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return new BigDecimal(value.strip());
  }
}
