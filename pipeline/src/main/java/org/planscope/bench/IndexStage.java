package org.planscope.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.planscope.model.Plan;

/**
 * The index stage as the benchmark sees it: plans are added from several worker threads, then
 * committed once; the benchmark reports the time spent in {@link #add} and {@link #commit} as the
 * index stage, and {@link #sizeBytes} as the index size.
 */
public interface IndexStage extends Closeable {
  /**
   * Adds one plan under {@code file}, the key an ingest would give it; called concurrently from
   * the benchmark's worker threads. A file repeated to fill a pass comes with a key of its own
   * ({@code a.txt#2}), so every copy is a new plan, as in an ingest of that many files, not a
   * replacement of the first.
   */
  void add(Path file, Plan plan) throws IOException;

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
