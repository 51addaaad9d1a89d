package org.planscope.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planscope.model.ItemKind;
import org.planscope.model.Plan;

/** The fixture's subject plan triggers each of the six rules exactly once. */
class AuditorTest {
  private final List<Plan> plans = TestPlans.fixture();
  private final AuditContext ctx = new AuditContext(plans, TestPlans.reference());
  private final AuditReport report =
      new Auditor().audit(List.of(TestPlans.byId(plans, "subject")), ctx);

  private Finding only(String rule) {
    List<Finding> fs = report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    assertEquals(1, fs.size(), rule + ": " + fs);
    return fs.get(0);
  }

  @Test
  void eachRuleFiresExactlyOnce() {
    Map<String, Long> byRule = report.findings().stream()
        .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
    assertEquals(Map.of("MISSING_VALUE", 1L, "ABSENT_INDICATOR", 1L, "WEAKER_THAN_REFERENCE", 1L,
        "INCONSISTENT", 1L, "UNASSIGNED", 1L, "DOUBTFUL_EXTRACTION", 1L), byRule,
        report.findings().toString());
    assertEquals(List.of("MISSING_VALUE", "ABSENT_INDICATOR", "WEAKER_THAN_REFERENCE",
        "INCONSISTENT", "UNASSIGNED", "DOUBTFUL_EXTRACTION"),
        report.rules().stream().map(AuditReport.RuleInfo::id).toList());
  }

  /** Each rule is declared once, by its @RulePattern; name and summary come from the table. */
  @Test
  void rulesAreDescribedByTheirPattern() {
    AuditReport.RuleInfo weaker = new WeakerThanReferenceRule().info();
    assertEquals(new AuditReport.RuleInfo("WEAKER_THAN_REFERENCE", Severity.HIGH), weaker);
    assertEquals("低于上级目标", weaker.name().zh());
    assertEquals("a target is looser than the national or parent target for the same year",
        weaker.what().en());
    assertEquals(List.of(Severity.MEDIUM, Severity.MEDIUM, Severity.HIGH, Severity.HIGH,
        Severity.LOW, Severity.INFO),
        Auditor.standardRules().stream().map(AuditRule::severity).toList());
    AuditRule unannotated = (plan, c) -> List.of();
    IllegalStateException e = assertThrows(IllegalStateException.class, unannotated::id);
    assertTrue(e.getMessage().endsWith("has no @RulePattern"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new AuditReport.RuleInfo("NO_SUCH_RULE", Severity.LOW));
  }

  @Test
  void missingValueQuotesTheGoalOnceThoughExtractorAndFinderBothSeeIt() {
    Finding f = only("MISSING_VALUE");
    assertEquals("妇女与健康", f.where().domain());
    assertEquals(ItemKind.GOAL, f.where().kind());
    assertEquals(3, f.where().n());
    assertEquals("乳腺癌人群筛查率", f.indicator());
    assertEquals("乳腺癌人群筛查率逐步提高", f.evidence().text());
    assertEquals(0, f.evidence().start());
    // neither the reference table nor a peer quantifies 乳腺癌人群筛查率: nothing to act on
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void absentIndicatorNamesThePeers() {
    Finding f = only("ABSENT_INDICATOR");
    assertEquals("妇女基本医疗保险参保率", f.indicator());
    assertEquals("妇女与社会保障", f.where().domain());
    assertEquals(0, f.where().n());
    assertTrue(f.message().en().contains("3 of 3 other plans"), f.message().en());
    assertEquals(Severity.LOW, f.severity(), "peers only, not the national outline");
  }

  @Test
  void weakerThanReferenceComparesWithNationalAndParentInOneFinding() {
    Finding f = only("WEAKER_THAN_REFERENCE");
    assertEquals(1, f.where().n());
    assertEquals("孕产妇死亡率", f.indicator());
    assertEquals("孕产妇死亡率下降到12.5/10万以下", f.evidence().text());
    assertTrue(f.message().en().contains("≤ 12.5/10万") && f.message().en().contains("national")
        && f.message().en().contains("测试市"), f.message().en());
    assertEquals(Severity.HIGH, f.severity());
  }

  @Test
  void inconsistentListsGoalAndKeyProject() {
    Finding f = only("INCONSISTENT");
    assertEquals(2, f.where().n());
    assertTrue(f.message().en().contains("≥ 70% (goal 2, 妇女与健康)")
        && f.message().en().contains("≥ 80% (key project 1)"), f.message().en());
  }

  @Test
  void unassignedIsTheGoalWithOnlyAResponsibleUnit() {
    Finding f = only("UNASSIGNED");
    assertEquals("妇女参与决策和管理", f.where().domain());
    assertEquals(2, f.where().n());
    assertTrue(f.message().en().contains("县民政局"), f.message().en());
  }

  @Test
  void doubtfulExtractionPlacesTheWarningInItsGoal() {
    Finding f = only("DOUBTFUL_EXTRACTION");
    assertEquals("妇女参与决策和管理", f.where().domain());
    assertEquals(1, f.where().n());
    assertEquals("村委会成员中女性比例达到30%以上", f.evidence().text());
    assertTrue(f.message().en().startsWith("[NUMBERING_GAP]"), f.message().en());
  }

  @Test
  void summariesCountPerPlanAndRule() {
    assertEquals(6, report.findings("subject").size());
    assertEquals(1, report.byRule("subject").get("UNASSIGNED"));
    assertEquals(2, report.bySeverity("subject").get(Severity.HIGH));
    assertEquals(0, report.findings("city").size(), "only the subject was audited");
  }

  @Test
  void everyPlanCanBeAudited() {
    AuditReport all = new Auditor().audit(plans, ctx);
    assertEquals(4, all.plans().size());
    // peer 乙县 lacks 宫颈癌人群筛查率, which the outline and 2 of its 3 peers quantify
    assertTrue(all.findings("peerA").stream().anyMatch(f -> f.ruleId().equals("ABSENT_INDICATOR")
        && "宫颈癌人群筛查率".equals(f.indicator()) && f.message().en().contains("2 of 3")),
        all.findings("peerA").toString());
  }
}
