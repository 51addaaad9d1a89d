package org.planscope.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Op;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;

class TargetFormatTest {
  /** Every unit kind the extractor writes, under every comparator; year 0 means none. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # op   | value | unit     | year | expected
      # a rate per 100,000: the value is never glued to the unit's 1 (8 → 8/10万, not 81/10万)
      <=     | 12    | 1/10万   | 2030 | 2030年 ≤ 12/10万
      <=     | 8     | 1/10万   | 0    | ≤ 8/10万
      <=     | 8.2   | 1/10万   | 0    | ≤ 8.2/10万
      <      | 15    | 1/万     | 0    | < 15/万
      # percent and per mille follow the number directly
      >=     | 70    | %        | 2025 | 2025年 ≥ 70%
      >=     | 99.50 | %        | 0    | ≥ 99.5%
      <=     | 5     | ‰        | 0    | ≤ 5‰
      # a full-width sign as printed is folded
      <=     | 2.5   | ％       | 0    | ≤ 2.5%
      >      | 90    | %        | 0    | > 90%
      ~      | 12.0  | %        | 0    | ≈ 12%
      # ratio and fraction are their own text
      =      | 3:2   | ratio    | 0    | = 3:2
      <=     | 1:3   | ratio    | 2030 | 2030年 ≤ 1:3
      >=     | 1/2   | fraction | 0    | ≥ 1/2
      # counts and measures keep a space before the measure word
      >=     | 1     | 所       | 0    | ≥ 1 所
      >=     | 2     | 名       | 0    | ≥ 2 名
      =      | 100   | 个       | 0    | = 100 个
      >=     | 78.1  | 岁       | 2030 | 2030年 ≥ 78.1 岁
      >=     | 12    | 年       | 0    | ≥ 12 年
      >=     | 5     | 万人     | 0    | ≥ 5 万人
      # no unit, no comparator
      >=     | 60    | null     | 0    | ≥ 60
      null   | 60    | %        | 0    | 60%
      # no value: the indicator is named but not quantified
      null   | null  | %        | 2030 | 2030年 未量化
      >=     | null  | null     | 0    | 未量化
      """)
  void formatsEveryUnitKindAndComparator(String op, String value, String unit, int year,
      String expected) {
    assertEquals(expected, TargetFormat.withYear(year == 0 ? null : year, op, value, unit));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      GE     | ≥
      LE     | ≤
      EQ     | =
      APPROX | ≈
      GT     | >
      LT     | <
      """)
  void everyOpHasItsSign(Op op, String sign) {
    assertEquals(sign, TargetFormat.sign(op));
    assertEquals(sign, TargetFormat.sign(op.symbol()));
    assertEquals(sign + " 12/10万", TargetFormat.value(op.symbol(), "12", "1/10万"));
  }

  @Test
  void formatsAModelTarget() {
    Target t = new Target("孕产妇死亡率", "maternal_mortality", Op.LE, new BigDecimal("12"), null,
        "1/10万", "孕产妇死亡率控制在12/10万以下", new Span(0, 17), TargetStatus.STATED, 2030,
        List.of());
    assertEquals("2030年 ≤ 12/10万", TargetFormat.of(t));
    Target ratio = new Target("出生人口性别比", null, Op.EQ, new BigDecimal("1.5"), "3:2", "ratio",
        "3:2", new Span(0, 3), TargetStatus.STATED, null, List.of());
    assertEquals("= 3:2", TargetFormat.of(ratio));
    Target missing = new Target("乳腺癌人群筛查率", null, null, null, null, null, "乳腺癌人群筛查率逐步提高",
        new Span(0, 12), TargetStatus.MISSING_VALUE, null, List.of());
    assertEquals("未量化", TargetFormat.of(missing));
  }

  @Test
  void displayWidthCountsChineseAsTwoColumns() {
    assertEquals(6, DisplayWidth.of("鹿寨县"));
    assertEquals(3, DisplayWidth.of("abc"));
    assertEquals(9, DisplayWidth.of("≤ 12/10万"), "≤ is one column, 万 two");
    assertEquals("鹿寨县  |", DisplayWidth.padRight("鹿寨县", 8) + "|");
    assertEquals("广西壮…", DisplayWidth.truncate("广西壮族自治区", 7));
  }
}
