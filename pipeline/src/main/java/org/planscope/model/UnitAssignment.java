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
 * @param span where the name is (see {@link Plan} for the offsets)
 * @param region the region the unit belongs to: the one written in the name (博山区 in
 *     博山区妇女儿童工作委员会), or the plan's own region (or its parent) placed from the level
 *     prefix; null when unknown
 */
public record UnitAssignment(
    String name, Role role, String department, String levelPrefix, String duty, Span span,
    String region) {
  public UnitAssignment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /** An assignment whose region is not known. */
  public UnitAssignment(
      String name, Role role, String department, String levelPrefix, String duty, Span span) {
    this(name, role, department, levelPrefix, duty, span, null);
  }

  public UnitAssignment withRegion(String newRegion) {
    return new UnitAssignment(name, role, department, levelPrefix, duty, span, newRegion);
  }

  public UnitAssignment withSpan(Span s) {
    return new UnitAssignment(name, role, department, levelPrefix, duty, s, region);
  }

  public UnitAssignment withDuty(String newDuty) {
    return new UnitAssignment(name, role, department, levelPrefix, newDuty, span, region);
  }
}
