package org.planscope.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planscope.format.Lang;

/**
 * A {@link MonitorReport} as one printable HTML page (A4, nothing outside the file): the summary,
 * per region its targets and a line chart per indicator (inline SVG), per indicator every region's
 * status, and the rows of the actuals table not used. All text is escaped.
 */
public final class MonitorHtml {
  private static final String CSS = """
      body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
      h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}
      h3{font-size:1em}table{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0}
      th,td{border:1px solid #ccc;padding:.25em .4em;text-align:left;vertical-align:top}
      thead{display:table-header-group}th{background:#f3f3f3}.num{text-align:right}
      .MET{color:#1b7a3a}.ON_TRACK{color:#1f5fa8}.BEHIND{color:#b03a2e}.INSUFFICIENT{color:#777}
      .status{font-weight:600}.meta{color:#555;font-size:.9em}.charts{display:flex;flex-wrap:wrap;gap:0 1.5em}
      figure{margin:.6em 0;break-inside:avoid}figcaption{font-weight:600;font-size:.9em}
      .charts svg{max-width:100%;height:auto}
      .region{break-inside:avoid-page}
      @page{size:A4;margin:15mm}@media print{body{margin:0}h2{break-before:auto}}
      """;

  private MonitorHtml() {}

  public static String render(MonitorReport r, String actualsName, LocalDate date) {
    Lang l = Lang.ZH;
    StringBuilder b = new StringBuilder("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<title>规划目标监测</title><style>" + CSS + "</style></head><body>\n");
    b.append("<h1>规划目标监测</h1>\n<p class=\"meta\">实际值：").append(esc(actualsName))
        .append("　生成日期：").append(date).append("</p>\n<p>").append(esc(MonitorText.summary(r, l)))
        .append("</p>\n");
    Map<String, List<Series>> byRegion = new LinkedHashMap<>();
    r.series().forEach(s -> byRegion.computeIfAbsent(s.region(), k -> new ArrayList<>()).add(s));
    for (Map.Entry<String, List<Series>> e : byRegion.entrySet()) {
      b.append("<section class=\"region\"><h2>").append(esc(e.getKey())).append("</h2>\n");
      b.append("<table><thead><tr><th>指标</th><th>目标</th><th>门槛</th><th>最新值</th>"
          + "<th>差距</th><th>每年还需</th><th>趋势（点数）</th><th>状态</th><th>说明</th></tr></thead><tbody>\n");
      for (Series s : e.getValue()) {
        for (Evaluation v : s.evaluations()) {
          b.append("<tr><td>").append(esc(v.indicator())).append("</td><td>").append(esc(v.target()))
              .append("</td><td>").append(esc(Cells.threshold(v))).append("</td><td>")
              .append(esc(Cells.latest(v, l))).append("</td><td class=\"num\">")
              .append(esc(Cells.signed(v.gap()))).append("</td><td class=\"num\">")
              .append(esc(Cells.signed(v.yearlyNeeded()))).append("</td><td>")
              .append(esc(Cells.trend(v, l))).append("</td>").append(status(v.status(), l))
              .append("<td>").append(esc(v.note())).append("</td></tr>\n");
        }
      }
      b.append("</tbody></table>\n<div class=\"charts\">\n");
      for (Series s : e.getValue()) {
        b.append("<figure><figcaption>").append(esc(s.indicator())).append("</figcaption>")
            .append(LineChart.svg(s)).append("</figure>\n");
      }
      b.append("</div></section>\n");
    }
    byIndicator(b, r, l);
    if (!r.issues().isEmpty()) {
      b.append("<h2>未使用的行（").append(r.issues().size()).append("）</h2>\n<table><thead><tr>"
          + "<th>行</th><th>地区</th><th>指标</th><th>年份</th><th>数值</th><th>单位</th><th>类别</th>"
          + "<th>原因</th></tr></thead><tbody>\n");
      for (RowIssue i : r.issues()) {
        ActualRow w = i.row();
        b.append("<tr><td class=\"num\">").append(w.line()).append("</td><td>").append(esc(w.region()))
            .append("</td><td>").append(esc(w.indicator())).append("</td><td>").append(esc(w.year()))
            .append("</td><td>").append(esc(w.value())).append("</td><td>").append(esc(w.unit()))
            .append("</td><td>").append(i.kind().equals(RowIssue.REFUSED) ? "拒收" : "未匹配")
            .append("</td><td>").append(esc(i.reason())).append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  private static void byIndicator(StringBuilder b, MonitorReport r, Lang l) {
    Map<String, List<Evaluation>> by = new LinkedHashMap<>();
    r.evaluations().forEach(e -> by.computeIfAbsent(e.indicator(), k -> new ArrayList<>()).add(e));
    if (by.isEmpty()) {
      return;
    }
    b.append("<h2>按指标</h2>\n<table><thead><tr><th>指标</th><th>地区</th><th>目标</th><th>最新值</th>"
        + "<th>状态</th></tr></thead><tbody>\n");
    for (Map.Entry<String, List<Evaluation>> e : by.entrySet()) {
      for (Evaluation v : e.getValue()) {
        b.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(esc(v.region()))
            .append("</td><td>").append(esc(v.target())).append("</td><td>")
            .append(esc(Cells.latest(v, l))).append("</td>").append(status(v.status(), l))
            .append("</tr>\n");
      }
    }
    b.append("</tbody></table>\n");
  }

  private static String status(Status s, Lang l) {
    return "<td class=\"status " + s.name() + "\">" + esc(s.label(l)) + "</td>";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
