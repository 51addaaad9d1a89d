package org.planscope.audit;

import java.util.List;
import java.util.Map;

/**
 * The audit as one self-contained HTML page: summaries per rule and per plan, then a table per
 * plan with the evidence highlighted in its item text. Columns sort on a click (a few lines of
 * inline script, no external resource). Every text taken from a document or a finding is
 * HTML-escaped.
 */
public final class HtmlReport {
  /** Characters of item text kept on each side of the highlighted evidence. */
  private static final int CONTEXT = 60;

  private static final String STYLE = """
      body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
      h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}h2 small{color:#666;font-weight:normal}
      table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}
      th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
      th{background:#f2f2f2;cursor:pointer;user-select:none}
      th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
      tr:nth-child(even) td{background:#fafafa}
      mark{background:#ffe066;padding:0 .1em}
      .ev{max-width:36em}.sg{color:#355;max-width:28em}.n{text-align:right}
      .HIGH{color:#b00020;font-weight:bold}.MEDIUM{color:#b35c00}.LOW{color:#555}.INFO{color:#777}
      """;

  private static final String SCRIPT = """
      function sortKey(c){var k=c.getAttribute('data-sort');if(k===null)k=c.textContent.trim();
        return /^-?\\d+(\\.\\d+)?$/.test(k)?parseFloat(k):k;}
      document.querySelectorAll('table.sortable th').forEach(function(th){
        th.addEventListener('click',function(){
          var row=th.parentNode,i=Array.prototype.indexOf.call(row.children,th),
              body=th.closest('table').tBodies[0],asc=th.getAttribute('aria-sort')!=='ascending';
          Array.prototype.forEach.call(row.children,function(h){h.removeAttribute('aria-sort');});
          th.setAttribute('aria-sort',asc?'ascending':'descending');
          Array.prototype.slice.call(body.rows).sort(function(a,b){
            var x=sortKey(a.cells[i]),y=sortKey(b.cells[i]);
            var c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y),'zh');
            return asc?c:-c;}).forEach(function(r){body.appendChild(r);});});});
      """;

  private HtmlReport() {}

  public static String render(AuditReport report) {
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>planscope audit</title>\n<style>\n").append(STYLE).append("</style>\n")
        .append("</head>\n<body>\n<h1>planscope audit</h1>\n<p>")
        .append(report.plans().size()).append(" plan(s), ").append(report.findings().size())
        .append(" finding(s). Click a column heading to sort.</p>\n");

    b.append("<h2>Findings by rule</h2>\n<table class=\"sortable\"><thead><tr>")
        .append("<th>Rule</th><th>Severity</th><th>Findings</th><th>What it finds</th>")
        .append("</tr></thead><tbody>\n");
    Map<String, Integer> byRule = report.byRule();
    for (AuditReport.RuleInfo r : report.rules()) {
      b.append("<tr><td>").append(esc(r.id())).append("</td>")
          .append(severityCell(r.severity()))
          .append("<td class=\"n\">").append(byRule.get(r.id())).append("</td><td>")
          .append(esc(r.summary())).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");

    b.append("<h2>Findings by plan</h2>\n<table class=\"sortable\"><thead><tr><th>Plan</th>")
        .append("<th>Region</th>");
    for (AuditReport.RuleInfo r : report.rules()) {
      b.append("<th title=\"").append(esc(r.summary())).append("\">")
          .append(esc(r.id()).replace("_", "_<wbr>")).append("</th>");
    }
    b.append("<th>Total</th></tr></thead><tbody>\n");
    for (AuditReport.PlanInfo p : report.plans()) {
      b.append("<tr><td data-sort=\"").append(esc(p.id())).append("\"><a href=\"#")
          .append(anchor(p.id())).append("\">").append(esc(p.title() == null ? p.id() : p.title()))
          .append("</a></td><td>").append(esc(p.region() == null ? "" : p.region())).append("</td>");
      report.byRule(p.id()).values()
          .forEach(n -> b.append("<td class=\"n\">").append(n).append("</td>"));
      b.append("<td class=\"n\">").append(report.findings(p.id()).size()).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");

    for (AuditReport.PlanInfo p : report.plans()) {
      plan(b, report, p);
    }
    b.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void plan(StringBuilder b, AuditReport report, AuditReport.PlanInfo p) {
    List<Finding> fs = report.findings(p.id());
    b.append("<section id=\"").append(anchor(p.id())).append("\">\n<h2>")
        .append(esc(p.title() == null ? p.id() : p.title())).append(" <small>")
        .append(esc(p.id())).append("</small></h2>\n");
    if (fs.isEmpty()) {
      b.append("<p>No findings.</p>\n</section>\n");
      return;
    }
    b.append("<table class=\"sortable\"><thead><tr><th>#</th><th>Severity</th><th>Rule</th>")
        .append("<th>Domain</th><th>Item</th><th>Indicator</th><th>Evidence</th>")
        .append("<th>Finding</th><th>Suggestion</th></tr></thead><tbody>\n");
    int i = 0;
    for (Finding f : fs) {
      Finding.Location w = f.where();
      int kind = w.kind() == null ? 9 : w.kind().ordinal();
      b.append("<tr><td class=\"n\">").append(++i).append("</td>")
          .append(severityCell(f.severity()))
          .append("<td>").append(esc(f.ruleId())).append("</td>")
          .append("<td>").append(esc(w.domain() == null ? "" : w.domain())).append("</td>")
          .append("<td data-sort=\"").append(kind * 10_000 + w.n()).append("\">")
          .append(esc(w.item())).append("</td>")
          .append("<td>").append(esc(f.indicator() == null ? "" : f.indicator())).append("</td>")
          .append("<td class=\"ev\">").append(evidence(f.evidence())).append("</td>")
          .append("<td>").append(esc(f.message())).append("</td>")
          .append("<td class=\"sg\">").append(esc(f.suggestion())).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n</section>\n");
  }

  private static String severityCell(Severity s) {
    return "<td class=\"" + s.name() + "\" data-sort=\"" + s.ordinal() + "\">" + s.name() + "</td>";
  }

  /** The evidence marked inside a window of its item text, or alone when not located. */
  static String evidence(Finding.Evidence e) {
    if (e.text().isEmpty()) {
      return "";
    }
    if (e.context() == null || e.start() < 0) {
      return "<mark>" + esc(e.text()) + "</mark>";
    }
    String c = e.context();
    int s = e.start();
    int end = s + e.text().length();
    int from = Math.max(0, s - CONTEXT);
    int to = Math.min(c.length(), end + CONTEXT);
    return (from > 0 ? "…" : "") + esc(c.substring(from, s)) + "<mark>" + esc(e.text())
        + "</mark>" + esc(c.substring(end, to)) + (to < c.length() ? "…" : "");
  }

  /** HTML-escapes text for element content and double- or single-quoted attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A fragment id from a plan id: ASCII letters, digits, - and _ kept, the rest as _XXXX. */
  static String anchor(String id) {
    StringBuilder b = new StringBuilder("plan-");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
          || c == '_') {
        b.append(c);
      } else {
        b.append('_').append(Integer.toHexString(c));
      }
    }
    return b.toString();
  }
}
