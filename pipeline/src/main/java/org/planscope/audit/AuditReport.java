package org.planscope.audit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one audit run: the rules that ran, the plans audited and their findings, with
 * summaries per plan and per rule. Findings are grouped by plan (in the order audited), then by
 * rule (in rule order), then in document order.
 */
public record AuditReport(List<RuleInfo> rules, List<PlanInfo> plans, List<Finding> findings) {
  /** A rule as the report names it. */
  public record RuleInfo(String id, String summary, Severity severity) {}

  /** An audited plan. */
  public record PlanInfo(String id, String title, String region) {}

  public AuditReport {
    rules = List.copyOf(rules);
    plans = List.copyOf(plans);
    findings = List.copyOf(findings);
  }

  public List<Finding> findings(String planId) {
    return findings.stream().filter(f -> f.where().planId().equals(planId)).toList();
  }

  /** Findings per rule id, in rule order, zeros included. */
  public Map<String, Integer> byRule() {
    return byRule(findings);
  }

  /** Findings of one plan per rule id, in rule order, zeros included. */
  public Map<String, Integer> byRule(String planId) {
    return byRule(findings(planId));
  }

  /** Findings of one plan per severity, zeros included. */
  public Map<Severity, Integer> bySeverity(String planId) {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, 0);
    }
    findings(planId).forEach(f -> m.merge(f.severity(), 1, Integer::sum));
    return m;
  }

  private Map<String, Integer> byRule(List<Finding> fs) {
    Map<String, Integer> m = new LinkedHashMap<>();
    rules.forEach(r -> m.put(r.id(), 0));
    fs.forEach(f -> m.merge(f.ruleId(), 1, Integer::sum));
    return m;
  }
}
