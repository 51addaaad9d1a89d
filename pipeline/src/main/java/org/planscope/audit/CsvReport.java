package org.planscope.audit;

import org.planscope.format.Lang;
import java.util.List;

/**
 * The findings as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or
 * line break is quoted and its quotes doubled), one row per finding under a header row. UTF-8
 * without a byte-order mark.
 */
public final class CsvReport {
  static final List<String> HEADER = List.of("plan", "region", "title", "domain", "item",
      "number", "rule", "rule_name", "severity", "severity_name", "indicator", "evidence",
      "message", "suggestion", "source_start", "source_end");

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");

  private CsvReport() {}

  public static String render(AuditReport report) {
    return render(report, Lang.ZH);
  }

  /** Machine ids (rule, severity) next to their names in {@code lang}. */
  public static String render(AuditReport report, Lang lang) {
    StringBuilder b = new StringBuilder();
    row(b, HEADER);
    for (Finding f : report.findings()) {
      Finding.Location w = f.where();
      row(b, List.of(w.planId(), nz(w.region()), nz(w.planTitle()), nz(w.domain()), w.item(lang),
          w.number(), f.ruleId(), Messages.ruleName(f.ruleId()).in(lang), f.severity().name(),
          Messages.severity(f.severity()).in(lang), nz(f.indicator()), f.evidence().text(),
          f.message().in(lang), f.suggestion().in(lang),
          f.evidence().sourceSpan() == null ? "" : String.valueOf(f.evidence().sourceSpan().start()),
          f.evidence().sourceSpan() == null ? "" : String.valueOf(f.evidence().sourceSpan().end())));
    }
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void row(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(cells.get(i)));
    }
    b.append("\r\n");
  }

  /** One field, quoted when it must be. */
  static String field(String s) {
    return cell(s);
  }

  /**
   * One CSV cell: a text that a spreadsheet would run as a formula (it starts with {@code = + -
   * @}, a tab or a carriage return, and is not a plain number such as {@code -5} or {@code +2.5%})
   * gets a leading {@code '}, so it is shown as text; then quoted when it must be (RFC 4180).
   */
  public static String cell(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(s).matches()) {
      s = "'" + s;
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0 || (!s.isEmpty() && (s.charAt(0) == ' ' || s.endsWith(" ")));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
