package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.model.Block;
import org.planscope.model.Span;

class SpaceTablesTest {
  private static List<Block> blocks(String text) {
    List<Block> out = new ArrayList<>();
    int a = 0;
    for (String l : text.split("\n", -1)) {
      out.add(Block.paragraph(new Span(a, a + l.length())));
      a += l.length() + 1;
    }
    return out;
  }

  private static String marks(String text) {
    boolean[] rows = SpaceTables.rows(text, blocks(text));
    StringBuilder b = new StringBuilder();
    for (boolean r : rows) {
      b.append(r ? 'T' : '.');
    }
    return b.toString();
  }

  @Test
  void aRunOfRowsWithTheSameCellsAndNumbersIsATable() {
    String t = "表1 主要指标\n序号 指标 2020年 2025年\n健康水平\n1 人均预期寿命（岁） 78.2 79\n"
        + "2 婴儿死亡率（‰） 4.1 ≤ 4.5\n二、主要任务";
    assertEquals(".TTTT.", marks(t));
  }

  @Test
  void sentencesListsAndShortRunsAreNot() {
    // goals with spaces around numbers (a flattened PDF): sentences
    assertEquals("...", marks("1. 孕产妇死亡率控制在 10/10 万以下。\n2. 婴儿死亡率控制在 5‰ 以下。\n"
        + "3. 儿童死亡率控制在 6‰ 以下。"));
    // unit names without numbers
    assertEquals("...", marks("县卫健局 县医保局 县妇联\n县教育局 县民政局 县财政局\n县人社局 县统计局 县团委"));
    // two rows only
    assertEquals("..", marks("指标 2020年 2025年\n婴儿死亡率 4.1 4.5"));
    // different numbers of cells
    assertEquals("...", marks("指标 2020年 2025年\n婴儿死亡率 4.1 4.5 预期性\n孕产妇死亡率 10 9"));
  }

  @Test
  void cleanWritesTabsBetweenCellsAndKeepsOffsets() {
    String src = "  2 孕产妇死亡率（/10万）  10.5 ≤ 10　预期性 ";
    int[] origin = new int[src.length()];
    String out = SpaceTables.clean(src, new Span(0, src.length()), origin);
    assertEquals("2\t孕产妇死亡率（/10万）\t10.5\t≤10\t预期性", out);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\t') {
        assertEquals(true, TextNormalizer.isSpace(src.charAt(origin[i])));
      } else {
        assertEquals(c, TextNormalizer.fold(src.charAt(origin[i])));
      }
    }
    assertArrayEquals(new int[] {2, 3, 4}, new int[] {origin[0], origin[1], origin[2]});
  }
}
