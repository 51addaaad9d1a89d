package org.planscope.model;

import java.util.Objects;

/**
 * A unit (department, body, group) named as owning a goal or a duty.
 *
 * @param name the name as written (区卫生健康局; 我旗妇儿工委 is written 旗妇儿工委)
 * @param role lead, responsible or cooperating
 * @param department the canonical department (卫生健康局) or null when not recognised
 * @param levelPrefix the level prefix written before it (省/市/县/区/旗/盟), or null
 * @param duty for prose assignments, the duty as written (负责组织、协调、指导、督促工作), else null
 * @param span where the name is, in the plan's normalised text
 */
public record UnitAssignment(
    String name, Role role, String department, String levelPrefix, String duty, Span span) {
  public UnitAssignment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
