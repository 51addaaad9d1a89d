package org.planscope.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchQueries;
import org.planscope.index.SearchRequest;

/**
 * {@code {!planscope}}: the embedded index's query, built by the pipeline's {@link SearchQueries}
 * inside each Solr core, so that Solr matches, filters and scores exactly as the embedded index.
 * The request comes as parameters named like the {@code search} command's options: {@code
 * ps.q}, {@code ps.region}, {@code ps.province}, {@code ps.level}, {@code ps.domain}, {@code
 * ps.kind}, {@code ps.unit}, {@code ps.where}; or {@code ps.compare} (an indicator) for the
 * targets {@code compare} ranks; or {@code ps.named} (an indicator) for the goals, measures,
 * key projects and indicators that name it (compare's 未量化 rows). A malformed query is a 400 with the one-line reason.
 */
public final class PlanscopeQParserPlugin extends QParserPlugin {
  public static final String NAME = "planscope";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params,
      SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        SolrParams p = req.getParams();
        try {
          String indicator = p.get("ps.compare");
          if (indicator != null) {
            return SearchQueries.shared().compare(indicator);
          }
          String named = p.get("ps.named");
          if (named != null) {
            return SearchQueries.shared().named(named);
          }
          return SearchQueries.shared().search(new SearchRequest(p.get("ps.q"),
              p.get("ps.region"), p.get("ps.province"), p.get("ps.level"), p.get("ps.domain"),
              p.get("ps.kind"), p.get("ps.unit"), p.get("ps.where"), 1));
        } catch (QueryParseException e) {
          throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage());
        }
      }
    };
  }
}
