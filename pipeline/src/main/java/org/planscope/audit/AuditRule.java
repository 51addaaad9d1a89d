package org.planscope.audit;

import java.util.List;
import org.planscope.model.Plan;

/**
 * One check over one plan (error-prone's BugChecker shape). Rules are stateless after
 * construction and safe to share between threads; cue lexicons are loaded in the constructor.
 */
public interface AuditRule {
  /** A stable UPPER_SNAKE identifier: MISSING_VALUE, ABSENT_INDICATOR … */
  String id();

  /** One line saying what the rule finds. */
  String summary();

  /** The severity of its findings (a finding may say otherwise). */
  Severity severity();

  /** The findings for {@code plan}, in document order; peers and references come from ctx. */
  List<Finding> check(Plan plan, AuditContext ctx);
}
