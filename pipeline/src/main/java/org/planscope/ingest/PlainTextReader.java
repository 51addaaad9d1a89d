package org.planscope.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.model.Block;
import org.planscope.model.Document;

/**
 * Plain text and Markdown, decoded here without Tika ({@link TextDecoder}: BOM, strict UTF-8,
 * GB18030, UTF-16), one block a line.
 */
public final class PlainTextReader implements DocumentReader {
  private static final Set<String> MARKDOWN = Set.of("md", "markdown");

  @Override
  public Set<String> supportedTypes() {
    return Sniffer.PLAIN;
  }

  @Override
  public Document read(ReadInput in) throws ReadException {
    TextDecoder.Decoded d = TextDecoder.decode(in.bytes());
    if (d.problem() != null && !TextDecoder.binary(d.text())) {
      throw ReadException.mixedEncodings(in.path(), d);
    }
    if (TextDecoder.binary(d.text())) {
      String kind = Sniffer.describe(in.bytes());
      throw new ReadException(in.path(), "binary data, not text",
          kind == null ? "is it a file of another type under a ." + in.type() + " name?"
              : "it looks like " + kind + "; give it its real extension", null);
    }
    if (d.text().isBlank()) {
      throw new ReadException(in.path(), "the file contains only white space",
          "was it saved or downloaded completely?", null);
    }
    boolean markdown = MARKDOWN.contains(in.type());
    List<Block> blocks = BlockBuilder.lines(d.text(), markdown);
    return new Document(in.source((markdown ? "text/markdown" : "text/plain") + "; charset="
        + d.charset().name()), d.text(), blocks, Map.of());
  }
}
