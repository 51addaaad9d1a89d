package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.Pipeline;
import org.planscope.json.PlanJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Document;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Plan;
import org.planscope.model.Source;
import org.planscope.model.Span;
import org.planscope.model.Target;

/**
 * Indicator tables as a .docx or .html reader gives them: {@link BlockKind#TABLE_ROW} blocks with
 * tab-separated cells, built here as a {@link Document} and run through the whole pipeline.
 */
class IndicatorTableReaderTest {
  private static final Pipeline PIPELINE = new Pipeline();

  /** A document of blocks: a line starting with "H1 " is a level-1 heading, one with a tab a row. */
  static Document doc(String... lines) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (String l : lines) {
      boolean heading = l.startsWith("H1 ");
      String s = heading ? l.substring(3) : l;
      Span span = new Span(text.length(), text.length() + s.length());
      BlockKind kind = heading ? BlockKind.HEADING : s.contains("\t") ? BlockKind.TABLE_ROW
          : BlockKind.PARAGRAPH;
      blocks.add(new Block(kind, heading ? 1 : 0, null, span));
      text.append(s).append('\n');
    }
    return new Document(new Source("t.docx", "t.docx", "0",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        text.length()), text.toString(), blocks, Map.of());
  }

  static String targets(Plan plan) {
    return plan.indicators().stream().map(i -> {
      Target t = i.targets().get(0);
      return i.n() + "/" + i.number() + " " + t.indicator() + " " + (t.op() == null ? "-" : t.op().symbol())
          + " " + (t.value() == null ? "-" : t.value().toPlainString()) + " " + t.unit() + " "
          + t.year() + " " + t.indicatorId() + " " + t.qualifiers()
          + " " + i.units().stream().map(u -> u.role() + ":" + u.name())
              .collect(Collectors.joining(","));
    }).collect(Collectors.joining("\n"));
  }

  @Test
  void wordTableWithUnitAndResponsibleColumns() {
    Plan plan = PIPELINE.process(doc(
        "H1 眉山市“十四五”教育事业发展规划",
        "一、主要指标",
        "序号\t指标名称\t单位\t2020年\t2025年\t指标属性\t责任单位",
        "1\t学前教育毛入园率\t%\t90\t≥95\t预期性\t市教育局",
        "2\t孕产妇死亡率\t1/10万\t14\t12\t约束性\t市卫生健康委、市妇联",
        "3\t九年义务教育巩固率\t%\t95.5\t97以上\t约束性\t市教育局",
        "4\t人均受教育年限\t年\t10.1\t持续提高\t预期性\t",
        "二、重点任务",
        "1.普及学前教育。到2025年，学前教育毛入园率达到95%以上。",
        "2.巩固义务教育。推进义务教育优质均衡发展。"));
    assertEquals("眉山市“十四五”教育事业发展规划", plan.title());
    assertFalse(plan.titleInferred());
    assertEquals(1, plan.domains().size());
    assertEquals("教育事业发展", plan.domains().get(0).name());
    assertEquals(List.of("普及学前教育", "巩固义务教育"),
        plan.domains().get(0).measures().stream().map(Item::title).toList());
    assertEquals("""
        1/1 学前教育毛入园率 >= 95 % 2025 preschool_gross_enrolment [2020年: 90, 指标属性: 预期性] RESPONSIBLE:市教育局
        2/2 孕产妇死亡率 <= 12 1/10万 2025 maternal_mortality [2020年: 14, 指标属性: 约束性] RESPONSIBLE:市卫生健康委,RESPONSIBLE:市妇联
        3/3 九年义务教育巩固率 >= 97 % 2025 compulsory_education_retention [2020年: 95.5, 指标属性: 约束性] RESPONSIBLE:市教育局
        4/4 人均受教育年限 - - 年 2025 null [2020年: 10.1, 指标属性: 预期性] \
        """.strip(), targets(plan).strip());
    assertTrue(plan.indicators().stream().allMatch(i -> i.kind() == ItemKind.INDICATOR));
    assertEquals(plan.indicators(), plan.items().filter(i -> i.kind() == ItemKind.INDICATOR)
        .toList());
    assertTrue(plan.domains().get(0).goals().isEmpty(), "indicator rows are never goals");
  }

  @Test
  void targetValueColumnWithoutYearTakesThePeriodEnd() {
    Plan plan = PIPELINE.process(doc(
        "仁寿县“十四五”体育事业发展规划",
        "一、发展目标",
        "指标\t现状值\t目标值",
        "人均体育场地面积（平方米）\t1.8\t2.6",
        "经常参加体育锻炼人数比例（%）\t38\t＞45",
        "二、主要任务",
        "（一）完善全民健身设施。新建社区健身中心10个。"));
    assertEquals("""
        1/ 人均体育场地面积 >= 2.6 平方米 2025 null [现状值: 1.8]\s
        2/ 经常参加体育锻炼人数比例 > 45 % 2025 null [现状值: 38]\s
        """.strip(), targets(plan).strip());
  }

  @Test
  void anInterimYearColumnWithinThePlanPeriodIsATargetToo() {
    // a 2021—2030 plan's table with 2025年 and 2030年: both are targets; 2020年 is the baseline
    Plan plan = PIPELINE.process(doc(
        "H1 岳阳县儿童发展规划（2021—2030年）",
        "附表 主要指标",
        "序号\t指标\t2020年\t2025年\t2030年\t属性",
        "1\t婴儿死亡率（‰）\t4.2\t≤4\t≤3.5\t预期性",
        "2\t儿童近视率（%）\t52\t—\t力争每年降低0.5个百分点以上\t预期性",
        "3\t适龄儿童免疫规划疫苗接种率（%）\t95\t90以上\t90以上\t约束性"));
    assertEquals(List.of(
            "婴儿死亡率 <= 4 2025 [2020年: 4.2, 属性: 预期性]",
            "婴儿死亡率 <= 3.5 2030 [2020年: 4.2, 属性: 预期性]",
            "儿童近视率 - 2030 [2020年: 52, 属性: 预期性]",
            "适龄儿童免疫规划疫苗接种率 >= 90 2025 [2020年: 95, 属性: 约束性]",
            "适龄儿童免疫规划疫苗接种率 >= 90 2030 [2020年: 95, 属性: 约束性]"),
        plan.indicators().stream().flatMap(i -> i.targets().stream())
            .map(t -> t.indicator() + " " + (t.op() == null ? "-" : t.op().symbol() + " "
                + t.value().toPlainString()) + " " + t.year() + " " + t.qualifiers())
            .toList());
    // a 十四五 plan's 2020年 / 2025年 table: one target, the 2020 column a baseline
    Plan five = PIPELINE.process(doc(
        "H1 眉山市“十四五”卫生健康发展规划",
        "一、主要指标",
        "指标\t2020年\t2025年\t属性",
        "婴儿死亡率（‰）\t4.8\t<5\t约束性"));
    assertEquals(1, five.indicators().get(0).targets().size());
  }

  @Test
  void aMergedHeaderCellSplitOverItsYearColumnsLeavesTheYears() {
    // a PDF 三线表 whose 目标值, centred over 2025年 and 2030年, lands in both columns
    Plan plan = PIPELINE.process(doc(
        "H1 某县儿童发展规划（2021—2030年）",
        "附表 主要指标",
        "序号\t指标\t单位\t2020年\t目2025年\t标值2030年\t属性",
        "1\t孕产妇死亡率\t1/10万\t12.6\t≤12\t≤10\t约束性"));
    assertEquals(List.of(
            "孕产妇死亡率 <= 12 2025 [2020年: 12.6, 属性: 约束性]",
            "孕产妇死亡率 <= 10 2030 [2020年: 12.6, 属性: 约束性]"),
        plan.indicators().get(0).targets().stream()
            .map(t -> t.indicator() + " " + t.op().symbol() + " " + t.value().toPlainString() + " "
                + t.year() + " " + t.qualifiers())
            .toList());
  }

  @Test
  void otherTablesGiveNothing() {
    Plan plan = PIPELINE.process(doc(
        "H1 仁寿县“十四五”交通运输发展规划",
        "一、重点项目",
        "序号\t项目名称\t建设内容\t责任单位",
        "1\t县城环线\t新建二级公路20公里\t县交通运输局",
        "2\t客运站\t新建客运站1座\t县交通运输局"));
    assertTrue(plan.indicators().isEmpty(), targets(plan));
  }

  @Test
  void indicatorsSurviveTheJsonRoundTrip() {
    Plan plan = PIPELINE.process(doc(
        "H1 眉山市“十四五”卫生健康发展规划",
        "一、主要指标",
        "指标\t2020年\t2025年目标\t属性",
        "婴儿死亡率（‰）\t4.8\t<5\t约束性",
        "二、主要任务",
        "（一）提升服务能力。完善医疗服务体系。"));
    String json = PlanJson.pretty(plan);
    assertTrue(json.contains("\"indicators\""), json);
    Plan back = PlanJsonReader.read(json);
    assertEquals(PlanJson.pretty(back), PlanJson.pretty(PlanJsonReader.read(PlanJson.pretty(back))));
    assertEquals(1, back.indicators().size());
    Target t = back.indicators().get(0).targets().get(0);
    assertEquals("婴儿死亡率 < 5 ‰ 2025 [2020年: 4.8, 属性: 约束性]", t.indicator() + " "
        + t.op().symbol() + " " + t.value() + " " + t.unit() + " " + t.year() + " "
        + t.qualifiers());
    assertEquals(ItemKind.INDICATOR, back.indicators().get(0).kind());
  }

  @Test
  void tabSeparatedTableInPlainText(@TempDir Path dir) throws Exception {
    Plan plan = runText(dir,
        "广昌县“十四五”卫生健康事业发展规划",
        "第一章 发展目标",
        "专栏1 主要发展指标",
        "序号\t指标名称\t2020年\t2025年\t指标性质",
        "1\t孕产妇死亡率（1/10万）\t15.2\t≤14.5\t预期性",
        "2\t个人卫生支出占卫生总费用的比重（%）\t28.5\t27左右\t约束性",
        "第二章 主要任务",
        "1.加强妇幼保健机构建设。",
        "\t2.实施母婴安全行动。",
        "年份\t2025年");
    // the single row after the table (年份⇥2025年) and a tab-indented item are no table
    assertEquals("1/1 孕产妇死亡率 <= 14.5 1/10万 2025 maternal_mortality"
        + " [2020年: 15.2, 指标性质: 预期性] \n"
        + "2/2 个人卫生支出占卫生总费用的比重 ~ 27 % 2025 null [2020年: 28.5, 指标性质: 约束性] ",
        targets(plan));
    assertEquals(List.of("1.", "2."),
        plan.domains().get(0).measures().stream().map(Item::number).toList());
  }

  @Test
  void dataTableInsideALayoutCell(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // the page sets the article in one cell; the indicator table inside it is still a table
    java.nio.file.Path f = dir.resolve("plan.html");
    java.nio.file.Files.writeString(f, "<html><head><title>南丰县儿童发展规划（2021—2030年）</title>"
        + "</head><body><table><tr><td><p>南丰县儿童发展规划（2021—2030年）</p><p>一、儿童与健康</p>"
        + "<p>（一）主要目标</p><p>1.婴儿死亡率控制在5‰以下。</p><table border=\"1\">"
        + "<tr><td>指标</td><td>2020年</td><td>2030年</td></tr>"
        + "<tr><td>婴儿死亡率（‰）</td><td>5.6</td><td>5.0</td></tr></table>"
        + "<p>2.儿童出生缺陷防治水平不断提高。</p><p>（二）策略措施</p><p>1.优先保障儿童健康。</p>"
        + "</td></tr></table></body></html>", java.nio.charset.StandardCharsets.UTF_8);
    Plan plan = PIPELINE.run(f);
    assertEquals(List.of("1.", "2."),
        plan.domains().get(0).goals().stream().map(Item::number).toList());
    // the table's rows are not the text of the goal above them
    assertEquals("婴儿死亡率控制在5‰以下。", plan.domains().get(0).goals().get(0).text());
    Target t = plan.indicators().get(0).targets().get(0);
    assertEquals("婴儿死亡率 <= 5.0 ‰ 2030", t.indicator() + " " + t.op().symbol() + " "
        + t.value().toPlainString() + " " + t.unit() + " " + t.year());
  }

  /** A plain-text plan of these lines, run through the whole pipeline. */
  private static Plan runText(Path dir, String... lines) throws Exception {
    Path f = dir.resolve("plan.txt");
    Files.writeString(f, String.join("\n", lines), StandardCharsets.UTF_8);
    return PIPELINE.run(f);
  }

  @Test
  void aTableSetWithSpacesInAFlattenedPdfOrAPlainText(@TempDir Path dir) throws Exception {
    // a PDF copied as text: the grid is gone, spaces keep the cells apart; a group row between
    // rows, a comparator set apart from its value, a rate's unit printed without its 1
    Plan plan = runText(dir,
        "东乡县“十四五”卫生健康事业发展规划",
        "第二章 发展目标",
        "到2025年，基本建立优质高效的整合型医疗卫生服务体系。",
        "表1 主要发展指标",
        "序号 指标名称 2020年 2025年 指标性质",
        "健康水平",
        "1 人均预期寿命（岁） 78.2 79 预期性",
        "2 孕产妇死亡率（/10万） 10.5 ≤ 10 预期性",
        "3 婴儿死亡率（‰） 4.1 <4.5 预期性",
        "第三章 主要任务",
        "一、推进医共体建设。到2025年，县域内就诊率达到90%以上。",
        "二、加强专科能力建设。");
    assertEquals("1/1 人均预期寿命 >= 79 岁 2025 null [2020年: 78.2, 指标性质: 预期性] \n"
        + "2/2 孕产妇死亡率 <= 10 1/10万 2025 maternal_mortality [2020年: 10.5, 指标性质: 预期性] \n"
        + "3/3 婴儿死亡率 < 4.5 ‰ 2025 infant_mortality [2020年: 4.1, 指标性质: 预期性] ",
        targets(plan));
    assertEquals("1\t人均预期寿命（岁）\t78.2\t79\t预期性", plan.indicators().get(0).text());
    assertEquals(List.of("一、", "二、"),
        plan.domains().get(0).measures().stream().map(Item::number).toList());
  }

  @Test
  void linesOfSpacedWordsThatAreNoTableStayText(@TempDir Path dir) throws Exception {
    // goals of a flattened PDF with spaces around their numbers, a list of units: no table
    Plan plan = runText(dir,
        "东乡县妇女发展规划（2021—2030年）",
        "一、妇女与健康",
        "（一）主要目标",
        "1. 孕产妇死亡率控制在 10/10 万以下。",
        "2. 适龄妇女宫颈癌人群筛查率达到 70% 以上。",
        "3. 妇女健康素养水平达到 30% 以上。",
        "（二）策略措施",
        "1. 加强妇幼健康服务。",
        "县卫健局 县医保局 县妇联",
        "县教育局 县民政局 县财政局",
        "县人社局 县统计局 县团委");
    assertTrue(plan.indicators().isEmpty());
    assertEquals(3, plan.domains().get(0).goals().size());
    assertEquals("孕产妇死亡率 <= 10 1/10万", plan.domains().get(0).goals().get(0).targets().stream()
        .map(t -> t.indicator() + " " + t.op().symbol() + " " + t.value() + " " + t.unit())
        .findFirst().orElse(""));
  }

  @Test
  void aRowUnderAMergedCategoryCellKeepsItsColumns(@TempDir Path dir) throws Exception {
    // the category cell spans two rows: the second row's first cell is blank, and a plain text
    // copy loses its tab
    Plan plan = runText(dir,
        "某某县“十四五”卫生健康事业发展规划",
        "第二章 发展目标",
        "到2025年，卫生健康体系更加完善。",
        "类别\t指标名称\t单位\t2020年基期值\t2025年目标值\t指标属性",
        "健康水平\t人均预期寿命\t岁\t78.2\t79\t预期性",
        "\t孕产妇死亡率\t/10万\t10.5\t≤10\t约束性",
        "第三章 主要任务",
        "一、推进医共体建设。");
    assertEquals("1/ 人均预期寿命 >= 79 岁 2025 null [2020年基期值: 78.2, 指标属性: 预期性] \n"
        + "2/ 孕产妇死亡率 <= 10 1/10万 2025 maternal_mortality [2020年基期值: 10.5, 指标属性: 约束性] ",
        targets(plan));
  }

  /** Every target of the plan's indicator rows: indicator op value unit year. */
  static List<String> allTargets(Plan plan) {
    return plan.indicators().stream().flatMap(i -> i.targets().stream())
        .map(t -> t.indicator() + " " + (t.op() == null ? "-" : t.op().symbol()) + " "
            + (t.valueText() != null ? t.valueText()
                : t.value() == null ? "-" : t.value().toPlainString())
            + " " + t.unit() + " " + t.year())
        .toList();
  }

  @Test
  void aCellThatPrintsItsOwnUnitOrBoundIsALevel() {
    // a 2021—2030 plan's annex table with no unit column: each cell carries its unit and bound
    Plan plan = PIPELINE.process(doc(
        "H1 洪雅县妇女发展规划（2021—2030年）",
        "附表 主要指标",
        "序号\t领域\t指标名称\t2030年目标值",
        "1\t妇女与健康\t孕产妇死亡率\t15/10万以下",
        "2\t妇女与健康\t适龄妇女宫颈癌人群筛查率\t≤15/10万",
        "3\t妇女与健康\t妇女人均预期寿命\t80岁以上",
        "4\t妇女与教育\t女性平均受教育年限\t11.2年",
        "5\t妇女与健康\t产床与助产士的比例\t1∶3",
        "6\t妇女与健康\t各助产机构产床与助产士之比\t≥1:3",
        "7\t妇女与社会保障\t每千人口拥有3岁以下婴幼儿托位数\t4.5个",
        "8\t妇女与经济\t就业人员中的女性比例\t45%左右",
        "9\t妇女与健康\t妇女健康素养水平\t持续提高",
        "10\t妇女与健康\t宫颈癌防治知识知晓率\t力争每年提高2个百分点以上",
        "11\t妇女与经济\t女性就业人数\t85%—90%"));
    assertEquals(List.of(
        "孕产妇死亡率 <= 15 1/10万 2030",
        // the unit printed in the cell, whatever the indicator (a row mistyped: the cell rules)
        "适龄妇女宫颈癌人群筛查率 <= 15 1/10万 2030",
        "妇女人均预期寿命 >= 80 岁 2030",
        "女性平均受教育年限 >= 11.2 年 2030",
        "产床与助产士的比例 >= 1:3 ratio 2030",
        "各助产机构产床与助产士之比 >= 1:3 ratio 2030",
        "每千人口拥有3岁以下婴幼儿托位数 >= 4.5 个 2030",
        "就业人员中的女性比例 ~ 45 % 2030",
        // no level: listed without a value
        "妇女健康素养水平 - - null 2030",
        "宫颈癌防治知识知晓率 - - null 2030",
        "女性就业人数 - - null 2030"), allTargets(plan));
    // the 领域 column names domains, not units
    assertTrue(plan.indicators().stream().allMatch(i -> i.units().isEmpty()), targets(plan));
  }

  @Test
  void aBareValueTakesTheDirectionOfItsIndicator(@TempDir Path dir) throws Exception {
    Plan plan = runText(dir,
        "洪雅县妇女发展规划（2021—2030年）",
        "一、妇女与健康",
        "（一）主要目标",
        "1.人均预期寿命达到79.5岁。",
        "2.就业人员中的女性比例保持在45%左右。",
        "3.女性平均受教育年限达到11.2年。",
        "（二）策略措施",
        "1.完善保障妇女健康的制度机制。",
        "2.加强妇幼健康服务体系建设。",
        "附表 主要指标",
        "序号\t指标名称\t2020年\t2025年\t2030年",
        "1\t人均预期寿命（岁）\t78.6\t79\t79.5",
        "2\t就业人员中的女性比例（%）\t44\t45\t45",
        "3\t女性平均受教育年限（年）\t—\t11\t11.2",
        "4\t个人卫生支出占卫生总费用的比例（%）\t29.5\t28\t27",
        "5\t每千人口拥有3岁以下婴幼儿托位数（个）\t1.2\t3\t4.5",
        "6\t孕产妇死亡率（1/10万）\t10\t12\t12",
        "7\t城镇调查失业率（%）\t5\t<5.5\t5.5左右",
        "8\t每万人口全科医生数（人）\t4\t4\t4",
        "9\t学前三年毛入园率（%）\t88.5\t90\t—");
    assertEquals(List.of(
        // the goals state the same indicator: their op for the same value, their direction else
        "人均预期寿命 >= 79 岁 2025", "人均预期寿命 >= 79.5 岁 2030",
        "就业人员中的女性比例 ~ 45 % 2025", "就业人员中的女性比例 ~ 45 % 2030",
        "女性平均受教育年限 >= 11 年 2025", "女性平均受教育年限 >= 11.2 年 2030",
        // no goal, no catalogue entry: the row falls from its baseline, or rises
        "个人卫生支出占卫生总费用的比例 <= 28 % 2025", "个人卫生支出占卫生总费用的比例 <= 27 % 2030",
        "每千人口拥有3岁以下婴幼儿托位数 >= 3 个 2025", "每千人口拥有3岁以下婴幼儿托位数 >= 4.5 个 2030",
        // the catalogue's direction before the row's trend
        "孕产妇死亡率 <= 12 1/10万 2025", "孕产妇死亡率 <= 12 1/10万 2030",
        // a printed comparator or bound is never changed
        "城镇调查失业率 < 5.5 % 2025", "城镇调查失业率 ~ 5.5 % 2030",
        // nothing says which way: a level to reach, as 达到X
        "每万人口全科医生数 >= 4 人 2025", "每万人口全科医生数 >= 4 人 2030",
        // an interim level read, the final cell a dash
        "学前三年毛入园率 >= 90 % 2025", "学前三年毛入园率 - - % 2030"), allTargets(plan));
    // the goals themselves keep their own targets
    assertEquals("就业人员中的女性比例 ~ 45 %", plan.domains().get(0).goals().get(1).targets()
        .stream().map(t -> t.indicator() + " " + t.op().symbol() + " " + t.value() + " "
            + t.unit()).findFirst().orElse(""));
  }

  @Test
  void aHeaderMergedOverTwoRowsGivesEachYearItsColumn(@TempDir Path dir) throws Exception {
    // 目标值 spans 2025年 and 2030年; 序号, 指标名称, 单位 and 属性 span both header rows
    Path f = dir.resolve("plan.html");
    Files.writeString(f, "<html><body><p>洪雅县妇女发展规划（2021—2030年）</p>"
        + "<p>附表 主要指标</p><table border=1>"
        + "<tr><td rowspan=2>序号</td><td rowspan=2>指标名称</td><td rowspan=2>单位</td>"
        + "<td colspan=2>目标值</td><td rowspan=2>属性</td></tr>"
        + "<tr><td>2025年</td><td>2030年</td></tr>"
        + "<tr><td>1</td><td>孕产妇死亡率</td><td>1/10万</td><td>≤14</td><td>≤12</td>"
        + "<td>约束性</td></tr>"
        + "<tr><td>2</td><td>女性平均受教育年限</td><td>年</td><td>11</td><td>11.2</td>"
        + "<td>预期性</td></tr>"
        + "<tr><td>3</td><td>适龄妇女宫颈癌人群筛查率</td><td>%</td><td>60</td><td>≥70</td>"
        + "<td>预期性</td></tr></table></body></html>", StandardCharsets.UTF_8);
    Plan plan = PIPELINE.run(f);
    assertEquals(List.of("1.", "2.", "3."), plan.indicators().stream()
        .map(i -> i.n() + ".").toList(), "no row for the header's second line");
    assertEquals(List.of(
        "孕产妇死亡率 <= 14 1/10万 2025", "孕产妇死亡率 <= 12 1/10万 2030",
        "女性平均受教育年限 >= 11 年 2025", "女性平均受教育年限 >= 11.2 年 2030",
        "适龄妇女宫颈癌人群筛查率 >= 60 % 2025", "适龄妇女宫颈癌人群筛查率 >= 70 % 2030"),
        allTargets(plan));
    assertEquals(List.of("属性: 约束性"), plan.indicators().get(0).targets().get(1).qualifiers());
  }

  @Test
  void aBaselineBesideTheMergedTargetYearsStaysABaseline() {
    // as a Word table gives it: 2020年 merged down, 规划目标 across 2025年 and 2030年
    Plan plan = PIPELINE.process(doc(
        "H1 岳阳县儿童发展规划（2021—2030年）",
        "附表 主要指标",
        "序号\t指标\t2020年\t规划目标\t\t属性",
        "\t\t\t2025年\t2030年\t",
        "1\t婴儿死亡率（‰）\t4.8\t≤4.5\t≤4\t约束性",
        "2\t学前教育毛入园率（%）\t88\t90\t92以上\t预期性"));
    assertEquals("""
        1/1 婴儿死亡率 <= 4.5 ‰ 2025 infant_mortality [2020年: 4.8, 属性: 约束性]\s
        2/2 学前教育毛入园率 >= 90 % 2025 preschool_gross_enrolment [2020年: 88, 属性: 预期性]\s
        """.strip(), targets(plan).strip());
    assertEquals(List.of("婴儿死亡率 <= 4.5 ‰ 2025", "婴儿死亡率 <= 4 ‰ 2030",
        "学前教育毛入园率 >= 90 % 2025", "学前教育毛入园率 >= 92 % 2030"), allTargets(plan));
  }
}
