package org.planscope.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.Pipeline;
import org.planscope.extract.IndicatorCatalogue.Direction;
import org.planscope.format.Lang;
import org.planscope.index.CompareRow;
import org.planscope.index.Comparison;
import org.planscope.model.Op;
import org.planscope.model.Plan;

/** The diff, the ranking of two targets and the tree, on inline examples. */
class HistoryPartsTest {
  @Test
  void diffKeepsWhatStayedAndMarksBothSides() {
    List<TextDiff.Piece> d = TextDiff.of("婴儿死亡率控制在8‰以下。", "婴儿死亡率下降到5‰以下。");
    // numbers are compared whole: 80 → 70 is 【80】 → 【70】, not 【8】0 → 【7】0
    List<TextDiff.Piece> n = TextDiff.of("筛查率达到80%，2.5岁", "筛查率达到70%，2.5岁");
    assertEquals("筛查率达到【80】%，2.5岁", TextDiff.before(n, "【", "】"));
    assertEquals("筛查率达到【70】%，2.5岁", TextDiff.after(n, "【", "】"));
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

  @Test
  void aDivisionUnderItsShortAndItsFullNameIsOneSeries(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    String body = "\n一、儿童与健康\n（一）主要目标\n1.婴儿死亡率控制在%s‰以下。\n（二）策略措施\n1.加强。\n";
    Path old = tmp.resolve("a.txt");
    Path now = tmp.resolve("b.txt");
    java.nio.file.Files.writeString(old, "龙胜县儿童发展规划（2011—2020年）" + body.formatted("10"));
    java.nio.file.Files.writeString(now, "龙胜各族自治县儿童发展规划（2021—2030年）" + body.formatted("5"));
    Pipeline pipeline = new Pipeline();
    List<Plan> plans = List.of(pipeline.run(old), pipeline.run(now));
    assertEquals(List.of("龙胜县", "龙胜各族自治县"),
        plans.stream().map(p -> p.region().name()).toList());
    assertEquals(1, Series.of(plans).size());
    assertEquals(2, Series.of(plans, "龙胜各族自治县").get(0).plans().size());
  }

  @Test
  void aThirteenthAndAFourteenthFiveYearSectorPlanAreOneSeries() throws Exception {
    Path dir = Path.of(HistoryPartsTest.class.getResource("/history-sector").toURI());
    Pipeline pipeline = new Pipeline();
    List<Plan> plans = List.of(pipeline.run(dir.resolve("rs-14.md")),
        pipeline.run(dir.resolve("rs-13.md")));
    List<Series> series = Series.of(plans);
    assertEquals(1, series.size());
    assertEquals("卫生健康规划", series.get(0).label(Lang.ZH));
    StringWriter w = new StringWriter();
    HistoryText.series(new PrintWriter(w, true), series.get(0), History.of(series.get(0), null),
        Lang.ZH);
    // 婴儿死亡率 < 5‰ became ≤ 5‰: the same number, a looser comparator
    assertEquals("""
        仁寿县 卫生健康规划：2 个时期（“十三五”（2016—2020年）、“十四五”（2021—2025年））
        “十三五”（2016—2020年） → “十四五”（2021—2025年）
          孕产妇死亡率  提高  2020年 ≤ 18/10万 → 2025年 ≤ 12/10万
            “十三五”（2016—2020年）：1\t孕产妇死亡率（1/10万）\t【20.1】\t≤【18】\t约束性
            “十四五”（2021—2025年）：1\t孕产妇死亡率（1/10万）\t【14.2】\t≤【12】\t约束性
          婴儿死亡率  放宽  2020年 < 5‰ → 2025年 ≤ 5‰
            “十三五”（2016—2020年）：2\t婴儿死亡率（‰）\t【6.8】\t【<】5\t约束性
            “十四五”（2021—2025年）：2\t婴儿死亡率（‰）\t【4.8】\t【≤】5\t约束性
        """, w.toString());
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
