/**
 * Structure: a normalised {@link org.planscope.model.PlanText} in; the outline, the plan's
 * metadata (title, region, period) and its domains with numbered goals and measures out.
 *
 * <p>May depend on: {@code model}, {@code lexicon}, {@code text}. Never on {@code index}, {@code
 * audit}, {@code json}, {@code export}, {@code web}, {@code cli} or {@code bench}.
 */
package org.planscope.structure;
