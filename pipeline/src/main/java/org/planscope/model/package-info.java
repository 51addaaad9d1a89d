/**
 * The immutable data model shared by every stage: a {@link org.planscope.model.Plan} with its
 * domains, items (goals, measures, key projects), targets and unit assignments. Every element
 * carries a half-open {@link org.planscope.model.Span} into the plan's source text. The stages
 * work on the normalised text ({@link org.planscope.model.PlanText}), a separate artifact that
 * maps its offsets back to the source (Lucene {@code correctOffset}); the extraction stage
 * converts every span once, at its end. Records only, no third-party types.
 *
 * <p>May depend on: nothing but the JDK (the bottom layer; {@code LayeringTest}).
 */
package org.planscope.model;
