package org.planscope.model;

import java.util.Objects;

/**
 * A paragraph-like block of a document: one line of a .txt, one {@code <p>} of a .docx.
 *
 * @param kind paragraph, heading, list item or table row
 * @param level heading level (1 = top) or list nesting level (0 = outermost); 0 when none
 * @param label the automatic numbering the source rendered for a list item, already converted to
 *     its real style (一、 / （一） / 1. / （1） / ①), or null when the number is typed in the text
 * @param span the block's text in the containing text (no line terminator)
 */
public record Block(BlockKind kind, int level, String label, Span span) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }

  public static Block paragraph(Span span) {
    return new Block(BlockKind.PARAGRAPH, 0, null, span);
  }

  public Block withSpan(Span newSpan) {
    return new Block(kind, level, label, newSpan);
  }
}
