/**
 * The search index: extracted {@link org.planscope.model.Plan}s in, a Lucene index under {@code
 * data/index/} out; ranked, highlighted, faceted hits and cross-plan indicator comparisons back.
 * Chinese is analysed twice — HanLP words ({@link org.planscope.index.HanLpTokenizer} over {@link
 * org.planscope.text.Segmenter}) and character bigrams — and queries run across both. The only
 * package that imports Lucene.
 */
package org.planscope.index;
