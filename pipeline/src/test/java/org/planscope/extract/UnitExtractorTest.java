package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Region;
import org.planscope.model.Role;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;
import org.planscope.testing.Corpus;

/** Unit layouts other than plan 001's, from the fixtures in src/test/resources/units. */
class UnitExtractorTest {
  static UnitExtractor extractor;
  /** Fixtures are placed at this offset of an imagined plan text, so spans must be shifted. */
  static final int OFFSET = 100;

  @BeforeAll
  static void setUp() {
    extractor = new UnitExtractor();
  }

  static Tsv table(String name) {
    return Tsv.read(name, new ByteArrayInputStream(
        Corpus.resource("/units/" + name).getBytes(StandardCharsets.UTF_8)));
  }

  static Stream<Arguments> items() {
    return table("items.tsv").rows().stream().map(r -> Arguments.of(
        r.get("text").replace("\\n", "\n"), r.cells().get("expected"), r.line()));
  }

  /** The units as "ROLE:name | …", checking that each span covers its name. */
  static String render(List<UnitAssignment> units, String text, int offset) {
    String plan = " ".repeat(offset) + text;
    for (UnitAssignment u : units) {
      assertEquals(u.name(), u.span().in(plan), "span of " + u);
    }
    return units.stream().map(u -> u.role() + ":" + u.name()).collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "items.tsv:{2}")
  @MethodSource("items")
  void itemLayouts(String text, String expected, int line) {
    List<UnitAssignment> units = extractor.extract(text, new Span(OFFSET, OFFSET + text.length()));
    assertEquals(expected, render(units, text, OFFSET), "items.tsv:" + line);
  }

  @Test
  void aNameWrappedOverALineIsOneName() {
    // a PDF wraps a unit line or note anywhere: the name is read whole, its span covers the break
    String text = "（3）改善妇女营养状况。\n牵头单位：区卫生健康局；责任单位：区市场监管局、区\n妇联";
    List<UnitAssignment> units = extractor.extract(text, new Span(OFFSET, OFFSET + text.length()));
    assertEquals(List.of("区卫生健康局", "区市场监管局", "区妇联"),
        units.stream().map(UnitAssignment::name).toList());
    String plan = " ".repeat(OFFSET) + text;
    assertEquals("区\n妇联", units.get(2).span().in(plan));
    // a line break outside a note or a label's line stays
    String item = "（3）改善妇女营养状况，区\n妇联负责。";
    assertTrue(extractor.extract(item, new Span(0, item.length())).stream()
        .noneMatch(u -> u.name().equals("区妇联")));
  }

  @Test
  void unitsCarryTheirDepartmentAndLevel() {
    String text = "（1）妇女健康。（牵头单位：区卫健局。责任单位：团区委）";
    List<UnitAssignment> units = extractor.extract(text, new Span(0, text.length()));
    assertEquals("区卫健局/卫生健康局/区", units.get(0).name() + "/" + units.get(0).department() + "/"
        + units.get(0).levelPrefix());
    assertEquals("团区委/共青团委员会/区", units.get(1).name() + "/" + units.get(1).department() + "/"
        + units.get(1).levelPrefix());
  }

  @Test
  void sectionUnitsFromTheHeadingAndFromALineOfTheirOwn() {
    String text = Corpus.resource("/units/section.txt");
    int second = text.indexOf("（二）");
    String first = text.substring(0, second);
    assertEquals("LEAD:县卫生健康局 | RESPONSIBLE:县妇联 | RESPONSIBLE:县医疗保障局",
        render(extractor.sectionUnits(first, new Span(OFFSET, OFFSET + first.length())), first,
            OFFSET));
    String next = text.substring(second);
    assertEquals("LEAD:县教育局 | COOPERATING:县妇联 | COOPERATING:团县委",
        render(extractor.sectionUnits(next, new Span(0, next.length())), next, 0));
  }

