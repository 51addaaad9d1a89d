package org.planscope.monitor;

import java.math.BigDecimal;
import org.planscope.model.Op;

/**
 * One quantified target of one plan against the actual values of its region.
 *
 * @param planId the plan
 * @param planTitle its title
 * @param region the plan's region name
 * @param indicatorId the catalogue id
 * @param indicator the catalogue name
 * @param unit the unit of every number here (the catalogue's)
 * @param target the target as written (2030年 ≥ 30%; a relative one 2030年 较2020年 -1/6)
 * @param targetYear the year it is due
 * @param op the comparator the threshold is held with
 * @param threshold the level to reach (for a relative target: computed from the base year's actual);
 *     null when it cannot be computed
 * @param upper the upper end of a range target (70-80), else null
 * @param latest the latest actual
 * @param gap what is still to close: threshold − latest (signed), 0 when met, null without a
 *     threshold
 * @param yearlyNeeded the change per year still needed to reach the threshold by the target year;
 *     null when met, past due or without a threshold
 * @param trend the least-squares slope per year over the available years; null with fewer than two
 * @param points how many years the trend rests on
 * @param projected the latest value carried forward by the trend to the target year, or null
 * @param status where it stands
 * @param note why data is insufficient or how a relative target was read; empty when nothing to say
 */
public record Evaluation(String planId, String planTitle, String region, String indicatorId,
    String indicator, String unit, String target, int targetYear, Op op, BigDecimal threshold,
    BigDecimal upper, Point latest, BigDecimal gap, BigDecimal yearlyNeeded, BigDecimal trend,
    int points, BigDecimal projected, Status status, String note) {}
