package org.planscope.audit;

import org.planscope.format.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.model.ItemKind;
import org.planscope.model.Plan;

/** The text, CSV and HTML renderings: quoting, escaping, alignment, one table per plan. */
class ReportFormatTest {
  private static final String EVIL = "<script>alert('x')</script> & \"quoted\", 逗号，\n第二行";

  private static AuditReport reportWith(String evidence, String context) {
    Finding.Location where = new Finding.Location("p<1>", "甲县<b>规划</b>", "甲县", "妇女与健康",
        ItemKind.GOAL, 3, "3.");
    int at = context == null ? -1 : context.indexOf(evidence);
    Finding f = new Finding("MISSING_VALUE", Severity.MEDIUM, where, "筛查率",
        new Finding.Evidence(evidence, context, at, null), "msg \"with\" quotes, and commas",
        "suggestion");
    List<AuditReport.RuleInfo> rules = new ArrayList<>();
    for (AuditRule r : Auditor.standardRules()) {
      rules.add(r.info());
    }
    return new AuditReport(rules, List.of(new AuditReport.PlanInfo("p<1>", "甲县<b>规划</b>", "甲县"),
        new AuditReport.PlanInfo("q", "乙县规划", "乙县")), List.of(f));
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaks() {
    String csv = CsvReport.render(reportWith(EVIL, null));
    String[] lines = csv.split("\r\n", -1);
    assertEquals(String.join(",", CsvReport.HEADER), lines[0]);
    assertTrue(csv.contains(",\"<script>alert('x')</script> & \"\"quoted\"\", 逗号，\n第二行\","), csv);
    assertTrue(csv.contains(",\"msg \"\"with\"\" quotes, and commas\","), csv);
    assertTrue(csv.endsWith("\r\n"));
    assertEquals("plain", org.planscope.format.Csv.cell("plain"));
    assertEquals("\" lead\"", org.planscope.format.Csv.cell(" lead"));
    assertEquals("", org.planscope.format.Csv.cell(""));
  }

  @Test
  void csvHasOneRowPerFinding() {
    List<Plan> plans = TestPlans.fixture();
    AuditReport r = new Auditor().audit(plans, new AuditContext(plans, TestPlans.reference()));
    String csv = CsvReport.render(r);
    // no field of the fixture has a line break, so rows are lines
    assertEquals(r.findings().size() + 1, csv.split("\r\n").length);
  }

  @Test
  void htmlEscapesEveryDocumentText() {
    String html = HtmlReport.render(reportWith(EVIL, "前文" + EVIL + "后文"));
    assertFalse(html.contains("<script>alert"), "evidence must not become markup");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"),
        html);
    assertTrue(html.contains("前文<mark>&lt;script&gt;"), "the evidence is highlighted in context");
    assertFalse(html.contains("<b>规划</b>"), "titles are escaped too");
    assertTrue(html.contains("甲县&lt;b&gt;规划&lt;/b&gt;"));
    assertTrue(html.contains("id=\"plan-p_3c1_3e\""), "plan ids become safe anchors");
    // the page's own script is the only one
    assertEquals(1, html.split("<script>", -1).length - 1);
  }

  @Test
  void htmlHasATablePerPlanWithFindingsAndSortableColumns() {
    List<Plan> plans = TestPlans.fixture();
    AuditReport r = new Auditor().audit(plans, new AuditContext(plans, TestPlans.reference()));
    String html = HtmlReport.render(r);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    long withFindings = r.plans().stream().filter(p -> !r.findings(p.id()).isEmpty()).count();
    // two summary tables and one per plan with findings
    assertEquals(2 + withFindings, html.split("<table class=\"sortable\">", -1).length - 1);
    assertTrue(html.contains("addEventListener('click'"));
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains(" src="),
        "self-contained: no external resource");
  }

  @Test
  void textTableAlignsChineseByDisplayWidth() {
    assertEquals(4, TextReport.width("妇女"));
    assertEquals(4, TextReport.width("a。b"));
    assertEquals(3, TextReport.width("a%b"));
    assertEquals("妇女  ", TextReport.pad("妇女", 6));
    assertEquals("妇女与…", TextReport.truncate("妇女与健康", 7));
    String text = TextReport.render(reportWith("适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高", null));
    assertTrue(text.contains("== 《甲县<b>规划</b>》  [p<1>]  (1条，中 1)"), text);
    assertTrue(text.contains("== 《乙县规划》  [q]  (0条)"), text);
    assertTrue(text.contains("   [中] 缺少目标值 (MISSING_VALUE) · 妇女与健康 · 目标3\n"
        + "      原文：「适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高」\n"), text);
    assertTrue(text.contains("MV = 缺少目标值"), text);
    String en = TextReport.render(reportWith("适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高", null), Lang.EN);
    assertTrue(en.contains("   [medium] missing value (MISSING_VALUE) · 妇女与健康 · goal 3\n"), en);
    assertTrue(en.contains("MV = missing value"), en);
  }
}