  @Test
  void itemsInheritTheSectionUnitsOnlyWhenTheyHaveNone() {
    String text = Corpus.resource("/units/section.txt");
    String first = text.substring(0, text.indexOf("（二）"));
    List<UnitAssignment> section = extractor.sectionUnits(first, new Span(0, first.length()));
    String goal2 = "2.孕产妇死亡率控制在10/10万以下。（牵头单位：县卫生健康局。责任单位：县财政局）";
    int at = first.indexOf(goal2);
    Item own = new Item(ItemKind.GOAL, 2, "2.", "", goal2, new Span(at, at + goal2.length()), null,
        List.of(), extractor.extract(goal2, new Span(at, at + goal2.length())));
    Item bare = new Item(ItemKind.GOAL, 1, "1.", "", "妇女人均预期寿命延长。", new Span(0, 1), null,
        List.of(), List.of());
    List<Item> items = UnitExtractor.inherit(List.of(bare, own), section);
    assertEquals(List.of("县卫生健康局"), items.get(0).unitNames(Role.LEAD));
    assertEquals(List.of("县妇联", "县医疗保障局"), items.get(0).unitNames(Role.RESPONSIBLE));
    assertEquals(List.of("县财政局"), items.get(1).unitNames(Role.RESPONSIBLE));
  }

  @Test
  void indicatorTableWithTabSeparatedCells() {
    String text = Corpus.resource("/units/table-tab.txt");
    List<List<UnitAssignment>> rows = extractor.tableUnits(text, new Span(OFFSET, OFFSET + text.length()));
    List<String> got = new ArrayList<>();
    rows.forEach(r -> got.add(render(r, text, OFFSET)));
    assertEquals(List.of(
        "LEAD:县卫健局 | RESPONSIBLE:县妇联 | RESPONSIBLE:县医保局",
        "LEAD:县人社局 | RESPONSIBLE:县总工会 | RESPONSIBLE:县妇联",
        "LEAD:县委组织部"), got);
  }

  @Test
  void indicatorTableInMarkdown() {
    String text = Corpus.resource("/units/table.md");
    List<List<UnitAssignment>> rows = extractor.tableUnits(text, new Span(0, text.length()));
    List<String> got = new ArrayList<>();
    rows.forEach(r -> got.add(render(r, text, 0)));
    assertEquals(List.of(
        "LEAD:市教育局 | COOPERATING:市财政局 | COOPERATING:市发改委",
        "LEAD:市卫健委 | COOPERATING:市民政局"), got);
  }

  @Test
  void dutiesInAnImplementationChapterOfAnotherLayout() {
    String text = "五、保障措施\n（一）加强组织领导。由市妇儿工委牵头，各成员单位按职责分工负责。"
        + "市卫生健康局负责妇女健康目标的落实，市统计局负责监测数据的汇总。"
        + "市人民政府成立规划实施工作专班，由市政府分管领导任组长，负责统筹协调规划实施。";
    List<UnitAssignment> units = extractor.extractDuties(text, new Span(0, text.length()));
    List<String> got = units.stream().map(u -> u.role() + ":" + u.name() + ":" + u.duty()).toList();
    assertEquals(List.of(
        "LEAD:市妇儿工委:牵头",
        "RESPONSIBLE:市卫生健康局:负责妇女健康目标的落实",
        "RESPONSIBLE:市统计局:负责监测数据的汇总",
        "RESPONSIBLE:市人民政府:成立规划实施工作专班",
        "RESPONSIBLE:规划实施工作专班:负责统筹协调规划实施"), got);
  }

  @Test
  void unitsArePlacedInThePlanRegionByTheirLevel() {
    Region region = new Region("博山区", "区", "山东省", "淄博市", null);
    String text = "（1）x。（牵头单位：区卫生健康局。责任单位：市妇联、有关行业主管部门）";
    List<UnitAssignment> units = UnitExtractor.placeIn(
        extractor.extract(text, new Span(0, text.length())), region);
    assertEquals("博山区|淄博市|null",
        units.stream().map(u -> String.valueOf(u.region())).collect(Collectors.joining("|")));
  }

