package org.planscope.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planscope.audit.TestPlans.lead;
import static org.planscope.audit.TestPlans.missing;
import static org.planscope.audit.TestPlans.plan;
import static org.planscope.audit.TestPlans.responsible;
import static org.planscope.audit.TestPlans.stated;
import static org.planscope.audit.TestPlans.statedIn;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.extract.IndicatorCatalogue.Direction;
import org.planscope.model.Op;
import org.planscope.model.Plan;
import org.planscope.model.Warning;

/** Each rule's edges: what fires, and the near misses that must not. */
class AuditRulesTest {
  private static final ReferenceData REF = TestPlans.reference();

  private static List<Finding> check(AuditRule rule, Plan plan, Plan... others) {
    List<Plan> all = new java.util.ArrayList<>(List.of(others));
    all.add(plan);
    return rule.check(plan, new AuditContext(all, REF));
  }

  /** Peers only: no reference data, so the national half of the rule stays silent. */
  private static List<Finding> checkAmongPeers(AuditRule rule, Plan plan, Plan... others) {
    List<Plan> all = new java.util.ArrayList<>(List.of(others));
    all.add(plan);
    return rule.check(plan, new AuditContext(all, ReferenceData.NONE));
  }

  private static TestPlans.Builder county() {
    return plan("c", "甲县", "县", "某某省", "测试市").domain("妇女与健康");
  }

  // MISSING_VALUE

  @Test
  void missingValueWorksWithoutTheExtractor() {
    Plan p = county().goal("妇女的防治意识进一步提升。适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高。").build();
    List<Finding> fs = check(new MissingValueRule(), p);
    assertEquals(1, fs.size(), fs.toString());
    assertEquals("适龄妇女宫颈癌、乳腺癌人群筛查率", fs.get(0).indicator());
    assertEquals("适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高", fs.get(0).evidence().text());
    assertEquals(13, fs.get(0).evidence().start());
  }

  @Test
  void missingValueReportsTheExtractorsTargetEvenWhenTheFinderMissesIt() {
    Plan p = county().goal("妇女健康素养水平不断提高。", missing("妇女健康素养水平", "妇女健康素养水平不断提高")).build();
    List<Finding> fs = check(new MissingValueRule(), p);
    assertEquals(1, fs.size());
    assertEquals("妇女健康素养水平", fs.get(0).indicator());
  }

  @Test
  void missingValueIsSilentWhenAStatedTargetCoversTheIndicator() {
    Plan p = county()
        .goal("孕产妇系统管理率逐步提高，稳定在90%以上。",
            stated("孕产妇系统管理率", ">=", "90", "%", "稳定在90%以上"))
        .goal("妇女常见病筛查率不断提高。")
        .goal("妇女常见病筛查率达到85%以上。", stated("妇女常见病筛查率", ">=", "85", "%", "妇女常见病筛查率达到85%以上"))
        .build();
    assertEquals(List.of(), check(new MissingValueRule(), p));
  }

  @Test
  void missingValueSuggestsTheNationalValueAndTheParentsWhenKnown() {
    Plan parent = plan("p", "测试市", "市", "某某省", null).domain("妇女与健康")
        .goal("宫颈癌人群筛查率达到80%以上。", stated("宫颈癌人群筛查率", ">=", "80", "%", "宫颈癌人群筛查率达到80%以上"))
        .build();
    Plan p = county().goal("适龄妇女宫颈癌人群筛查率逐步提高。").build();
    Finding f = check(new MissingValueRule(), p, parent).get(0);
    assertEquals(Severity.MEDIUM, f.severity());
    assertTrue(f.message().en().contains("sets 宫颈癌人群筛查率 ≥ 70%"), f.message().en());
    assertTrue(f.message().zh().contains("本规划未量化"), f.message().zh());
    assertTrue(f.suggestion().en().contains("the parent plan (测试市) sets 宫颈癌人群筛查率 ≥ 80%"), f.suggestion().en());
  }

  @Test
  void missingValueChecksGoalsOnly() {
    Plan p = county().goal("妇女健康水平提高。").measure("逐步提高孕产妇系统管理率。").build();
    assertEquals(List.of(), check(new MissingValueRule(), p));
  }

