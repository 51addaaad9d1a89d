package org.planscope.model;

/** Chapters kept as sections because later stages read them. */
public enum SectionKind {
  /** 前言, 指导思想, 基本原则, 总体目标 … */
  PREAMBLE,
  /** 组织实施 / 保障措施. */
  IMPLEMENTATION,
  /** 监测评估 / 统计监测. */
  MONITORING,
  /** 重点工程 / 重点项目. */
  KEY_PROJECTS,
  /** 主要指标 tables. */
  INDICATOR_TABLE,
  OTHER
}
