package org.planscope.bench;

import java.io.Closeable;
import java.io.IOException;

/** One query against the index, timed by the benchmark for its p50 / p99 latency. */
public interface QueryHook extends Closeable {
  /**
   * Runs a user query (a phrase as a user would type it: an indicator, a domain name) and returns
   * the number of hits.
   */
  int search(String query) throws IOException;

  @Override
  default void close() throws IOException {}
}
