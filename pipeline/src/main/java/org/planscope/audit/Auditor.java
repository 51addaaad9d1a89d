package org.planscope.audit;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Domain;
import org.planscope.model.Item;
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

  /** Goals, quantified goals, targets a national value covers, weaker or missing findings. */
  static AuditReport.Summary summary(Plan plan, AuditContext ctx, List<Finding> findings) {
    int goals = 0;
    int quantified = 0;
    for (Domain d : plan.domains()) {
      for (Item g : d.goals()) {
        goals++;
        if (!g.statedTargets().isEmpty()) {
          quantified++;
        }
      }
    }
    int measured = (int) plan.items().flatMap(i -> i.statedTargets().stream())
        .filter(t -> t.value() != null
            && ctx.reference(t).filter(Reference::quantified).isPresent())
        .count();
    int weakerOrMissing = (int) findings.stream()
        .filter(f -> f.severity() == Severity.HIGH || f.severity() == Severity.MEDIUM)
        .filter(f -> WEAKER_OR_MISSING.contains(f.ruleId()))
        .count();
    return new AuditReport.Summary(goals, quantified, measured, weakerOrMissing);
  }

  private static final java.util.Set<String> WEAKER_OR_MISSING =
      java.util.Set.of("WEAKER_THAN_REFERENCE", "MISSING_VALUE", "ABSENT_INDICATOR");

  public List<AuditRule> rules() {
    return rules;
  }

  /** Audits {@code plans} (usually some or all of {@code ctx.plans()}). */
  public AuditReport audit(List<Plan> plans, AuditContext ctx) {
    List<Finding> findings = new ArrayList<>();
    List<AuditReport.PlanInfo> infos = new ArrayList<>();
    for (Plan plan : plans) {
      List<Finding> own = new ArrayList<>();
      for (AuditRule rule : rules) {
        own.addAll(rule.check(plan, ctx));
      }
      findings.addAll(own);
      infos.add(new AuditReport.PlanInfo(plan.id(), plan.title(), plan.region().name(),
          plan.domains().stream().map(Domain::name).toList(), summary(plan, ctx, own)));
    }
    List<AuditReport.RuleInfo> ruleInfos = rules.stream()
        .map(AuditRule::info).toList();
    return new AuditReport(ruleInfos, infos, findings);
  }
}
