package org.planscope.model;

/** Whether a target states its value. */
public enum TargetStatus {
  /** A number is given: 孕产妇死亡率下降到12/10万以下. */
  STATED,
  /** The indicator is named but no number is given: 乳腺癌人群筛查率逐步提高. */
  MISSING_VALUE
}
