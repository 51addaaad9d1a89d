package org.planscope.index;

/**
 * One plan's value for an indicator, for {@code planscope compare}.
 *
 * @param indicator the indicator as written in that plan
 * @param goal the text of the goal that states it
 * @param city the region's parent prefecture (柳州市 for 柳城县), null for a province- or
 *     prefecture-level plan or when unknown
 * @param period the plan's period as stored, {@code 2021-2030}, or null when unknown
 */
public record CompareRow(String region, String level, String province, String plan,
    String title, String indicator, String indicatorId, String op, String value, String unit,
    Integer year, String goal, String city, String period) {

  /** A row without parent city and period. */
  public CompareRow(String region, String level, String province, String plan, String title,
      String indicator, String indicatorId, String op, String value, String unit, Integer year,
      String goal) {
    this(region, level, province, plan, title, indicator, indicatorId, op, value, unit, year,
        goal, null, null);
  }

  /** The first year of the period (2021 for 2021-2030), or null. */
  public Integer periodStart() {
    if (period == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4})").matcher(period);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The last year of the period (2030 for 2021-2030), or null. */
  public Integer periodEnd() {
    return StoredHits.periodEnd(period);
  }
}
