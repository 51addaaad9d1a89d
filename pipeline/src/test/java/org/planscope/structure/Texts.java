package org.planscope.structure;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Block;
import org.planscope.model.PlanText;
import org.planscope.model.Span;

/** Test helper: a plan text with one paragraph block per non-empty line. */
final class Texts {
  private Texts() {}

  static PlanText plan(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > start) {
          blocks.add(Block.paragraph(new Span(start, i)));
        }
        start = i + 1;
      }
    }
    return PlanText.identity(text, blocks);
  }
}