  // ABSENT_INDICATOR

  private static Plan peer(String id, String indicator, String value) {
    return plan(id, id, "县", null, null).domain("妇女与健康")
        .goal(indicator + "达到" + value + "%以上。", stated(indicator, ">=", value, "%", indicator + "达到" + value + "%以上"))
        .build();
  }

  @Test
  void absentNationalIndicatorOnlyInTheDomainsThePlanHas() {
    Plan p = county()
        .goal("孕产妇死亡率下降到12/10万以下。", stated("孕产妇死亡率", "<=", "12", "1/10万", "孕产妇死亡率下降到12/10万以下"))
        .goal("加强宫颈癌和乳腺癌综合防治，宫颈癌人群筛查率逐步提高。")
        .build();
    List<Finding> fs = check(new AbsentIndicatorRule(), p);
    // 艾滋病母婴传播率 (national ≤ 2%) is absent; 宫颈癌人群筛查率 is named though unquantified;
    // 妇女基本医疗保险参保率 is national too, but in a domain this plan does not have
    assertEquals(List.of("艾滋病母婴传播率"), fs.stream().map(Finding::indicator).toList());
    assertEquals(Severity.MEDIUM, fs.get(0).severity());
    assertEquals("妇女与健康", fs.get(0).where().domain());
  }

  @Test
  void absentPeerIndicatorNeedsMoreThanHalfOfTheOthersAndAtLeastTwo() {
    Plan p = plan("c", "甲县", "县", null, null).domain("妇女与健康").goal("加强妇幼健康服务。").build();
    Plan a = peer("a", "孕产妇系统管理率", "90");
    Plan b = peer("b", "孕产妇系统管理率", "95");
    Plan c = peer("d", "婚前医学检查率", "65");
    Plan d = peer("e", "婚前医学检查率", "70");
    // 2 of 3 others: absent
    assertEquals(List.of("孕产妇系统管理率"), indicators(checkAmongPeers(new AbsentIndicatorRule(), p, a, b, c)));
    // 2 of 4 others is not more than half
    assertEquals(List.of(), indicators(checkAmongPeers(new AbsentIndicatorRule(), p, a, b, c, d)));
    // 1 of 1 other is more than half but a single plan
    assertEquals(List.of(), indicators(checkAmongPeers(new AbsentIndicatorRule(), p, a)));
  }

