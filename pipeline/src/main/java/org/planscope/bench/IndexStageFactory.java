package org.planscope.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens an empty {@link IndexStage} in a folder. The index module registers its implementation
 * in {@code META-INF/services/org.planscope.bench.IndexStageFactory}; without one the benchmark
 * reports the index stage, index size and query latency as n/a.
 */
public interface IndexStageFactory {
  /** A short name for the report (e.g. {@code lucene}). */
  String name();

  /** A new, empty index in {@code dir} (an empty folder the benchmark deletes afterwards). */
  IndexStage open(Path dir) throws IOException;
}
