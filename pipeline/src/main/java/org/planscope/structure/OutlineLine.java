package org.planscope.structure;

import org.planscope.model.Block;
import org.planscope.model.Span;
import org.planscope.text.Numbering;

/**
 * One paragraph as {@link OutlineParser} classified it: its numbering (or null), what kind of
 * node it opens (null: none, it is text), and whether it is a domain's name on a line of its own
 * ({@link LooseHeadings}).
 */
record OutlineLine(Block block, Span span, Numbering numbering, OutlineNode.Kind kind,
    boolean domain) {
  OutlineLine(Block block, Span span, Numbering numbering, OutlineNode.Kind kind) {
    this(block, span, numbering, kind, false);
  }
}
