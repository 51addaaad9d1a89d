/**
 * Text: a {@link org.planscope.model.Document} in, a normalised {@link
 * org.planscope.model.PlanText} out (artefacts dropped, widths folded, page-broken lines
 * rejoined, every offset mapped back to the source), and segmentation into tagged tokens. The
 * only package that imports HanLP.
 */
package org.planscope.text;
