package org.planscope.audit;

import java.util.List;
import org.planscope.model.Plan;

/**
 * One check over one plan (error-prone's BugChecker shape), annotated with its {@link
 * RulePattern}. Rules are stateless after construction and safe to share between threads; cue
 * lexicons are loaded in the constructor.
 */
public interface AuditRule {
  /** The rule's id, severity, name and summary, from its {@link RulePattern} and the messages. */
  default AuditReport.RuleInfo info() {
    return AuditReport.RuleInfo.of(getClass());
  }

  /** A stable UPPER_SNAKE identifier: MISSING_VALUE, ABSENT_INDICATOR … */
  default String id() {
    return info().id();
  }

  /** The severity of its findings (a finding may say otherwise). */
  default Severity severity() {
    return info().severity();
  }

  /** The findings for {@code plan}, in document order; peers and references come from ctx. */
  List<Finding> check(Plan plan, AuditContext ctx);
}
