package org.planscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.planscope.export.ResultTables;
import org.planscope.export.XlsxWriter;
import org.planscope.format.Lang;
import org.planscope.index.CompareRow;
import org.planscope.index.Comparison;
import org.planscope.index.ForgivingSearch;
import org.planscope.index.IndexLockedException;
import org.planscope.index.Indexer;
import org.planscope.index.SearchBackend;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchRequest;
import org.planscope.history.Hierarchy;
import org.planscope.json.HistoryJson;
import org.planscope.json.SearchJson;
import org.planscope.model.Plan;

/**
 * Search, compare and upload indexing over {@code data/index}: one searcher shared by requests
 * and reopened when a newer commit has landed (an ingest run while the server runs, or an
 * upload), released when the last request using the old one ends; closed with the server. An
 * upload that arrives while an ingest holds the index is indexed as soon as the index is free.
 */
final class IndexBackend implements SearchService, CompareService, PlanListener, AutoCloseable {
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 200;
  private static final int MAX_OFFSET = 100_000;
  private static final long RETRY_SECONDS = 2;

  /** A searcher and the requests using it; closed when retired and no request uses it. */
  private static final class Held {
    final SearchBackend searcher;
    int users = 1; // the backend's own reference, until retired

    Held(SearchBackend searcher) {
      this.searcher = searcher;
    }
  }

  private final Path dir;
  private final String solr;
  private Held current;
  private final List<Plan> pending = new ArrayList<>();
  private final ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "planscope-index-retry");
    t.setDaemon(true);
    return t;
  });
  private boolean retrying;

  /** Over the embedded index in {@code dir}, or the Solr collection {@code solr} when not null. */
  IndexBackend(Path dir, String solr) {
    this.dir = dir;
    this.solr = solr;
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
    Held h = acquire();
    try {
      return ForgivingSearch.search(h.searcher, request, Lang.of(p.get("lang")));
    } catch (QueryParseException e) {
      throw ApiException.badRequest(e.getMessage());
    } finally {
      release(h);
    }
  }

  @Override
  public String compare(Map<String, String> p) throws Exception {
    if (flag(p.get("tree"))) {
      return HistoryJson.trees(comparisons(p).stream().map(Hierarchy::of).toList());
    }
    return SearchJson.compare(comparisons(p));
  }

  /** {@code 1}, {@code true}, {@code on} (a checkbox) are yes. */
  private static boolean flag(String s) {
    return s != null && (s.equals("1") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("on"));
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
    List<Comparison> out = new ArrayList<>();
    Held h = acquire();
    try {
      for (String name : names) {
        Comparison c = Comparison.of(h.searcher, name).select(blankToNull(p.get("period")),
            flag(p.get("all")));
        if (region != null) {
          String r = org.planscope.structure.PlaceNames.resolve(region);
          c = new Comparison(c.indicator(), c.catalogueName(), c.reference(),
              c.rows().stream().filter(x -> r.equals(x.region())).toList(), c.suggestions());
        }
        out.add(c);
      }
    } catch (QueryParseException e) {
      throw ApiException.badRequest(e.getMessage());
    } finally {
      release(h);
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

  /** Removes a deleted plan's documents from the index in one commit (the searcher reopens). */
  @Override
  public void onPlanRemoved(Plan plan) throws Exception {
    if (solr == null && !Files.isDirectory(dir)) {
      return;
    }
    try (Indexer updater = Indexer.open(dir, solr)) {
      updater.remove(Path.of(plan.source().path()));
      updater.commit();
    } catch (IndexLockedException e) {
      throw new ApiException(409, "the index is being updated; try again: " + e.getMessage());
    }
  }

  /**
   * Indexes an uploaded plan at once. While an ingest holds the index the plan waits and is
   * indexed when the index is free (the ingest also indexes uploads it finds missing); the
   * upload is told so.
   */
  @Override
  public void onPlanAdded(Plan plan) throws Exception {
    try {
      index(List.of(plan));
    } catch (IndexLockedException e) {
      synchronized (this) {
        pending.add(plan);
        if (!retrying) {
          retrying = true;
          retry.schedule(this::retryPending, RETRY_SECONDS, TimeUnit.SECONDS);
        }
      }
      throw new ApiException(409, "the plan was extracted; it will be searchable when the"
          + " running ingest ends (" + e.getMessage() + ")");
    }
  }

  private void index(List<Plan> plans) throws IOException, IndexLockedException {
    try (Indexer updater = Indexer.open(dir, solr)) {
      for (Plan plan : plans) {
        updater.put(Path.of(plan.source().path()), plan);
      }
      updater.commit();
    }
  }

  private void retryPending() {
    List<Plan> batch;
    synchronized (this) {
      batch = List.copyOf(pending);
    }
    try {
      index(batch);
      synchronized (this) {
        pending.removeAll(batch);
        retrying = !pending.isEmpty();
        if (retrying) {
          retry.schedule(this::retryPending, 0, TimeUnit.SECONDS);
        }
      }
    } catch (IndexLockedException | IOException | RuntimeException e) {
      retry.schedule(this::retryPending, RETRY_SECONDS, TimeUnit.SECONDS);
    }
  }

  /** The current searcher, reopened first when the index has a newer commit. */
  private synchronized Held acquire() throws IOException, ApiException {
    if (current != null) {
      boolean fresh;
      try {
        fresh = current.searcher.isCurrent();
      } catch (IOException | RuntimeException e) {
        fresh = false; // the index was replaced under us: open it again
      }
      if (!fresh) {
        Held old = current;
        current = null;
        release(old);
      }
    }
    if (current == null) {
      if (solr == null && !Files.isDirectory(dir)) {
        throw new ApiException(503, "no search index yet: run `planscope ingest` or upload a plan");
      }
      try {
        current = new Held(SearchBackend.open(dir, solr));
      } catch (IOException e) {
        throw new ApiException(503, e.getMessage());
      }
    }
    current.users++;
    return current;
  }

  private synchronized void release(Held h) throws IOException {
    if (--h.users == 0) {
      h.searcher.close();
    }
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
    retry.shutdownNow();
    if (current != null) {
      Held old = current;
      current = null;
      release(old);
    }
  }
}
