package org.planscope.ingest;

import java.util.Set;
import org.planscope.model.Document;

/**
 * Reads one format into a {@link Document}, the shape of Tika's {@code Parser}: it says which
 * types it supports and reads a file that {@link CompositeReader} has already read, limited and
 * sniffed. Adding a format is adding one implementation to the composite's list. Implementations
 * are safe to share between threads.
 */
public interface DocumentReader {
  /** The file types this reader reads: extensions in lower case, without the dot. */
  Set<String> supportedTypes();

  /**
   * The document in the file, or null when the content is not this reader's after all (a .docx
   * package without a Word document): the composite then asks the next reader of the type.
   *
   * @throws ReadException naming the file and the reason when the file cannot be read as a plan
   */
  Document read(ReadInput input) throws ReadException;
}
