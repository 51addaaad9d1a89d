package org.planscope.index;

import java.io.IOException;
import java.util.List;

/**
 * Where {@code search}, {@code compare} and the web page get their answers: the embedded Lucene
 * index ({@link PlanSearcher}, the default) or a Solr collection ({@link SolrSearcher}). Both run
 * the same query ({@link SearchQueries}) over the same documents ({@link SearchDocument}), and
 * mark highlights the same way, so they answer alike. Thread-safe.
 */
public interface SearchBackend extends AutoCloseable {
  /** Ranked, highlighted, faceted hits. */
  SearchResult search(SearchRequest request) throws IOException, QueryParseException;

  /** The indicator in every plan that states it, one row per plan. */
  List<CompareRow> compare(String indicator) throws IOException, QueryParseException;

  /**
   * False once a newer commit has landed (a long-lived caller then opens a new backend). A Solr
   * collection is always current: Solr reopens its own searchers.
   */
  default boolean isCurrent() throws IOException {
    return true;
  }

  @Override
  void close() throws IOException;

  /**
   * The embedded index in {@code indexDir}, or the Solr collection at {@code solrUrl} ({@code
   * http://host:8983/solr/planscope}) when one is given.
   */
  static SearchBackend open(java.nio.file.Path indexDir, String solrUrl) throws IOException {
    return solrUrl == null || solrUrl.isBlank()
        ? PlanSearcher.open(indexDir) : SolrSearcher.open(solrUrl);
  }
}
