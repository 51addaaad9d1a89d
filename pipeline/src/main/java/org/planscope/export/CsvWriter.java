package org.planscope.export;

import java.math.BigDecimal;
import java.util.List;
import org.planscope.format.Csv;

/**
 * A table as CSV ({@link Csv}: RFC 4180, formula-like text made inert), starting with a UTF-8 byte-order mark: without it, Excel
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
    Csv.row(b, cells.stream().map(CsvWriter::text).toList());
  }

  /** A cell's text: a decimal as written (no exponent), null as null (the empty cell). */
  private static String text(Object v) {
    return v instanceof BigDecimal d ? d.toPlainString() : v == null ? null : v.toString();
  }
}
