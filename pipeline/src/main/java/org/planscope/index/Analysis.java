package org.planscope.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.planscope.text.HanLpSegmenter;

/**
 * The index's analysis for other engines: the Solr plugin's tokenizer factory takes its tokenizers
 * from here, so Solr indexes exactly the tokens (and offsets) the embedded index does.
 */
public final class Analysis {
  private Analysis() {}

  /** HanLP dictionary segmentation with the project dictionary, as documents are indexed. */
  public static Tokenizer documentTokenizer() {
    return new HanLpTokenizer(HanLpSegmenter.shared()::words);
  }

  /** The full HanLP segmenter with the project dictionary, as queries are analysed. */
  public static Tokenizer queryTokenizer() {
    return new HanLpTokenizer(HanLpSegmenter.shared()::segment);
  }

  /** The concept terms of the bigram fields, stacked on the bigrams of {@code input}. */
  public static TokenStream conceptFilter(TokenStream input) {
    Concepts c = Concepts.shared();
    return c.isEmpty() ? input : new ConceptFilter(input, c);
  }

  /** The embedded index's per-field analyzer for documents. */
  public static Analyzer forIndex() {
    return Analyzers.forIndex(HanLpSegmenter.shared());
  }

  /** The embedded index's per-field analyzer for queries. */
  public static Analyzer forQuery() {
    return Analyzers.forQuery(HanLpSegmenter.shared());
  }

  /**
   * The analysis fingerprint (layout version and dictionary digest): an index written under
   * another one must be rebuilt.
   */
  public static String fingerprint() {
    return Schema.fingerprint();
  }
}