  /** 按职责分工负责 and its kin close a unit list; they are no part of a name, and alone no unit. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      （一）建立清单。（责任单位：区民政局、区财政局，各乡镇人民政府、街道办事处按职责分工负责） => RESPONSIBLE:区民政局 | RESPONSIBLE:区财政局 | RESPONSIBLE:各乡镇人民政府 | RESPONSIBLE:街道办事处
      4.提高新生儿疾病筛查水平。（责任单位：市卫生健康局、市医保局，按职责分工负责） => RESPONSIBLE:市卫生健康局 | RESPONSIBLE:市医保局
      2.推广新生儿保健技术。（责任单位：市卫生健康局，各镇街区按职责分工负责） => RESPONSIBLE:市卫生健康局 | RESPONSIBLE:各镇街区
      （一）完善设施。（责任单位：区自然资源局、区住房城乡建设局、区民政局按职责分工负责） => RESPONSIBLE:区自然资源局 | RESPONSIBLE:区住房城乡建设局 | RESPONSIBLE:区民政局
      3.加强宣传。（责任单位：县委宣传部、县妇联，按照职责分工负责） => RESPONSIBLE:县委宣传部 | RESPONSIBLE:县妇联
      3.加强宣传。（责任单位：县委宣传部，各乡镇按职责负责） => RESPONSIBLE:县委宣传部 | RESPONSIBLE:各乡镇
      3.加强宣传。（责任单位：县委宣传部、县文旅局分别负责） => RESPONSIBLE:县委宣传部 | RESPONSIBLE:县文旅局
      3.加强宣传。（牵头单位：县委宣传部；责任单位：县文旅局、各乡镇各负其责） => LEAD:县委宣传部 | RESPONSIBLE:县文旅局 | RESPONSIBLE:各乡镇
      3.加强宣传。（责任单位：县委宣传部、县文旅局，各负其责） => RESPONSIBLE:县委宣传部 | RESPONSIBLE:县文旅局
      3.加强宣传。（配合单位：县文旅局，县妇联按职责参与） => COOPERATING:县文旅局 | COOPERATING:县妇联
      # the names stay whole where no formula closes them
      3.加强宣传。（责任单位：县委宣传部、县职业责任保险办） => RESPONSIBLE:县委宣传部 | RESPONSIBLE:县职业责任保险办
      3.加强宣传。（责任单位：县委宣传部、县文旅局） => RESPONSIBLE:县委宣传部 | RESPONSIBLE:县文旅局
      """)
  void aClosingFormulaIsNoPartOfAName(String text, String expected) {
    List<UnitAssignment> units = extractor.extract(text, new Span(0, text.length()));
    assertEquals(expected, render(units, text, 0));
  }

  /**
   * Prose and lists whose names the dictionary may not know: 会同 makes the convener the lead,
   * a cooperating list keeps every name of a unit's form, 及 splits a label list.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      7.加强宣传。由县卫生健康局会同县妇联负责落实。 => LEAD:县卫生健康局 | RESPONSIBLE:县妇联
      5.增强儿童体质。（由市教育局牵头，市文广新旅局、团市委参与） => LEAD:市教育局 | COOPERATING:市文广新旅局 | COOPERATING:团市委
      6.健全心理服务。（由市卫健委牵头，市教育局、市妇联、市关工委参与） => LEAD:市卫健委 | COOPERATING:市教育局 | COOPERATING:市妇联 | COOPERATING:市关工委
      2.巩固率达到98%以上。（市教育局牵头，各乡镇人民政府、街道办事处配合） => LEAD:市教育局 | COOPERATING:各乡镇人民政府 | COOPERATING:街道办事处
      4.加强救助。（牵头单位：县民政局；责任单位：县残联、县妇联及县乡村振兴局） => LEAD:县民政局 | RESPONSIBLE:县残联 | RESPONSIBLE:县妇联 | RESPONSIBLE:县乡村振兴局
      3.增强生态环境保护意识。（镇环保办牵头，镇中心校、镇社会事业局配合） => LEAD:镇环保办 | COOPERATING:镇中心校 | COOPERATING:镇社会事业局
      """)
  void conveningCooperatingAndJoinedNames(String text, String expected) {
    List<UnitAssignment> units = extractor.extract(text, new Span(0, text.length()));
    assertEquals(expected, render(units, text, 0));
  }

  /** A label in brackets (【牵头单位】) ends the list before it at its opening bracket. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      （1）儿童健康服务体系更加完善。【牵头单位】县卫生健康委【责任单位】县教体局、县妇联 => LEAD:县卫生健康委 | RESPONSIBLE:县教体局 | RESPONSIBLE:县妇联
      （2）儿童健康服务体系更加完善。【牵头单位】：县卫生健康委、县医保局【配合单位】：县妇联 => LEAD:县卫生健康委 | LEAD:县医保局 | COOPERATING:县妇联
      （3）儿童健康服务体系更加完善。[牵头单位]县卫健委[责任单位]县教体局 => LEAD:县卫健委 | RESPONSIBLE:县教体局
      （4）儿童健康服务体系更加完善。牵头单位：县卫健委（责任单位：县教体局） => LEAD:县卫健委 | RESPONSIBLE:县教体局
      （5）儿童健康服务体系更加完善。【牵头单位：县卫健委】【责任单位：县教体局】 => LEAD:县卫健委 | RESPONSIBLE:县教体局
      # one bracketed label alone: the list runs to the end
      （6）儿童健康服务体系更加完善。【牵头单位】县卫健委 => LEAD:县卫健委
      """)
  void aBracketedLabelEndsTheListBeforeIt(String text, String expected) {
    List<UnitAssignment> units = extractor.extract(text, new Span(0, text.length()));
    assertEquals(expected, render(units, text, 0));
  }

  /** A note in square brackets after the item's sentence says who does it, as one in （）. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      1.妇女平等享有社会保障权益，保障水平不断提高。【县医保局牵头，县人社局、县民政局负责】 => LEAD:县医保局 | RESPONSIBLE:县人社局 | RESPONSIBLE:县民政局
      2.完善生育保障制度。【县医保局负责】 => RESPONSIBLE:县医保局
      3.妇女基本养老保险参保率达到95%。【县人社局牵头，县医保局配合】。 => LEAD:县人社局 | COOPERATING:县医保局
      4.完善社会救助体系【县民政局牵头，县财政局配合】。 => LEAD:县民政局 | COOPERATING:县财政局
      5.加强家庭教育指导。【县妇联、县教育局】 => RESPONSIBLE:县妇联 | RESPONSIBLE:县教育局
      6.加强家庭教育指导。〔县妇联牵头〕 => LEAD:县妇联
      # brackets that name no unit
      7.健全养老服务体系。【约束性指标】 => ''
      8.开展【巾帼建功】活动。 => ''
      """)
  void aSquareBracketNoteNamesTheUnits(String text, String expected) {
    List<UnitAssignment> units = extractor.extract(text, new Span(0, text.length()));
    assertEquals(expected == null ? "" : expected, render(units, text, 0));
  }

  /** A bracket inside a listed name is part of it; the list ends at the bracket that closes the note. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      8.每个乡镇（街道）建成1个以上服务站点。（牵头单位：县卫健委；责任单位：县教体局、县民政局、各乡镇人民政府（街道办事处）） => LEAD:县卫健委 | RESPONSIBLE:县教体局 | RESPONSIBLE:县民政局 | RESPONSIBLE:各乡镇人民政府（街道办事处）
      2.加强儿童之家建设。（责任单位：各乡镇人民政府（街道办事处）、县民政局） => RESPONSIBLE:各乡镇人民政府（街道办事处） | RESPONSIBLE:县民政局
      3.加强儿童之家建设。责任单位：县民政局、各乡镇（街道、社区） => RESPONSIBLE:县民政局 | RESPONSIBLE:各乡镇（街道、社区）
      4.加强儿童之家建设。（牵头单位：县民政局（县儿童福利中心）。责任单位：县妇联） => LEAD:县民政局（县儿童福利中心） | RESPONSIBLE:县妇联
      # a role in brackets is still the name's role, and the note still ends at its own bracket
      5.加强儿童之家建设。（责任单位：县民政局（牵头）、县妇联） => LEAD:县民政局 | RESPONSIBLE:县妇联
      6.加强儿童之家建设。（责任单位：县民政局）（2025年） => RESPONSIBLE:县民政局
      """)
  void aBracketInsideANameIsPartOfIt(String text, String expected) {
    List<UnitAssignment> units = extractor.extract(text, new Span(0, text.length()));
    assertEquals(expected, render(units, text, 0));
  }

  @Test
  void aNameWithABracketHasTheDepartmentBeforeIt() {
    String text = "2.加强儿童之家建设。（责任单位：各乡镇人民政府（街道办事处））";
    UnitAssignment u = extractor.extract(text, new Span(0, text.length())).get(0);
    assertEquals("各乡镇人民政府（街道办事处）/人民政府/镇",
        u.name() + "/" + u.department() + "/" + u.levelPrefix());
  }

  /** A table without unit columns gives no units, though a 领域 cell holds a label's word. */
  @Test
  void aDomainColumnIsNoUnitColumn() {
    String text = """
        序号	领域	指标名称	2030年目标值
        1	妇女与健康	孕产妇死亡率	15/10万以下
        6	妇女参与决策和管理	居委会成员中女性比例	50%左右
        7	妇女与社会保障	妇女基本医疗保险参保率	95%以上
        8	妇女与环境	农村自来水普及率	92%""";
    assertEquals(List.of(), extractor.tableUnits(text, new Span(0, text.length())));
    String md = """
        | 序号 | 领域 | 指标 | 目标值 |
        |---|---|---|---|
        | 1 | 妇女参与决策和管理 | 村委会成员中女性比例 | 30%以上 |
        | 2 | 儿童与安全 | 儿童伤害死亡率 | 以2020年为基数下降1/6 |""";
    assertEquals(List.of(), extractor.tableUnits(md, new Span(0, md.length())));
  }

