/**
 * The search index: extracted {@link org.planscope.model.Plan}s in, a Lucene index under {@code
 * data/index/} (or a Solr collection) out; ranked, highlighted, faceted hits and cross-plan
 * indicator comparisons back, through {@link org.planscope.index.SearchBackend} and {@link
 * org.planscope.index.Indexer}. Chinese is indexed as character bigrams; a query word is
 * segmented by HanLP ({@link org.planscope.index.HanLpTokenizer} over {@link
 * org.planscope.text.Segmenter}) and each segment searched as a bigram phrase. The only package
 * that imports Lucene and SolrJ.
 *
 * <p>May depend on: {@code model}, {@code lexicon}, {@code text}, {@code structure}, {@code
 * extract}, {@code format} and the root package ({@code Pipeline}), and Lucene and SolrJ. Never on
 * {@code audit}, {@code json}, {@code export}, {@code web}, {@code cli} or {@code bench}.
 */
package org.planscope.index;
