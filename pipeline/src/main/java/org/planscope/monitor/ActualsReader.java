package org.planscope.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table of actual values → {@link ActualRow}s. CSV (UTF-8, a byte-order mark allowed, RFC 4180
 * quoting, lines starting with {@code #} are comments) or the first sheet of an .xlsx workbook.
 * The header names the columns {@code region, indicator, year, value, unit, source} in any order
 * (or 地区, 指标, 年份, 数值, 单位, 来源); {@code source} may be missing. Files are opened by {@code
 * export.ActualsFiles}, which decodes a workbook (this package stays free of the Excel library).
 */
public final class ActualsReader {
  static final String[][] COLUMNS = {
      {"region", "地区"}, {"indicator", "指标"}, {"year", "年份"}, {"value", "数值"},
      {"unit", "单位"}, {"source", "来源"}};

  /** A table that cannot be read at all (no header, a required column missing). */
  public static final class FormatException extends IOException {
    public FormatException(String message) {
      super(message);
    }
  }

  private ActualsReader() {}

  /** Reads a CSV file's bytes (UTF-8, a byte-order mark allowed). */
  public static List<ActualRow> fromCsv(byte[] bytes) throws FormatException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return rows(csv(text), true);
  }

  /** Reads the rows of a spreadsheet's first sheet, header first (decoded by the caller). */
  public static List<ActualRow> fromSheet(List<List<String>> sheet) throws FormatException {
    return rows(sheet, false);
  }

  /** Records of a CSV text; a record's first element is its line number. */
  static List<List<String>> csv(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    boolean atStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (atStart && c == '#') {
        int nl = text.indexOf('\n', i);
        i = nl < 0 ? text.length() : nl;
        line++;
        start = line;
        continue;
      }
      atStart = false;
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        rec.add(f.toString());
        f.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        rec.add(f.toString());
        f.setLength(0);
        rec.add(0, String.valueOf(start));
        out.add(rec);
        rec = new ArrayList<>();
        line++;
        start = line;
        atStart = true;
      } else {
        f.append(c);
      }
    }
    if (f.length() > 0 || !rec.isEmpty()) {
      rec.add(f.toString());
      rec.add(0, String.valueOf(start));
      out.add(rec);
    }
    return out;
  }

  private static List<ActualRow> rows(List<List<String>> table, boolean numbered)
      throws FormatException {
    int[] col = null;
    List<ActualRow> out = new ArrayList<>();
    for (int r = 0; r < table.size(); r++) {
      List<String> cells = table.get(r);
      int line = numbered ? Integer.parseInt(cells.get(0)) : r + 1;
      List<String> values = numbered ? cells.subList(1, cells.size()) : cells;
      if (values.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (col == null) {
        col = header(values, line);
        continue;
      }
      out.add(new ActualRow(line, cell(values, col[0]), cell(values, col[1]), cell(values, col[2]),
          cell(values, col[3]), cell(values, col[4]), cell(values, col[5])));
    }
    if (col == null) {
      throw new FormatException("实际值表没有表头（no header line）; 需要列 region, indicator, year,"
          + " value, unit, source");
    }
    return out;
  }

  private static int[] header(List<String> names, int line) throws FormatException {
    int[] col = new int[COLUMNS.length];
    for (int c = 0; c < COLUMNS.length; c++) {
      col[c] = -1;
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i).strip().toLowerCase(Locale.ROOT);
        if (n.equals(COLUMNS[c][0]) || n.equals(COLUMNS[c][1])) {
          col[c] = i;
        }
      }
      if (col[c] < 0 && c < 5) {
        throw new FormatException("第 " + line + " 行表头缺少列“" + COLUMNS[c][0] + "”（"
            + COLUMNS[c][1] + "）; 表头是：" + String.join(",", names));
      }
    }
    return col;
  }

  private static String cell(List<String> values, int i) {
    return i < 0 || i >= values.size() ? "" : values.get(i);
  }
}
