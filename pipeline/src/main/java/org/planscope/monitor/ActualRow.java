package org.planscope.monitor;

/**
 * One row of an actuals table, as written (nothing parsed yet).
 *
 * @param line the row's line in the CSV file, or its row number in the sheet (1-based, the header
 *     counted)
 * @param region a region name, short name or GB/T 2260 code (鹿寨县, 鹿寨, 450223)
 * @param indicator an indicator name or synonym of the catalogue (村委会成员中女性比例)
 * @param year the year the value is for (2023)
 * @param value the value (24.2)
 * @param unit its unit (%, 百分比, ‰, 1/1000, /10万 …)
 * @param source where the figure comes from (统计公报, 监测报告 …)
 */
public record ActualRow(int line, String region, String indicator, String year, String value,
    String unit, String source) {
  public ActualRow {
    region = strip(region);
    indicator = strip(indicator);
    year = strip(year);
    value = strip(value);
    unit = strip(unit);
    source = strip(source);
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
