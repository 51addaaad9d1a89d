package org.planscope.audit;

import java.util.List;
import org.planscope.format.Csv;
import org.planscope.format.Lang;

/**
 * The findings as CSV ({@link Csv}: RFC 4180, formula-like text made inert), one row per finding
 * under a header row. UTF-8 without a byte-order mark.
 */
public final class CsvReport {
  static final List<String> HEADER = List.of("plan", "region", "title", "domain", "item",
      "number", "rule", "rule_name", "severity", "severity_name", "indicator", "evidence",
      "message", "suggestion", "source_start", "source_end");

  private CsvReport() {}

  public static String render(AuditReport report) {
    return render(report, Lang.ZH);
  }

  /** Machine ids (rule, severity) next to their names in {@code lang}. */
  public static String render(AuditReport report, Lang lang) {
    StringBuilder b = new StringBuilder();
    Csv.row(b, HEADER);
    for (Finding f : report.findings()) {
      Finding.Location w = f.where();
      Csv.row(b, List.of(w.planId(), nz(w.region()), nz(w.planTitle()), nz(w.domain()),
          w.item(lang), w.number(), f.ruleId(), Messages.ruleName(f.ruleId()).in(lang),
          f.severity().name(), Messages.severity(f.severity()).in(lang), nz(f.indicator()),
          f.evidence().text(),
          f.message().in(lang), f.suggestion().in(lang),
          f.evidence().sourceSpan() == null ? "" : String.valueOf(f.evidence().sourceSpan().start()),
          f.evidence().sourceSpan() == null ? "" : String.valueOf(f.evidence().sourceSpan().end())));
    }
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
