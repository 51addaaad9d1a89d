/**
 * Extraction: items of a {@link org.planscope.model.Plan} in, their numeric targets (with
 * catalogue links) and lead / responsible units out; unit assignments of the implementation
 * chapters too.
 *
 * <p>May depend on: {@code model}, {@code lexicon}, {@code text}. Never on {@code index}, {@code
 * audit}, {@code json}, {@code export}, {@code web}, {@code cli} or {@code bench}.
 */
package org.planscope.extract;
