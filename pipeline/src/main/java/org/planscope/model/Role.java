package org.planscope.model;

/** The role a unit plays for a goal or in implementing the plan. */
public enum Role {
  /** 牵头单位, 由X牵头. */
  LEAD,
  /** 责任单位, X负责. */
  RESPONSIBLE,
  /** 配合单位, 参与单位, 协办单位. */
  COOPERATING
}
