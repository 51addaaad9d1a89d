package org.planscope.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line
 * break quoted and its quotes doubled), starting with a UTF-8 byte-order mark: without it, Excel
 * on Chinese Windows reads the file as GBK and shows mojibake.
 */
public final class CsvWriter {
  /** U+FEFF: written first, it becomes the UTF-8 byte-order mark EF BB BF. */
  public static final String BOM = "\uFEFF";

  private CsvWriter() {}

  public static String render(Table t) {
    StringBuilder b = new StringBuilder(BOM);
    row(b, t.columns().stream().map(Table.Column::header).map(Object.class::cast).toList());
    for (List<Object> r : t.rows()) {
      row(b, r);
    }
    return b.toString();
  }

  private static void row(StringBuilder b, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(cells.get(i)));
    }
    b.append("\r\n");
  }

  static String field(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    // the audit CSV's cell rule: quoted where needed, formula-like text made inert
    return org.planscope.audit.CsvReport.cell(v.toString());
  }
}
