package org.planscope.model;

/** What kind of numbered item an {@link Item} is. */
public enum ItemKind {
  /** 主要目标 / 发展目标 / 目标任务. */
  GOAL,
  /** 策略措施 / 主要措施 / 推进措施. */
  MEASURE,
  /** 重点工程 / 重点项目. */
  KEY_PROJECT,
  /** A data row of an indicator table (主要指标): its target is read from the target-year column. */
  INDICATOR
}
