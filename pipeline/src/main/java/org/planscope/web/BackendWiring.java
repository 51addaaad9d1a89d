package org.planscope.web;

import java.nio.file.Path;
import org.planscope.service.DataFolder;

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
    DataFolder folder = DataFolder.at(data);
    IndexBackend index = new IndexBackend(folder.indexDir(), solr);
    return new Backends(index, index, new AuditBackend(folder.plansDir()), index);
  }
}
