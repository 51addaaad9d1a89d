package org.planscope.monitor;

import java.math.BigDecimal;

/**
 * One actual value in the catalogue indicator's unit.
 *
 * @param year the year it is for
 * @param value the value, converted
 * @param source where it comes from, as the table says
 */
public record Point(int year, BigDecimal value, String source) {}
