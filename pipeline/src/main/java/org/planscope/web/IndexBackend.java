package org.planscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.planscope.index.CompareRow;
import org.planscope.index.IndexLockedException;
import org.planscope.index.IndexUpdater;
import org.planscope.index.PlanSearcher;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchRequest;
import org.planscope.export.ResultTables;
import org.planscope.export.XlsxWriter;
import org.planscope.format.Lang;
import org.planscope.index.Comparison;
import org.planscope.index.ForgivingSearch;
import org.planscope.json.SearchJson;
import org.planscope.model.Plan;

/**
 * Search, compare and upload indexing over {@code data/index}: one searcher shared by requests,
 * reopened after an upload is indexed (or when the index appears), closed with the server.
 */
final class IndexBackend implements SearchService, CompareService, PlanListener, AutoCloseable {
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 200;
  private static final int MAX_OFFSET = 100_000;

  private final Path dir;
  private PlanSearcher searcher;

  IndexBackend(Path dir) {
    this.dir = dir;
  }

  @Override
  public String search(Map<String, String> p) throws Exception {
    return SearchJson.search(answer(p));
  }

  @Override
  public byte[] searchXlsx(Map<String, String> p) throws Exception {
    return XlsxWriter.bytes(List.of(ResultTables.search(answer(p).result(), Lang.of(p.get("lang")))));
  }

  @Override
  public byte[] compareXlsx(Map<String, String> p) throws Exception {
    List<CompareRow> rows = comparisons(p).stream().flatMap(c -> c.rows().stream()).toList();
    return XlsxWriter.bytes(List.of(ResultTables.compare(rows, Lang.of(p.get("lang")))));
  }

  /** The search of {@code search --json}, the same parameters as its options. */
  private ForgivingSearch.Answer answer(Map<String, String> p) throws Exception {
    String q = blankToNull(p.get("q"));
    String where = blankToNull(p.get("where"));
    if (q == null && where == null && blankToNull(p.get("kind")) == null
        && blankToNull(p.get("region")) == null && blankToNull(p.get("province")) == null
        && blankToNull(p.get("level")) == null && blankToNull(p.get("domain")) == null
        && blankToNull(p.get("unit")) == null) {
      throw ApiException.badRequest("missing parameter q");
    }
    SearchRequest request = new SearchRequest(q == null ? "" : q, blankToNull(p.get("region")),
        blankToNull(p.get("province")), blankToNull(p.get("level")), blankToNull(p.get("domain")),
        blankToNull(p.get("kind")), blankToNull(p.get("unit")), where, limit(p.get("limit")),
        offset(p.get("offset")));
    try {
      return ForgivingSearch.search(searcher(), request, Lang.of(p.get("lang")));
    } catch (QueryParseException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  @Override
  public String compare(Map<String, String> p) throws Exception {
    return SearchJson.compare(comparisons(p));
  }

  /** One comparison per indicator named in {@code indicator} (several split at , ， 、 or ;). */
  private List<Comparison> comparisons(Map<String, String> p) throws Exception {
    String indicator = blankToNull(p.get("indicator"));
    if (indicator == null) {
      throw ApiException.badRequest("missing parameter indicator");
    }
    List<String> names = java.util.Arrays.stream(indicator.split("[,，、;；]"))
        .map(String::strip).filter(s -> !s.isEmpty()).distinct().limit(10).toList();
    if (names.isEmpty()) {
      throw ApiException.badRequest("missing parameter indicator");
    }
    String region = blankToNull(p.get("region"));
    List<Comparison> out = new java.util.ArrayList<>();
    try {
      for (String name : names) {
        Comparison c = Comparison.of(searcher(), name);
        if (region != null) {
          String r = org.planscope.structure.PlaceNames.resolve(region);
          c = new Comparison(c.indicator(), c.catalogueName(), c.reference(),
              c.rows().stream().filter(x -> r.equals(x.region())).toList(), c.suggestions());
        }
        out.add(c);
      }
    } catch (QueryParseException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    return out;
  }

  private static int offset(String s) throws ApiException {
    if (s == null || s.isBlank()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 0 || n > MAX_OFFSET) {
        throw ApiException.badRequest("offset must be between 0 and " + MAX_OFFSET);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("offset must be a number");
    }
  }

  /** Indexes an uploaded plan at once; a running ingest holding the index lock is reported. */
  @Override
  public void onPlanAdded(Plan plan) throws Exception {
    try (IndexUpdater updater = IndexUpdater.open(dir)) {
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

  /** Removes a deleted plan's documents from the index in one commit. */
  @Override
  public void onPlanRemoved(Plan plan) throws Exception {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (IndexUpdater updater = IndexUpdater.open(dir)) {
      updater.remove(Path.of(plan.source().path()));
      updater.commit();
    } catch (IndexLockedException e) {
      throw new ApiException(409, "the index is being updated; try again: " + e.getMessage());
    }
    synchronized (this) {
      if (searcher != null) {
        searcher.close();
        searcher = null;
      }
    }
  }

  private synchronized PlanSearcher searcher() throws IOException, ApiException {
    if (searcher == null) {
      if (!Files.isDirectory(dir)) {
        throw new ApiException(503, "no search index yet: run `planscope ingest` or upload a plan");
      }
      try {
        searcher = PlanSearcher.open(dir);
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
