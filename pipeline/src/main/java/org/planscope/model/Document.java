package org.planscope.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader produced from a file: its text, blocks with spans into that text, and metadata
 * (title, author … as the format gives them). Nothing is normalised yet.
 */
public record Document(Source source, String text, List<Block> blocks, Map<String, String> metadata) {
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    metadata = Map.copyOf(metadata);
  }
}