  @Test
  void anIndicatorNamedWithoutANumberIsNotAbsent() {
    Plan p = plan("c", "甲县", "县", null, null).domain("妇女与健康").goal("孕产妇系统管理率逐步提高。").build();
    assertEquals(List.of(), checkAmongPeers(new AbsentIndicatorRule(), p,
        peer("a", "孕产妇系统管理率", "90"), peer("b", "孕产妇系统管理率", "95")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # plan text                                   | indicator        | mentioned
      适龄妇女宫颈癌、乳腺癌人群筛查率达到70%以上      | 宫颈癌人群筛查率 | true
      孕产妇和婴儿死亡率明显下降                       | 孕产妇死亡率     | true
      宫颈癌 人群筛查率                                | 宫颈癌人群筛查率 | true
      宫颈癌防治。乳腺癌人群筛查率逐步提高            | 宫颈癌人群筛查率 | false
      宫颈癌和乳腺癌综合防治能力不断增强，人群筛查率提高 | 宫颈癌人群筛查率 | false
      """)
  void coordinatedWordingsMentionTheIndicator(String text, String indicator, boolean mentioned) {
    assertEquals(mentioned,
        IndicatorMentions.standard().mentions(org.planscope.lexicon.Fold.key(text), indicator));
  }

  @Test
  void aDomainUnderAnotherOfItsNamesIsStillTheOutlinesDomain() {
    // a plan keeps the name its heading prints (妇女健康, 儿童与社会环境); the outline's
    // 妇女与健康 references apply to it all the same
    Plan p = plan("h", "甲县", "县", null, null).domain("妇女健康")
        .goal("孕产妇死亡率下降到12/10万以下。", stated("孕产妇死亡率", "<=", "12", "1/10万", "孕产妇死亡率下降到12/10万以下"))
        .build();
    List<Finding> fs = check(new AbsentIndicatorRule(), p);
    assertTrue(fs.stream().anyMatch(f -> "艾滋病母婴传播率".equals(f.indicator())), fs.toString());
  }

  @Test
  void aCombinedPlanAnswersToBothOutlinesInItsOwnDomains() {
    Plan p = plan("c", "甲县", "县", null, null).type("women_children").domain("妇女与健康")
        .goal("孕产妇死亡率下降到12/10万以下。", stated("孕产妇死亡率", "<=", "12", "1/10万", "孕产妇死亡率下降到12/10万以下"))
        .domain("儿童与健康").goal("加强儿童健康服务。").build();
    // the catalogue's references, each marked with its outline (women's or children's)
    ReferenceData catalogue = CatalogueReferenceData.load();
    List<Finding> fs = new AbsentIndicatorRule().check(p, new AuditContext(List.of(p), catalogue));
    assertTrue(fs.stream().anyMatch(f -> "艾滋病母婴传播率".equals(f.indicator())
        && "妇女与健康".equals(f.where().domain())), fs.toString());
    assertTrue(fs.stream().anyMatch(f -> "婴儿死亡率".equals(f.indicator())
        && "儿童与健康".equals(f.where().domain())), fs.toString());
    // a children's plan alone answers to the children's outline only
    Plan c = plan("d", "乙县", "县", null, null).type("children").domain("妇女与健康")
        .goal("孕产妇死亡率下降到12/10万以下。", stated("孕产妇死亡率", "<=", "12", "1/10万", "孕产妇死亡率下降到12/10万以下"))
        .domain("儿童与健康").goal("加强儿童健康服务。").build();
    List<Finding> children = new AbsentIndicatorRule().check(c,
        new AuditContext(List.of(c), catalogue));
    assertTrue(children.stream().noneMatch(f -> "妇女与健康".equals(f.where().domain())),
        children.toString());
    assertTrue(children.stream().anyMatch(f -> "婴儿死亡率".equals(f.indicator())));
  }

  @Test
  void peersAreOfTheSameType() {
    Plan p = plan("c", "甲县", "县", null, null).type("children").domain("儿童与健康")
        .goal("加强儿童健康服务。").build();
    assertEquals(List.of(), checkAmongPeers(new AbsentIndicatorRule(), p,
        peer("a", "孕产妇系统管理率", "90"), peer("b", "孕产妇系统管理率", "95")));
  }

  private static List<String> indicators(List<Finding> fs) {
    return fs.stream().map(Finding::indicator).toList();
  }

  // WEAKER_THAN_REFERENCE

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # direction       | plan op | plan value | reference | weaker
      LOWER             | <=      | 12.5       | 12        | true
      LOWER             | <=      | 12         | 12        | false
      LOWER             | <=      | 8          | 12        | false
      LOWER             | ~       | 13         | 12        | true
      # a lower bound on a lower-is-better indicator says nothing about the upper side
      LOWER             | >=      | 13         | 12        | false
      HIGHER            | >=      | 65         | 70        | true
      HIGHER            | >=      | 70         | 70        | false
      HIGHER            | >       | 80         | 70        | false
      HIGHER            | =       | 60         | 70        | true
      HIGHER            | <=      | 60         | 70        | false
      """)
  void directionDecidesWeaker(Direction direction, String op, String value, String reference,
      boolean weaker) {
    assertEquals(weaker, WeakerThanReferenceRule.weaker(direction, Op.fromSymbol(op),
        new BigDecimal(value), new BigDecimal(reference)));
  }

  @Test
  void unitsMustAgreeToCompare() {
    Plan p = county()
        .goal("孕产妇死亡率下降到15‱以下。", stated("孕产妇死亡率", "<=", "15", "‱", "孕产妇死亡率下降到15‱以下"))
        .goal("艾滋病母婴传播率下降到2.5％以下。", stated("艾滋病母婴传播率", "<=", "2.5", "％", "艾滋病母婴传播率下降到2.5％以下"))
        .build();
    List<Finding> fs = check(new WeakerThanReferenceRule(), p);
    // ‱ is not 1/10万 as written: not compared; full-width ％ is % and 2.5 > 2
    assertEquals(List.of("艾滋病母婴传播率"), indicators(fs));
    assertTrue(fs.get(0).message().en().contains("≤ 2.5%") && fs.get(0).message().en().contains("≤ 2%"),
        fs.get(0).message().en());
  }

  @Test
  void theParentPlanIsAReferenceEvenWhereTheOutlineGivesNoValue() {
    Plan city = plan("p", "测试市", "市", "某某省", null).domain("妇女与健康")
        .goal("乳腺癌人群筛查率达到60%以上。", stated("乳腺癌人群筛查率", ">=", "60", "%", "乳腺癌人群筛查率达到60%以上"))
        .build();
    Plan p = county()
        .goal("乳腺癌人群筛查率达到50%以上。", stated("乳腺癌人群筛查率", ">=", "50", "%", "乳腺癌人群筛查率达到50%以上"))
        .build();
    List<Finding> fs = check(new WeakerThanReferenceRule(), p, city);
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).message().en().contains("the parent plan (测试市)'s ≥ 60%"), fs.get(0).message().en());
    assertFalse(fs.get(0).message().en().contains("national"), fs.get(0).message().en());
  }

