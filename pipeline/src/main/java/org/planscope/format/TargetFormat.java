package org.planscope.format;

import java.math.BigDecimal;
import org.planscope.model.Op;
import org.planscope.model.Target;

/**
 * A target's value as a reader writes it: {@code ≤ 12/10万}, {@code ≥ 70%}, {@code ≤ 5‰},
 * {@code = 3:2}, {@code ≥ 1 所}, and with its year {@code 2030年 ≤ 12/10万}.
 *
 * <p>The rules, by unit kind: a percentage or per-mille sign follows the number directly ({@code
 * 70%}); a rate per N ({@code 1/10万}, {@code 1/万}, {@code 1/1000}) drops its leading 1 and follows
 * the number ({@code 12/10万}, never {@code 121/10万}); a ratio or fraction is its own text ({@code
 * 3:2}, {@code 1/2}); any other unit (所, 名, 岁, 万人) follows after a space. The comparator comes
 * first as a mathematical sign. A target without a value is {@value #UNQUANTIFIED}.
 */
public final class TargetFormat {
  /** What a named indicator without a number shows: 未量化 (not quantified). */
  public static final String UNQUANTIFIED = "未量化";

  private TargetFormat() {}

  /** {@code 2030年 ≤ 12/10万}; without a year {@code ≤ 12/10万}. */
  public static String of(Target t) {
    String value = t.valueText() != null ? t.valueText()
        : t.value() == null ? null : t.value().toPlainString();
    return withYear(t.year(), t.op() == null ? null : t.op().symbol(), value, t.unit());
  }

  /**
   * The value with its year in front.
   *
   * @param op a comparator symbol ({@code <=}, {@code >=}, {@code =}, {@code ~}, {@code <},
   *     {@code >}) or null
   * @param value the number as text ({@code 12}, {@code 8.2}, {@code 12.0}) or a ratio/fraction
   *     text ({@code 3:2}); null or blank when the plan gives none
   */
  public static String withYear(Integer year, String op, String value, String unit) {
    String v = value(op, value, unit);
    return year == null ? v : year + "年 " + v;
  }

  /** {@code ≤ 12/10万}, {@code ≥ 70%}, {@code = 3:2}, {@code ≥ 1 所}; {@value #UNQUANTIFIED} without a value. */
  public static String value(String op, String value, String unit) {
    if (value == null || value.isBlank()) {
      return UNQUANTIFIED;
    }
    String sign = sign(op);
    String amount = amount(value.strip(), unit);
    return sign.isEmpty() ? amount : sign + " " + amount;
  }

  /** The number with its unit, no comparator: {@code 12/10万}, {@code 70%}, {@code 1 所}. */
  public static String amount(String value, String unit) {
    String v = number(value);
    if (unit == null || unit.isBlank() || unit.equals("ratio") || unit.equals("fraction")) {
      return v;
    }
    // width-folded (NFKC: ％ → %, １/１０万 → 1/10万), as the plan may print it
    String u = org.planscope.lexicon.Fold.width(unit.strip());
    if (u.equals("%") || u.equals("‰") || u.equals("‱")) {
      return v + u;
    }
    if (u.startsWith("1/") && u.length() > 2) {
      return v + u.substring(1); // 1/10万 → 12/10万: "per 100,000", the 1 is implied
    }
    if (u.startsWith("/")) {
      return v + u;
    }
    return v + " " + u;
  }

  /** ≤ ≥ = ≈ &lt; &gt; for the plan JSON's symbols (and for the enum names); "" for null. */
  public static String sign(String op) {
    if (op == null || op.isBlank()) {
      return "";
    }
    switch (op.strip()) {
      case "<=": case "LE": case "≤": return "≤";
      case ">=": case "GE": case "≥": return "≥";
      case "=": case "EQ": return "=";
      case "~": case "APPROX": case "≈": return "≈";
      case "<": case "LT": return "<";
      case ">": case "GT": return ">";
      default: return op.strip();
    }
  }

  /** The sign for an {@link Op}. */
  public static String sign(Op op) {
    return op == null ? "" : sign(op.symbol());
  }

  /** {@code 12.0} → {@code 12}, {@code 8.20} → {@code 8.2}; other text unchanged. */
  static String number(String value) {
    if (!value.matches("-?\\d+(\\.\\d+)?")) {
      return value;
    }
    BigDecimal d = new BigDecimal(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
