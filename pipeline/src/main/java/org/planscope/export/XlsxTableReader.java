package org.planscope.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an .xlsx workbook as rows of cell texts, as Excel shows them (a number 24.2
 * as {@code 24.2}, a year 2023 as {@code 2023}); empty rows are empty lists, so a row's index + 1
 * is its row number in Excel.
 */
public final class XlsxTableReader {
  static {
    PoiLogging.quiet();
  }

  private XlsxTableReader() {}

  public static List<List<String>> read(InputStream in) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
      if (wb.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
      List<List<String>> out = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : fmt.formatCellValue(cell).strip());
          }
        }
        out.add(cells);
      }
      return out;
    } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      throw new IOException("不是 .xlsx 工作簿（not an .xlsx workbook）: " + e.getMessage(), e);
    }
  }
}
