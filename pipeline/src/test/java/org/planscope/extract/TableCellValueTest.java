package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planscope.model.Op;

/** Value cells of indicator tables: a level with the unit and bound printed in the cell. */
class TableCellValueTest {
  private static final TableCellValue CELLS = new TableCellValue(List.of(
      Map.entry("≤", Op.LE), Map.entry("≥", Op.GE), Map.entry("<", Op.LT), Map.entry(">", Op.GT)),
      TargetLexicon.shared());

  private static String read(String cell, String unit) {
    TableCellValue.Level l = CELLS.read(cell, unit);
    if (l == null) {
      return "none";
    }
    return (l.op() == null ? "bare" : l.op().symbol()) + " "
        + (l.valueText() != null ? l.valueText() : l.value().toPlainString()) + " " + l.unit();
  }

  @Test
  void aCellWithItsOwnUnitOrBound() {
    // a rate per 100,000 with its bound after it, or a comparator before it
    assertEquals("<= 15 1/10万", read("15/10万以下", null));
    assertEquals("<= 15 1/10万", read("≤15/10万", null));
    assertEquals("<= 15 1/10万", read("15/10 万以内", null));
    assertEquals("<= 12 1/10万", read("≤12", "1/10万"));
    // years of schooling, years of age, a count: the measure word is the unit
    assertEquals("bare 11.2 年", read("11.2年", null));
    assertEquals(">= 80 岁", read("80岁以上", null));
    assertEquals("bare 79.5 岁", read("79.5岁", "岁"));
    assertEquals("bare 4.5 个", read("4.5个", null));
    assertEquals(">= 800 人次", read("不少于800人次", null));
    // a ratio, full-width colon (∶ U+2236, ：) or ASCII
    assertEquals("bare 1:3 ratio", read("1∶3", null));
    assertEquals(">= 1:3 ratio", read("≥1:3", null));
    assertEquals("bare 1:7 ratio", read("1：7", null));
    // percent and permille printed with the value
    assertEquals(">= 95 %", read("95%以上", null));
    assertEquals("~ 45 %", read("45％左右", null));
    assertEquals("<= 5 ‰", read("5‰以下", null));
  }

  @Test
  void aBareNumberTakesTheHeadersUnit() {
    assertEquals("bare 92 %", read("92", "%"));
    assertEquals("bare 2.6 平方米", read("2.6平方米", "平方米"));
    assertEquals("bare 121 null", read("121", null));
    assertEquals("< 5.5 %", read("<5.5", "%"));
    assertEquals(">= 97 %", read("97以上", "%"));
  }

  @Test
  void cellsThatStateNoLevel() {
    assertEquals("none", read("—", "%"));
    assertEquals("none", read("持续提高", "岁"));
    assertEquals("none", read("力争每年降低0.5个百分点以上", "%"));
    assertEquals("none", read("提高2个百分点", "%"));
    assertEquals("none", read("翻一番", null));
    assertEquals("none", read("85%—90%", null));
    assertEquals("none", read("［6.8］", "%"));
    assertEquals("none", read("较2020年提高5", "%"));
    assertEquals("none", read("1个月内", null));
  }
}
