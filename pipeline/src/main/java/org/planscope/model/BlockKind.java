package org.planscope.model;

/** The structural role a reader gave a block of text. */
public enum BlockKind {
  PARAGRAPH,
  /** A heading the source marked as such (HTML h1–h6, a Word heading style, markdown #). */
  HEADING,
  /** A list item of the source's automatic numbering; {@link Block#label()} holds the number. */
  LIST_ITEM,
  /** A table row; cells are separated by tab characters in the text. */
  TABLE_ROW
}
