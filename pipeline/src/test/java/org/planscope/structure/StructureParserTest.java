package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.PlanText;
import org.planscope.model.Section;
import org.planscope.model.SectionKind;

/** Domains, items and sections of small inline plans. */
class StructureParserTest {
  private static final StructureParser PARSER = new StructureParser();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # goal line as printed                                                          | text                                              | extent without text
      （2）孕产妇死亡率控制在8.2/10万以下。（牵头单位：区卫生健康局）                      | 孕产妇死亡率控制在8.2/10万以下。                      | （2）（牵头单位：区卫生健康局）
      （3）筛查率达到85%以上。（牵头单位：区卫生健康局。责任单位：区财政局、区妇联）        | 筛查率达到85%以上。                                  | （3）（牵头单位：区卫生健康局。责任单位：区财政局、区妇联）
      （4）提高妇女尊法学法守法用法的意识和能力。（责任单位：区妇儿工委各成员单位、特邀单位） | 提高妇女尊法学法守法用法的意识和能力。                  | （4）（责任单位：区妇儿工委各成员单位、特邀单位）
      5.减少艾滋病母婴传播（配合单位：县疾控中心）。                                     | 减少艾滋病母婴传播                                   | 5.（配合单位：县疾控中心）。
      6.城镇公共厕所男女厕位比例（含无性别厕位）与实际需求相适应。                        | 城镇公共厕所男女厕位比例（含无性别厕位）与实际需求相适应。 | 6.
      7.推进儿童友好城市建设（参与单位：市住建局）（协办单位：市妇联）                    | 推进儿童友好城市建设                                  | 7.（参与单位：市住建局）（协办单位：市妇联）
      # notes that only say who does it, in prose or as names alone
      8.儿童溺水死亡率持续下降。（县卫健局牵头，县妇联、县教育局配合）                      | 儿童溺水死亡率持续下降。                              | 8.（县卫健局牵头，县妇联、县教育局配合）
      9.儿童伤害死亡率下降20%（县公安局、县教育局按职责分工负责）。                        | 儿童伤害死亡率下降20%                                | 9.（县公安局、县教育局按职责分工负责）。
      10.加强儿童用品质量监管。（县市场监管局、县妇联）                                  | 加强儿童用品质量监管。                                | 10.（县市场监管局、县妇联）
      11.推广新生儿早期基本保健技术。（由市卫生健康委牵头，各县市区人民政府落实）            | 推广新生儿早期基本保健技术。                          | 11.（由市卫生健康委牵头，各县市区人民政府落实）
      14.儿童伤害死亡率下降20%。县公安局牵头，县教育局、县交通运输局配合。                 | 儿童伤害死亡率下降20%。                              | 14.县公安局牵头，县教育局、县交通运输局配合。
      15.提高妇女健康素养水平。——县卫健局牵头，县妇联配合                               | 提高妇女健康素养水平。                                | 15.——县卫健局牵头，县妇联配合
      # a deadline in brackets after the note is the note's
      16.普惠性托位占比不低于60%。（牵头单位：市卫生健康委；责任单位：市教育局）（2025年底前） | 普惠性托位占比不低于60%。                          | 16.（牵头单位：市卫生健康委；责任单位：市教育局）（2025年底前）
      17.建成儿童友好示范社区10个（市民政局牵头）（长期坚持）。                            | 建成儿童友好示范社区10个                             | 17.（市民政局牵头）（长期坚持）。
      # a bracket that says something else stays, a year without a note before it too
      12.孕产妇死亡率控制在10/10万以下（约束性指标）。                                    | 孕产妇死亡率控制在10/10万以下（约束性指标）。           | 12.
      18.完成普惠托育机构建设（2025年底前）。                                           | 完成普惠托育机构建设（2025年底前）。                   | 18.
      13.提高托育服务水平（每千人口托位数达到4.5个）。                                   | 提高托育服务水平（每千人口托位数达到4.5个）。           | 13.
      19.疫苗接种率保持在90%以上（以乡镇为单位）。                                       | 疫苗接种率保持在90%以上（以乡镇为单位）。               | 19.
      20.增强儿童生态环境保护意识。（镇环保办牵头，镇中心校配合）                          | 增强儿童生态环境保护意识。                            | 20.（镇环保办牵头，镇中心校配合）
      """)
  void cutsTheTrailingUnitParenthesisFromTheText(String line, String text, String rest) {
    PlanText plan = Texts.plan("（一）妇女与健康\n主要目标：\n" + line + "\n");
    Item goal = PARSER.parse(plan).domains().get(0).goals().get(0);
    assertEquals(text, goal.text());
    assertEquals(goal.text(), plan.substring(goal.span()));
    assertEquals(line, plan.substring(goal.extent()));
    assertTrue(goal.extent().contains(goal.span()));
    assertEquals(rest, line.replace(text, ""));
  }

  @Test
  void itemsHaveOrdinalNumberTitleAndJoinedText() {
    PlanText plan = Texts.plan("""
        （六）妇女与家庭建设
        主要目标：
        1.树立新时代家庭观。
        策略措施：
        1.在家庭建设中践行社会主义核心价值观，为家庭成员提供良好环境。
        2.探索出台促进男女平等和妇女全面发展的家庭政策。
        将性别视角纳入家庭发展政策制定、实施及评估的全过程。
        4 . 推动家庭家教家风在基层社会治理中发挥重要作用。
        5.促进男女平等分担家务
        倡导夫妻在家务劳动中分工配合，共同承担照料陪伴子女老人的责任。
        """);
    PlanStructure s = PARSER.parse(plan);
    Domain d = s.domains().get(0);
    assertEquals("妇女与家庭建设", d.name());
    assertEquals("（六）妇女与家庭建设", d.heading());
    List<Item> m = d.measures();
    assertEquals(4, m.size());
    assertEquals(ItemKind.MEASURE, m.get(0).kind());
    assertEquals("在家庭建设中践行社会主义核心价值观，为家庭成员提供良好环境", m.get(0).title());
    assertEquals("探索出台促进男女平等和妇女全面发展的家庭政策", m.get(1).title());
    assertEquals("探索出台促进男女平等和妇女全面发展的家庭政策。\n将性别视角纳入家庭发展政策制定、实施及评估的全过程。",
        m.get(1).text());
    assertEquals(4, m.get(2).n());
    assertEquals("4 .", m.get(2).number());
    // a title on a line of its own above the measure's text, without its 。
    assertEquals("促进男女平等分担家务", m.get(3).title());
    assertTrue(s.warnings().stream().anyMatch(w -> w.code().equals("NUMBERING_GAP")));
  }

  /**
   * A women's plan, then a children's plan (its title, a preamble) whose domain headings are
   * {@code health} and {@code safety}: two plans reposted in one file.
   */
  private static PlanStructure twoPlans(String health, String safety) {
    return PARSER.parse(Texts.plan("""
        湘潭县妇女发展规划（2021—2030年）
        一、妇女与健康
        （一）主要目标
        1.孕产妇死亡率控制在10/10万以下。
        二、妇女与教育
        （一）主要目标
        1.女性平均受教育年限达到11.5年。
        （二）策略措施
        1.推进男女平等基本国策进教材。
        湘潭县儿童发展规划（2021—2030年）
        为促进儿童全面发展，制定本规划。
        一、%s
        （一）主要目标
        1.婴儿死亡率控制在5‰以下。
        二、%s
        （一）主要目标
        1.儿童伤害死亡率下降20%%。
        """.formatted(health, safety)));
  }

  @Test
  void twoPlansInOneFileAreOneCombinedPlanWhoseItemsStopAtTheSecondTitle() {
    // the second title and its preamble belong to no item of the first plan; both subjects'
    // domains make a combined plan
    PlanStructure s = twoPlans("儿童与健康", "儿童与安全");
    assertEquals(List.of("妇女与健康", "妇女与教育", "儿童与健康", "儿童与安全"),
        s.domains().stream().map(Domain::name).toList());
    assertEquals("推进男女平等基本国策进教材。", s.domains().get(1).measures().get(0).text());
    assertEquals("women_children", s.planType());
    assertEquals("湘潭县妇女发展规划（2021—2030年）", s.title());
  }

  @Test
  void aSecondPlansHeadingsWithoutSubjectAreItsOwn() {
    // the children's plan names its domains 健康 and 安全: 儿童与…, not a second 妇女与健康
    assertEquals(List.of("妇女与健康", "妇女与教育", "儿童与健康", "儿童与安全"),
        twoPlans("健康", "安全").domains().stream().map(Domain::name).toList());
  }
  @Test
  void aRunningHeaderInsideASentenceEndsNoItem() {
    // a page break mid-sentence with the plan's title as the page's header: the goal goes on
    Item goal = PARSER.parse(Texts.plan("""
        （一）儿童与安全
        主要目标：
        1.儿童道路交通伤害死亡率以2020年为基数
        海伦市儿童发展规划（2021—2030年）
        下降30%。
        2.儿童溺水死亡率持续下降。
        """)).domains().get(0).goals().get(0);
    assertTrue(goal.text().endsWith("下降30%。"), goal.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # a domain heading with a label before its name or a note after it
      （一）领域一：妇女与健康
      （一）第一领域：妇女与健康
      （一）妇女与健康（责任单位：县卫健局）
      （一）妇女与健康【牵头单位：县卫健局】
      （一）妇女与健康领域
      """)
  void aDomainHeadingIsReadPastItsLabelAndNote(String heading) {
    PlanStructure s = PARSER.parse(Texts.plan(heading + "\n主要目标：\n1.孕产妇死亡率控制在10/10万以下。\n"
        + "策略措施：\n1.加强妇幼健康服务。\n（二）妇女与教育\n主要目标：\n1.女性平均受教育年限达到11年。\n"));
    assertEquals(List.of("妇女与健康", "妇女与教育"), s.domains().stream().map(Domain::name).toList());
    assertEquals(1, s.domains().get(0).measures().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # goals heading | measures heading
      主要目标：      | 策略措施：
      发展目标        | 主要措施
      目标任务：      | 推进措施：
      1.主要目标      | 2.策略措施
      预期目标        | 政策措施
      规划目标：      | 对策措施：
      阶段目标        | 工作举措
      """)
  void readsEveryListWording(String goals, String measures) {
    String item = goals.startsWith("1.") ? "（1）" : "1.";
    PlanStructure s = PARSER.parse(Texts.plan("（一）妇女与教育\n" + goals + "\n" + item
        + "女童平等接受义务教育。\n" + measures + "\n" + item + "保障女童平等接受义务教育的权利。\n"));
    Domain d = s.domains().get(0);
    assertEquals(1, d.goals().size());
    assertEquals("女童平等接受义务教育。", d.goals().get(0).text());
    assertEquals("保障女童平等接受义务教育的权利", d.measures().get(0).title());
  }

  @Test
  void keyProjectsAreNeverGoalsAndChaptersSpanToTheNextChapter() {
    PlanText plan = Texts.plan("""
        二、发展领域、主要目标和策略措施
        （一）妇女与健康。
        主要目标：
        1. 孕产妇死亡率下降到8/10万以下。
        策略措施：
        1. 完善保障妇女健康的制度机制。
        三、重点工程
        （一）妇幼健康保护工程。宫颈癌筛查率达到70%以上。
        （二）公共场所母婴室建设工程。建成母婴室350家以上。
        四、组织实施
        （一）坚持党的全面领导。
        监测组由县统计局牵头。
        五、监测评估
        （一）加强监测评估制度建设。
        """);
    PlanStructure s = PARSER.parse(plan);
    assertEquals(1, s.domains().size());
    assertEquals(1, s.domains().get(0).goals().size());
    assertEquals(List.of("妇幼健康保护工程", "公共场所母婴室建设工程"),
        s.keyProjects().stream().map(Item::title).toList());
    assertEquals(ItemKind.KEY_PROJECT, s.keyProjects().get(0).kind());
    List<Section> sections = s.sections();
    assertEquals(List.of(SectionKind.KEY_PROJECTS, SectionKind.IMPLEMENTATION,
        SectionKind.MONITORING), sections.stream().map(Section::kind).toList());
    assertEquals("四、组织实施\n（一）坚持党的全面领导。\n监测组由县统计局牵头。",
        plan.substring(sections.get(1).span()));
    assertEquals("五、监测评估\n（一）加强监测评估制度建设。", plan.substring(sections.get(2).span()));
  }

  @Test
  void placesListsWhoseHeadingWasLostByContent() {
    PlanStructure s = PARSER.parse(Texts.plan("""
        一、指导思想、基本原则和总体目标
        （一）基本原则。
        1.坚持党的全面领导。坚持妇女发展事业的正确政治方向。
        2.坚持共建共治共享。
        （二）总体目标。
        男女平等基本国策得到深入贯彻落实。
        1.妇女全生命周期享有良好的卫生健康服务，妇女人均预期寿命延长。
        2.孕产妇系统管理率保持在90%以上。孕产妇死亡率下降到12/10万以下。
        3.妇女的宫颈癌和乳腺癌防治意识明显提高，适龄妇女宫颈癌人群筛查率达到70%以上。
        1.完善保障妇女健康的制度机制。把保障人民健康放在优先发展的战略位置。
        2.加强妇幼健康服务体系建设。健全以妇幼保健机构为核心的妇幼健康服务网络。
        （二）妇女与教育。
        主要目标：
        1.女童平等接受义务教育。
        策略措施：
        1.保障女童平等接受义务教育的权利。
        """));
    assertEquals(List.of("妇女与健康", "妇女与教育"),
        s.domains().stream().map(Domain::name).toList());
    Domain health = s.domains().get(0);
    assertTrue(health.inferred());
    assertNull(health.heading());
    assertEquals(3, health.goals().size());
    assertEquals(2, health.measures().size());
    assertEquals("完善保障妇女健康的制度机制", health.measures().get(0).title());
    assertTrue(s.warnings().stream().anyMatch(w -> w.code().equals("DOMAIN_INFERRED")));
  }

  @Test
  void principlesBeforeTheDomainsStayOutOfThem() {
    PlanStructure s = PARSER.parse(Texts.plan("""
        一、总体要求
        （一）基本原则
        1.坚持党的全面领导。坚持妇女发展事业的正确政治方向。
        2.坚持男女两性平等发展。
        3.坚持共建共治共享。
        （一）妇女与健康
        主要目标：
        1.孕产妇死亡率下降到12/10万以下。
        策略措施：
        1.完善保障妇女健康的制度机制。
        """));
    assertEquals(1, s.domains().size());
    assertEquals(false, s.domains().get(0).inferred());
    assertEquals(1, s.domains().get(0).goals().size());
  }

  @Test
  void takesBackAnItemNumberedInAnotherStyle() {
    PlanText plan = Texts.plan("""
        （二）妇女与教育
        主要目标：
        1.女童平等接受学前教育。
        2.女童平等接受义务教育。
        （3）女性平等接受高中阶段教育。
        4.女性接受职业教育的水平逐步提高。
        策略措施：
        1.保障女童平等接受学前教育。
        (1)扩大普惠性资源。
        (2)提高保教质量。
        """);
    PlanStructure s = PARSER.parse(plan);
    Domain d = s.domains().get(0);
    assertEquals(List.of(1, 2, 3, 4), d.goals().stream().map(Item::n).toList());
    assertEquals("女童平等接受义务教育。", d.goals().get(1).text());
    assertEquals("2.女童平等接受义务教育。", plan.substring(d.goals().get(1).extent()));
    assertEquals("（3）", d.goals().get(2).number());
    assertTrue(s.warnings().stream().anyMatch(w -> w.code().equals("NUMBERING_STYLE_MIXED")));
    // a real sub-list stays inside its item
    assertEquals(1, d.measures().size());
    assertEquals("保障女童平等接受学前教育。\n(1)扩大普惠性资源。\n(2)提高保教质量。",
        d.measures().get(0).text());
  }

  @Test
  void aBoxsNumberedLinesAreKeyProjectsAndTheListResumesAfterIt() {
    PlanStructure s = PARSER.parse(Texts.plan("""
        某县“十四五”卫生健康事业发展规划
        第三章 主要任务
        1.加强县级医院建设。
        2.夯实基层医疗卫生服务网底。
        专栏1 医疗卫生服务体系建设重点工程
        1.县人民医院综合楼建设项目。
        2.乡镇卫生院标准化建设项目。
        3.村卫生室标准化建设项目。
        3.完善疾病预防控制体系。
        【专栏2】 公共卫生能力提升工程
        1.县疾控中心实验室建设。
        第四章 保障措施
        一、加强组织领导。"""));
    assertEquals(List.of("加强县级医院建设", "夯实基层医疗卫生服务网底", "完善疾病预防控制体系"),
        titles(s.domains().get(0).measures()));
    assertEquals(List.of("县人民医院综合楼建设项目", "乡镇卫生院标准化建设项目", "村卫生室标准化建设项目",
        "县疾控中心实验室建设"), s.keyProjects().stream().map(Item::title).toList());
    assertTrue(s.keyProjects().stream().allMatch(i -> i.kind() == ItemKind.KEY_PROJECT));
  }

  @Test
  void aBareNumberOutsideADecimalOutlineIsText() {
    // a table set with spaces between goals: its rows are no chapters (1 总则 heads one only
    // where 2.1 / 2.1.1 numbers the outline)
    PlanStructure s = PARSER.parse(Texts.plan("""
        某县妇女发展规划（2021—2030年）
        一、妇女与健康
        （一）主要目标
        1.孕产妇死亡率控制在10/10万以下。
        2.妇女常见病筛查率达到90%以上。
        序号 指标 目标
        1 妇女人均预期寿命 持续提高
        3.妇女人均预期寿命延长。
        （二）策略措施
        1.加强妇幼保健。"""));
    assertEquals(List.of(1, 2, 3),
        s.domains().get(0).goals().stream().map(Item::n).toList());
    assertEquals(1, s.domains().get(0).measures().size());
  }

  @Test
  void goalsWithoutNumbersStandBesideNumberedMeasures() {
    // a repost that kept the measures' numbers and lost the goals': the goal list's heading
    // stands beside the measure list's, not over it
    PlanStructure s = PARSER.parse(Texts.plan("""
        （六）妇女与家庭建设。
        主要目标：
        树立新时代家庭观，弘扬爱国爱家的家庭美德。
        为家庭提供优生优育服务。
        策略措施：
        4 . 推动家庭家教家风在基层社会治理中发挥重要作用。
        5 . 鼓励支持妇女在家庭生活中发挥独特作用。
        （七）妇女与环境。
        主要目标：
        1.提高妇女的生态文明意识。"""));
    Domain d = s.domains().get(0);
    assertEquals(List.of("树立新时代家庭观，弘扬爱国爱家的家庭美德", "为家庭提供优生优育服务"),
        d.goals().stream().map(Item::title).toList());
    assertEquals(List.of(4, 5), d.measures().stream().map(Item::n).toList());
  }

  @Test
  void aBareMeasureTitleTakesTheParagraphUnderItInATitledListWithoutNumbers() {
    // numbers lost in a repost; the measures open with a title sentence, and one title stands
    // alone over its text: that text is the title's, not a measure of its own
    PlanStructure s = PARSER.parse(Texts.plan("""
        （六）妇女与家庭建设。
        策略措施：
        倡导新时代家庭观。开展家庭文明建设活动，弘扬中华民族传统家庭美德。
        探索出台促进男女平等和妇女全面发展的家庭政策。
        将性别视角纳入家庭发展政策制定的全过程，推动构建男女平等的现代家庭模式。
        大力发展家庭公共服务。构建家庭服务体系，推动婚姻家庭辅导服务进社区。
        加强对妇女用品的监督检查，依法查处假冒伪劣产品，保障妇女消费者权益。
        促进男女共同承担家庭责任。倡导夫妻共担家务。"""));
    List<Item> m = s.domains().get(0).measures();
    assertEquals(List.of("倡导新时代家庭观", "探索出台促进男女平等和妇女全面发展的家庭政策", "大力发展家庭公共服务",
        "加强对妇女用品的监督检查，依法查处假冒伪劣产品，保障妇女消费者权益", "促进男女共同承担家庭责任"),
        m.stream().map(Item::title).toList());
    assertEquals(List.of(1, 2, 3, 4, 5), m.stream().map(Item::n).toList());
    assertTrue(m.get(1).text().endsWith("推动构建男女平等的现代家庭模式。"), m.get(1).text());
  }

  @Test
  void measuresOfPlainSentencesStayOneAParagraph() {
    // no title sentences over text: each paragraph is a measure, a short one too
    PlanStructure s = PARSER.parse(Texts.plan("""
        （六）妇女与家庭建设。
        策略措施：
        加强家庭文明建设。
        开展家庭文明建设活动，弘扬中华民族传统家庭美德。
        发展家庭公共服务，推动婚姻家庭辅导服务进社区。"""));
    assertEquals(3, s.domains().get(0).measures().size());
  }

  @Test
  void aGoalChaptersListLabelOverItsItems() {
    // a sector plan's 发展目标 chapter: the overall aim, then 具体目标： alone on its line over 1. 2.
    PlanStructure s = PARSER.parse(Texts.plan("""
        第一章 发展基础
        “十三五”期间成效显著。
        第二章 发展目标
        总体目标：到2025年，基本建成优质高效的医疗卫生服务体系。
        具体目标：
        1.人均预期寿命达到78岁。
        2.孕产妇死亡率控制在12/10万以下。
        第三章 主要任务
        一、完善医疗卫生服务体系
        （一）加强县级医院建设。推进提标扩能。
        （二）夯实基层网底。
        第四章 保障措施
        一、加强组织领导。"""));
    Domain d = s.domains().get(0);
    assertEquals(List.of("人均预期寿命达到78岁", "孕产妇死亡率控制在12/10万以下"),
        d.goals().stream().map(Item::title).toList());
    // the task area (一、完善医疗卫生服务体系 over （一）（二）) is a domain of its own
    assertEquals("完善医疗卫生服务体系", s.domains().get(1).name());
    assertEquals(List.of("加强县级医院建设", "夯实基层网底"),
        s.domains().get(1).measures().stream().map(Item::title).toList());
  }

  @Test
  void aLeadInEndingInAColonOpensTheGoalList() {
    // 到2025年，……。主要目标是： over dash bullets: the lead-in is no goal, the bullets are
    PlanStructure s = PARSER.parse(Texts.plan("""
        桑植县“十四五”养老服务体系建设规划
        第一章 总体要求
        一、指导思想
        以人民为中心。
        二、发展目标
        到2025年，基本建成养老服务体系。主要目标是：
        ——养老服务供给更加充足。养老机构护理型床位占比不低于55%。
        ——医养康养深度融合。65岁及以上老年人健康管理率达到72%左右。
        第二章 主要任务
        （一）完善设施。建设一批养老机构。
        （二）提升质量。加强培训。"""));
    Domain d = s.domains().get(0);
    assertEquals(List.of("养老服务供给更加充足", "医养康养深度融合"),
        d.goals().stream().map(Item::title).toList());
    assertEquals(2, d.measures().size());
  }

  @Test
  void taskChaptersNamedByTheirContentFollowTheGoals() {
    // a sector plan names its task chapters by what they do, not 主要任务: the chapters after the
    // goals up to 保障措施 are domains under their printed names, a 第一节 groups their measures
    PlanStructure s = PARSER.parse(Texts.plan("""
        桑植县“十四五”卫生健康事业发展规划
        第一章 发展基础
        成效显著。
        第二章 发展目标
        1.人均预期寿命达到78岁。
        第三章 构建优质高效的医疗卫生服务体系
        第一节 优化医疗资源布局
        （一）做强县级医疗机构。支持县人民医院创建三级医院。
        （二）夯实基层网底。每个乡镇办好1所卫生院。
        第四章 提升公共卫生服务能力
        （一）完善疾控体系。法定传染病报告率达到100%。
        第五章 保障措施
        （一）加强组织领导。落实责任。
        （二）加强经费保障。加大投入。"""));
    assertEquals(List.of("卫生健康事业发展", "构建优质高效的医疗卫生服务体系", "提升公共卫生服务能力"),
        s.domains().stream().map(Domain::name).toList());
    assertEquals(1, s.domains().get(0).goals().size());
    assertEquals(List.of("做强县级医疗机构", "夯实基层网底"),
        s.domains().get(1).measures().stream().map(Item::title).toList());
    assertEquals(List.of("完善疾控体系"),
        s.domains().get(2).measures().stream().map(Item::title).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"（一）", "第一节 ", "1."})
  void aTaskHeadingOverProseIsTheMeasure(String first) {
    // 十四五 plans print a task's title on its own line over unnumbered prose: the heading is the
    // measure, the prose its text
    String second = first.equals("（一）") ? "（二）" : first.equals("1.") ? "2." : "第二节 ";
    PlanStructure s = PARSER.parse(Texts.plan("某县“十四五”托育服务发展规划\n二、发展目标\n"
        + "1.每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n三、主要任务\n"
        + first + "加强托育服务设施建设\n将婴幼儿照护服务设施纳入配套建设规划。\n"
        + "托育机构视频监控覆盖率达到100%。\n"
        + second + "大力发展普惠托育服务\n新增用人单位办托机构5家以上。\n四、保障措施\n加强组织领导。"));
    List<Item> measures = s.domains().get(0).measures();
    assertEquals(List.of("加强托育服务设施建设", "大力发展普惠托育服务"),
        titles(measures));
    assertEquals(List.of(1, 2), measures.stream().map(Item::n).toList());
    assertTrue(measures.get(0).text().endsWith("托育机构视频监控覆盖率达到100%。"));
  }

  @Test
  void aTaskHeadingOverTitledParagraphsHoldsThemAsMeasures() {
    // a task area over a measure list that lost its numbers: each paragraph opens with its title;
    // the area is a domain of its own
    PlanStructure s = PARSER.parse(Texts.plan("某县“十四五”托育服务发展规划\n二、发展目标\n"
        + "1.托位数达到4.5个。\n三、主要任务\n（一）完善托育服务体系\n"
        + "加强设施建设。将婴幼儿照护服务设施纳入配套建设规划。\n"
        + "发展普惠服务。新增用人单位办托机构5家以上。\n"
        + "规范机构管理。托育机构视频监控覆盖率达到100%。\n四、保障措施\n加强组织领导。"));
    assertEquals("完善托育服务体系", s.domains().get(1).name());
    assertEquals(List.of("加强设施建设", "发展普惠服务", "规范机构管理"),
        titles(s.domains().get(1).measures()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"（二）主要目标。", "二、主要目标\n"})
  void goalsEnumeratedWithOrdinalsAfterTheOverallAim(String heading) {
    // an 实施意见's goals: the overall aim, then 一是……；二是…… in the same paragraph, the
    // heading alone on its line or run into the paragraph
    PlanStructure s = PARSER.parse(Texts.plan("义乌市关于推进医养结合高质量发展的实施方案\n一、总体要求\n"
        + "（一）指导思想。推动医疗卫生与养老服务深度融合。\n" + heading
        + "到2025年，医养结合服务体系更加健全。一是服务网络更加完善，签约合作率达到100%；"
        + "二是服务能力明显增强，护理型床位占比达到58%以上。\n三、重点任务\n"
        + "（一）完善医养结合服务网络。支持医疗卫生机构开展养老服务。\n四、保障措施\n加强组织领导。"));
    List<Item> goals = s.domains().get(0).goals();
    assertEquals(List.of("一是", "二是"), goals.stream().map(Item::number).toList());
    assertEquals("服务网络更加完善，签约合作率达到100%；", goals.get(0).text());
  }

  @Test
  void goalsEnumeratedWithOrdinalsAfterAShortOpeningClause() {
    // 到2025年，一是……；二是……: the year's clause leads into the points, it is none of them
    PlanStructure s = PARSER.parse(Texts.plan("某县儿童发展规划（2021—2030年）\n（一）儿童与健康\n主要目标：\n"
        + "到2025年，一是儿童健康服务体系更加完善；二是新生儿死亡率、婴儿死亡率分别降至3‰和5‰以下；"
        + "三是儿童心理健康服务能力明显提升。\n策略措施：\n1.优先保障儿童健康。\n"));
    List<Item> goals = s.domains().get(0).goals();
    assertEquals(List.of("一是", "二是", "三是"), goals.stream().map(Item::number).toList());
    assertEquals("儿童健康服务体系更加完善；", goals.get(0).text());
  }

  @Test
  void theSentenceThatLeadsIntoBulletedGoalsIsNoGoal() {
    PlanStructure s = PARSER.parse(Texts.plan("某县“十四五”中医药发展规划\n二、发展目标\n"
        + "到2025年，中医药服务体系进一步健全。\n"
        + "——中医药人才队伍不断壮大。每千人口中医类别执业（助理）医师数达到0.62人。\n"
        + "——中医药健康服务更加普及。老年人中医药健康管理率达到75%以上。\n"
        + "三、主要任务\n1.加强县中医医院建设。实施提质扩能工程。"));
    assertEquals(List.of("中医药人才队伍不断壮大", "中医药健康服务更加普及"),
        titles(s.domains().get(0).goals()));
  }

  @Test
  void theOverallAimOverAnIndicatorTableIsNoGoalNorIsTheTablesNote() {
    PlanStructure s = PARSER.parse(Texts.plan("某县“十四五”卫生健康事业发展规划\n一、发展目标\n"
        + "到2025年，全县卫生健康服务体系更加完善。\n表1  主要指标\n指标名称\t2020年\t2025年\t属性\n"
        + "孕产妇死亡率（/10万）\t12.1\t≤12\t预期性\n注：〔 〕内为五年累计数。\n二、主要任务\n"
        + "1.加强县医院建设。实施提质扩能工程。"));
    assertTrue(s.domains().get(0).goals().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # a year-first goal with a figure is a goal
      到2025年，每千人口托位数达到4.5个。 | 3
      # every goal opens with its year: none leads into the others
      到2025年，妇女健康水平持续提升。 | 3
      """)
  void aYearFirstGoalThatIsNoLeadInStays(String first, int count) {
    String others = first.contains("4.5") ? "孕产妇死亡率低于10/10万。\n婴儿死亡率低于5‰。\n"
        : "到2030年，孕产妇死亡率低于10/10万。\n到2030年，婴儿死亡率低于5‰。\n";
    PlanStructure s = PARSER.parse(Texts.plan("某县“十四五”卫生健康事业发展规划\n一、发展目标\n"
        + first + "\n" + others + "二、主要任务\n1.加强县医院建设。实施提质扩能工程。"));
    assertEquals(count, s.domains().get(0).goals().size());
  }

  @Test
  void aDutyLineUnderAGoalIsItsUnitNoteAndAShortHeadingNamesItsDomain() {
    // an 实施方案 gives each goal its 责任分工 on the next line; a combined plan's short headings
    PlanStructure s = PARSER.parse(Texts.plan("龙泉驿区妇女发展规划（2021—2030年）实施方案\n"
        + "二、目标任务及责任分工\n（一）健康\n1.目标任务\n"
        + "（1）孕产妇死亡率控制在8.2/10万以下。\n责任分工：区卫生健康局牵头，区妇联配合。\n"
        + "（2）妇女常见病筛查率达到85%以上。\n责任分工：区卫生健康局牵头。\n"
        + "2.工作措施\n（1）完善保障妇女健康的制度机制。坚持预防为主。\n"
        + "（二）参与决策和管理\n1.目标任务\n（1）村民委员会成员中女性比例达到30%以上。\n"
        + "2.工作措施\n（1）加大培养选拔女干部工作力度。落实女干部培养规划。\n三、保障措施\n加强组织领导。"));
    assertEquals(List.of("妇女与健康", "妇女参与决策和管理"),
        s.domains().stream().map(Domain::name).toList());
    assertEquals(List.of("孕产妇死亡率控制在8.2/10万以下。", "妇女常见病筛查率达到85%以上。"),
        s.domains().get(0).goals().stream().map(Item::text).toList());
  }

  @Test
  void measuresTitledByAColonHoldTheNumberedPointsUnderThem() {
    // a web page's bold 标题： measures without numbers, some with （1）（2） points of their own
    PlanStructure s = PARSER.parse(Texts.plan("南湖区妇女发展规划（2021—2030年）\n"
        + "（一）妇女与健康\n主要目标：\n1.孕产妇死亡率控制在8.2/10万以下。\n策略措施：\n"
        + "完善保障妇女健康的制度机制：坚持预防为主，建立健全妇女健康保障工作机制。\n"
        + "加强妇幼健康服务体系建设：健全妇幼健康服务网络。\n"
        + "（1）区级建立危重孕产妇救治中心。\n（2）强化三级妇幼卫生服务网络建设。\n"
        + "持续巩固女性青壮年扫盲成果，加大普通话推广力度：完善扫盲工作机制。\n"
        + "保障孕产妇安全分娩：提供生育全程基本医疗保健服务。\n（1）孕产妇系统管理率达到90%以上。\n"
        + "（二）妇女与教育\n主要目标：\n1.女童平等接受义务教育。\n"));
    List<Item> measures = s.domains().get(0).measures();
    assertEquals(List.of("完善保障妇女健康的制度机制", "加强妇幼健康服务体系建设",
        "持续巩固女性青壮年扫盲成果，加大普通话推广力度", "保障孕产妇安全分娩"),
        titles(measures));
    assertTrue(measures.get(1).text().endsWith("（2）强化三级妇幼卫生服务网络建设。"));
    assertTrue(measures.get(3).text().endsWith("孕产妇系统管理率达到90%以上。"));
  }

  @Test
  void aParagraphWithoutABracketedTitleGoesOnTheMeasureAbove() {
    PlanStructure s = PARSER.parse(Texts.plan("临澧县妇女发展规划（2021—2030年）\n"
        + "（一）妇女与健康\n主要目标：\n1、孕产妇死亡率下降到12/10万以下。\n策略措施：\n"
        + "【完善促进妇女健康的制度机制】坚持预防为主。\n加大对妇女健康事业的财政投入，完善公共卫生应急管理体系。\n"
        + "【加强妇幼健康服务体系建设】健全妇幼健康服务网络。\n【保障孕产妇安全分娩】提供生育全程基本医疗保健服务。\n"
        + "（二）妇女与教育\n主要目标：\n1、女童平等接受义务教育。\n"));
    List<Item> measures = s.domains().get(0).measures();
    assertEquals(List.of("完善促进妇女健康的制度机制", "加强妇幼健康服务体系建设", "保障孕产妇安全分娩"),
        titles(measures));
    assertTrue(measures.get(0).text().endsWith("完善公共卫生应急管理体系。"));
  }

  @Test
  void aParenthesisedListInsideADecimalOutlineNestsUnderEachDecimalHeading() {
    // （1） first under 1.2 基本原则, later under 2.1.1 主要目标: each time it is that heading's list
    PlanStructure s = PARSER.parse(Texts.plan("莱西市儿童发展规划（2021—2030年）\n1 总体要求\n"
        + "1.1 指导思想\n坚持儿童优先发展。\n1.2 基本原则\n（1）坚持党的全面领导。把党的领导贯穿始终。\n"
        + "（2）坚持儿童利益最大化。保障儿童权利。\n2 发展领域、主要目标和策略措施\n2.1 儿童与健康\n"
        + "2.1.1 主要目标\n（1）新生儿死亡率降至3.0‰以下。\n（2）适龄儿童免疫规划疫苗接种率保持在90%以上。\n"
        + "2.1.2 策略措施\n（1）优先保障儿童健康。将儿童健康指标纳入考核。\n2.2 儿童与安全\n2.2.1 主要目标\n"
        + "（1）儿童食品安全抽检合格率达到98%以上。\n2.2.2 策略措施\n（1）预防和控制儿童溺水。加强排查。\n"
        + "3 组织实施\n市妇儿工委负责组织、协调工作。"));
    assertEquals(List.of(2, 1), s.domains().stream().map(d -> d.goals().size()).toList());
    assertEquals(List.of(1, 1), s.domains().stream().map(d -> d.measures().size()).toList());
    assertTrue(s.warnings().stream().noneMatch(w -> w.code().equals("EMPTY_DOMAINS")));
  }

  @Test
  void domainsWithNothingUnderThemAreWarnedOf() {
    PlanStructure s = PARSER.parse(Texts.plan("某县儿童发展规划（2021—2030年）\n一、儿童与健康\n"
        + "（一）主要目标\n（二）策略措施\n二、儿童与安全\n（一）主要目标\n（二）策略措施\n三、组织实施\n"));
    assertEquals(2, s.domains().size());
    assertTrue(s.warnings().stream().anyMatch(w -> w.code().equals("EMPTY_DOMAINS")));
  }

  @Test
  void domainsLetteredInPlaceOfChineseNumbers() {
    PlanStructure s = PARSER.parse(Texts.plan("正蓝旗妇女发展规划（2021—2030年）\n"
        + "三、发展领域、主要目标和策略措施\nA．妇女与健康\n（一）主要目标\n1.孕产妇死亡率下降到12/10万以下。\n"
        + "（二）策略措施\n1.完善保障妇女健康的制度机制。坚持预防为主。\nB．妇女与教育\n（一）主要目标\n"
        + "1.高中阶段毛入学率达到95%以上。\n（二）策略措施\n1.加强思想政治教育。引导妇女听党话。\n"
        + "四、组织实施\n旗妇儿工委负责组织、协调工作。"));
    assertEquals(List.of("妇女与健康", "妇女与教育"), s.domains().stream().map(Domain::name).toList());
    assertEquals(List.of(1, 1), s.domains().stream().map(d -> d.measures().size()).toList());
  }

  @ParameterizedTest
  @CsvSource({"总体思路", "发展思路", "总体要求"})
  void aSectorPlansFramingChapterIsNoDomain(String framing) {
    // the chapter that frames the plan holds its goals, but names no field of development
    PlanStructure s = PARSER.parse(Texts.plan("桑植县“十四五”养老服务体系建设规划\n第一部分 发展基础\n成效显著。\n"
        + "第二部分 " + framing + "\n一、指导思想\n以人民为中心。\n二、发展目标\n"
        + "1.养老服务供给更加充足。养老机构护理型床位占比不低于55%。\n"
        + "第三部分 主要任务\n（一）完善设施。建设一批养老机构。\n（二）提升质量。加强培训。\n"
        + "第四部分 保障措施\n加强组织领导。"));
    assertEquals(1, s.domains().size());
    Domain d = s.domains().get(0);
    assertEquals("养老服务体系建设", d.name());
    assertEquals(1, d.goals().size());
    assertEquals(2, d.measures().size());
  }

  @Test
  void aHeadingFlattenedOntoItsTextIsReadUpToTheGap() {
    // a PDF copied as one line: 二、发展目标 and its lead-in sentence on one line, a space between
    PlanStructure s = PARSER.parse(Texts.plan("""
        桑植县“十四五”托育服务发展规划
        一、发展现状 截至2020年底，全县共有托育机构26家。
        二、发展目标 到2025年，托育服务体系基本形成。
        1.托育服务供给明显增加。每千人口拥有3岁以下婴幼儿托位数达到4.5个。
        2.普惠托育服务加快发展。普惠性托位占比不低于60%。
        三、主要任务
        1.推进公办托育机构建设。县政府举办1所公办示范性托育综合服务中心。
        四、保障措施 加强组织领导。"""));
    Domain d = s.domains().get(0);
    assertEquals(2, d.goals().size());
    assertEquals(1, d.measures().size());
  }

  @Test
  void aPartHoldsItsChaptersAndABoxEndsAtTheNextPart() {
    // a 纲要: 第一篇 over 第一章 第二章, an indicator box, then 第二篇: the box holds no chapter
    PlanStructure s = PARSER.parse(Texts.plan("""
        秦安县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
        第一篇 开启新征程
        第一章 发展环境
        成效显著。
        第二章 主要目标
        专栏1 主要指标
        地区生产总值（亿元）\t86.5\t121
        第二篇 加快构建现代产业体系
        第三章 做强特色优势产业
        1.稳定苹果种植面积在60万亩左右。"""));
    assertTrue(s.keyProjects().isEmpty(), s.keyProjects().toString());
  }

  @Test
  void anAnnexTaskTableRestatesTheMeasuresItAddsNone() {
    PlanStructure s = PARSER.parse(Texts.plan("""
        陆良县妇幼健康服务能力提升实施方案（2023—2025年）
        一、工作目标
        到2025年，全县妇幼健康服务体系更加健全。
        二、重点任务
        1.加强县级妇幼保健机构建设。推进县妇幼保健院新院区建设。
        2.夯实基层妇幼健康服务网底。每个乡镇卫生院至少配备2名专职妇幼保健人员。
        三、保障措施
        加强组织领导。
        附件
        重点任务分工表
        序号\t重点任务\t牵头单位\t配合单位
        1\t加强县级妇幼保健机构建设\t县卫生健康局\t县财政局
        2\t夯实基层妇幼健康服务网底\t县卫生健康局\t各乡镇人民政府"""));
    assertEquals(List.of("加强县级妇幼保健机构建设", "夯实基层妇幼健康服务网底"),
        titles(s.domains().get(0).measures()));
  }

  @Test
  void aBoxAfterAMeasureEndsWhereTheMeasureListGoesOn() {
    // 策略措施： 1. 2. | 专栏1 1. 2. 3. | 3. 4.: the list resumes after the box
    PlanStructure s = PARSER.parse(Texts.plan("""
        （一）儿童与健康
        主要目标：
        1.婴儿死亡率控制在5‰以下。
        策略措施：
        1.优先保障儿童健康。将儿童健康理念融入经济社会发展政策。
        2.完善儿童健康服务体系。构建四级儿童健康服务网络。
        专栏1 儿童健康重点项目
        1.出生缺陷综合防治项目：筛查率达到98%以上。
        2.儿童近视综合防控项目：建设10个市级近视防控示范学校。
        3.儿童心理健康促进项目：建成1个儿童青少年心理健康服务中心。
        3.加强儿童近视防控。中小学校教室照明达标率达到100%。
        4.加强儿童心理健康服务。构建儿童心理健康公共服务网络。"""));
    assertEquals(List.of(1, 2, 3, 4), s.domains().get(0).measures().stream().map(Item::n).toList());
    assertEquals(3, s.keyProjects().size());
  }

  private static List<String> titles(List<Item> items) {
    return items.stream().map(Item::title).toList();
  }

  /** A line that announces the table below the goals (主要指标如下表：) is not the last goal's text. */
  @Test
  void aTableLeadInIsNoPartOfTheGoalAbove() {
    PlanText plan = Texts.plan("（一）妇女与健康\n主要目标：\n1.孕产妇死亡率控制在12/10万以下。\n"
        + "2.妇女常见病筛查率达到90%以上。\n主要指标如下表：\n策略措施：\n1.完善妇女健康保障机制。\n");
    List<Item> goals = PARSER.parse(plan).domains().get(0).goals();
    assertEquals("妇女常见病筛查率达到90%以上。", goals.get(1).text());
    for (String lead : List.of("主要指标如下表：", "具体指标见表1。", "各项指标详见附表2：")) {
      assertTrue(TableCaptions.isLeadIn(lead), lead);
    }
    for (String text : List.of("按照下表要求开展工作，确保各项指标完成。", "表1 主要指标")) {
      assertFalse(TableCaptions.isLeadIn(text), text);
    }
  }

  /** Tasks headed 行动一： / 行动二： are the measures, the paragraphs under each its text. */
  @Test
  void labelledActionsAreTheTasks() {
    PlanText plan = Texts.plan("某市“十四五”教育事业发展规划\n一、发展目标\n"
        + "1．学前三年毛入园率稳定在95%以上。\n二、主要任务\n行动一：学前教育普惠扩容行动\n"
        + "新建、改扩建公办幼儿园12所。完善扶持办法。\n到2025年，普惠性资源实现全覆盖。\n"
        + "行动二：教师队伍素质提升行动\n实施“县管校聘”管理改革。\n"
        + "到2025年，建成高素质专业化教师队伍。\n三、保障措施\n加强组织领导。\n");
    List<Item> measures = PARSER.parse(plan).domains().get(0).measures();
    assertEquals(List.of("学前教育普惠扩容行动", "教师队伍素质提升行动"),
        measures.stream().map(Item::title).toList());
    assertTrue(measures.get(1).text().endsWith("建成高素质专业化教师队伍。"), measures.get(1).text());
  }

  /** Goals without numbers stay goals when a table's caption follows them without its table. */
  @Test
  void unnumberedGoalsBeforeATableCaptionWithoutItsTable() {
    PlanText plan = Texts.plan("某市“十四五”教育事业发展规划\n一、发展目标\n"
        + "学前教育普及普惠。学前三年毛入园率稳定在95%以上。\n"
        + "义务教育优质均衡。九年义务教育巩固率达到96%以上。\n表1  某市“十四五”教育事业发展主要指标\n"
        + "二、主要任务\n（一）扩大学前教育资源。新建公办幼儿园12所。\n");
    List<Item> goals = PARSER.parse(plan).domains().get(0).goals();
    assertEquals(List.of("学前教育普及普惠。学前三年毛入园率稳定在95%以上。",
        "义务教育优质均衡。九年义务教育巩固率达到96%以上。"), goals.stream().map(Item::text).toList());
  }

  /**
   * 1.主要目标 over items numbered 1. 2. again (an HTML list printed to PDF): the items are the
   * list's; 2.策略措施 is the next list, and a chapter after a list heading of its own style
   * (三、主要任务 / 四、保障措施) stays a chapter.
   */
  @Test
  void aNumberedListHeadingOverItemsOfItsOwnStyle() {
    PlanText plan = Texts.plan("（一）儿童与健康\n1.主要目标\n1.新生儿死亡率降至3.0‰以下。\n"
        + "2.普及儿童健康生活方式。\n2.策略措施\n1.优先保障儿童健康。将儿童健康纳入考核。\n"
        + "2.完善儿童健康服务体系。\n（二）儿童与安全\n1.主要目标\n1.儿童伤害死亡率下降20%。\n");
    List<Domain> domains = PARSER.parse(plan).domains();
    assertEquals(List.of("新生儿死亡率降至3.0‰以下。", "普及儿童健康生活方式。"),
        domains.get(0).goals().stream().map(Item::text).toList());
    assertEquals(List.of("优先保障儿童健康", "完善儿童健康服务体系"),
        domains.get(0).measures().stream().map(Item::title).toList());
    assertEquals(1, domains.get(1).goals().size());
  }

  @Test
  void aDomainNamedWithAPreamblesWordsHoldsItsGoalsAndMeasures() {
    // 儿童友好城市 plans: 发展环境友好 is a domain; 一、发展环境 over paragraphs stays a preamble
    PlanText plan = Texts.plan("一、发展环境\n1.儿童事业取得长足进步。\n2.面临新的挑战。\n"
        + "二、重点任务\n（一）社会政策友好\n主要目标：\n1.儿童优先原则全面落实。\n策略措施：\n"
        + "1.完善儿童政策体系。制定政策时听取儿童意见。\n（二）发展环境友好\n主要目标：\n"
        + "1.儿童友好理念深入人心。\n2.家庭教育指导服务覆盖率达到90%以上。\n策略措施：\n"
        + "1.营造儿童友好社会氛围。开展宣传活动。\n");
    List<Domain> domains = PARSER.parse(plan).domains();
    assertEquals(List.of("社会政策友好", "发展环境友好"), domains.stream().map(Domain::name).toList());
    assertEquals(List.of("儿童友好理念深入人心。", "家庭教育指导服务覆盖率达到90%以上。"),
        domains.get(1).goals().stream().map(Item::text).toList());
    assertEquals(List.of("营造儿童友好社会氛围"),
        domains.get(1).measures().stream().map(Item::title).toList());
  }

  @Test
  void aSectorPlansOwnHeadingsAreItsDomainsNamesAsPrinted() {
    // a 妇幼健康 plan: 妇女健康 beside 出生缺陷防治 is the plan's own list, not the women's plan's
    // 妇女与健康; a women's plan whose every heading is a known domain keeps the known names
    PlanText plan = Texts.plan("某市“十四五”妇幼健康事业发展规划\n三、重点领域、主要目标和策略措施\n"
        + "（一）妇女健康\n主要目标：\n1.孕产妇死亡率控制在9/10万以下。\n策略措施：\n1.保障母婴安全。\n"
        + "（二）出生缺陷防治\n主要目标：\n1.产前筛查率达到85%以上。\n策略措施：\n1.加强婚前保健。\n");
    assertEquals(List.of("妇女健康", "出生缺陷防治"),
        PARSER.parse(plan).domains().stream().map(Domain::name).toList());
    PlanText women = Texts.plan("某县妇女发展规划（2021—2030年）\n（一）妇女健康\n主要目标：\n"
        + "1.孕产妇死亡率控制在9/10万以下。\n（二）妇女教育\n主要目标：\n1.女性平均受教育年限达到11年。\n");
    assertEquals(List.of("妇女与健康", "妇女与教育"),
        PARSER.parse(women).domains().stream().map(Domain::name).toList());
  }
}
