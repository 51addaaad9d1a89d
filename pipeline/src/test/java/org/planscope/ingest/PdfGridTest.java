package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfGridTest {
  private static final float HEIGHT = 800;

  /** A grid with column rules at {@code xs} from {@code top} to {@code bottom} (top-down). */
  private static List<float[]> columns(float top, float bottom, float... xs) {
    List<float[]> v = new ArrayList<>();
    for (float x : xs) {
      v.add(new float[] {x, HEIGHT - bottom, HEIGHT - top});
    }
    return v;
  }

  /** Adds glyphs given as x, y, text, x, y, text …, each 10 points wide. */
  private static void fill(PdfGrid.Table t, Object... xyText) {
    for (int i = 0; i < xyText.length; i += 3) {
      assertTrue(t.add(glyph(((Number) xyText[i]).floatValue(),
          ((Number) xyText[i + 1]).floatValue(), (String) xyText[i + 2], 10)));
    }
  }

  private static float[] rule(float y, float x0, float x1) {
    return new float[] {HEIGHT - y, x0, x1};
  }

  @Test
  void rulesMakeCellsAndAMergedCellHoldsItsTextOnce() {
    // three columns; the first column's cell spans rows 2 and 3 (no rule across it at y=60)
    List<float[]> h = List.of(rule(0, 0, 300), rule(30, 0, 300), rule(60, 100, 300),
        rule(90, 0, 300));
    List<PdfGrid.Table> tables = PdfGrid.tables(h, columns(0, 90, 0, 100, 200, 300), 1, HEIGHT);
    assertEquals(1, tables.size());
    PdfGrid.Table t = tables.get(0);
    for (String[] g : new String[][] {{"50", "15", "领"}, {"50", "15", "域"}, {"150", "15", "指标"},
        {"250", "15", "值"}, {"50", "50", "妇幼"}, {"50", "65", "健康"}, {"150", "45", "婴儿死亡率"},
        {"250", "45", "≤4.5"}, {"150", "75", "孕产妇"}, {"150", "80", "死亡率"}, {"250", "75", "≤10"}}) {
      assertTrue(t.add(glyph(Float.parseFloat(g[0]), Float.parseFloat(g[1]), g[2], 10)));
    }
    assertEquals(List.of("领域\t指标\t值", "妇幼健康\t婴儿死亡率\t≤4.5", "\t孕产妇死亡率\t≤10"), t.rows());
    assertEquals("领域指标值妇幼健康婴儿死亡率≤4.5孕产妇死亡率≤10", t.chars());
    assertEquals(false, t.add(glyph(350, 15, "外", 10)), "outside the table");
  }

  @Test
  void aFramedBoxOfOneOrTwoColumnsIsNoTable() {
    List<float[]> h = List.of(rule(0, 0, 300), rule(30, 0, 300), rule(60, 0, 300));
    assertTrue(PdfGrid.tables(h, columns(0, 60, 0, 300), 1, HEIGHT).isEmpty());
    assertTrue(PdfGrid.tables(h, columns(0, 60, 0, 150, 300), 1, HEIGHT).isEmpty());
  }

  @Test
  void aRowCutByThePageBreakIsCarriedBack() {
    // four columns: 领域, 序号, 指标, 属性; the row's 领域 and 属性 cells wrap onto the next page
    List<float[]> h = List.of(rule(700, 0, 400), rule(790, 0, 400));
    PdfGrid.Table before = PdfGrid.tables(h, columns(700, 790, 0, 100, 200, 300, 400), 1, HEIGHT)
        .get(0);
    fill(before, 50, 750, "健康知识", 150, 750, "1", 250, 750, "居民健康素养水平", 350, 750, "约束");
    List<float[]> h2 = List.of(rule(50, 0, 400), rule(80, 0, 400), rule(110, 0, 400));
    PdfGrid.Table after = PdfGrid.tables(h2, columns(50, 110, 0, 100, 200, 300, 400), 2, HEIGHT)
        .get(0);
    fill(after, 50, 60, "普及", 350, 60, "性", 50, 95, "合理膳食", 150, 95, "2", 250, 95, "成人肥胖增长率",
        350, 95, "预期性");
    before.carryOver(after, before);
    assertEquals(List.of("健康知识普及\t1\t居民健康素养水平\t约束性"), before.rows());
    assertEquals(List.of("合理膳食\t2\t成人肥胖增长率\t预期性"), after.rows());
  }

  @Test
  void aFullRowOnTheNextPageIsARowOfItsOwn() {
    List<float[]> h = List.of(rule(700, 0, 300), rule(790, 0, 300));
    PdfGrid.Table before = PdfGrid.tables(h, columns(700, 790, 0, 100, 200, 300), 1, HEIGHT)
        .get(0);
    fill(before, 50, 750, "1", 150, 750, "婴儿死亡率", 250, 750, "≤4.5");
    List<float[]> h2 = List.of(rule(50, 0, 300), rule(80, 0, 300));
    PdfGrid.Table after = PdfGrid.tables(h2, columns(50, 80, 0, 100, 200, 300), 2, HEIGHT).get(0);
    fill(after, 150, 60, "孕产妇死亡率", 250, 60, "≤10");
    before.carryOver(after, before);
    assertEquals(List.of("1\t婴儿死亡率\t≤4.5"), before.rows());
    assertEquals(List.of("\t孕产妇死亡率\t≤10"), after.rows());
  }

  @Test
  void aHeaderRowThePageRepeatsIsReadOnce() {
    List<float[]> h = List.of(rule(700, 0, 300), rule(730, 0, 300), rule(790, 0, 300));
    PdfGrid.Table before = PdfGrid.tables(h, columns(700, 790, 0, 100, 200, 300), 1, HEIGHT)
        .get(0);
    fill(before, 50, 715, "序号", 150, 715, "指标", 250, 715, "2025年", 50, 750, "1", 150, 750, "婴儿死亡率",
        250, 750, "≤4.5");
    List<float[]> h2 = List.of(rule(50, 0, 300), rule(80, 0, 300), rule(110, 0, 300));
    PdfGrid.Table after = PdfGrid.tables(h2, columns(50, 110, 0, 100, 200, 300), 2, HEIGHT).get(0);
    fill(after, 50, 60, "序号", 150, 60, "指标", 250, 60, "2025年", 50, 95, "2", 150, 95, "孕产妇死亡率",
        250, 95, "≤10");
    before.carryOver(after, before);
    assertEquals(List.of("序号\t指标\t2025年", "1\t婴儿死亡率\t≤4.5"), before.rows());
    assertEquals(List.of("2\t孕产妇死亡率\t≤10"), after.rows());
  }

  /** A glyph centred at (x, y) on page 1, its baseline at its centre. */
  private static PdfOpenTables.Glyph glyph(float x, float y, String text, float width) {
    return new PdfOpenTables.Glyph(1, x, y, y, width, text);
  }
}
