package org.planscope.monitor;

import java.math.BigDecimal;

/** What an evaluation is about: a plan, its region and one catalogue indicator with its unit. */
record EvaluationKey(String planId, String planTitle, String region, String indicatorId,
    String indicator, String unit, boolean lowerIsBetter) {
  Evaluation build(String target, int year, TargetCheck.Goal g, Point latest, BigDecimal gap,
      BigDecimal needed, BigDecimal trend, int points, BigDecimal projected, Status status,
      String note) {
    return new Evaluation(planId, planTitle, region, indicatorId, indicator, unit, target, year,
        g.op(), g.threshold(), g.upper(), latest, gap, needed, trend, points, projected, status,
        note == null ? "" : note);
  }
}
