package org.planscope.audit;

import org.planscope.format.DisplayWidth;
import org.planscope.format.Lang;
import java.util.List;
import java.util.Map;

/**
 * The audit as plain text for a terminal or an e-mail, Chinese by default: one block per plan,
 * then summaries per rule and per plan. Table columns are padded by display width, so Chinese
 * text (two columns a character) lines up.
 */
public final class TextReport {
  private TextReport() {}

  public static String render(AuditReport report) {
    return render(report, Lang.ZH);
  }

  /**
   * The report in {@code lang}: per plan (named by region and title) its summary, the top five
   * findings to fix, then every finding (severity, rule name, domain, item; the whole quoted
   * clause; what is wrong; what to do), then counts per rule and per plan.
   */
  public static String render(AuditReport report, Lang lang) {
    StringBuilder b = new StringBuilder();
    b.append(Messages.get(lang, "report.title")).append(lang == Lang.EN ? ": " : "：")
        .append(Messages.get(lang, "report.findings", report.plans().size(),
            report.findings().size())).append('\n');
    for (AuditReport.PlanInfo p : report.plans()) {
      plan(b, report, p, lang);
    }
    b.append('\n').append(Messages.get(lang, "report.byRule")).append('\n');
    b.append("   ").append(pad(Messages.get(lang, "report.rule"), 24))
        .append(pad(Messages.get(lang, "report.severity"), 10))
        .append(pad(Messages.get(lang, "report.count"), 7))
        .append(Messages.get(lang, "report.what")).append('\n');
    Map<String, Integer> byRule = report.byRule();
    for (AuditReport.RuleInfo r : report.rules()) {
      b.append("   ").append(pad(r.name().in(lang), 24))
          .append(pad(Messages.severity(r.severity()).in(lang), 10))
          .append(pad(String.valueOf(byRule.get(r.id())), 7)).append(r.what().in(lang))
          .append(" (").append(r.id()).append(")\n");
    }
    b.append('\n').append(Messages.get(lang, "report.byPlan")).append('\n');
    int idWidth = Math.max(6, report.plans().stream()
        .mapToInt(p -> width(p.region() == null ? p.id() : p.region())).max().orElse(0));
    b.append("   ").append(pad(Messages.get(lang, "report.region"), idWidth + 2));
    for (AuditReport.RuleInfo r : report.rules()) {
      b.append(pad(abbreviation(r.id()), 5));
    }
    b.append(pad(Messages.get(lang, "report.total"), 6))
        .append(Messages.get(lang, "report.plan")).append('\n');
    for (AuditReport.PlanInfo p : report.plans()) {
      b.append("   ").append(pad(p.region() == null ? p.id() : p.region(), idWidth + 2));
      report.byRule(p.id()).values().forEach(n -> b.append(pad(String.valueOf(n), 5)));
      b.append(pad(String.valueOf(report.findings(p.id()).size()), 6))
          .append(p.title() == null ? p.id() : p.title()).append('\n');
    }
    b.append("   (");
    for (int i = 0; i < report.rules().size(); i++) {
      AuditReport.RuleInfo r = report.rules().get(i);
      b.append(i == 0 ? "" : ", ").append(abbreviation(r.id())).append(" = ")
          .append(r.name().in(lang));
    }
    b.append(")\n");
    return b.toString();
  }

  /** One plan: its summary, the top findings, then every finding. */
  private static void plan(StringBuilder b, AuditReport report, AuditReport.PlanInfo p,
      Lang lang) {
    List<Finding> fs = report.findings(p.id());
    b.append('\n').append("== ").append(p.name()).append("  [").append(p.id()).append("]  (")
        .append(counts(report.bySeverity(p.id()), fs.size(), lang)).append(")\n");
    AuditReport.Summary s = p.summary();
    b.append("   ").append(Messages.get(lang, "report.summary")).append(colon(lang))
        .append(Messages.get(lang, "report.goals", s.goals(), s.quantified(), s.measured(),
            s.weakerOrMissing())).append('\n');
    if (fs.isEmpty()) {
      b.append("   ").append(Messages.get(lang, "report.none")).append('\n');
      return;
    }
    List<Finding> top = report.top(p.id());
    if (!top.isEmpty()) {
      b.append("   ").append(Messages.get(lang, "report.top")).append(colon(lang)).append('\n');
      int i = 0;
      for (Finding f : top) {
        b.append("     ").append(++i).append(". [")
            .append(Messages.severity(f.severity()).in(lang)).append("] ")
            .append(Messages.ruleName(f.ruleId()).in(lang)).append(" · ")
            .append(oneLine(f.message().in(lang))).append('\n');
      }
    }
    b.append('\n');
    for (Finding f : fs) {
      finding(b, f, lang);
    }
  }

  /** One finding: severity, rule, domain and item; the quoted clause; what is wrong; what to do. */
  private static void finding(StringBuilder b, Finding f, Lang lang) {
    Finding.Location w = f.where();
    b.append("   [").append(Messages.severity(f.severity()).in(lang)).append("] ")
        .append(Messages.ruleName(f.ruleId()).in(lang)).append(" (").append(f.ruleId())
        .append(")");
    if (w.domain() != null) {
      b.append(" · ").append(w.domain());
    }
    if (!w.item(lang).isEmpty()) {
      b.append(" · ").append(w.item(lang));
    }
    b.append('\n');
    if (!f.evidence().text().isEmpty()) {
      b.append("      ").append(Messages.get(lang, "report.evidence")).append(colon(lang))
          .append("「").append(oneLine(f.evidence().text())).append("」\n");
    }
    b.append("      ").append(Messages.get(lang, "report.finding")).append(colon(lang))
        .append(oneLine(f.message().in(lang))).append('\n');
    if (!f.suggestion().isEmpty()) {
      b.append("      ").append(Messages.get(lang, "report.suggestion")).append(colon(lang))
          .append(oneLine(f.suggestion().in(lang))).append('\n');
    }
  }

  private static String colon(Lang lang) {
    return lang == Lang.EN ? ": " : "：";
  }

  private static String counts(Map<Severity, Integer> bySeverity, int total, Lang lang) {
    StringBuilder b = new StringBuilder().append(total)
        .append(lang == Lang.EN ? (total == 1 ? " finding" : " findings") : "条");
    bySeverity.forEach((s, n) -> {
      if (n > 0) {
        b.append(lang == Lang.EN ? ", " + n + " " + Messages.severity(s).en()
            : "，" + Messages.severity(s).zh() + " " + n);
      }
    });
    return b.toString();
  }

  /** MISSING_VALUE → MV, WEAKER_THAN_REFERENCE → WTR. */
  static String abbreviation(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("_")) {
      if (!part.isEmpty()) {
        b.append(part.charAt(0));
      }
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** Terminal columns a string takes (the CLI's one display-width rule). */
  static int width(String s) {
    return DisplayWidth.of(s);
  }

  static String pad(String s, int columns) {
    String t = truncate(oneLine(s), columns - 1);
    return t + " ".repeat(Math.max(1, columns - width(t)));
  }

  static String truncate(String s, int columns) {
    return DisplayWidth.truncate(s, columns);
  }
}
