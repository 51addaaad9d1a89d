package org.planscope.web;

import org.planscope.model.Plan;

/**
 * Told about each plan the web server adds (an upload, after its JSON is written to
 * {@code data/plans/}); the place to add it to the search index.
 */
@FunctionalInterface
public interface PlanListener {
  PlanListener NONE = plan -> {};

  void onPlanAdded(Plan plan) throws Exception;

  /** A plan was deleted: its documents leave the search index (one commit). */
  default void onPlanRemoved(Plan plan) throws Exception {}
}