  @Test
  void aPrefectureLevelPlansParentIsItsProvince() {
    Plan province = plan("prov", "某某省", "省", "某某省", null).domain("妇女与健康")
        .goal("乳腺癌人群筛查率达到60%以上。", stated("乳腺癌人群筛查率", ">=", "60", "%", "乳腺癌人群筛查率达到60%以上"))
        .build();
    Plan city = plan("city", "测试市", "市", "某某省", null).domain("妇女与健康")
        .goal("乳腺癌人群筛查率达到55%以上。", stated("乳腺癌人群筛查率", ">=", "55", "%", "乳腺癌人群筛查率达到55%以上"))
        .build();
    AuditContext ctx = new AuditContext(List.of(province, city), REF);
    assertEquals("prov", ctx.parentOf(city).orElseThrow().id());
    assertTrue(ctx.parentOf(province).isEmpty(), "a province plan has no parent in the data");
    assertEquals(1, new WeakerThanReferenceRule().check(city, ctx).size());
  }

  @Test
  void anUnknownIndicatorIsNotCompared() {
    Plan p = county()
        .goal("某某指标率达到10%以上。", stated("某某指标率", ">=", "10", "%", "某某指标率达到10%以上"))
        .build();
    assertEquals(List.of(), check(new WeakerThanReferenceRule(), p));
  }

  // INCONSISTENT

  @Test
  void differentYearsOrOnlyDifferentComparatorsAreNotInconsistent() {
    Plan p = county()
        .goal("2025年孕产妇系统管理率达到85%，2030年达到90%。",
            statedIn(2025, "孕产妇系统管理率", ">=", "85", "%", "2025年孕产妇系统管理率达到85%"),
            statedIn(2030, "孕产妇系统管理率", ">=", "90", "%", "2030年达到90%"))
        .goal("婚前医学检查率达到70%左右。", stated("婚前医学检查率", "~", "70", "%", "婚前医学检查率达到70%左右"))
        .measure("婚前医学检查率达到70%以上。", stated("婚前医学检查率", ">=", "70", "%", "婚前医学检查率达到70%以上"))
        .build();
    assertEquals(List.of(), check(new InconsistentRule(), p));
  }

