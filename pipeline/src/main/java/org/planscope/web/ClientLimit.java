package org.planscope.web;

import java.util.HashMap;
import java.util.Map;

/** Counts the requests each client address has in progress, and refuses one beyond the bound. */
final class ClientLimit {
  private final int max;
  private final Map<String, Integer> inProgress = new HashMap<>();

  ClientLimit(int max) {
    this.max = max;
  }

  /** True when the client may go on (then call {@link #leave}); false when it has too many. */
  synchronized boolean enter(String client) {
    int n = inProgress.getOrDefault(client, 0);
    if (n >= max) {
      return false;
    }
    inProgress.put(client, n + 1);
    return true;
  }

  synchronized void leave(String client) {
    inProgress.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
  }
}
