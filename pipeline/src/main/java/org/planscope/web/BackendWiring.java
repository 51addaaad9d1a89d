package org.planscope.web;

import java.nio.file.Path;

/**
 * The one place that chooses the real search, compare and audit backends for
 * {@code planscope serve} (and for the browser test, which runs what the command runs).
 */
public final class BackendWiring {
  private BackendWiring() {}

  /**
   * The backends over the data folder {@code data} ({@code data/plans}, {@code data/index}).
   *
   * <p>Integration point: when {@code org.planscope.index} and {@code org.planscope.audit} are
   * merged, return them here, e.g.
   *
   * <pre>{@code
   * PlanIndex index = PlanIndex.open(data.resolve("index"));          // AutoCloseable: closed on stop
   * return new Backends(
   *     params -> SearchJson.search(index.search(SearchRequest.of(params))),
   *     params -> SearchJson.compare(index.compare(params.get("indicator"), ...)),
   *     params -> AuditJson.findings(new Auditor().audit(plansFrom(data, params.get("plan")))),
   *     index::add);
   * }</pre>
   *
   * Until then search, compare and audit answer 501 and the page says they are not available.
   */
  public static Backends forData(Path data) {
    return Backends.unavailable();
  }
}
