/**
 * Text: a {@link org.planscope.model.Document} in, a normalised {@link
 * org.planscope.model.PlanText} out (artefacts dropped, widths folded, page-broken lines
 * rejoined, every offset mapped back to the source), and segmentation into tagged tokens. The
 * only package that imports HanLP.
 *
 * <p>May depend on: {@code model} (and HanLP). Never on {@code index}, {@code audit}, {@code json},
 * {@code export}, {@code web}, {@code cli} or {@code bench}.
 */
package org.planscope.text;
