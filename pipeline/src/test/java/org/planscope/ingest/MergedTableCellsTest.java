package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.model.BlockKind;
import org.planscope.model.PlanText;
import org.planscope.text.TextNormalizer;

/**
 * Merged table cells (HTML rowspan / colspan, Word gridSpan / vMerge): the merged cell's text once,
 * in its first row and column, and an empty cell for each column and row it covers, so that
 * every row has one cell per column, through reading and normalising (⇥ = tab).
 */
class MergedTableCellsTest {
  private static final CompositeReader READER = new CompositeReader();

  @TempDir Path tmp;

  private List<String> rows(String name, byte[] bytes) throws IOException, ReadException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    PlanText t = new TextNormalizer().normalize(READER.read(p));
    return t.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE_ROW)
        .map(b -> b.span().in(t.text()).replace('\t', '⇥')).toList();
  }

  private List<String> html(String table) throws IOException, ReadException {
    return rows("t.html", ("<html><body><p>洪雅县妇女发展规划（2021—2030年）</p>" + table
        + "<p>三、组织实施</p></body></html>").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void cellsWhoseTextIsAParagraphStayInTheirRow() throws Exception {
    // Word pasted into a portal: <td><p class="MsoNormal">…</p></td>, Tika breaks the line after </p>
    assertEquals(List.of("类别⇥序号⇥指标", "健康水平⇥1⇥孕产妇死亡率（/10万）"),
        html("<table><tr><td><p class=\"MsoNormal\"><strong>类别</strong></p></td>"
            + "<td><p class=\"MsoNormal\"><strong>序号</strong></p></td>"
            + "<td><p class=\"MsoNormal\"><strong>指标</strong></p></td></tr>"
            + "<tr><td><p>健康水平</p></td><td><p>1</p></td><td><p>孕产妇死亡率（/10万）</p></td></tr>"
            + "</table>"));
  }

  @Test
  void aHeaderMergedOverTwoRowsKeepsItsColumns() throws Exception {
    assertEquals(List.of(
            "序号⇥指标名称⇥单位⇥目标值⇥⇥属性",
            "⇥⇥⇥2025年⇥2030年⇥",
            "1⇥孕产妇死亡率⇥1/10万⇥≤14⇥≤12⇥约束性"),
        html("<table border=1>"
            + "<tr><td rowspan=2>序号</td><td rowspan=2>指标名称</td><td rowspan=2>单位</td>"
            + "<td colspan=2>目标值</td><td rowspan=2>属性</td></tr>"
            + "<tr><td>2025年</td><td>2030年</td></tr>"
            + "<tr><td>1</td><td>孕产妇死亡率</td><td>1/10万</td><td>≤14</td><td>≤12</td>"
            + "<td>约束性</td></tr></table>"));
  }

  @Test
  void aCategoryMergedDownOverItsRowsLeavesTheirFirstCellEmpty() throws Exception {
    assertEquals(List.of(
            "类别⇥指标⇥2020年⇥2025年",
            "健康水平⇥人均预期寿命（岁）⇥78.6⇥79.5",
            "⇥孕产妇死亡率（/10万）⇥9.8⇥≤10",
            "医疗服务⇥每千人口床位数（张）⇥6.1⇥7.0"),
        html("<table>"
            + "<tr><th>类别</th><th>指标</th><th>2020年</th><th>2025年</th></tr>"
            + "<tr><td rowspan=\"2\">健康水平</td><td>人均预期寿命（岁）</td><td>78.6</td>"
            + "<td>79.5</td></tr>"
            + "<tr><td>孕产妇死亡率（/10万）</td><td>9.8</td><td>≤10</td></tr>"
            + "<tr><td>医疗服务</td><td>每千人口床位数（张）</td><td>6.1</td><td>7.0</td></tr>"
            + "</table>"));
  }

  /**
   * A pipe table pasted into a text file is a table with or without its outer pipes and with a
   * compact rule (|---|---|); one line with pipes in it is text, and so is a pipe between two
   * cells only.
   */
  @Test
  void pipeTablesInPlainText() throws Exception {
    String text = String.join("\n", "某某市“十四五”教育事业发展规划",
        "1．学前三年毛入园率稳定在95%以上。",
        "序号|指标|2020年|2025年",
        "1|学前三年毛入园率（%）|91.3|≥95",
        "",
        "| 序号 | 指标 | 2025年 |",
        "|---|---|---|",
        "| 2 | 九年义务教育巩固率（%） | ≥96 |",
        "二、主要任务",
        "选项A|选项B|选项C",
        "甲|乙",
        "丙|丁");
    assertEquals(List.of(
            "序号⇥指标⇥2020年⇥2025年",
            "1⇥学前三年毛入园率（%）⇥91.3⇥≥95",
            "序号⇥指标⇥2025年",
            "2⇥九年义务教育巩固率（%）⇥≥96"),
        rows("t.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A table typed with tabs in a Word document's paragraphs is a table, as in plain text. */
  @Test
  void tabSeparatedParagraphsOfAWordDocument() throws Exception {
    DocxFixture f = new DocxFixture().p("晋江市“十四五”体育事业发展规划")
        .p("表1  主要指标").p("序号\t指标\t2020年\t2025年").p("1\t人均体育场地面积（平方米）\t2.35\t2.8")
        .p("二、主要任务").p("一行\t两格\t三格");
    assertEquals(List.of("序号⇥指标⇥2020年⇥2025年", "1⇥人均体育场地面积（平方米）⇥2.35⇥2.8"),
        rows("t.docx", f.bytes()));
  }

  @Test
  void tablesWithoutMergedCellsAreAsBefore() throws Exception {
    // a blank first cell of its own is an empty cell too, but a row without cells is no row;
    // a caption row of one cell is the page's layout (a paragraph), as before
    assertEquals(List.of(
            "指标⇥2020年⇥2025年",
            "婴儿死亡率（‰）⇥4.8⇥≤4.5",
            "⇥说明⇥见附注"),
        html("<table><tr><td colspan=3>表1 主要指标</td></tr>"
            + "<tr><td>指标</td><td>2020年</td><td>2025年</td></tr>"
            + "<tr><td>婴儿死亡率（‰）</td><td>4.8</td><td>≤4.5</td></tr>"
            + "<tr><td> </td><td></td><td></td></tr>"
            + "<tr><td></td><td>说明</td><td>见附注</td></tr></table>"));
  }

  @Test
  void aWordCellMergedAcrossColumnsLeavesThemEmpty() throws Exception {
    String tc = "<w:tc><w:p>%s</w:p></w:tc>";
    String span2 = "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p>%s</w:p></w:tc>";
    String down = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p>%s</w:p></w:tc>";
    String covered = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
    DocxFixture f = new DocxFixture().p("洪雅县妇女发展规划（2021—2030年）").xml("<w:tbl>"
        + "<w:tr>" + down.formatted(DocxFixture.run("指标名称"))
        + span2.formatted(DocxFixture.run("目标值")) + "</w:tr>"
        + "<w:tr>" + covered + tc.formatted(DocxFixture.run("2025年"))
        + tc.formatted(DocxFixture.run("2030年")) + "</w:tr>"
        + "<w:tr>" + tc.formatted(DocxFixture.run("孕产妇死亡率（1/10万）"))
        + tc.formatted(DocxFixture.run("≤14")) + tc.formatted(DocxFixture.run("≤12")) + "</w:tr>"
        + "</w:tbl>").p("三、组织实施");
    assertEquals(List.of(
            "指标名称⇥目标值⇥",
            "⇥2025年⇥2030年",
            "孕产妇死亡率（1/10万）⇥≤14⇥≤12"),
        rows("t.docx", f.bytes()));
  }

  /** A Word task table whose domains are rows merged across it (一、妇女与健康), no 领域 column. */
  @Test
  void aTaskTablesDomainRowsMergedAcrossGiveTheirGoalsUnits() throws Exception {
    String span4 = "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"4\"/></w:tcPr><w:p>%s</w:p></w:tc></w:tr>";
    StringBuilder table = new StringBuilder("<w:tbl>" + row("序号", "主要目标", "牵头单位", "责任单位"));
    table.append(String.format(span4, DocxFixture.run("一、妇女与健康")))
        .append(row("1", "孕产妇死亡率控制在15/10万以下。", "县卫健局", "县医保局"))
        .append(String.format(span4, DocxFixture.run("二、妇女与教育")))
        .append(row("1", "女性平均受教育年限达到11.2年。", "县教育局", "县人社局"))
        .append("</w:tbl>");
    byte[] docx = new DocxFixture()
        .p("某县妇女发展规划（2021—2030年）").p("（一）妇女与健康").p("主要目标：")
        .p("1.孕产妇死亡率控制在15/10万以下。").p("（二）妇女与教育").p("主要目标：")
        .p("1.女性平均受教育年限达到11.2年。").p("附件 任务分工表").xml(table.toString()).bytes();
    Path p = tmp.resolve("task-table.docx");
    Files.write(p, docx);
    org.planscope.model.Plan plan = new org.planscope.Pipeline().run(p);
    assertEquals(List.of("县卫健局", "县教育局"), plan.domains().stream()
        .map(d -> d.goals().get(0).units().get(0).name()).toList());
  }

  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("<w:tr>");
    for (String c : cells) {
      b.append("<w:tc><w:p>").append(DocxFixture.run(c)).append("</w:p></w:tc>");
    }
    return b.append("</w:tr>").toString();
  }
}
