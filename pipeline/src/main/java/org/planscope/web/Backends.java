package org.planscope.web;

import java.util.Objects;

/**
 * What answers search, compare and audit, and who is told about uploaded plans. Each service
 * returns an already serialised JSON object (shapes in the javadoc of each interface). A service
 * that is also {@link AutoCloseable} is closed when the server stops.
 */
public record Backends(
    SearchService search, CompareService compare, AuditService audit, PlanListener onPlanAdded) {
  public Backends {
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(compare, "compare");
    Objects.requireNonNull(audit, "audit");
    onPlanAdded = onPlanAdded == null ? PlanListener.NONE : onPlanAdded;
  }

  /** Search and compare answer 501 "search index not available yet", audit likewise. */
  public static Backends unavailable() {
    NotAvailable index = new NotAvailable("search index not available yet");
    NotAvailable audit = new NotAvailable("audit not available yet");
    return new Backends(index, index, audit, PlanListener.NONE);
  }

  public boolean searchAvailable() {
    return !(search instanceof NotAvailable);
  }

  public boolean compareAvailable() {
    return !(compare instanceof NotAvailable);
  }

  public boolean auditAvailable() {
    return !(audit instanceof NotAvailable);
  }
}
