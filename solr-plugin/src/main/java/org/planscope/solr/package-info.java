/**
 * The Solr plugin: planscope's analysis ({@link org.planscope.solr.PlanscopeTokenizerFactory})
 * and query ({@link org.planscope.solr.PlanscopeQParserPlugin}) inside Solr. In: Solr's schema
 * and search requests. Out: the tokens and queries of the pipeline's {@code index} package, which
 * this module depends on and bundles (with HanLP and the models) into the jar an operator drops
 * into Solr's {@code lib/}. Wraps Solr; Lucene comes from Solr itself.
 */
package org.planscope.solr;
