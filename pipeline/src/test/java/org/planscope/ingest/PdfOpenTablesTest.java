package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.ingest.PdfOpenTables.Glyph;

/**
 * Tables drawn with row rules only (三线表), laid out here glyph by glyph: ten points a character,
 * columns at the x given, rules and baselines top-down.
 */
class PdfOpenTablesTest {
  private static final float HEIGHT = 800;

  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<PdfOpenTables.Band> bands = new ArrayList<>();

  /** Sets {@code text} on page {@code page} from {@code x}, on the baseline {@code base}. */
  private PdfOpenTablesTest put(int page, float x, float base, String text) {
    for (int i = 0; i < text.length(); i++) {
      glyphs.add(new Glyph(page, x + 10 * i + 5, base - 4, base, 10, text.substring(i, i + 1)));
    }
    return this;
  }

  private PdfOpenTablesTest put(float x, float base, String text) {
    return put(1, x, base, text);
  }

  /** Rules across x 0 to 400 on the page, at these heights (top-down). */
  private PdfOpenTablesTest rules(int page, float... ys) {
    List<float[]> h = new ArrayList<>();
    for (float y : ys) {
      h.add(new float[] {HEIGHT - y, 0, 400});
    }
    bands.addAll(PdfOpenTables.bands(h, List.of(), page, HEIGHT));
    return this;
  }

  /** Each table's rows, after every glyph is put in its cell. */
  private List<List<String>> tables() {
    List<PdfGrid.Table> tables = PdfOpenTables.tables(bands, glyphs);
    for (Glyph g : glyphs) {
      for (PdfGrid.Table t : tables) {
        if (t.page() == g.page() && t.add(g)) {
          break;
        }
      }
    }
    return tables.stream().map(PdfGrid.Table::rows).toList();
  }

  /** 序号 at 0, 指标 at 40, 单位 at 200, 2025年 at 260, 属性 at 320: a header between two rules. */
  private PdfOpenTablesTest header(int page, float base) {
    return put(page, 0, base, "序号").put(page, 40, base, "指标").put(page, 200, base, "单位")
        .put(page, 260, base, "2025年").put(page, 320, base, "属性");
  }

  private PdfOpenTablesTest row(int page, float base, String... cells) {
    float[] xs = {0, 40, 200, 260, 320};
    for (int c = 0; c < cells.length; c++) {
      put(page, xs[c], base, cells[c]);
    }
    return this;
  }

