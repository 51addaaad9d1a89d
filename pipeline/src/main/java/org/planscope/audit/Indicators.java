package org.planscope.audit;

import java.math.BigDecimal;
import java.text.Normalizer;
import org.planscope.model.Op;
import org.planscope.model.Target;

/** Normalisation shared by the rules: indicator keys, unit keys, and how a target is printed. */
final class Indicators {
  private Indicators() {}

  /**
   * The comparison key of an indicator phrase or unit: NFKC (full-width ％ → %, ideographic space
   * → space) and no whitespace, since plans print {@code 12.5/10 万} and {@code 宫颈癌 筛查率}.
   */
  static String key(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** True when two units are the same after normalisation (% vs ％, 1/10万 vs 1/10 万). */
  static boolean sameUnit(String a, String b) {
    return a != null && b != null && key(a).equals(key(b));
  }

  static String symbol(Op op) {
    if (op == null) {
      return "";
    }
    return switch (op) {
      case GE -> "≥";
      case LE -> "≤";
      case EQ -> "=";
      case APPROX -> "≈";
      case GT -> ">";
      case LT -> "<";
    };
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
