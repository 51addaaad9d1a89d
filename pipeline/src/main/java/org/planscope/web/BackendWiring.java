package org.planscope.web;

import java.nio.file.Path;

/**
 * The one place that chooses the real search, compare and audit backends for
 * {@code planscope serve} (and for the browser test, which runs what the command runs).
 */
public final class BackendWiring {
  private BackendWiring() {}

  /**
   * The backends over the data folder {@code data}: search, compare and upload indexing over
   * {@code data/index}, the audit over {@code data/plans}.
   */
  public static Backends forData(Path data) {
    return forData(data, null);
  }

  /**
   * The same, with search, compare and upload indexing over the Solr collection at {@code solr}
   * (e.g. {@code http://localhost:8983/solr/planscope}) when it is not null.
   */
  public static Backends forData(Path data, String solr) {
    IndexBackend index = new IndexBackend(data.resolve("index"), solr);
    return new Backends(index, index, new AuditBackend(data.resolve("plans")), index);
  }
}
