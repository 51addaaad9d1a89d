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
    IndexBackend index = new IndexBackend(data.resolve("index"));
    return new Backends(index, index, new AuditBackend(data.resolve("plans")), index);
  }
}
