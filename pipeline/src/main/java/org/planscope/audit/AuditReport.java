package org.planscope.audit;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one audit run: the rules that ran, the plans audited and their findings, with
 * summaries per plan and per rule. Findings are sorted by severity (高 first), then plan (in the
 * order audited), then domain (in the plan's order, plan-wide findings last), then item.
 */
public record AuditReport(List<RuleInfo> rules, List<PlanInfo> plans, List<Finding> findings) {
  /** How many findings an officer is shown first, per plan. */
  public static final int TOP = 5;

  /**
   * What a rule is: its {@link RulePattern} (id, severity) with its name and summary from the
   * message table. The one description of a rule that the reports, the JSON and the web use.
   */
  public record RuleInfo(String id, Severity severity) {
    public RuleInfo {
      Messages.get("rule." + id + ".name");
      Messages.get("rule." + id + ".summary");
    }

    /** The rule declared on {@code rule}'s class; fails when it has no {@link RulePattern}. */
    public static RuleInfo of(Class<? extends AuditRule> rule) {
      RulePattern p = rule.getAnnotation(RulePattern.class);
      if (p == null) {
        throw new IllegalStateException(rule.getName() + " has no @RulePattern");
      }
      return new RuleInfo(p.id(), p.severity());
    }

    /** 缺少目标值 / missing value. */
    public Text name() {
      return Messages.get("rule." + id + ".name");
    }

    /** What the rule finds, in both languages. */
    public Text what() {
      return Messages.get("rule." + id + ".summary");
    }
  }

  /**
   * An audited plan.
   *
   * @param id the plan id
   * @param title its title
   * @param region its region (鹿寨县), or null
   * @param domains its domain names in order (for sorting findings)
   * @param summary its counts
   */
  public record PlanInfo(String id, String title, String region, List<String> domains,
      Summary summary) {
    public PlanInfo {
      domains = domains == null ? List.of() : List.copyOf(domains);
      summary = summary == null ? Summary.NONE : summary;
    }

    public PlanInfo(String id, String title, String region) {
      this(id, title, region, List.of(), Summary.NONE);
    }

    /** 鹿寨县《鹿寨县妇女发展规划（2021—2030年）》, as findings name it. */
    public String name() {
      return new Finding.Location(id, title, region, null, null, 0, "").plan();
    }
  }

  /**
   * What an officer forwards about one plan.
   *
   * @param goals the plan's goals
   * @param quantified goals with at least one stated value
   * @param measured stated targets that a national target (for some year) covers
   * @param weakerOrMissing HIGH and MEDIUM findings of WEAKER_THAN_REFERENCE, MISSING_VALUE and
   *     ABSENT_INDICATOR: looser than the reference, or no value where one is expected
   */
  public record Summary(int goals, int quantified, int measured, int weakerOrMissing) {
    public static final Summary NONE = new Summary(0, 0, 0, 0);
  }

  public AuditReport {
    rules = List.copyOf(rules);
    plans = List.copyOf(plans);
    findings = sorted(plans, findings);
  }

  private static List<Finding> sorted(List<PlanInfo> plans, List<Finding> findings) {
    Map<String, Integer> planOrder = new HashMap<>();
    Map<String, List<String>> domains = new HashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      planOrder.putIfAbsent(plans.get(i).id(), i);
      domains.putIfAbsent(plans.get(i).id(), plans.get(i).domains());
    }
    Comparator<Finding> order = Comparator
        .comparing((Finding f) -> f.severity())
        .thenComparing(f -> planOrder.getOrDefault(f.where().planId(), Integer.MAX_VALUE))
        .thenComparing(f -> f.where().planId())
        .thenComparing(f -> domainRank(domains.get(f.where().planId()), f.where().domain()))
        .thenComparing(f -> f.where().domain() == null ? "" : f.where().domain())
        .thenComparing(f -> f.where().kind() == null ? Integer.MAX_VALUE
            : f.where().kind().ordinal())
        .thenComparing(f -> f.where().n());
    return findings.stream().sorted(order).toList();
  }

  private static int domainRank(List<String> domains, String domain) {
    if (domain == null) {
      return Integer.MAX_VALUE;
    }
    int i = domains == null ? -1 : domains.indexOf(domain);
    return i < 0 ? Integer.MAX_VALUE - 1 : i;
  }

  public List<Finding> findings(String planId) {
    return findings.stream().filter(f -> f.where().planId().equals(planId)).toList();
  }

  /** The first {@link #TOP} findings of a plan above INFO: what to fix first. */
  public List<Finding> top(String planId) {
    return findings(planId).stream().filter(f -> f.severity() != Severity.INFO).limit(TOP)
        .toList();
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