  @Test
  void wordTopAlignedCellsWrapOntoTheNextLine() {
    header(1, 114).row(1, 134, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性")
        .row(1, 148, "2", "以乡（镇、街道）为单位", "%", "≥95", "约束性")
        .put(40, 162, "适龄儿童免疫规划疫苗接种率")
        .row(1, 176, "3", "婴儿死亡率", "‰", "≤4", "预期性")
        .rules(1, 100, 120, 186);
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性",
        "1\t孕产妇死亡率\t1/10万\t≤12\t约束性",
        "2\t以乡（镇、街道）为单位适龄儿童免疫规划疫苗接种率\t%\t≥95\t约束性",
        "3\t婴儿死亡率\t‰\t≤4\t预期性")), tables());
  }

  @Test
  void centredCellsAndCategoriesGoToTheRowsTheySpan() {
    // 领域 at 0, 序号 at 60, 指标 at 90, 单位 at 230, 目标 at 260, 属性 at 320; every cell set in
    // the middle of its row: 健康生活 spans rows 1–3 (it stands on row 2), 健康服务 rows 4–5
    // (it stands between them); row 2's 指标 wraps above and below the row's line
    put(0, 114, "领域").put(60, 114, "序号").put(90, 114, "指标").put(230, 114, "单位")
        .put(260, 114, "目标").put(320, 114, "属性");
    put(60, 140, "1").put(90, 140, "居民健康素养水平").put(230, 140, "%").put(260, 140, "≥30")
        .put(320, 140, "预期性");
    put(90, 161, "经常参加体育锻炼");
    put(0, 168, "健康生活").put(60, 168, "2").put(230, 168, "%").put(260, 168, "≥40")
        .put(320, 168, "预期性");
    put(90, 175, "人数比例");
    put(60, 196, "3").put(90, 196, "吸烟率").put(230, 196, "%").put(260, 196, "持续下降")
        .put(320, 196, "预期性");
    put(60, 224, "4").put(90, 224, "执业医师数").put(230, 224, "人").put(260, 224, "3.4")
        .put(320, 224, "预期性");
    put(0, 238, "健康服务");
    put(60, 252, "5").put(90, 252, "注册护士数").put(230, 252, "人").put(260, 252, "3.6")
        .put(320, 252, "约束性");
    rules(1, 100, 120, 262);
    assertEquals(List.of(List.of("领域\t序号\t指标\t单位\t目标\t属性",
        "健康生活\t1\t居民健康素养水平\t%\t≥30\t预期性",
        "\t2\t经常参加体育锻炼人数比例\t%\t≥40\t预期性",
        "\t3\t吸烟率\t%\t持续下降\t预期性",
        "健康服务\t4\t执业医师数\t人\t3.4\t预期性",
        "\t5\t注册护士数\t人\t3.6\t约束性")), tables());
  }

  @Test
  void rowsOfCentredWrappedCellsWithoutMarginsStayApart() {
    // Word, cells set in the middle, no cell margins: each 指标 wraps above and below its row's
    // line, and a row's last line is as close to the next row's first as to its own
    header(1, 114);
    put(40, 140, "每千人口医疗卫生").row(1, 147, "9", "", "张", "6.8", "预期性").put(40, 154, "机构床位数");
    put(40, 168, "每千人口执业").row(1, 175, "10", "", "人", "3.3", "预期性").put(40, 182, "医师数");
    rules(1, 100, 120, 192);
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性",
        "9\t每千人口医疗卫生机构床位数\t张\t6.8\t预期性", "10\t每千人口执业医师数\t人\t3.3\t预期性")),
        tables());
  }

  @Test
  void aCentredCellOfThreeLinesAfterAOneLineCellStartsNearerItsOwnRow() {
    // 每年降低 stands 13 points above its row's line and 17 below the row before: its own row's
    header(1, 114).row(1, 134, "5", "母乳喂养率", "%", "≥60", "预期性");
    put(260, 151, "每年降低").row(1, 164, "6", "近视率", "%", "0.5个点", "约束性")
        .put(260, 179, "以上").rules(1, 100, 120, 190);
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性",
        "5\t母乳喂养率\t%\t≥60\t预期性", "6\t近视率\t%\t每年降低0.5个点以上\t约束性")), tables());
  }

  @Test
  void everyRowRuledWithoutColumnRulesIsReadByItsRules() {
    // rules between all rows; 降低 stands in row 2, nearer row 1's line than its own
    header(1, 114).row(1, 134, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性").put(260, 145, "降低")
        .row(1, 158, "2", "婴儿死亡率", "‰", "≤4", "约束性").rules(1, 100, 120, 140, 166);
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性",
        "1\t孕产妇死亡率\t1/10万\t≤12\t约束性", "2\t婴儿死亡率\t‰\t降低≤4\t约束性")), tables());
  }

  @Test
  void aColumnTheBodyLeavesEmptyIsTheHeaders() {
    // a page of the table where no row has a 类别: the header's gap makes the column
    put(0, 114, "类别").put(50, 114, "序号").put(90, 114, "指标").put(230, 114, "单位")
        .put(260, 114, "目标").put(320, 114, "属性");
    put(50, 134, "13").put(90, 134, "近视率").put(230, 134, "%").put(260, 134, "52")
        .put(320, 134, "约束性");
    put(50, 148, "14").put(90, 148, "肥胖率").put(230, 148, "%").put(260, 148, "下降")
        .put(320, 148, "预期性");
    rules(1, 100, 120, 158);
    assertEquals(List.of(List.of("类别\t序号\t指标\t单位\t目标\t属性", "\t13\t近视率\t%\t52\t约束性",
        "\t14\t肥胖率\t%\t下降\t预期性")), tables());
  }

  @Test
  void aWrappedHeaderGlyphInAGapStaysInItsColumn() {
    // 2020年（基线） wraps: its ） stands in the gap between the values of 2020年 and 2022年
    put(0, 110, "序号").put(40, 110, "指标").put(260, 110, "2020年").put(316, 110, "2022年");
    put(275, 118, "（基线）");
    row(1, 134, "1", "孕产妇死亡率", "", "10.3").put(316, 134, "≤12");
    row(1, 148, "2", "婴儿死亡率", "", "4.1").put(316, 148, "≤4");
    rules(1, 100, 124, 158);
    assertEquals(List.of(List.of("序号\t指标\t2020年（基线）\t2022年", "1\t孕产妇死亡率\t10.3\t≤12",
        "2\t婴儿死亡率\t4.1\t≤4")), tables());
  }

  @Test
  void aTaskTableWhoseCellsAllWrapTakesItsRowsFromItsNumbers() {
    // 序号 at 0, 目标任务 at 40, 牵头单位 at 240, 责任单位 at 320, cells set in the middle; no
    // line fills more than half the cells; a section's row runs across 序号 and 目标任务
    put(0, 106, "序号").put(40, 106, "目标任务").put(240, 106, "牵头单位").put(320, 106, "责任单位");
    put(0, 120, "一、妇女与健康");
    put(40, 134, "妇女全生命周期享有良好").put(320, 134, "县医保局、县发");
    put(0, 141, "1").put(240, 141, "县卫健委");
    put(40, 148, "的卫生健康服务。").put(320, 148, "改委");
    put(40, 162, "孕产妇死亡率控制在").put(320, 162, "各乡镇人民政府");
    put(0, 169, "2").put(240, 169, "县卫健委");
    put(40, 176, "13/10万以下。").put(320, 176, "县直有关单位");
    rules(1, 96, 112, 186);
    assertEquals(List.of(List.of("序号\t目标任务\t牵头单位\t责任单位", "一、妇女与健康\t\t\t",
        "1\t妇女全生命周期享有良好的卫生健康服务。\t县卫健委\t县医保局、县发改委",
        "2\t孕产妇死亡率控制在13/10万以下。\t县卫健委\t各乡镇人民政府县直有关单位")), tables());
  }

  @Test
  void aTableRunsOverAPageThatDrawsNoRule() {
    // page 1: header rules only; page 2: rows and nothing else; page 3: a row, the closing rule
    header(1, 714).row(1, 734, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性").rules(1, 700, 720);
    row(2, 60, "2", "婴儿死亡率", "‰", "≤4", "约束性").row(2, 74, "3", "贫血患病率", "%", "≤10", "预期性");
    row(3, 60, "4", "近视率", "%", "下降", "约束性").rules(3, 70);
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性", "1\t孕产妇死亡率\t1/10万\t≤12\t约束性"),
        List.of("2\t婴儿死亡率\t‰\t≤4\t约束性", "3\t贫血患病率\t%\t≤10\t预期性"),
        List.of("4\t近视率\t%\t下降\t约束性")), tables());
  }

  @Test
  void aPageAfterATableThatEndedBeforeThePageDidIsNoPartOfIt() {
    // page 1: the table ends without a rule, a heading follows; page 2: a heading, prose
    header(1, 114).row(1, 134, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性")
        .row(1, 154, "2", "婴儿死亡率", "‰", "≤4", "约束性")
        .put(0, 184, "（一）实施健康知识普及行动。").rules(1, 100, 120);
    put(2, 0, 60, "二、主要任务").put(2, 0, 80,
        "建立健全健康科普专家库和资源库，构建健康科普知识发布和传播机制，开展健康科普活动。");
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性",
        "1\t孕产妇死亡率\t1/10万\t≤12\t约束性", "2\t婴儿死亡率\t‰\t≤4\t约束性")), tables());
  }

  @Test
  void aTableLeftOpenByThePageGoesOnAboveTheNextPagesRule() {
    // page 1: header rules only, two rows, the page number; page 2: a row, the closing rule, text
    header(1, 714).row(1, 734, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性")
        .row(1, 748, "2", "婴儿死亡率", "‰", "≤4", "约束性").put(1, 190, 780, "—5—")
        .rules(1, 700, 720);
    row(2, 60, "3", "5岁以下儿童死亡率", "‰", "≤5", "预期性").rules(2, 70)
        .put(2, 0, 100, "三、主要任务");
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性",
        "1\t孕产妇死亡率\t1/10万\t≤12\t约束性", "2\t婴儿死亡率\t‰\t≤4\t约束性"),
        List.of("3\t5岁以下儿童死亡率\t‰\t≤5\t预期性")), tables());
  }

  @Test
  void theEndOfARowCutByThePageIsCarriedBackAndTheRepeatedHeaderSkipped() {
    // page 1 ends inside row 2: 持续 and 预期 are the first lines of cells that end on page 2
    header(1, 714).row(1, 734, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性")
        .row(1, 754, "2", "吸烟率", "%", "持续", "预期").rules(1, 700, 720);
    header(2, 64).put(2, 260, 84, "下降").put(2, 320, 84, "性")
        .row(2, 104, "3", "婴儿死亡率", "‰", "≤4", "约束性").rules(2, 50, 70, 114);
    List<PdfGrid.Table> tables = PdfOpenTables.tables(bands, glyphs);
    for (Glyph g : glyphs) {
      tables.stream().filter(t -> t.page() == g.page() && t.add(g)).findFirst();
    }
    tables.get(0).carryOver(tables.get(1), tables.get(0));
    assertEquals(List.of("序号\t指标\t单位\t2025年\t属性", "1\t孕产妇死亡率\t1/10万\t≤12\t约束性",
        "2\t吸烟率\t%\t持续下降\t预期性"), tables.get(0).rows());
    assertEquals(List.of("3\t婴儿死亡率\t‰\t≤4\t约束性"), tables.get(1).rows());
  }

  @Test
  void aSectionRowOpeningThePageIsNotCarriedBackIntoTheHeader() {
    // the page cut the table after its header; the next page, which draws no rule, opens with a
    // section's row; the table ends on the page after
    header(1, 714).rules(1, 700, 720).put(1, 190, 780, "—5—");
    put(2, 0, 46, "一、妇女与健康").row(2, 60, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性")
        .row(2, 74, "2", "婴儿死亡率", "‰", "≤4", "约束性");
    row(3, 60, "3", "近视率", "%", "下降", "约束性").rules(3, 70);
    List<PdfGrid.Table> tables = PdfOpenTables.tables(bands, glyphs);
    for (Glyph g : glyphs) {
      tables.stream().filter(t -> t.page() == g.page() && t.add(g)).findFirst();
    }
    tables.get(0).carryOver(tables.get(1), tables.get(0));
    assertEquals(List.of("序号\t指标\t单位\t2025年\t属性"), tables.get(0).rows());
    assertEquals(List.of("一、妇女与健康\t\t\t\t", "1\t孕产妇死亡率\t1/10万\t≤12\t约束性",
        "2\t婴儿死亡率\t‰\t≤4\t约束性"), tables.get(1).rows());
  }

  @Test
  void aHeaderThePageCutsOffIsARowAndItsTableGoesOnOverThePage() {
    header(1, 714).rules(1, 700, 720).put(1, 190, 780, "—5—");
    row(2, 60, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性")
        .row(2, 74, "2", "婴儿死亡率", "‰", "≤4", "约束性").rules(2, 84);
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性"),
        List.of("1\t孕产妇死亡率\t1/10万\t≤12\t约束性", "2\t婴儿死亡率\t‰\t≤4\t约束性")),
        tables());
  }

  @Test
  void anOpenTableEndsAtAHeadingThatRunsAcrossItsColumns() {
    header(1, 114).row(1, 134, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性")
        .row(1, 154, "2", "婴儿死亡率", "‰", "≤4", "约束性")
        .put(0, 184, "（一）实施健康知识普及行动。").rules(1, 100, 120);
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性",
        "1\t孕产妇死亡率\t1/10万\t≤12\t约束性", "2\t婴儿死亡率\t‰\t≤4\t约束性")), tables());
  }

  @Test
  void proseOrTwoColumnsBetweenRulesAreNoTable() {
    // a 专栏 framed by two rules, then a 版记: 抄送 between rules, 印发 above the last
    put(0, 114, "实施妇女常见病筛查项目，开展宫颈癌和乳腺癌筛查，提高筛查覆盖率。")
        .put(0, 128, "实施孕产妇健康管理项目。");
    put(0, 164, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院。");
    put(0, 188, "某区人民政府办公室").put(250, 188, "2021年12月30日印发");
    rules(1, 100, 140, 150, 174, 198);
    assertTrue(tables().isEmpty());
  }

  @Test
  void rulesDrawnCellByCellAreOneRule() {
    // Word draws each cell's border: three boxes end to end make the top rule, and so on
    List<float[]> h = new ArrayList<>();
    for (float y : new float[] {100, 120, 186}) {
      for (float[] x : new float[][] {{0, 150}, {150, 300}, {300.5f, 400}}) {
        h.add(new float[] {HEIGHT - y, x[0], x[1]});
      }
    }
    bands.addAll(PdfOpenTables.bands(h, List.of(), 1, HEIGHT));
    header(1, 114).row(1, 134, "1", "孕产妇死亡率", "1/10万", "≤12", "约束性")
        .row(1, 148, "2", "婴儿死亡率", "‰", "≤4", "约束性");
    assertEquals(List.of(List.of("序号\t指标\t单位\t2025年\t属性",
        "1\t孕产妇死亡率\t1/10万\t≤12\t约束性", "2\t婴儿死亡率\t‰\t≤4\t约束性")), tables());
  }

  @Test
  void rulesOfAGridAreNotABand() {
    List<float[]> h = List.of(new float[] {HEIGHT - 100, 0, 400}, new float[] {HEIGHT - 130, 0, 400});
    List<float[]> v = List.of(new float[] {200, HEIGHT - 130, HEIGHT - 100});
    PdfOpenTables.Band band = PdfOpenTables.bands(h, v, 1, HEIGHT).get(0);
    assertEquals(List.of(true), List.of(band.crossed()[0]));
  }
}
