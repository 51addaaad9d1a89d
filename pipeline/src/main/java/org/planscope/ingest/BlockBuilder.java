package org.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Span;

/** Accumulates blocks into one text, one block per line, with exact spans. */
final class BlockBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();

  void add(BlockKind kind, int level, String label, CharSequence content) {
    if (text.length() > 0) {
      text.append('\n');
    }
    int start = text.length();
    text.append(content);
    blocks.add(new Block(kind, level, label, new Span(start, text.length())));
  }

  String text() {
    return text.toString();
  }

  List<Block> blocks() {
    return blocks;
  }

  /** Splits plain text into one paragraph block per line; the text is kept as it is. */
  static List<Block> lines(String text) {
    List<Block> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        out.add(Block.paragraph(new Span(start, i)));
        if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length()
            && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return out;
  }
}
