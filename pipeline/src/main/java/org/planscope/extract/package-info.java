/**
 * Extraction: items of a {@link org.planscope.model.Plan} in, their numeric targets (with
 * catalogue links) and lead / responsible units out; unit assignments of the implementation
 * chapters too.
 */
package org.planscope.extract;
