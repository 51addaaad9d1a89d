package org.planscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables → an .xlsx workbook, one sheet per table: a bold header row that stays in view (frozen),
 * an autofilter over the header, column widths, numbers as numeric cells. Text is always a text
 * cell, never a formula, so a cell starting with {@code =} is shown as written.
 */
public final class XlsxWriter {
  /** The media type of an .xlsx file. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final int MAX_TEXT = 32_767; // Excel's limit for one cell

  static {
    PoiLogging.quiet();
  }

  private XlsxWriter() {}

  public static void write(List<Table> tables, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle head = wb.createCellStyle();
      head.setFont(bold);
      head.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle text = wb.createCellStyle();
      text.setVerticalAlignment(VerticalAlignment.TOP);
      text.setWrapText(true);
      CellStyle number = wb.createCellStyle();
      number.setVerticalAlignment(VerticalAlignment.TOP);
      for (Table t : tables) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.sheet()));
        Row header = sheet.createRow(0);
        for (int c = 0; c < t.columns().size(); c++) {
          Cell cell = header.createCell(c);
          cell.setCellValue(t.columns().get(c).header());
          cell.setCellStyle(head);
          sheet.setColumnWidth(c, Math.min(255, Math.max(4, t.columns().get(c).width())) * 256);
        }
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = t.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
              cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
              cell.setCellStyle(number);
            } else {
              String s = v.toString();
              cell.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s);
              cell.setCellStyle(text);
            }
          }
        }
        sheet.createFreezePane(0, 1);
        if (!t.columns().isEmpty()) {
          sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.rows().size()), 0,
              t.columns().size() - 1));
        }
      }
      wb.write(out);
    }
  }

  public static byte[] bytes(List<Table> tables) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try {
      write(tables, b);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.toByteArray();
  }
}
