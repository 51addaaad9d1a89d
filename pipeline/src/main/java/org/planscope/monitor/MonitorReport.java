package org.planscope.monitor;

import java.util.List;

/**
 * The result of monitoring: every evaluated target, the series behind them and every row of the
 * actuals table that was not used.
 *
 * @param rows how many rows the actuals table had
 * @param used how many of them were used
 * @param evaluations per plan (by region, then plan id), per target in the plan's order
 * @param series per region and indicator, in the order of the evaluations
 * @param issues the rows not used, in table order
 */
public record MonitorReport(int rows, int used, List<Evaluation> evaluations, List<Series> series,
    List<RowIssue> issues) {
  public MonitorReport {
    evaluations = List.copyOf(evaluations);
    series = List.copyOf(series);
    issues = List.copyOf(issues);
  }

  /** How many evaluations have the status. */
  public long count(Status s) {
    return evaluations.stream().filter(e -> e.status() == s).count();
  }
}
