package org.planscope.ingest;

import java.nio.file.Path;
import org.planscope.model.Document;

/** Reads one file into a {@link Document}. Tika's one narrow {@code Parser} idea. */
public interface DocumentReader {
  /**
   * @throws ReadException naming the file and the reason when the file cannot be read as a plan
   */
  Document read(Path path) throws ReadException;
}
