package org.planscope.index;

import java.nio.file.Path;

/** Another process (an ingest still running) holds the index's {@code write.lock}. */
public final class IndexLockedException extends Exception {
  private static final long serialVersionUID = 1L;

  IndexLockedException(Path dir, Throwable cause) {
    super("the index " + dir + " is being updated by another ingest (" + dir.resolve("write.lock")
        + " is held); wait for it to finish and run again", cause);
  }
}
