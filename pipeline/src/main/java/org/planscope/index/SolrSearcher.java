package org.planscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Search and compare over a Solr collection built with planscope's configset and plugin. Solr
 * runs the same query as the embedded index ({@code {!planscope}}, built by {@link SearchQueries}
 * inside each core), with collection-wide statistics; facets are Solr's field facets; highlights
 * are marked here, on the stored text, exactly as the embedded index marks them.
 *
 * <p>Requests are shard-tolerant: when a shard has no live replica Solr answers from the others,
 * and the result says {@link SearchResult#partial()} — never silently short.
 */
public final class SolrSearcher implements SearchBackend {
  private static final int FACET_LIMIT = 20;
  private static final List<String> FACET_DIMS =
      List.of(Fields.FACET_REGION, Fields.FACET_DOMAIN, Fields.FACET_KIND, Fields.FACET_UNIT);

  private final SolrCollection solr;
  private final SearchQueries queries;
  private final Highlighter highlighter;

  private SolrSearcher(SolrCollection solr, SearchQueries queries) {
    this.solr = solr;
    this.queries = queries;
    this.highlighter = new Highlighter(queries.analyzer(), PlanSearcher.SNIPPET_CHARS);
  }

  /** The collection at {@code url}, e.g. {@code http://localhost:8983/solr/planscope}. */
  public static SolrSearcher open(String url) throws IOException {
    return new SolrSearcher(SolrCollection.open(url), SearchQueries.shared());
  }

  @Override
  public SearchResult search(SearchRequest r) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    Query query = queries.search(r); // validates here, and gives the highlighted terms
    ModifiableSolrParams p = params(r);
    p.set("start", r.offset());
    p.set("rows", r.limit());
    p.set("fl", "*,score");
    p.set("sort", "score desc,id asc"); // as the embedded index ranks (PlanSearcher.RANKING)
    p.set("facet", true);
    p.set("facet.field", FACET_DIMS.toArray(String[]::new));
    p.set("facet.limit", FACET_LIMIT);
    p.set("facet.mincount", 1);
    p.set("facet.sort", "count");
    QueryResponse rsp = run(p);
    SolrDocumentList docs = rsp.getResults();
    Map<String, Set<List<String>>> terms = Highlighter.terms(query);
    List<SearchResult.Hit> hits = new ArrayList<>();
    int rank = r.offset();
    for (SolrDocument d : docs) {
      float score = ((Number) d.getFieldValue("score")).floatValue();
      hits.add(StoredHits.hit(++rank, score, SolrCollection.stored(d), highlighter, terms));
    }
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : FACET_DIMS) {
      List<SearchResult.FacetCount> values = new ArrayList<>();
      FacetField f = rsp.getFacetField(dim);
      if (f != null && f.getValues() != null) {
        for (FacetField.Count c : f.getValues()) {
          values.add(new SearchResult.FacetCount(c.getName(), (int) c.getCount()));
        }
      }
      facets.put(dim, values);
    }
    // Solr counts every match (no early termination here): total and facets are exact
    return new SearchResult(r.query(), docs.getNumFound(), true, hits, facets, true,
        (System.nanoTime() - t0) / 1e6, r.offset(), partial(rsp));
  }

  @Override
  public List<CompareRow> compare(String indicator) throws IOException, QueryParseException {
    queries.compare(indicator); // a malformed indicator fails here, as in the embedded index
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "{!planscope}");
    p.set("ps.compare", indicator);
    // one row per plan has no room for a "partial" flag: a missing shard is an error instead
    p.set("shards.tolerant", false);
    p.set("rows", 0);
    long n = run(p).getResults().getNumFound();
    p.set("rows", (int) Math.max(1, n));
    p.set("fl", "*,score");
    List<StoredHits.Scored> matches = new ArrayList<>();
    for (SolrDocument d : run(p).getResults()) {
      matches.add(new StoredHits.Scored(((Number) d.getFieldValue("score")).floatValue(),
          SolrCollection.stored(d)));
    }
    // plans that name the indicator but give no number: 未量化 rows, as in the embedded index
    queries.named(indicator);
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", "{!planscope}");
    q.set("ps.named", indicator);
    q.set("shards.tolerant", false);
    q.set("rows", 0);
    long m = run(q).getResults().getNumFound();
    q.set("rows", (int) Math.max(1, m));
    q.set("fl", "*");
    List<StoredHits.Stored> naming = new ArrayList<>();
    for (SolrDocument d : run(q).getResults()) {
      naming.add(SolrCollection.stored(d));
    }
    return StoredHits.compareRows(matches, naming, indicator);
  }

  /** The request as {@code {!planscope}} parameters. */
  static ModifiableSolrParams params(SearchRequest r) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "{!planscope}");
    set(p, "ps.q", r.query());
    set(p, "ps.region", r.region());
    set(p, "ps.province", r.province());
    set(p, "ps.level", r.level());
    set(p, "ps.domain", r.domain());
    set(p, "ps.kind", r.kind());
    set(p, "ps.unit", r.unit());
    set(p, "ps.where", r.where());
    p.set("shards.tolerant", true);
    return p;
  }

  private static void set(ModifiableSolrParams p, String name, String value) {
    if (value != null) {
      p.set(name, value);
    }
  }

  private QueryResponse run(ModifiableSolrParams p) throws IOException, QueryParseException {
    try {
      return solr.query(p);
    } catch (SolrCollection.SolrRequestException e) {
      throw new QueryParseException(e.getMessage());
    }
  }

  private static boolean partial(QueryResponse rsp) {
    Object v = rsp.getResponseHeader() == null ? null
        : rsp.getResponseHeader().get("partialResults");
    return Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v));
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
