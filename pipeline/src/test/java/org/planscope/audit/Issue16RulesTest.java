package org.planscope.audit;

import org.planscope.format.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planscope.audit.TestPlans.lead;
import static org.planscope.audit.TestPlans.plan;
import static org.planscope.audit.TestPlans.responsible;
import static org.planscope.audit.TestPlans.stated;
import static org.planscope.audit.TestPlans.statedIn;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Op;
import org.planscope.model.Plan;

/**
 * issue-16: conditions and scopes are not conflicts, references are compared for the same year,
 * messages say what the data says, in Chinese by default.
 */
class Issue16RulesTest {
  /** The catalogue shape, as a province's own table would be written. */
  private static final String CATALOGUE_SHAPE = String.join("\n",
      "id\tname\tsynonyms\tpatterns\tunit\tdirection\tdomain\tnational\tsource\tyear\tarticle"
          + "\tmilestones\tmilestone_source",
      "maternal_mortality\t孕产妇死亡率\t\t\t1/10万\tLOWER\t妇女与健康\t<= 12 1/10万\tW\t2030"
          + "\t二（一）妇女与健康 主要目标2\t2025 <= 14.5 1/10万\t《“十四五”国民健康规划》",
      "cervical_screening\t宫颈癌人群筛查率\t适龄妇女宫颈癌人群筛查率\t\t%\tHIGHER\t妇女与健康"
          + "\t>= 70 %\tW\t2030\t\t2025 >= 50 %\t《加速消除宫颈癌行动计划（2023—2030年）》",
      "female_toilets\t女厕位与男厕位的比例\t\t\tratio\tHIGHER\t妇女与环境\t\t\t\t\t\t",
      "rural_tap_water\t农村自来水普及率\t\t\t%\tHIGHER\t妇女与环境\t\t\t\t\t2025 >= 88 %\t十四五");

