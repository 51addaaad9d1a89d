package org.planscope.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens an empty {@link IndexStage} in a folder. {@code planscope bench} passes the Lucene index's
 * (wired in {@code org.planscope.cli.BenchCommand}); without one (null) the benchmark reports the
 * index stage, index size and query latency as n/a.
 */
public interface IndexStageFactory {
  /** A short name for the report (e.g. {@code lucene}). */
  String name();

  /** A new, empty index in {@code dir} (an empty folder the benchmark deletes afterwards). */
  IndexStage open(Path dir) throws IOException;
}
