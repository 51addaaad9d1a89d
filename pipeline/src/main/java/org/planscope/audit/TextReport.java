package org.planscope.audit;

import java.util.List;
import java.util.Map;

/**
 * The audit as a plain-text table for a terminal: one block per plan (a row per finding, its
 * message and suggestion indented below), then summaries per rule and per plan. Columns are padded
 * by display width, so Chinese text (two columns a character) lines up.
 */
public final class TextReport {
  private static final int EVIDENCE_WIDTH = 48;

  private TextReport() {}

  public static String render(AuditReport report) {
    StringBuilder b = new StringBuilder();
    b.append("Audit of ").append(report.plans().size()).append(" plan(s): ")
        .append(report.findings().size()).append(" finding(s)\n");
    for (AuditReport.PlanInfo p : report.plans()) {
      List<Finding> fs = report.findings(p.id());
      b.append('\n').append("== ").append(p.id());
      if (p.title() != null) {
        b.append("  ").append(p.title());
      }
      b.append("  (").append(counts(report.bySeverity(p.id()), fs.size())).append(")\n");
      if (fs.isEmpty()) {
        b.append("   no findings\n");
        continue;
      }
      int domainWidth = Math.max(6, fs.stream()
          .mapToInt(f -> width(f.where().domain() == null ? "" : f.where().domain())).max().orElse(0));
      b.append("   ").append(pad("SEVERITY", 9)).append(pad("RULE", 22))
          .append(pad("DOMAIN", domainWidth + 2)).append(pad("ITEM", 16)).append("EVIDENCE\n");
      for (Finding f : fs) {
        String domain = f.where().domain() == null ? "" : f.where().domain();
        String item = f.where().item();
        String evidence = f.evidence().text().isEmpty() ? "" : "「" + f.evidence().text() + "」";
        b.append("   ").append(pad(f.severity().name(), 9)).append(pad(f.ruleId(), 22))
            .append(pad(domain, domainWidth + 2)).append(pad(item, 16))
            .append(truncate(evidence, EVIDENCE_WIDTH)).append('\n');
        b.append("      ").append(oneLine(f.message())).append('\n');
        if (!f.suggestion().isEmpty()) {
          b.append("      → ").append(oneLine(f.suggestion())).append('\n');
        }
      }
    }
    b.append("\nFindings by rule\n");
    b.append("   ").append(pad("RULE", 22)).append(pad("SEVERITY", 9)).append(pad("COUNT", 7))
        .append("WHAT IT FINDS\n");
    Map<String, Integer> byRule = report.byRule();
    for (AuditReport.RuleInfo r : report.rules()) {
      b.append("   ").append(pad(r.id(), 22)).append(pad(r.severity().name(), 9))
          .append(pad(String.valueOf(byRule.get(r.id())), 7)).append(r.summary()).append('\n');
    }
    b.append("\nFindings by plan\n");
    int idWidth = Math.max(4, report.plans().stream().mapToInt(p -> width(p.id())).max().orElse(0));
    b.append("   ").append(pad("PLAN", idWidth + 2));
    for (AuditReport.RuleInfo r : report.rules()) {
      b.append(pad(abbreviation(r.id()), 5));
    }
    b.append(pad("TOTAL", 6)).append("REGION\n");
    for (AuditReport.PlanInfo p : report.plans()) {
      b.append("   ").append(pad(p.id(), idWidth + 2));
      report.byRule(p.id()).values().forEach(n -> b.append(pad(String.valueOf(n), 5)));
      b.append(pad(String.valueOf(report.findings(p.id()).size()), 6))
          .append(p.region() == null ? "" : p.region()).append('\n');
    }
    b.append("   (");
    for (int i = 0; i < report.rules().size(); i++) {
      String id = report.rules().get(i).id();
      b.append(i == 0 ? "" : ", ").append(abbreviation(id)).append(" = ").append(id);
    }
    b.append(")\n");
    return b.toString();
  }

  private static String counts(Map<Severity, Integer> bySeverity, int total) {
    StringBuilder b = new StringBuilder().append(total).append(total == 1 ? " finding" : " findings");
    bySeverity.forEach((s, n) -> {
      if (n > 0) {
        b.append(", ").append(n).append(' ').append(s.name().toLowerCase(java.util.Locale.ROOT));
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

  /** Terminal columns a string takes: two for East Asian wide characters, one otherwise. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  static String pad(String s, int columns) {
    String t = truncate(oneLine(s), columns - 1);
    return t + " ".repeat(Math.max(1, columns - width(t)));
  }

  static String truncate(String s, int columns) {
    if (width(s) <= columns) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = wide(cp) ? 2 : 1;
      if (w + cw > columns - 1) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }
}
