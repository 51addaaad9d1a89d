package org.planscope.audit;

import java.math.BigDecimal;
import org.planscope.lexicon.Fold;
import org.planscope.model.Op;
import org.planscope.model.Target;

/** Shared by the rules: unit equality (by the one fold, {@link Fold#key}) and how a target is printed. */
final class Indicators {
  private Indicators() {}

  /** True when two units are the same after normalisation (% vs ％, 1/10万 vs 1/10 万). */
  static boolean sameUnit(String a, String b) {
    return a != null && b != null && Fold.key(a).equals(Fold.key(b));
  }

  /** {@code ≤ 12/10万}, {@code ≥ 70%}, {@code ≥ 78.1 岁}, {@code ≥ 1/3}: the project's one target formatter. */
  static String format(Op op, BigDecimal value, String valueText, String unit) {
    String number = valueText != null ? valueText
        : value == null ? "?" : value.stripTrailingZeros().toPlainString();
    return org.planscope.format.TargetFormat.value(op == null ? null : op.symbol(), number, unit);
  }

  static String format(Target t) {
    return format(t.op(), t.value(), t.valueText(), t.unit());
  }
}