  /** Label headers in other shapes still name their columns. */
  @Test
  void labelHeadersInOtherShapes() {
    String text = """
        领域	指标	【牵头单位】	主要配合部门	责任单位及完成时限
        妇女参与决策和管理	村委会成员中女性比例	县民政局	县妇联	各乡镇
        妇女与健康	孕产妇死亡率	县卫健局	县医保局	县财政局""";
    List<String> got = new ArrayList<>();
    extractor.tableUnits(text, new Span(0, text.length())).forEach(r -> got.add(render(r, text, 0)));
    assertEquals(List.of(
        "LEAD:县民政局 | COOPERATING:县妇联 | RESPONSIBLE:各乡镇",
        "LEAD:县卫健局 | COOPERATING:县医保局 | RESPONSIBLE:县财政局"), got);
  }

  /** A lead cell merged down over the rows below it (Word's vMerge) is blank in them. */
  @Test
  void aBlankLeadCellUnderALeadIsThatLead() {
    String text = """
        序号	主要目标	牵头单位	责任单位	完成时限
        1	孕产妇死亡率控制在12/10万以下	县卫健局	县医保局	2030年
        2	宫颈癌筛查率达到70%以上		县妇联	2030年
        3	女性平均受教育年限达到11年	县教体局	县人社局	2030年
        4	高中阶段毛入学率达到95%以上			2030年""";
    List<String> got = new ArrayList<>();
    extractor.tableUnits(text, new Span(0, text.length())).forEach(r -> got.add(render(r, text, 0)));
    assertEquals(List.of("LEAD:县卫健局 | RESPONSIBLE:县医保局", "LEAD:县卫健局 | RESPONSIBLE:县妇联",
        "LEAD:县教体局 | RESPONSIBLE:县人社局", "LEAD:县教体局"), got);
  }
}
