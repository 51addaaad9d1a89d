package org.planscope.solr;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.planscope.index.Analysis;

/**
 * planscope's concept terms in Solr's bigram fields: the filter of the embedded index (the search
 * lexicon's, department and indicator names stacked as one term where their bigram phrase occurs),
 * taken from the pipeline, so that the query a {@code planscope} query parser builds for such a
 * name finds its concept term in Solr too.
 *
 * <pre>{@code
 * <filter name="cjkBigram"/>
 * <filter name="planscopeConcepts"/>   <!-- last, on the bigrams -->
 * }</pre>
 */
public final class PlanscopeConceptFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "planscopeConcepts";

  public PlanscopeConceptFilterFactory(Map<String, String> args) {
    this(new HashMap<>(args), 0);
  }

  private PlanscopeConceptFilterFactory(Map<String, String> copy, int unused) {
    super(copy);
    if (!copy.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + copy);
    }
  }

  /** For the service loader only. */
  public PlanscopeConceptFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return Analysis.conceptFilter(input);
  }
}
