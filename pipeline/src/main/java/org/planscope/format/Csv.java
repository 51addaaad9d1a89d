package org.planscope.format;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as the project writes it (the audit's {@code --csv}, the export's tables): RFC 4180 —
 * comma-separated, CRLF line ends, a field with a comma, quote, line break or edge space quoted and
 * its quotes doubled — and text a spreadsheet would run as a formula made inert.
 */
public final class Csv {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");

  private Csv() {}

  /**
   * One CSV cell: a text that a spreadsheet would run as a formula (it starts with {@code = + -
   * @}, a tab or a carriage return, and is not a plain number such as {@code -5} or {@code +2.5%})
   * gets a leading {@code '}, so it is shown as text; then quoted when it must be (RFC 4180).
   * Null is the empty cell.
   */
  public static String cell(String s) {
    if (s == null) {
      return "";
    }
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(s).matches()) {
      s = "'" + s;
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0 || (!s.isEmpty() && (s.charAt(0) == ' ' || s.endsWith(" ")));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** Appends one record of {@code cells} (each through {@link #cell}) and CRLF. */
  public static void row(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(cells.get(i)));
    }
    b.append("\r\n");
  }
}
