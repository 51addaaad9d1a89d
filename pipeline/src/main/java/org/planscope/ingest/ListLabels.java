package org.planscope.ingest;

import java.util.List;

/**
 * A file's list numbers as its word processor shows them, read from the file itself where Tika's
 * text lacks them ({@link RtfListLabels}) or renders them in the wrong numerals ({@link
 * DocListLabels}); {@link ParagraphHandler} hands them its paragraphs at the end of the document.
 */
interface ListLabels {
  /** True when the list items get their numbers only from here (not counted from the markup). */
  boolean numbersItems();

  /** Puts the numbers into the document's paragraphs, in order; leaves them as they are when unsure. */
  void apply(List<ParagraphHandler.Pending> pending);
}
