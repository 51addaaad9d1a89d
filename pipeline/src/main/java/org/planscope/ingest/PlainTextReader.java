package org.planscope.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.format.Msg;
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
      Msg kind = Sniffer.describe(in.bytes());
      throw new ReadException(in.path(), Msg.BINARY_NOT_TEXT.with(),
          kind == null ? Msg.MISNAMED_TEXT.with(in.type()) : Msg.LOOKS_LIKE.with(kind), null);
    }
    if (d.text().isBlank()) {
      throw new ReadException(in.path(), Msg.ONLY_WHITE_SPACE.with(), Msg.SAVED_COMPLETELY.with(),
          null);
    }
    boolean markdown = MARKDOWN.contains(in.type());
    List<Block> blocks = BlockBuilder.lines(d.text(), markdown);
    return new Document(in.source((markdown ? "text/markdown" : "text/plain") + "; charset="
        + d.charset().name()), d.text(), blocks, Map.of());
  }
}