  @Test
  void aGoalAndAMeasureDisagreeingIsOneFinding() {
    Plan p = county()
        .goal("婚前医学检查率达到70%以上。", stated("婚前医学检查率", ">=", "70", "%", "婚前医学检查率达到70%以上"))
        .measure("推进婚前医学检查，婚前医学检查率达到75%。", stated("婚前医学检查率", ">=", "75", "%", "婚前医学检查率达到75%"))
        .measure("婚前医学检查率达到80%。", stated("婚前医学检查率", ">=", "80", "%", "婚前医学检查率达到80%"))
        .build();
    List<Finding> fs = check(new InconsistentRule(), p);
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).message().en().contains("≥ 75% (measure 1, 妇女与健康)")
        && fs.get(0).message().en().contains("≥ 80% (measure 2"), fs.get(0).message().en());
  }

  // UNASSIGNED

  @Test
  void aPlanThatAssignsUnitsToFewerThanHalfItsGoalsIsNotChecked() {
    Plan p = county().goal("目标一。", lead("县卫生健康局")).goal("目标二。").goal("目标三。").build();
    assertEquals(List.of(), check(new UnassignedRule(), p));
    Plan q = county().goal("目标一。", lead("县卫生健康局")).goal("目标二。", responsible("县妇联"))
        .goal("目标三。").build();
    List<Finding> fs = check(new UnassignedRule(), q);
    assertEquals(List.of(2, 3), fs.stream().map(f -> f.where().n()).toList());
    assertEquals("the goal names no unit", fs.get(1).message().en());
  }

  // DOUBTFUL_EXTRACTION

  @Test
  void inferredDomainsAndIncompleteTargetsAreListed() {
    Plan p = plan("c", "甲县", "县", null, null)
        .domain("妇女与健康", true)
        .goal("妇女人均预期寿命达到78岁。", stated("妇女人均预期寿命", ">=", "78", null, "妇女人均预期寿命达到78岁"))
        .build();
    List<Finding> fs = check(new DoubtfulExtractionRule(), p);
    assertEquals(2, fs.size(), fs.toString());
    assertTrue(fs.get(0).message().en().startsWith("[DOMAIN_INFERRED]"), fs.get(0).message().en());
    assertTrue(fs.get(1).message().en().startsWith("[TARGET_INCOMPLETE]"), fs.get(1).message().en());
  }

  @Test
  void aPlanWideWarningHasNoDomain() {
    Plan p = county().goal("目标一。").build();
    Plan w = new Plan(p.id(), p.source(), p.title(), true, p.region(), p.period(), p.planType(),
        p.domains(), p.keyProjects(), p.sections(), p.implementationUnits(),
        List.of(new Warning("TITLE_MISSING", "no title line found", null)));
    Finding f = check(new DoubtfulExtractionRule(), w).get(0);
    assertEquals(null, f.where().domain());
    assertEquals("[TITLE_MISSING] no title line found", f.message().en());
  }

  @Test
  void aWarningIsExplainedInChineseFromItsArguments() {
    Plan p = county().goal("目标一。").build();
    Plan w = new Plan(p.id(), p.source(), p.title(), true, p.region(), p.period(), p.planType(),
        p.domains(), p.keyProjects(), p.sections(), p.implementationUnits(),
        List.of(new Warning("REGION_FROM_TEXT", "no title; region 博山区 is the place the text"
                + " names most as 我区", null, List.of("博山区", "区")),
            new Warning("NUMBERING_GAP", "number 4. follows 2", null, List.of("4.", "2")),
            // written before warnings carried arguments: the English message stands
            new Warning("NUMBERING_GAP", "number 7. follows 5", null)));
    List<Finding> fs = check(new DoubtfulExtractionRule(), w);
    assertEquals("[REGION_FROM_TEXT] 地区由正文推断：没有标题，地区取正文提到最多的博山区（正文自称“我区”）",
        fs.get(0).message().zh());
    assertEquals("[REGION_FROM_TEXT] no title; region 博山区 is the place the text names most as 我区",
        fs.get(0).message().en());
    assertEquals("[NUMBERING_GAP] 编号有缺漏：编号4.紧跟在2之后，中间有缺漏", fs.get(1).message().zh());
    assertEquals("[NUMBERING_GAP] 编号有缺漏：number 7. follows 5", fs.get(2).message().zh());
  }

  @Test
  void everyWarningExplanationUsesExactlyItsArguments() {
    int n = 0;
    for (var e : Messages.table().entrySet()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("warning\\.[A-Z_]+\\.(\\d)")
          .matcher(e.getKey());
      if (!m.matches()) {
        continue;
      }
      n++;
      int args = Integer.parseInt(m.group(1));
      for (String text : List.of(e.getValue().zh(), e.getValue().en())) {
        for (int i = 0; i < 10; i++) {
          assertEquals(i < args, text.contains("{" + i + "}"), e.getKey() + ": " + text);
        }
      }
    }
    assertTrue(n >= 19, "warning explanations: " + n);
  }
}
