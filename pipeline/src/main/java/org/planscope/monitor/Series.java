package org.planscope.monitor;

import java.util.List;

/**
 * The actual values of one indicator in one region, with the targets they are held against: what a
 * line chart draws.
 *
 * @param region the region
 * @param indicatorId the catalogue id
 * @param indicator the catalogue name
 * @param unit the unit of every value
 * @param points the actuals, by year
 * @param evaluations the targets of the region's plans for this indicator
 */
public record Series(String region, String indicatorId, String indicator, String unit,
    List<Point> points, List<Evaluation> evaluations) {
  public Series {
    points = List.copyOf(points);
    evaluations = List.copyOf(evaluations);
  }
}
