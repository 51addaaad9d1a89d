package org.planscope.audit;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Plan;

/**
 * Runs every rule over the plans to audit: plans in, an {@link AuditReport} out. Peers, parents
 * and references come from the {@link AuditContext}, so one plan can be audited against all.
 */
public final class Auditor {
  private final List<AuditRule> rules;

  /** The six standard rules. */
  public Auditor() {
    this(standardRules());
  }

  public Auditor(List<AuditRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** MISSING_VALUE, ABSENT_INDICATOR, WEAKER_THAN_REFERENCE, INCONSISTENT, UNASSIGNED, DOUBTFUL_EXTRACTION. */
  public static List<AuditRule> standardRules() {
    return List.of(new MissingValueRule(), new AbsentIndicatorRule(),
        new WeakerThanReferenceRule(), new InconsistentRule(), new UnassignedRule(),
        new DoubtfulExtractionRule());
  }

  public List<AuditRule> rules() {
    return rules;
  }

  /** Audits {@code plans} (usually some or all of {@code ctx.plans()}). */
  public AuditReport audit(List<Plan> plans, AuditContext ctx) {
    List<Finding> findings = new ArrayList<>();
    List<AuditReport.PlanInfo> infos = new ArrayList<>();
    for (Plan plan : plans) {
      infos.add(new AuditReport.PlanInfo(plan.id(), plan.title(), plan.region().name()));
      for (AuditRule rule : rules) {
        findings.addAll(rule.check(plan, ctx));
      }
    }
    List<AuditReport.RuleInfo> ruleInfos = rules.stream()
        .map(r -> new AuditReport.RuleInfo(r.id(), r.summary(), r.severity())).toList();
    return new AuditReport(ruleInfos, infos, findings);
  }
}
