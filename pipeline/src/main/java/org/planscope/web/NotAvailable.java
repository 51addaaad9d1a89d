package org.planscope.web;

import java.util.Map;

/** A backend that is not built yet: every call answers 501 with a message the page shows. */
final class NotAvailable implements SearchService, CompareService, AuditService {
  private final String message;

  NotAvailable(String message) {
    this.message = message;
  }

  @Override
  public String search(Map<String, String> params) {
    throw new ApiException(501, message);
  }

  @Override
  public String compare(Map<String, String> params) {
    throw new ApiException(501, message);
  }

  @Override
  public String audit(Map<String, String> params) {
    throw new ApiException(501, message);
  }
}
