/**
 * Structure: a normalised {@link org.planscope.model.PlanText} in; the outline, the plan's
 * metadata (title, region, period) and its domains with numbered goals and measures out.
 */
package org.planscope.structure;
