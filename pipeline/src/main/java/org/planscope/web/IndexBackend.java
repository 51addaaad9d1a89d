package org.planscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.planscope.index.CompareRow;
import org.planscope.index.IndexLockedException;
import org.planscope.index.Indexer;
import org.planscope.index.SearchBackend;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchRequest;
import org.planscope.json.SearchJson;
import org.planscope.json.WebJson;
import org.planscope.model.Plan;

/**
 * Search, compare and upload indexing over {@code data/index}: one searcher shared by requests,
 * reopened after an upload is indexed (or when the index appears), closed with the server.
 */
final class IndexBackend implements SearchService, CompareService, PlanListener, AutoCloseable {
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 200;

  private final Path dir;
  private final String solr;
  private SearchBackend searcher;

  /** Over the embedded index in {@code dir}, or the Solr collection {@code solr} when not null. */
  IndexBackend(Path dir, String solr) {
    this.dir = dir;
    this.solr = solr;
  }

  @Override
  public String search(Map<String, String> p) throws Exception {
    String q = blankToNull(p.get("q"));
    String where = blankToNull(p.get("where"));
    if (q == null && where == null && blankToNull(p.get("kind")) == null) {
      throw ApiException.badRequest("missing parameter q");
    }
    SearchRequest request = new SearchRequest(q == null ? "" : q, blankToNull(p.get("region")),
        blankToNull(p.get("province")), blankToNull(p.get("level")), blankToNull(p.get("domain")),
        blankToNull(p.get("kind")), blankToNull(p.get("unit")), where, limit(p.get("limit")));
    try {
      return WebJson.search(searcher().search(request));
    } catch (QueryParseException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  @Override
  public String compare(Map<String, String> p) throws Exception {
    String indicator = blankToNull(p.get("indicator"));
    if (indicator == null) {
      throw ApiException.badRequest("missing parameter indicator");
    }
    try {
      List<CompareRow> rows = searcher().compare(indicator);
      String region = blankToNull(p.get("region"));
      if (region != null) {
        rows = rows.stream().filter(r -> region.equals(r.region())).toList();
      }
      return SearchJson.compare(indicator, rows);
    } catch (QueryParseException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** Indexes an uploaded plan at once; a running ingest holding the index lock is reported. */
  @Override
  public void onPlanAdded(Plan plan) throws Exception {
    try (Indexer updater = Indexer.open(dir, solr)) {
      updater.put(Path.of(plan.source().path()), plan);
      updater.commit();
    } catch (IndexLockedException e) {
      throw new ApiException(409, "the plan was extracted but not indexed: " + e.getMessage());
    }
    synchronized (this) {
      if (searcher != null) {
        searcher.close();
        searcher = null;
      }
    }
  }

  private synchronized SearchBackend searcher() throws IOException, ApiException {
    if (searcher == null) {
      if (solr == null && !Files.isDirectory(dir)) {
        throw new ApiException(503, "no search index yet: run `planscope ingest` or upload a plan");
      }
      try {
        searcher = SearchBackend.open(dir, solr);
      } catch (IOException e) {
        throw new ApiException(503, e.getMessage());
      }
    }
    return searcher;
  }

  private static int limit(String s) throws ApiException {
    if (s == null || s.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 1 || n > MAX_LIMIT) {
        throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit must be a number");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public synchronized void close() throws IOException {
    if (searcher != null) {
      searcher.close();
      searcher = null;
    }
  }
}
