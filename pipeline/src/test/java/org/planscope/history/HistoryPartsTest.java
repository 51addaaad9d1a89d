package org.planscope.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.extract.IndicatorCatalogue.Direction;
import org.planscope.format.Lang;
import org.planscope.index.CompareRow;
import org.planscope.index.Comparison;
import org.planscope.model.Op;

/** The diff, the ranking of two targets and the tree, on inline examples. */
class HistoryPartsTest {
  @Test
  void diffKeepsWhatStayedAndMarksBothSides() {
    List<TextDiff.Piece> d = TextDiff.of("婴儿死亡率控制在8‰以下。", "婴儿死亡率下降到5‰以下。");
    assertEquals("婴儿死亡率【控制在8】‰以下。", TextDiff.before(d, "【", "】"));
    assertEquals("婴儿死亡率【下降到5】‰以下。", TextDiff.after(d, "【", "】"));
    assertEquals(List.of(new TextDiff.Piece(TextDiff.Kind.SAME, "同一句。")),
        TextDiff.of("同一句。", "同一句。"));
    assertEquals(List.of(new TextDiff.Piece(TextDiff.Kind.INSERTED, "新目标")),
        TextDiff.of(null, "新目标"));
    // a word moved inside the text: the shared characters stay unmarked
    List<TextDiff.Piece> m = TextDiff.of("城乡、区域差距缩小", "区域、城乡差距缩小");
    assertEquals("【城乡、】区域差距缩小", TextDiff.before(m, "【", "】"));
    assertEquals("区域【、城乡】差距缩小", TextDiff.after(m, "【", "】"));
  }

  @Test
  void tightnessFollowsTheGoodDirectionAndTheComparators() {
    BigDecimal twelve = new BigDecimal("12");
    assertEquals(Tightness.Order.STRICTER, Tightness.compare(Direction.LOWER, Op.LE,
        new BigDecimal("10"), "1/10万", Op.LE, twelve, "1/10万"));
    assertEquals(Tightness.Order.LOOSER, Tightness.compare(Direction.LOWER, Op.LE,
        new BigDecimal("15"), "1/10万", Op.LE, twelve, "1/10万"));
    assertEquals(Tightness.Order.STRICTER, Tightness.compare(Direction.LOWER, Op.LT, twelve,
        "1/10万", Op.LE, twelve, "1/10万"), "< 12 asks more than ≤ 12");
    assertEquals(Tightness.Order.LOOSER, Tightness.compare(Direction.HIGHER, Op.GE,
        new BigDecimal("90"), "%", Op.GT, new BigDecimal("90"), "％"), "≥ 90% is looser than > 90%");
    assertEquals(Tightness.Order.SAME, Tightness.compare(Direction.LOWER, Op.EQ, twelve, "1/10万",
        Op.LE, twelve, "1/10万"));
    assertEquals(Tightness.Order.INCOMPARABLE, Tightness.compare(Direction.LOWER, Op.GE, twelve,
        "1/10万", Op.LE, twelve, "1/10万"), "≥ does not bound a death rate");
    assertEquals(Tightness.Order.INCOMPARABLE, Tightness.compare(Direction.LOWER, Op.LE, twelve,
        "‰", Op.LE, twelve, "1/10万"));
  }

  private static CompareRow row(String region, String level, String city, String op, String value,
      String unit) {
    return new CompareRow(region, level, "山东省", region + "-plan", region + "规划", "x", null, op,
        value, unit, 2030, region + "的目标", city, "2021-2030");
  }

  @Test
  void theTreeComparesWithTheNearestLevelAboveComparatorsConsidered() {
    // a higher-is-better rate (children in pinyin order: 周村 before 淄川): 淄川区 ≥ 90% is looser than 淄博市's > 90%; 博山区 has no city
    // plan above it in the data and is held against the province
    Comparison c = new Comparison("婚前医学检查率", "婚前医学检查率", null, List.of(
        row("山东省", "省", null, ">=", "85", "%"),
        row("淄川区", "区", "淄博市", ">=", "90", "%"),
        row("淄博市", "市", null, ">", "90", "%"),
        row("周村区", "区", "淄博市", ">=", "95", "%"),
        row("泰山区", "区", "泰安市", ">=", "80", "%")), List.of());
    Hierarchy h = Hierarchy.of(c);
    assertEquals(Direction.HIGHER, h.direction());
    StringWriter w = new StringWriter();
    HistoryText.tree(new PrintWriter(w, true), h, Lang.ZH);
    assertEquals("""
        婚前医学检查率：上下级目标（▲ 宽于上级）
        全国：（目录无国家目标）
          山东省（省）：2030年 ≥ 85%
            泰安市：（数据中无此指标的规划）
              泰山区（区）：2030年 ≥ 80%  ▲ 宽于山东省（2030年 ≥ 85%）
            淄博市（市）：2030年 > 90%
              周村区（区）：2030年 ≥ 95%
              淄川区（区）：2030年 ≥ 90%  ▲ 宽于淄博市（2030年 > 90%）
        """, w.toString());
  }
}
