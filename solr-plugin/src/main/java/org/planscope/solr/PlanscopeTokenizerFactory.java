package org.planscope.solr;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.planscope.index.Analysis;

/**
 * planscope's own word analysis in Solr: the tokenizer of the embedded index (HanLP with the
 * project dictionary), taken from the pipeline rather than copied, so both engines index the same
 * tokens at the same offsets.
 *
 * <pre>{@code
 * <tokenizer name="planscope" mode="document"/>   <!-- dictionary segmentation, for indexing -->
 * <tokenizer name="planscope" mode="query"/>      <!-- full segmenter, for queries -->
 * }</pre>
 *
 * <p>Solr builds a factory from the same argument map more than once (schema load and reload), so
 * the arguments are read from a copy and the caller's map is never consumed.
 */
public final class PlanscopeTokenizerFactory extends TokenizerFactory {
  /** The SPI name. */
  public static final String NAME = "planscope";

  private final boolean query;

  public PlanscopeTokenizerFactory(Map<String, String> args) {
    this(new HashMap<>(args), 0);
  }

  private PlanscopeTokenizerFactory(Map<String, String> copy, int unused) {
    super(copy);
    String mode = get(copy, "mode", java.util.List.of("document", "query"), "document");
    query = mode.equals("query");
    if (!copy.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + copy);
    }
  }

  /** For the service loader only. */
  public PlanscopeTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    // the pipeline's tokenizer uses the default attribute factory, as the embedded index does
    return query ? Analysis.queryTokenizer() : Analysis.documentTokenizer();
  }
}
