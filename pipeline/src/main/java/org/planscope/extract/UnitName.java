package org.planscope.extract;

/**
 * A unit name found in a text and normalised by {@link DepartmentDictionary}.
 *
 * @param name the name as written, without a dropped self-reference (我旗妇儿工委 → 旗妇儿工委)
 * @param start where {@code name} starts in the searched string
 * @param end where it ends (exclusive)
 * @param department the canonical department (卫生健康局 for 区卫健局), or null when not recognised
 * @param levelPrefix the level written before the department (区 in 区卫生健康局, 县 in 县级人民政府,
 *     区 in 团区委), or null
 * @param region the region named in the unit (博山区 in 博山区妇女儿童工作委员会), or null
 * @param kind the department's kind from {@code models/departments.tsv} (DEPARTMENT, GROUP …), or
 *     null when not recognised
 */
public record UnitName(
    String name, int start, int end, String department, String levelPrefix, String region,
    String kind) {
  /** This name with its offsets moved right by {@code delta}. */
  public UnitName shift(int delta) {
    return new UnitName(name, start + delta, end + delta, department, levelPrefix, region, kind);
  }
}
