package org.planscope.model;

/**
 * The administrative region a plan belongs to.
 *
 * @param name e.g. 鹿寨县
 * @param level one of 省, 市, 州, 盟, 地区, 县, 区, 旗, 县级市 (null when unknown)
 * @param province e.g. 广西壮族自治区 (null when unknown)
 * @param city the parent prefecture-level unit, e.g. 柳州市; null for a province- or
 *     prefecture-level plan
 * @param code the GB/T 2260 code when the gazetteer resolved it, else null
 */
public record Region(String name, String level, String province, String city, String code) {
  public static final Region UNKNOWN = new Region(null, null, null, null, null);
}
