package org.planscope.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.planscope.text.Segmenter;

/**
 * The analyzers of the index: character bigrams for documents and queries, HanLP words to segment
 * a query word, exact keywords elsewhere.
 */
final class Analyzers {
  private Analyzers() {}

  /**
   * HanLP words, see {@link HanLpTokenizer}. Documents use the fast dictionary segmentation
   * ({@link Segmenter#words}); queries, which are short, use the full segmenter, whose choice
   * between overlapping words is better (预防性骚扰 → 预防 / 性骚扰, not 预防性 / 骚扰).
   */
  static class HanLp extends Analyzer {
    private final Segmenter segmenter;
    private final boolean query;

    HanLp(Segmenter segmenter, boolean query) {
      // a tokenizer per field, so each field's recent texts stay in its tokenizer's cache
      super(PER_FIELD_REUSE_STRATEGY);
      this.segmenter = segmenter;
      this.query = query;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new HanLpTokenizer(
          query ? segmenter::segment : segmenter::words));
    }
  }

  /**
   * Overlapping character bigrams of CJK runs (宫颈癌 → 宫颈 / 颈癌), width-folded and lower-cased;
   * Latin words and numbers stay whole: the chain of the Solr schema (width fold, standard
   * tokenizer, lower case, bigrams) in one pass, {@link BigramTokenizer}. A phrase of bigrams finds a term whatever the segmenter
   * made of it. The {@link Concepts} (search lexicon, department and indicator names) are indexed
   * as one term more wherever their bigram phrase occurs ({@link ConceptFilter}).
   */
  static final class Bigram extends Analyzer {
    private final Concepts concepts;

    Bigram(Concepts concepts) {
      this.concepts = concepts;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new BigramTokenizer();
      return new TokenStreamComponents(source,
          concepts.isEmpty() ? source : new ConceptFilter(source, concepts));
    }

    /** Values of a multi-valued field never form a phrase across their boundary. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
      return 100;
    }
  }

  /**
   * The per-field analyzer for indexing documents. Only the bigram fields are analysed: the item
   * text itself is stored, not indexed, so {@link Fields#TEXT}'s HanLP analysis here is what a
   * schema that did index it (the Solr tokenizer's document mode) would produce.
   */
  static Analyzer forIndex(Segmenter segmenter) {
    return perField(segmenter, false);
  }

  /**
   * The per-field analyzer for queries (and for highlighting stored text): {@link Fields#TEXT}
   * segments a query word into HanLP words, each then searched as bigrams.
   */
  static Analyzer forQuery(Segmenter segmenter) {
    return perField(segmenter, true);
  }

  private static Analyzer perField(Segmenter segmenter, boolean query) {
    Analyzer hanlp = new HanLp(segmenter, query);
    Analyzer bigram = new Bigram(Concepts.shared());
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
        Fields.TEXT, hanlp,
        Fields.TEXT_BI, bigram,
        Fields.META_BI, bigram,
        Fields.UNITS_BI, bigram,
        Fields.INDICATOR_BI, bigram));
  }
}
