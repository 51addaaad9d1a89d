package org.planscope.bench;

import java.io.Closeable;
import java.io.IOException;
import org.planscope.model.Plan;

/**
 * The index stage as the benchmark sees it: plans are added from several worker threads, then
 * committed once; the benchmark reports the time spent in {@link #add} and {@link #commit} as the
 * index stage, and {@link #sizeBytes} as the index size.
 */
public interface IndexStage extends Closeable {
  /** Adds one plan; called concurrently from the benchmark's worker threads. */
  void add(Plan plan) throws IOException;

  /** Makes everything added searchable and durable. */
  void commit() throws IOException;

  /** The size of the committed index on disk, in bytes. */
  long sizeBytes() throws IOException;

  /**
   * A searcher over what was committed, for query latency; null when this index cannot be
   * searched (the benchmark then reports query latency as n/a).
   */
  default QueryHook searcher() throws IOException {
    return null;
  }
}
