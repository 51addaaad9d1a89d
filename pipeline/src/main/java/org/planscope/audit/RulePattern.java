package org.planscope.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an {@link AuditRule} is, declared once on its class (the way error-prone's
 * {@code @BugPattern} declares a checker): its stable id and the severity of its findings. Its
 * name and one-line summary, in Chinese and English, are the rows {@code rule.<id>.name} and
 * {@code rule.<id>.summary} of {@code models/lexicon/audit-messages.tsv}; {@link
 * AuditReport.RuleInfo#of} puts the two together and fails when either is missing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RulePattern {
  /** A stable UPPER_SNAKE identifier: MISSING_VALUE, ABSENT_INDICATOR … */
  String id();

  /** The severity of its findings (a finding may say otherwise). */
  Severity severity();
}