  private static ReferenceData catalogueShape() {
    return TsvReferenceData.read("t.tsv",
        new ByteArrayInputStream(CATALOGUE_SHAPE.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Finding> check(AuditRule rule, Plan plan, Plan... others) {
    List<Plan> all = new ArrayList<>(List.of(others));
    all.add(plan);
    return rule.check(plan, new AuditContext(all, catalogueShape()));
  }

  private static TestPlans.Builder county() {
    return plan("c", "甲县", "县", "某某省", "测试市").domain("妇女与健康");
  }

  // INCONSISTENT: a condition or scope is a different target

  @Test
  void aConditionInOneItemIsNotAConflict() {
    Plan p = plan("c", "甲县", "县", "某某省", null).domain("妇女与环境")
        .measure("新建公厕男女厕位比例不低于3:2，人流量较大地区不小于2:1。",
            stated("女厕位与男厕位的比例", ">=", "1.5", "ratio", "新建公厕男女厕位比例不低于3:2"),
            stated("女厕位与男厕位的比例", ">=", "2", "ratio", "人流量较大地区不小于2:1"))
        .build();
    assertEquals(List.of(), check(new InconsistentRule(), p));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # goal clause                               | measure clause                           | conflict
      农村自来水普及率达到90%                      | 城市自来水普及率达到98%                   | false
      35—64岁妇女宫颈癌人群筛查率达到70%            | 宫颈癌人群筛查率达到60%                   | false
      宫颈癌人群筛查率达到70%                      | 宫颈癌人群筛查率达到60%                   | true
      新建公厕女厕位比例达到60%                    | 人流量较大地区公厕女厕位比例达到67%        | false
      """)
  void scopesInDifferentItemsAreDifferentTargets(String goal, String measure, boolean conflict) {
    String indicator = goal.contains("自来水") ? "自来水普及率"
        : goal.contains("厕位") ? "公厕女厕位比例" : "宫颈癌人群筛查率";
    String[] g = goal.split("达到");
    String[] m = measure.split("达到");
    Plan p = county()
        .goal(goal + "。", stated(indicator, ">=", g[1].replace("%", ""), "%", goal))
        .measure(measure + "。", stated(indicator, ">=", m[1].replace("%", ""), "%", measure))
        .build();
    assertEquals(conflict, !check(new InconsistentRule(), p).isEmpty(), goal + " / " + measure);
  }

  @Test
  void aStatedYearAndThePlanEndAreDifferentYears() {
    Plan p = county()
        .goal("到2025年，宫颈癌人群筛查率达到50%。",
            statedIn(2025, "宫颈癌人群筛查率", ">=", "50", "%", "宫颈癌人群筛查率达到50%"))
        .measure("宫颈癌人群筛查率达到70%。", stated("宫颈癌人群筛查率", ">=", "70", "%",
            "宫颈癌人群筛查率达到70%"))
        .build();
    assertEquals(List.of(), check(new InconsistentRule(), p));
  }

  // WEAKER_THAN_REFERENCE: the same horizon only

  @Test
  void aFiveYearPlanIsHeldAgainstThe2025Milestone() {
    Plan ok = county().period(2021, 2025)
        .goal("孕产妇死亡率下降到12.5/10万以内。",
            stated("孕产妇死亡率", "<=", "12.5", "1/10万", "孕产妇死亡率下降到12.5/10万以内"))
        .build();
    assertEquals(List.of(), check(new WeakerThanReferenceRule(), ok));
    Plan weak = county().period(2021, 2025)
        .goal("孕产妇死亡率控制在16/10万以下。",
            stated("孕产妇死亡率", "<=", "16", "1/10万", "孕产妇死亡率控制在16/10万以下"))
        .build();
    List<Finding> fs = check(new WeakerThanReferenceRule(), weak);
    assertEquals(1, fs.size());
    assertEquals(Severity.HIGH, fs.get(0).severity());
    assertEquals("「孕产妇死亡率」2025年目标 ≤ 16/10万，比全国目标（《“十四五”国民健康规划》）2025年的"
        + " ≤ 14.5/10万 宽松", fs.get(0).message().zh());
    assertEquals("甲县", fs.get(0).where().region());
  }

  @Test
  void noMilestoneForTheYearIsALowNoteNamingBothYears() {
    Plan p = county().period(2021, 2030).domain("妇女与环境")
        .goal("农村自来水普及率达到80%。",
            stated("农村自来水普及率", ">=", "80", "%", "农村自来水普及率达到80%"))
        .build();
    List<Finding> fs = check(new WeakerThanReferenceRule(), p);
    assertEquals(1, fs.size());
    assertEquals(Severity.LOW, fs.get(0).severity());
    assertTrue(fs.get(0).message().zh().contains("2030年目标 ≥ 80%")
        && fs.get(0).message().zh().contains("只给出2025年的 ≥ 88%"), fs.get(0).message().zh());
    assertTrue(fs.get(0).message().en().contains("a different horizon"), fs.get(0).message().en());
  }

  @Test
  void aParentTableInTheCatalogueShapeIsComparedForTheSameYear() {
    String province = String.join("\n",
        "id\tname\tsynonyms\tpatterns\tunit\tdirection\tdomain\tnational\tsource\tyear\tarticle"
            + "\tmilestones\tmilestone_source",
        "cervical_screening\t宫颈癌人群筛查率\t\t\t%\tHIGHER\t妇女与健康\t>= 80 %\t某某省妇女发展规划"
            + "\t2030\t妇女与健康 主要目标3\t2025 >= 60 %\t");
    ReferenceData parent = TsvReferenceData.read("province.tsv",
        new ByteArrayInputStream(province.getBytes(StandardCharsets.UTF_8)));
    Plan p = county().period(2021, 2025)
        .goal("宫颈癌人群筛查率达到55%。",
            stated("宫颈癌人群筛查率", ">=", "55", "%", "宫颈癌人群筛查率达到55%"))
        .build();
    List<Finding> fs = new WeakerThanReferenceRule().check(p,
        new AuditContext(List.of(p), catalogueShape(), parent, "某某省规划"));
    assertEquals(1, fs.size(), fs.toString());
    String zh = fs.get(0).message().zh();
    // above the national 2025 milestone (50%), below the province's 2025 milestone (60%)
    assertTrue(zh.contains("参照表（某某省规划）") && zh.contains("≥ 60%"), zh);
    assertFalse(zh.contains("全国目标"), zh);
  }

  @Test
  void catalogueShapeReadsMilestonesWithTheirYears() {
    Reference r = catalogueShape().resolve("孕产妇死亡率").orElseThrow();
    assertEquals(0, new BigDecimal("14.5").compareTo(r.forYear(2025).orElseThrow().value()));
    assertEquals(0, new BigDecimal("12").compareTo(r.forYear(2030).orElseThrow().value()));
    assertEquals(Op.LE, r.forYear(2030).orElseThrow().op());
    assertTrue(r.forYear(2027).isEmpty());
    assertEquals(2025, r.nearest(2027).orElseThrow().year());
    assertEquals("women", r.outline());
  }

  @Test
  void theShippedCatalogueHasThe2025MaternalMortalityMilestone() {
    Reference r = CatalogueReferenceData.load().resolve("maternal_mortality").orElseThrow();
    assertEquals("≤ 14.5/10万", r.forYear(2025).orElseThrow().target());
    assertEquals("≤ 12/10万", r.forYear(2030).orElseThrow().target());
    assertTrue(r.forYear(2025).orElseThrow().source().contains("十四五"));
  }

  // MISSING_VALUE: actionable or INFO

  @Test
  void missingValueIsMediumOnlyWhenSomeoneQuantifiesIt() {
    Plan p = county().period(2021, 2025)
        .goal("适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高。")
        .goal("妇女焦虑障碍、抑郁症患病率上升趋势减缓。")
        .build();
    List<Finding> fs = check(new MissingValueRule(), p);
    assertEquals(2, fs.size(), fs.toString());
    assertEquals(Severity.MEDIUM, fs.get(0).severity());
    assertTrue(fs.get(0).message().zh().contains("2025年达到 宫颈癌人群筛查率 ≥ 50%，本规划未量化"),
        fs.get(0).message().zh());
    assertEquals(Severity.INFO, fs.get(1).severity());
    // the whole clause, never 「…患病率上升」 without 趋势减缓
    assertEquals("妇女焦虑障碍、抑郁症患病率上升趋势减缓", fs.get(1).evidence().text());
  }

  @Test
  void aPeerThatQuantifiesMakesItActionableAndIsNamedByRegion() {
    Plan peer = plan("q", "乙县", "县", "某某省", "测试市").domain("妇女与健康")
        .goal("妇女经常参加体育锻炼的人数比例达到42%。", stated("妇女经常参加体育锻炼的人数比例",
            ">=", "42", "%", "妇女经常参加体育锻炼的人数比例达到42%"))
        .build();
    Plan p = county().goal("提高妇女经常参加体育锻炼的人数比例。").build();
    List<Finding> fs = check(new MissingValueRule(), p, peer);
    assertEquals(1, fs.size());
    assertEquals(Severity.MEDIUM, fs.get(0).severity());
    assertTrue(fs.get(0).message().zh().contains("1个同类规划已量化（乙县 ≥ 42%）"),
        fs.get(0).message().zh());
  }

  // UNASSIGNED: the message counts what it says it counts

  @Test
  void unassignedCountsGoalsWithALeadUnit() {
    Plan p = county()
        .goal("孕产妇死亡率下降。牵头单位：县卫生健康局", lead("县卫生健康局"))
        .goal("妇女健康素养提高。牵头单位：县卫生健康局", lead("县卫生健康局"))
        .goal("提高妇女尊法守法意识。责任单位：县妇儿工委各成员单位", responsible("县妇儿工委各成员单位"))
        .build();
    List<Finding> fs = check(new UnassignedRule(), p);
    assertEquals(1, fs.size());
    assertEquals("该目标未明确牵头单位，只列出县妇儿工委各成员单位", fs.get(0).message().zh());
    assertEquals("为该目标明确牵头单位（本规划3个目标中有2个明确了牵头单位）", fs.get(0).suggestion().zh());
  }

  @Test
  void aPlanThatNeverNamesALeadUnitIsNotChecked() {
    Plan p = county()
        .goal("孕产妇死亡率下降。责任单位：县卫生健康局", responsible("县卫生健康局"))
        .goal("妇女健康素养提高。责任单位：县卫生健康局", responsible("县卫生健康局"))
        .build();
    assertEquals(List.of(), check(new UnassignedRule(), p));
  }

  // names in both languages

  @Test
  void ruleAndSeverityNamesAreChineseByDefault() {
    assertEquals(List.of("缺少目标值", "未设指标", "低于上级目标", "前后不一致", "未明确牵头单位", "提取存疑"),
        Auditor.standardRules().stream().map(r -> Messages.ruleName(r.id()).zh()).toList());
    assertEquals(List.of("高", "中", "低", "提示"),
        List.of(Severity.values()).stream().map(s -> Messages.severity(s).zh()).toList());
    assertEquals("weaker than reference", Messages.ruleName("WEAKER_THAN_REFERENCE").en());
    assertEquals(Lang.EN, Lang.parse("en-GB"));
    assertEquals(Lang.ZH, Lang.parse("zh-CN"));
  }
}
