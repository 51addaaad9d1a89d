package org.planscope.ingest;

import java.nio.file.Path;
import org.planscope.model.Source;

/**
 * One file as {@link CompositeReader} hands it to a format's {@link DocumentReader}: read once,
 * within the size limit, hashed and sniffed.
 *
 * @param path the file, for messages and the document's source
 * @param type the file type: its extension in lower case, without the dot
 * @param bytes the file's content
 * @param sha256 the content's SHA-256, hex
 * @param format what the first bytes say ({@link Format#TEXT} for plain-text types)
 */
public record ReadInput(Path path, String type, byte[] bytes, String sha256, Format format) {
  /** The document's source, with the media type the reader determined. */
  public Source source(String mediaType) {
    return new Source(path.toString(), FileBytes.fileName(path), sha256, mediaType, bytes.length);
  }
}
