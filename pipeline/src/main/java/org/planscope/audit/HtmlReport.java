package org.planscope.audit;

import org.planscope.format.Lang;
import java.time.LocalDate;
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
      header p{margin:.2em 0;color:#444}.sum{margin:.3em 0}.top li{margin:.2em 0}
      @page{size:A4;margin:15mm 12mm}
      @media print{body{margin:0;font-size:9.5pt;color:#000}th{cursor:auto;background:#eee}
        th[aria-sort]::after{content:""}a{color:#000;text-decoration:none}
        table{page-break-inside:auto;font-size:9pt}tr{page-break-inside:avoid}
        thead{display:table-header-group}section{page-break-before:always}
        .hint{display:none}.ev,.sg{max-width:none}tr:nth-child(even) td{background:none}}
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
    return render(report, Lang.ZH, null, null);
  }

  /**
   * The page in {@code lang}; the header names the audit date and the data folder when given.
   * Prints on A4 ({@code @page}, table headers repeated, a plan per page).
   */
  public static String render(AuditReport report, Lang lang, LocalDate date, String dataFolder) {
    StringBuilder b = new StringBuilder(16_384);
    String title = Messages.get(lang, "report.title");
    b.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.EN ? "en" : "zh-CN")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n");
    if (date != null) {
      b.append("<p>").append(esc(Messages.get(lang, "report.date", date.toString())))
          .append("</p>\n");
    }
    if (dataFolder != null) {
      b.append("<p>").append(esc(Messages.get(lang, "report.data", dataFolder))).append("</p>\n");
    }
    b.append("<p>").append(esc(Messages.get(lang, "report.findings", report.plans().size(),
            report.findings().size()))).append(" <span class=\"hint\">")
        .append(esc(Messages.get(lang, "report.sortHint"))).append("</span></p>\n</header>\n");

    b.append("<h2>").append(esc(Messages.get(lang, "report.byRule")))
        .append("</h2>\n<table class=\"sortable\"><thead><tr>")
        .append(th(lang, "report.rule")).append(th(lang, "report.severity"))
        .append(th(lang, "report.count")).append(th(lang, "report.what"))
        .append("</tr></thead><tbody>\n");
    Map<String, Integer> byRule = report.byRule();
    for (AuditReport.RuleInfo r : report.rules()) {
      b.append("<tr><td title=\"").append(esc(r.id())).append("\">")
          .append(esc(r.name().in(lang))).append("</td>")
          .append(severityCell(r.severity(), lang))
          .append("<td class=\"n\">").append(byRule.get(r.id())).append("</td><td>")
          .append(esc(r.what().in(lang))).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");

    b.append("<h2>").append(esc(Messages.get(lang, "report.byPlan")))
        .append("</h2>\n<table class=\"sortable\"><thead><tr>").append(th(lang, "report.plan"))
        .append(th(lang, "report.region"));
    for (AuditReport.RuleInfo r : report.rules()) {
      b.append("<th title=\"").append(esc(r.what().in(lang))).append("\">")
          .append(esc(r.name().in(lang))).append("</th>");
    }
    b.append(th(lang, "report.total")).append("</tr></thead><tbody>\n");
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
      plan(b, report, p, lang);
    }
    b.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String th(Lang lang, String key) {
    return "<th>" + esc(Messages.get(lang, key)) + "</th>";
  }

  private static void plan(StringBuilder b, AuditReport report, AuditReport.PlanInfo p,
      Lang lang) {
    List<Finding> fs = report.findings(p.id());
    AuditReport.Summary s = p.summary();
    b.append("<section id=\"").append(anchor(p.id())).append("\">\n<h2>")
        .append(esc(p.name())).append(" <small>").append(esc(p.id())).append("</small></h2>\n")
        .append("<p class=\"sum\">").append(esc(Messages.get(lang, "report.summary")))
        .append(lang == Lang.EN ? ": " : "：")
        .append(esc(Messages.get(lang, "report.goals", s.goals(), s.quantified(), s.measured(),
            s.weakerOrMissing()))).append("</p>\n");
    if (fs.isEmpty()) {
      b.append("<p>").append(esc(Messages.get(lang, "report.none"))).append("</p>\n</section>\n");
      return;
    }
    List<Finding> top = report.top(p.id());
    if (!top.isEmpty()) {
      b.append("<p>").append(esc(Messages.get(lang, "report.top"))).append("</p>\n<ol class=\"top\">");
      for (Finding f : top) {
        b.append("<li><span class=\"").append(f.severity().name()).append("\">")
            .append(esc(Messages.severity(f.severity()).in(lang))).append("</span> ")
            .append(esc(Messages.ruleName(f.ruleId()).in(lang))).append("：")
            .append(esc(f.message().in(lang))).append("</li>");
      }
      b.append("</ol>\n");
    }
    b.append("<table class=\"sortable\"><thead><tr><th>#</th>").append(th(lang, "report.severity"))
        .append(th(lang, "report.rule")).append(th(lang, "report.domain"))
        .append(th(lang, "report.item")).append(th(lang, "report.indicator"))
        .append(th(lang, "report.evidence")).append(th(lang, "report.finding"))
        .append(th(lang, "report.suggestion")).append("</tr></thead><tbody>\n");
    int i = 0;
    for (Finding f : fs) {
      Finding.Location w = f.where();
      int kind = w.kind() == null ? 9 : w.kind().ordinal();
      b.append("<tr><td class=\"n\">").append(++i).append("</td>")
          .append(severityCell(f.severity(), lang))
          .append("<td title=\"").append(esc(f.ruleId())).append("\">")
          .append(esc(Messages.ruleName(f.ruleId()).in(lang))).append("</td>")
          .append("<td>").append(esc(w.domain() == null ? "" : w.domain())).append("</td>")
          .append("<td data-sort=\"").append(kind * 10_000 + w.n()).append("\">")
          .append(esc(w.item(lang))).append("</td>")
          .append("<td>").append(esc(f.indicator() == null ? "" : f.indicator())).append("</td>")
          .append("<td class=\"ev\">").append(evidence(f.evidence())).append("</td>")
          .append("<td>").append(esc(f.message().in(lang))).append("</td>")
          .append("<td class=\"sg\">").append(esc(f.suggestion().in(lang))).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n</section>\n");
  }

  private static String severityCell(Severity s, Lang lang) {
    return "<td class=\"" + s.name() + "\" data-sort=\"" + s.ordinal() + "\" title=\"" + s.name()
        + "\">" + esc(Messages.severity(s).in(lang)) + "</td>";
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
