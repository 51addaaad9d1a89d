package org.planscope.monitor;

import org.planscope.export.ActualsFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.export.Table;
import org.planscope.export.XlsxWriter;

class ActualsReaderTest {
  @Test
  void readsCsvWithByteOrderMarkCommentsQuotesAndChineseHeaders() throws Exception {
    String csv = "\uFEFF# 演示数据（虚构）\r\n来源,地区,指标,年份,数值,单位\r\n"
        + "\"统计公报, 2023\",鹿寨县,\"村委会成员中女性比例\",2023,24.2,%\r\n"
        + "\r\n"
        + "\"监测报告\n（第二版）\",450223,孕产妇死亡率,2022年,\"1,2\",1/10万\r\n";
    List<ActualRow> rows = ActualsFiles.read(csv.getBytes(StandardCharsets.UTF_8), "a.csv");
    assertEquals(List.of(
        new ActualRow(3, "鹿寨县", "村委会成员中女性比例", "2023", "24.2", "%", "统计公报, 2023"),
        new ActualRow(5, "450223", "孕产妇死亡率", "2022年", "1,2", "1/10万", "监测报告\n（第二版）")),
        rows);
  }

  @Test
  void readsTheFirstSheetOfAWorkbookWithNumbersAsExcelShowsThem() throws Exception {
    Table t = new Table.Builder("实际值").column("region", 8).column("indicator", 20)
        .column("year", 6).column("value", 6).column("unit", 6).column("source", 10)
        .row("鹿寨县", "妇女常见病筛查率", 2023, new java.math.BigDecimal("75.5"), "%", "演示数据（虚构）")
        .row("清远", "孕产妇死亡率", 2022, 9, "/10万", null)
        .build();
    List<ActualRow> rows = ActualsFiles.read(XlsxWriter.bytes(List.of(t)), "actuals.xlsx");
    assertEquals(List.of(
        new ActualRow(2, "鹿寨县", "妇女常见病筛查率", "2023", "75.5", "%", "演示数据（虚构）"),
        new ActualRow(3, "清远", "孕产妇死亡率", "2022", "9", "/10万", "")), rows);
  }

  @Test
  void refusesATableWithoutTheRequiredColumns() {
    ActualsReader.FormatException e = assertThrows(ActualsReader.FormatException.class,
        () -> ActualsFiles.read("region,indicator,year,value\n鹿寨县,x,2023,1\n"
            .getBytes(StandardCharsets.UTF_8), "a.csv"));
    assertEquals("第 1 行表头缺少列“unit”（单位）; 表头是：region,indicator,year,value",
        e.getMessage());
  }
}
