package org.planscope.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader produced from a file: its text, blocks with spans into that text, and metadata
 * (title, author … as the format gives them). Nothing is normalised yet.
 *
 * @param source where it came from
 * @param text the text as read (decoded, or rendered by the reader)
 * @param blocks paragraph-like blocks with spans into {@code text}
 * @param metadata what the format says about the file (title, author …)
 * @param ocrEngine the OCR engine that recognised {@code text} (a scanned PDF), or null when the
 *     text was read from the file itself
 */
public record Document(Source source, String text, List<Block> blocks,
    Map<String, String> metadata, String ocrEngine) {
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    metadata = Map.copyOf(metadata);
  }

  /** A document read from the file's own text (no OCR). */
  public Document(Source source, String text, List<Block> blocks, Map<String, String> metadata) {
    this(source, text, blocks, metadata, null);
  }

  /** True when the text was recognised by OCR. */
  public boolean recognised() {
    return ocrEngine != null;
  }

  /** The same document with the text and blocks that OCR recognised by {@code engine}. */
  public Document recognisedBy(String engine, String newText, List<Block> newBlocks) {
    return new Document(source, newText, newBlocks, metadata, Objects.requireNonNull(engine));
  }
}
