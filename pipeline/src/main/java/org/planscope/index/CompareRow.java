package org.planscope.index;

/**
 * One plan's value for an indicator, for {@code planscope compare}.
 *
 * @param indicator the indicator as written in that plan
 * @param goal the text of the goal that states it
 */
public record CompareRow(String region, String level, String province, String plan,
    String title, String indicator, String indicatorId, String op, String value, String unit,
    Integer year, String goal) {}
